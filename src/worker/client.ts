// The typed main-thread side of the analysis worker. The bundle's bytes are transferred once.
import * as Comlink from 'comlink';
import type { AnalysisApi } from '../core/analysis/api';

export type AnalysisClient = Comlink.Remote<AnalysisApi>;

export async function startAnalysis(bundle: ArrayBuffer): Promise<AnalysisClient> {
  const worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'analysis' });
  const api = Comlink.wrap<AnalysisApi>(worker);
  await api.load(Comlink.transfer(bundle, [bundle]));
  return api;
}
