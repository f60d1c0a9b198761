// The generated boundary files (public/geo, written by scripts/build-geo.ts), fetched from the app's
// own origin and decoded from TopoJSON into the GeoJSON that MapLibre's sources take.
import type { FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { Edition } from '../core/data/types';
import type { ProvinceCollection, ProvinceProperties } from '../core/geo/provinces';

/** Viet Nam's outline with its islands, and the neighbouring countries (context.topo.json). */
export interface Context {
  vietnam: FeatureCollection;
  neighbours: FeatureCollection;
}

const geoUrl = (baseUrl: string, file: string) => `${baseUrl}geo/${file}`;

async function fetchTopology(url: string): Promise<Topology> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as Topology;
}

function collection<P extends GeoJsonProperties>(topology: Topology, objectName: string, url: string): FeatureCollection<Geometry, P> {
  const object = topology.objects[objectName];
  if (object?.type !== 'GeometryCollection') throw new Error(`${url}: TopoJSON has no object "${objectName}"`);
  // The file's properties are the build's (scripts/build-geo.ts); TopoJSON itself does not type them.
  return feature<P>(topology, object as GeometryCollection<P>);
}

export async function fetchContext(baseUrl: string): Promise<Context> {
  const url = geoUrl(baseUrl, 'context.topo.json');
  const topology = await fetchTopology(url);
  return { vietnam: collection(topology, 'vietnam', url), neighbours: collection(topology, 'neighbours', url) };
}

export async function fetchProvinces(baseUrl: string, edition: Edition): Promise<ProvinceCollection> {
  const url = geoUrl(baseUrl, `provinces-${edition}.topo.json`);
  return collection<ProvinceProperties>(await fetchTopology(url), 'provinces', url);
}
