// The typed main-thread side of the analysis worker. The bundle's bytes are transferred once.
//
// The app holds a plain object of forwarding functions, not the Comlink proxy itself: a Comlink proxy
// answers every property with another proxy, so anything that probes a value (Svelte's dev-mode state
// tagging does) would send calls to the worker.
import * as Comlink from 'comlink';
import type { AnalysisApi } from '../core/analysis/api';

export type AnalysisClient = Comlink.Remote<AnalysisApi>;

// Every method of the API, once: the compiler fails here when one is added without being listed.
const METHODS: Record<keyof AnalysisApi, true> = {
  load: true, defaults: true, coverage: true, classScale: true, ranking: true, series: true, value: true, cagr: true, rankings: true, regionShare: true,
  multiSeries: true, yearTable: true, zoneDistances: true, importStart: true, importChunk: true, importFinish: true,
  importRows: true, importCancel: true, checkStoredLayer: true, setUserLayer: true, planComparison: true, provincePlans: true, planTrend: true,
};

export async function startAnalysis(bundle: ArrayBuffer): Promise<AnalysisClient> {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  const remote = Comlink.wrap<AnalysisApi>(worker);
  // A worker script that cannot be fetched (a deployment removed it) would leave the load unanswered forever.
  const failed = new Promise<never>((_, reject) =>
    worker.addEventListener('error', (event) => reject(new Error(`the analysis worker could not start${event.message ? `: ${event.message}` : ''}`)), { once: true }),
  );
  failed.catch(() => {}); // once loaded, a later error is the worker's own to report
  await Promise.race([remote.load(Comlink.transfer(bundle, [bundle])), failed]);
  const client: Record<string, unknown> = {};
  for (const name of Object.keys(METHODS) as (keyof AnalysisApi)[]) {
    client[name] = (...args: unknown[]) => (remote[name] as unknown as (...a: unknown[]) => Promise<unknown>)(...args);
  }
  return Object.freeze(client) as unknown as AnalysisClient;
}
