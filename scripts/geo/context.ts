// The context under the provinces: Viet Nam's outline with its islands, and the neighbouring countries.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import { topology } from 'topojson-server';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { rewindForD3 } from '../../src/core/geo/rewind.ts';
import { GeoBuildError, readSourceJson, SRC } from './sources.ts';
import { quantizeTopology, simplifyTopology, tidyTransform, type GeoSettings } from './topology.ts';

/** The properties of the outline and of each country. */
type PlaceProperties = { name_vi: string; name_en: string; iso_n3: string };
type ContextObjects = { vietnam: GeometryCollection<PlaceProperties>; neighbours: GeometryCollection<PlaceProperties> };

const NEIGHBOURS: { id: string; name_en: string; name_vi: string }[] = [
  { id: '116', name_en: 'Cambodia', name_vi: 'Campuchia' },
  { id: '156', name_en: 'China', name_vi: 'Trung Quốc' },
  { id: '418', name_en: 'Laos', name_vi: 'Lào' },
];

function vietnamOutline(sourceDir: string): FeatureCollection<Geometry, PlaceProperties> {
  const outline = readSourceJson<FeatureCollection>(sourceDir, SRC.outline);
  if (outline.type !== 'FeatureCollection' || outline.features.length !== 1) {
    throw new GeoBuildError(`build-geo: ${SRC.outline}: expected a FeatureCollection with 1 feature`);
  }
  return {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        id: 704,
        properties: { name_vi: 'Việt Nam', name_en: 'Viet Nam', iso_n3: '704' },
        // The derived outline is RFC 7946 (counter-clockwise); the ODM provinces and
        // Natural Earth use d3's clockwise order. Make all files consistent.
        geometry: rewindForD3(outline.features[0].geometry),
      },
    ],
  };
}

function neighbourCountries(sourceDir: string): FeatureCollection<Geometry, PlaceProperties> {
  const world = readSourceJson<Topology<{ countries?: GeometryCollection }>>(sourceDir, SRC.world);
  const countries = world.objects?.countries;
  if (!countries) throw new GeoBuildError(`build-geo: ${SRC.world}: no 'countries' object`);
  return {
    type: 'FeatureCollection',
    features: NEIGHBOURS.map((n) => {
      const g = countries.geometries.find((x) => String(x.id) === n.id);
      if (!g) throw new GeoBuildError(`build-geo: ${SRC.world}: country ${n.id} (${n.name_en}) not found`);
      const f = feature(world, g);
      if (f.type !== 'Feature') throw new GeoBuildError(`build-geo: ${SRC.world}: country ${n.id} (${n.name_en}) is a collection`);
      return {
        type: 'Feature',
        id: parseInt(n.id, 10),
        properties: { name_vi: n.name_vi, name_en: n.name_en, iso_n3: n.id },
        geometry: f.geometry,
      } satisfies Feature<Geometry, PlaceProperties>;
    }),
  };
}

export function buildContext(sourceDir: string, settings: GeoSettings): { json: string; counts: { vietnam: number; neighbours: number } } {
  const vietnam = vietnamOutline(sourceDir);
  const neighbours = neighbourCountries(sourceDir);
  // topojson-server keeps each feature's properties on its geometry object; its types do not say which.
  const topo = topology({ vietnam, neighbours }) as Topology<ContextObjects>;
  const { topo: simplified } = simplifyTopology(topo, () => settings.contextMinWeight, settings.minRingVertices);
  const out = tidyTransform(quantizeTopology(simplified, settings.contextQuantization));
  return { json: JSON.stringify(out), counts: { vietnam: 1, neighbours: neighbours.features.length } };
}
