// `npm run bench`: measures the analysis engine in Debian's Chromium (through its real Web Worker and
// on the main thread), on the real data and on a synthetic set 100 times larger, prints the figures and
// rewrites BENCHMARKS.md. Figures, not pass/fail: budgets on time are not asserted in tests.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.config.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Stats { n: number; median: number; p95: number; max: number }
interface Run {
  label: string; observations: number; metrics: number; bundleBytes: number; workerLoadMs: number; mainLoadMs: number;
  transferred: boolean; worker: Stats; mainThread: Stats;
}
interface ImportRun { megabytes: number; records: number; accepted: number; seconds: number; rowsPerSecond: number; longestMainThreadTaskMs: number; longTasks: number }
interface Result { userAgent: string; hardwareConcurrency: number; real: Run; synthetic: Run; importRun: ImportRun }
interface MapStats { n: number; median: number; p95: number }
interface MapResult { featureState: MapStats; rebuild: MapStats; features: number }

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;

function section(run: Run, goalMs: number): string {
  return [
    `### ${run.label}`,
    '',
    `${run.observations.toLocaleString('en-US')} observations, ${run.metrics} metrics, bundle ${(run.bundleBytes / 1024).toFixed(0)} kB.`,
    '',
    '| measure | median | p95 | max | n |',
    '|---|---:|---:|---:|---:|',
    `| ranking query, worker round trip | ${ms(run.worker.median)} | ${ms(run.worker.p95)} | ${ms(run.worker.max)} | ${run.worker.n} |`,
    `| same ranking on the main thread | ${ms(run.mainThread.median)} | ${ms(run.mainThread.p95)} | ${ms(run.mainThread.max)} | ${run.mainThread.n} |`,
    '',
    `- One-time load into the worker (start, transfer of the bytes, parse, index): ${ms(run.workerLoadMs)}; the buffer was ${run.transferred ? 'transferred (zero-copy: the sender\'s copy is detached)' : 'copied'}.`,
    `- The same parse and index on the main thread: ${ms(run.mainLoadMs)}.`,
    `- Goal: median worker query ≤ ${goalMs} ms: ${run.worker.median <= goalMs ? 'met' : 'NOT met'}.`,
    '',
  ].join('\n');
}

async function main() {
  // Mode test: the map exposes `window.__map` to bench/map.bench.js (src/map/testHooks.ts).
  const server = await createServer({ root: ROOT, mode: 'test', logLevel: 'error', server: { host: '127.0.0.1', port: 4190, strictPort: false } });
  await server.listen();
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://127.0.0.1:4190';
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('bench page error:', error.message));
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction(() => 'runBench' in window, null, { timeout: 60_000 });
    const result = (await page.evaluate(() => (window as unknown as { runBench: () => Promise<unknown> }).runBench())) as Result;

    // The map: a new year's colours to the next idle, by feature state and by rebuilding the source.
    const app = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await app.goto(`${origin}/?scope=province&metric=province_fdi_total_capital_musd&lang=en`);
    await app.waitForFunction(() => document.documentElement.dataset.appState === 'ready', null, { timeout: 60_000 });
    await app.addScriptTag({ path: path.join(ROOT, 'bench/map.bench.js') });
    const mapResult = (await app.evaluate(() => (window as unknown as { runMapBench: (n: number) => Promise<unknown> }).runMapBench(40))) as MapResult;
    const report = [
      '# Benchmarks',
      '',
      'Written by `npm run bench` (scripts/bench.ts, bench/analysis.bench.ts). Measured in headless Chromium on this',
      `project's machine kind (${result.hardwareConcurrency} logical cores), served by the Vite dev server. Times are`,
      'wall-clock on a shared machine: compare runs of the same machine, not across machines. Chromium coarsens',
      '`performance.now()` to 0.1 ms, so sub-millisecond figures are multiples of it.',
      '',
      '## Analysis engine: rankings with deltas (ranking + previous year + region total)',
      '',
      section(result.real, 1),
      section(result.synthetic, 10),
      '## Import of a user\'s CSV (50 MB), validated in the worker',
      '',
      `${result.importRun.megabytes.toFixed(1)} MB, ${result.importRun.records.toLocaleString('en-US')} rows (${result.importRun.accepted.toLocaleString('en-US')} accepted), streamed in 1 MB slices as the app does.`,
      '',
      '| measure | value |',
      '|---|---:|',
      `| rows validated per second (worker, including transfer of the slices) | ${Math.round(result.importRun.rowsPerSecond).toLocaleString('en-US')} |`,
      `| total time | ${result.importRun.seconds.toFixed(1)} s |`,
      `| longest main-thread task during the import | ${result.importRun.longTasks ? ms(result.importRun.longestMainThreadTaskMs) : 'none over 50 ms (the long-task threshold)'} |`,
      `| main-thread tasks over 50 ms | ${result.importRun.longTasks} |`,
      '',
      'The 50 MB string is built on the main thread before the measurement starts; only the import is observed.',
      '',
      '## Map: from a new year to the next idle',
      '',
      `The 63-province map (${mapResult.features} features), new colours for every province, measured to MapLibre's next \`idle\` event.`,
      '',
      '| how the colours are applied | median | p95 | n |',
      '|---|---:|---:|---:|',
      `| feature state (what the app does) | ${ms(mapResult.featureState.median)} | ${ms(mapResult.featureState.p95)} | ${mapResult.featureState.n} |`,
      `| rebuilding the GeoJSON source (setData) | ${ms(mapResult.rebuild.median)} | ${ms(mapResult.rebuild.p95)} | ${mapResult.rebuild.n} |`,
      '',
      `Browser: ${result.userAgent}`,
      '',
    ].join('\n');
    await writeFile(path.join(ROOT, 'BENCHMARKS.md'), report);
    console.log(report);
  } finally {
    await browser.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
