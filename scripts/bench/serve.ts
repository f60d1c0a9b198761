// The map figures are measured on built pages served statically, as a visitor gets them: the app in
// mode test (the production build plus `window.__map`, src/map/testHooks.ts) and the bare MapLibre
// floor (bench/floor.html), each built by Vite into its own folder and served by `vite preview`.
import path from 'node:path';
import { build, preview, type PreviewServer } from 'vite';

export interface Served { appOrigin: string; floorOrigin: string; close(): Promise<void> }

const origin = (server: PreviewServer) => server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? '';

export async function buildAndServe(root: string): Promise<Served> {
  const out = path.join(root, 'node_modules/.kcn-bench');
  const appOut = path.join(out, 'app');
  const floorOut = path.join(out, 'floor');
  const bench = path.join(root, 'bench');
  await build({ root, mode: 'test', logLevel: 'error', build: { outDir: appOut, emptyOutDir: true } });
  const floorConfig = {
    configFile: false as const,
    root: bench,
    publicDir: path.join(root, 'public'),
    logLevel: 'error' as const,
    build: { outDir: floorOut, emptyOutDir: true, target: 'es2022', rollupOptions: { input: path.join(bench, 'floor.html') } },
  };
  await build(floorConfig);
  const app = await preview({ root, mode: 'test', logLevel: 'error', build: { outDir: appOut }, preview: { host: '127.0.0.1', port: 4191, strictPort: false } });
  const floor = await preview({ ...floorConfig, preview: { host: '127.0.0.1', port: 4192, strictPort: false } });
  return {
    appOrigin: origin(app),
    floorOrigin: origin(floor),
    async close() {
      await Promise.all([app.close(), floor.close()]);
    },
  };
}
