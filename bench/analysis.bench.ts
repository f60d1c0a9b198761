// Runs in Chromium (scripts/bench.ts opens it): the analysis engine through its real worker and on
// the main thread, on the real bundle and on a synthetic one 100 times larger.
import { createAnalysis, type AnalysisApi } from '../src/core/analysis/api';
import { encodeBundle, decodeBundle } from '../src/core/data/bundle';
import { syntheticDataset } from '../src/core/analysis/synthetic';
import { startAnalysis } from '../src/worker/client';
import type { RankingQuery } from '../src/core/analysis/types';
import type { Dataset } from '../src/core/data/types';

interface Stats { n: number; median: number; p95: number; max: number }

function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return { n: samples.length, median: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1] };
}

function queriesFor(dataset: Dataset, api: AnalysisApi, limit: number): RankingQuery[] {
  const queries: RankingQuery[] = [];
  for (const metric of dataset.metrics) {
    for (const edition of ['pre2025', 'post2025'] as const) {
      const d = api.defaults(metric.id, edition);
      for (const year of d.years.slice(-6)) queries.push({ metric: metric.id, year, period: d.period, edition });
    }
    if (queries.length >= limit) break;
  }
  return queries.slice(0, limit);
}

async function measure(label: string, dataset: Dataset, bytes: ArrayBuffer, limit: number) {
  const main = createAnalysis(decodeBundle);
  const mainLoad0 = performance.now();
  main.load(bytes.slice(0));
  const mainLoadMs = performance.now() - mainLoad0;
  const queries = queriesFor(dataset, main, limit);

  const copy = bytes.slice(0);
  const t0 = performance.now();
  const worker = await startAnalysis(copy);
  const workerLoadMs = performance.now() - t0;
  const transferred = copy.byteLength === 0;

  for (const q of queries.slice(0, 20)) await worker.ranking(q); // warm-up
  for (const q of queries.slice(0, 20)) main.ranking(q);
  const workerSamples: number[] = [];
  const mainSamples: number[] = [];
  for (const q of queries) {
    const a = performance.now();
    await worker.ranking(q);
    workerSamples.push(performance.now() - a);
    const b = performance.now();
    main.ranking(q);
    mainSamples.push(performance.now() - b);
  }
  return {
    label,
    observations: dataset.observations.length,
    metrics: dataset.metrics.length,
    bundleBytes: bytes.byteLength,
    workerLoadMs,
    mainLoadMs,
    transferred,
    worker: stats(workerSamples),
    mainThread: stats(mainSamples),
  };
}

/** A user's CSV of about `megabytes` MB, streamed into the worker the way the app does (1 MB slices). */
async function measureImport(megabytes: number, dataset: Dataset) {
  // Distinct rows (no duplicates): every province of the old map × year × period × sourced metric.
  const lines = ['edition,code,year,period,scope,metric,value,unit,note'];
  const codes = dataset.provinces.filter((p) => p.edition === 'pre2025').map((p) => p.code);
  const metrics = dataset.metrics.filter((m) => !m.derived).map((m) => m.id);
  const periods = ['FY', 'H1', '9M', 'Q1', 'Q2', 'Q3', 'Q4', '1M', '2M', '4M', '5M', '7M', '8M', '10M', '11M'];
  let size = 0;
  for (let i = 0; size < megabytes * 1024 * 1024; i++) {
    const code = codes[i % codes.length];
    const rest = Math.floor(i / codes.length);
    const year = 1990 + (rest % 36);
    const period = periods[Math.floor(rest / 36) % periods.length];
    const metric = metrics[Math.floor(rest / (36 * periods.length)) % metrics.length];
    const line = `pre2025,${code},${year},${period},,${metric},${(i % 9973) / 10},,row ${i} of a planner's file`;
    lines.push(line);
    size += line.length + 1;
  }
  const bytes = new TextEncoder().encode(lines.join('\n'));
  // Let the long task of building the file end before observing.
  await new Promise((resolve) => setTimeout(resolve, 200));
  const longTasks: number[] = [];
  const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => longTasks.push(e.duration)));
  observer.observe({ type: 'longtask', buffered: false });
  const seed = await (await fetch('/data/atlas.json')).arrayBuffer();
  const worker = await startAnalysis(seed);
  const start = performance.now();
  // Sessions are keyed (issue 15 §3): every call names the one it belongs to.
  const session = await worker.importStart({ currentYear: 2026, previewRows: 20, limits: { maxRows: 2_000_000 } });
  const decoder = new TextDecoder();
  const chunk = 1 << 20;
  for (let offset = 0; offset < bytes.length; offset += chunk) {
    await worker.importChunk(session, decoder.decode(bytes.subarray(offset, offset + chunk), { stream: true }));
  }
  const summary = await worker.importFinish(session);
  if (!summary) throw new Error('bench: the import session was replaced while it ran');
  const seconds = (performance.now() - start) / 1000;
  await new Promise((resolve) => setTimeout(resolve, 100));
  observer.disconnect();
  return {
    megabytes: bytes.length / 1048576,
    records: summary.stats.records,
    accepted: summary.stats.accepted,
    seconds,
    rowsPerSecond: summary.stats.records / seconds,
    longestMainThreadTaskMs: longTasks.length ? Math.max(...longTasks) : 0,
    longTasks: longTasks.length,
  };
}

async function run() {
  const bytes = await (await fetch('/data/atlas.json')).arrayBuffer();
  const real = decodeBundle(JSON.parse(new TextDecoder().decode(bytes)));
  const synthetic = syntheticDataset({ units: 34, years: 30, metrics: 200 });
  const syntheticBytes = new TextEncoder().encode(JSON.stringify(encodeBundle(synthetic))).buffer as ArrayBuffer;
  return {
    userAgent: navigator.userAgent,
    hardwareConcurrency: navigator.hardwareConcurrency,
    real: await measure('real data', real, bytes, 400),
    synthetic: await measure('synthetic 34 units × 30 years × 200 metrics', synthetic, syntheticBytes, 300),
    importRun: await measureImport(50, real),
  };
}

(window as unknown as { runBench: typeof run }).runBench = run;
