// The floor for the map figures of `npm run bench` (scripts/bench/map.ts): MapLibre alone, built and
// served like the app, drawing the same 63 province boundaries (a fill and an outline) in a map of the
// app's size and view. Nothing else: no labels, no zones, no context layer, no app around it.
// `?w=…&h=…` sizes the map as the app's map pane measured in the same run.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { LngLatBoundsLike } from 'maplibre-gl';
import { regionBounds, type ProvinceCollection, type ProvinceProperties } from '../src/core/geo/provinces';

const params = new URLSearchParams(location.search);
const container = document.getElementById('map')!;
container.style.width = `${Number(params.get('w')) || 1280}px`;
container.style.height = `${Number(params.get('h')) || 800}px`;

maplibregl.setWorkerUrl(workerUrl);
const topology = (await (await fetch('/geo/provinces-pre2025.topo.json')).json()) as Topology;
const provinces = feature<ProvinceProperties>(topology, topology.objects.provinces as GeometryCollection<ProvinceProperties>) as ProvinceCollection;

const map = new maplibregl.Map({
  container,
  style: { version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dce9f2' } }] },
  bounds: regionBounds(provinces) as LngLatBoundsLike,
  fitBoundsOptions: { padding: { top: 24, bottom: 24, right: 24, left: Math.min(260, container.clientWidth * 0.3) } },
  attributionControl: false,
});
map.on('load', () => {
  map.addSource('provinces', { type: 'geojson', data: provinces, promoteId: 'code' });
  map.addLayer({ id: 'fill', type: 'fill', source: 'provinces', paint: { 'fill-color': ['to-color', ['coalesce', ['feature-state', 'fill'], '#fdfcf8']] } });
  map.addLayer({ id: 'outline', type: 'line', source: 'provinces', paint: { 'line-color': '#5f6b76', 'line-width': 1 } });
  map.once('idle', () => {
    const w = window as unknown as FloorWindow;
    w.__firstIdle = performance.now();
    requestAnimationFrame(() => (w.__firstPainted = performance.now()));
  });
});

const codes = provinces.features.map((f) => f.properties.code);
const palette = ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'];

interface FloorWindow {
  __firstIdle?: number;
  /** The animation frame after the first idle: the browser has composited the map. */
  __firstPainted?: number;
  /** New colours for all 63 provinces by feature state; resolves with the milliseconds to the next idle and to the frame after it. */
  __recolour: (round: number) => Promise<{ idle: number; painted: number }>;
}

(window as unknown as FloorWindow).__recolour = (round) =>
  new Promise((resolve) => {
    const start = performance.now();
    map.once('idle', () => {
      const idle = performance.now() - start;
      requestAnimationFrame(() => resolve({ idle, painted: performance.now() - start }));
    });
    codes.forEach((code, i) => map.setFeatureState({ source: 'provinces', id: code }, { fill: palette[(i + round) % palette.length] }));
  });
