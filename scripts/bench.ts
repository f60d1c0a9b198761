// `npm run bench`: measures the analysis engine in Debian's Chromium (through its real Web Worker and
// on the main thread), on the real data and on a synthetic set 100 times larger, and the map of the
// built app against bare MapLibre (scripts/bench/map.ts); prints the figures and rewrites BENCHMARKS.md.
// Figures, not pass/fail: budgets on time are not asserted in tests.
// `tsx scripts/bench.ts --map` measures the map only and prints it, leaving BENCHMARKS.md as it is
// (BENCH_STEPS and BENCH_LOADS set how many year steps and cold loads).
import { writeFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../test/chromium.config.js';
import { buildAndServe } from './bench/serve.ts';
import { measureColdLoad, measureSourceUpdate, measureYearStep, type LoadFigures, type SourceFigures, type StepFigures, type Versus } from './bench/map.ts';
import { ratio, seconds, type Summary } from './bench/stats.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Stats { n: number; median: number; p95: number; max: number }
interface Run {
  label: string; observations: number; metrics: number; bundleBytes: number; workerLoadMs: number; mainLoadMs: number;
  transferred: boolean; worker: Stats; mainThread: Stats;
}
interface ImportRun { megabytes: number; records: number; accepted: number; seconds: number; rowsPerSecond: number; longestMainThreadTaskMs: number; longTasks: number }
interface Result { userAgent: string; hardwareConcurrency: number; real: Run; synthetic: Run; importRun: ImportRun }
/** `load`: the machine's one-minute load average before and after (2 cores: above 2, jobs wait). */
interface MapFigures { step: StepFigures; load: LoadFigures; source: SourceFigures; loadAverage: [number, number] }

const ms = (value: number) => `${value.toFixed(value < 1 ? 3 : 1)} ms`;
const STEP_GOAL = 1.3;
const LOAD_GOAL = 1.5;
/** A row of times: median, the middle half of the samples, and n. */
const row = (label: string, s: Summary, format = ms) => `| ${label} | ${format(s.median)} | ${format(s.p25)} – ${format(s.p75)} | ${s.n} |`;
const ratioRow = (label: string, s: Summary) => `| ${label} | ${ratio(s.median)} | ${ratio(s.p25)} – ${ratio(s.p75)} | ${s.n} |`;

async function measureMap(rounds: { step: number; load: number; source: number }): Promise<MapFigures> {
  const served = await buildAndServe(ROOT);
  try {
    const before = loadavg()[0];
    const step = await measureYearStep(ROOT, served.appOrigin, served.floorOrigin, rounds.step);
    const load = await measureColdLoad(ROOT, served.appOrigin, served.floorOrigin, rounds.load);
    const source = await measureSourceUpdate(ROOT, served.appOrigin, rounds.source);
    return { step, load, source, loadAverage: [before, loadavg()[0]] };
  } finally {
    await served.close();
  }
}

function versusRows(label: string, v: Versus, format: (value: number) => string): string[] {
  return [
    row(`app: ${label}`, v.app, format),
    row(`floor: ${label}`, v.floor, format),
    ratioRow(`**ratio app ÷ floor, ${label}** (paired)`, v.ratio),
  ];
}

function mapSections(map: MapFigures): string {
  const { step, load, source, loadAverage } = map;
  const goal = (v: Versus, limit: number) =>
    `ratio ${ratio(v.ratio.median)} (of the medians ${ratio(v.ratioOfMedians)}): goal ≤ ${limit}× ${v.ratio.median <= limit ? 'met' : 'NOT met'}`;
  return [
    '## Map: a year step, from the key to the map\'s next idle',
    '',
    'The built app (`vite build --mode test`, served by `vite preview`) in presenter mode at 1280×800: the → key',
    '(year + 1; ← from the last year) through the URL, the worker\'s ranking, the legend and the map\'s feature state,',
    'to MapLibre\'s next `idle`, and to the animation frame after it ("painted": with software WebGL the browser reads',
    'the canvas back while committing the frame, so this is where the cost of drawing every layer shows). The floor:',
    'bare MapLibre (bench/floor.ts, built and served the same way, a map of the same size) recolouring the same 63',
    'provinces by feature state, measured alternately with the app in the same browser. Ratios are taken per pair of',
    'neighbouring samples, so that a busy moment of the shared machine slows both sides.',
    '',
    '| measure | median | middle half | n |',
    '|---|---:|---:|---:|',
    ...versusRows('to idle', step.idle, ms),
    ...versusRows('to painted', step.painted, ms),
    ...(step.cpu ? versusRows('CPU of the whole browser per step', step.cpu, ms) : []),
    // The presenter's map view has no ranking table on screen: then there is nothing to time.
    ...(Number.isFinite(step.ranking.median) ? [row('app: key → the ranking table shows the new year', step.ranking)] : []),
    row('app: key → the map starts drawing (new feature state)', step.busy),
    row('app: the map starts drawing → idle', step.map),
    '',
    `- To idle: ${goal(step.idle, STEP_GOAL)}.`,
    `- To painted: ${goal(step.painted, STEP_GOAL)}.`,
    ...(step.cpu ? [`- CPU per step (all the browser's processes; the shared machine disturbs it less than the clock): ratio ${ratio(step.cpu.ratio.median)}.`] : []),
    '',
    '## Map: a cold load, to the map\'s first idle',
    '',
    'A new browser for every load (an empty profile: no HTTP cache, no service worker), 1280×800, the app at `/`,',
    'timed from the start of navigation. The app is done when its map has drawn the data (`data-map-state="idle"`,',
    'what a user waits for); the floor when bare MapLibre has drawn the same province boundaries (a fill and an',
    'outline) in a map of the app\'s map size. Both also to the animation frame after that idle. App and floor alternate.',
    '',
    '| measure | median | middle half | n |',
    '|---|---:|---:|---:|',
    ...versusRows('first idle', load.idle, seconds),
    ...versusRows('first painted', load.painted, seconds),
    ...(load.cpu ? versusRows('CPU of the whole browser to the first idle', load.cpu, seconds) : []),
    row('app: first ranking row in the page', load.firstRanking, seconds),
    row('app: the map\'s first idle with its layers added', load.boundaries, seconds),
    '',
    `- To idle: ${goal(load.idle, LOAD_GOAL)}.`,
    `- To painted: ${goal(load.painted, LOAD_GOAL)}.`,
    ...(load.cpu ? [`- CPU (all the browser's processes, which the shared machine's other jobs disturb less than the clock): ratio ${ratio(load.cpu.ratio.median)}.`] : []),
    `- Rankings before the map: ${load.firstRanking.median < load.idle.app.median ? 'yes' : 'NO'} (medians).`,
    '',
    '## Map: feature state or a rebuilt source',
    '',
    `In the built app, the 63-province map (${source.features} features), new colours for every province, to MapLibre's next \`idle\`.`,
    '',
    '| how the colours are applied | median | middle half | n |',
    '|---|---:|---:|---:|',
    row('feature state (what the app does)', source.featureState),
    row('rebuilding the GeoJSON source (setData)', source.rebuild),
    '',
    `The machine's load average (1 minute) was ${loadAverage[0].toFixed(1)} before the map figures and ${loadAverage[1].toFixed(1)} after them.`,
    '',
  ].join('\n');
}

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

/** The analysis engine (bench/analysis.bench.ts), on the Vite dev server: it imports the engine's sources. */
async function measureAnalysis(): Promise<Result> {
  const server = await createServer({ root: ROOT, logLevel: 'error', server: { host: '127.0.0.1', port: 4190, strictPort: false } });
  await server.listen();
  const origin = server.resolvedUrls?.local[0]?.replace(/\/$/, '') ?? 'http://127.0.0.1:4190';
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    page.on('pageerror', (error) => console.error('bench page error:', error.message));
    await page.goto(`${origin}/bench/index.html`);
    await page.waitForFunction(() => 'runBench' in window, null, { timeout: 60_000 });
    return (await page.evaluate(() => (window as unknown as { runBench: () => Promise<unknown> }).runBench())) as Result;
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main() {
  if (process.argv.includes('--map')) {
    const rounds = (name: string, fallback: number) => Number(process.env[name]) || fallback;
    console.log(mapSections(await measureMap({ step: rounds('BENCH_STEPS', 20), load: rounds('BENCH_LOADS', 5), source: 10 })));
    return;
  }
  const result = await measureAnalysis();
  const map = await measureMap({ step: 30, load: 9, source: 40 });
  const report = [
    '# Benchmarks',
    '',
    'Written by `npm run bench` (scripts/bench.ts, scripts/bench/, bench/). Measured in headless Chromium (WebGL by',
    `SwiftShader) on this project's machine kind (${result.hardwareConcurrency} logical cores): the analysis engine served by the Vite dev`,
    'server, the map on the built app served statically. Times are',
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
    mapSections(map),
    `Browser: ${result.userAgent}`,
    '',
  ].join('\n');
  await writeFile(path.join(ROOT, 'BENCHMARKS.md'), report);
  console.log(report);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
