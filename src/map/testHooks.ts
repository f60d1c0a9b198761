// `window.__map`: the MapLibre map, for the e2e tests and `npm run bench` (feature state, rendered
// features, sources). Only in builds made for them (`vite build --mode test`, the bench's dev server in
// mode test). In the production build `import.meta.env.MODE` is the literal "production", so the
// minifier drops the assignment and the name (test/e2e/hooks.e2e.mjs checks both builds).
import type { Map as MapLibreMap } from 'maplibre-gl';

type TestWindow = { __map?: MapLibreMap };

export function exposeForTests(map: MapLibreMap): void {
  if (import.meta.env.MODE === 'test') (window as unknown as TestWindow).__map = map;
}
