// The map figures of `npm run bench`, each against the bare-MapLibre floor (bench/floor.ts) measured in
// the same run, interleaved with the app so that a busy moment of the shared machine slows both:
//   - a year step: the presenter's → key to the map's next `idle` (URL, worker, legend, map), against
//     the floor recolouring its 63 provinces by feature state to `idle`;
//   - a cold load (a new browser: no HTTP cache, no service worker) to the map's first `idle` with the
//     data drawn, against the floor's first `idle` with the same boundaries;
//   - feature state against rebuilding the source, in the app (bench/map.bench.js).
// Each time is also taken to the animation frame after that `idle` ("painted"): with software WebGL
// (SwiftShader) the browser reads the canvas back while committing the frame, and that is where the
// cost of drawing many layers shows; `idle` alone fires before it.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../test/chromium.config.js';
import { treeCpuMs } from './cpu.ts';
import { pairedRatios, summary, type Summary } from './stats.ts';

const VIEWPORT = { width: 1280, height: 800 };
/** Ten years of data (2015–2024): the steps go forward to the last year, then back. */
const STEP_URL = '/?present=1&scope=province&metric=province_fdi_total_capital_musd&year=2015';
const LOAD_URL = '/';
/**
 * Headless Chromium builds its omnibox pop-ups (WebUI pages) at start-up, about a second of CPU that
 * would land in the first cold load's measurement on a two-core machine.
 */
const QUIET_START = '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup';

interface Times { idle: number; painted: number }
/** App and floor side by side: their summaries, the paired ratio and the ratio of the medians. */
export interface Versus { app: Summary; floor: Summary; ratio: Summary; ratioOfMedians: number }
/** `cpu`: CPU time of the whole browser per step (the other page is idle meanwhile; null where /proc is absent). */
export interface StepFigures { idle: Versus; painted: Versus; cpu: Versus | null; ranking: Summary; busy: Summary; map: Summary }
/** `cpu`: CPU time of the whole browser from navigation to the first idle (null where /proc is absent). */
export interface LoadFigures { idle: Versus; painted: Versus; cpu: Versus | null; firstRanking: Summary; boundaries: Summary }
export interface SourceFigures { featureState: Summary; rebuild: Summary; features: number }

/** A new browser, with its process id for reading its CPU time (scripts/bench/cpu.ts). */
async function launch(): Promise<{ browser: Browser; cpuMs: () => number | null; close: () => Promise<void> }> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS, QUIET_START] });
  const browser = await chromium.connect(server.wsEndpoint());
  const pid = server.process().pid;
  return {
    browser,
    cpuMs: () => treeCpuMs(pid),
    async close() {
      await browser.close();
      await server.close();
    },
  };
}
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function versus(app: number[], floor: number[]): Versus {
  const a = summary(app);
  const f = summary(floor);
  return { app: a, floor: f, ratio: pairedRatios(app, floor), ratioOfMedians: a.median / f.median };
}

async function openApp(browser: Browser, root: string, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('bench app page error:', error.message));
  await page.addInitScript({ path: path.join(root, 'bench/probe.js') });
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.dataset.appState === 'ready' && (window as unknown as { __bench: { mapPainted?: number } }).__bench.mapPainted !== undefined, null, { timeout: 60_000, polling: 100 });
  return page;
}

async function mapSize(page: Page): Promise<{ w: number; h: number }> {
  return page.evaluate(() => {
    const canvas = (window as unknown as { __map: { getCanvas(): HTMLCanvasElement } }).__map.getCanvas();
    return { w: canvas.clientWidth, h: canvas.clientHeight };
  });
}

async function openFloor(browser: Browser, url: string): Promise<Page> {
  const context = await browser.newContext({ viewport: VIEWPORT, serviceWorkers: 'block' });
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('bench floor page error:', error.message));
  await page.goto(url);
  await page.waitForFunction(() => (window as unknown as { __firstPainted?: number }).__firstPainted !== undefined, null, { timeout: 60_000, polling: 100 });
  return page;
}

/** Year steps in the presenter and floor recolourings, alternating, after a few of each to warm up. */
export async function measureYearStep(root: string, appOrigin: string, floorOrigin: string, rounds: number): Promise<StepFigures> {
  const { browser, cpuMs, close } = await launch();
  try {
    const app = await openApp(browser, root, `${appOrigin}${STEP_URL}`);
    const { w, h } = await mapSize(app);
    const floor = await openFloor(browser, `${floorOrigin}/floor.html?w=${w}&h=${h}`);
    const years = await app.evaluate(() => [...document.querySelectorAll<HTMLOptionElement>('[data-testid="year-select"] option')].map((o) => Number(o.value)));
    const last = Math.max(...years);
    const first = Math.min(...years);
    let forward = true;
    const app_ = { idle: [] as number[], painted: [] as number[], ranking: [] as number[], busy: [] as number[], map: [] as number[] };
    const floor_ = { idle: [] as number[], painted: [] as number[] };
    const cpu = { app: [] as (number | null)[], floor: [] as (number | null)[] };
    const cpuSince = (start: number | null) => {
      const now = cpuMs();
      return start === null || now === null ? null : now - start;
    };
    for (let round = -4; round < rounds; round++) {
      const year = Number(await app.evaluate(() => new URL(location.href).searchParams.get('year')));
      if (year >= last) forward = false;
      if (year <= first) forward = true;
      await app.evaluate(() => {
        const w = window as unknown as { __bench: { armStep(): Promise<unknown> }; __step: Promise<unknown> };
        w.__step = w.__bench.armStep();
      });
      const appStart = cpuMs();
      await app.keyboard.press(forward ? 'ArrowRight' : 'ArrowLeft');
      const step = (await app.evaluate(() => (window as unknown as { __step: Promise<unknown> }).__step)) as Times & { ranking: number; busy: number; map: number };
      const appCpu = cpuSince(appStart);
      await pause(200);
      const floorStart = cpuMs();
      const recolour = await floor.evaluate((r) => (window as unknown as { __recolour(r: number): Promise<Times> }).__recolour(r), round + 10);
      const floorCpu = cpuSince(floorStart);
      await pause(200);
      if (round < 0) continue;
      cpu.app.push(appCpu);
      cpu.floor.push(floorCpu);
      for (const key of ['idle', 'painted', 'ranking', 'busy', 'map'] as const) app_[key].push(step[key]);
      floor_.idle.push(recolour.idle);
      floor_.painted.push(recolour.painted);
    }
    const known = (values: (number | null)[]): values is number[] => values.every((v) => v !== null);
    return {
      idle: versus(app_.idle, floor_.idle), painted: versus(app_.painted, floor_.painted),
      cpu: known(cpu.app) && known(cpu.floor) ? versus(cpu.app, cpu.floor) : null,
      ranking: summary(app_.ranking), busy: summary(app_.busy), map: summary(app_.map),
    };
  } finally {
    await close();
  }
}

/**
 * One cold load in a new browser (an empty profile: no HTTP cache, no service worker), with the CPU the
 * browser used from just before `run` until `run` resolved (`run` polls every 100 ms for the page's first
 * painted frame, so a little CPU after it is counted too, on both sides).
 */
async function coldLoad<T>(run: (browser: Browser) => Promise<T>): Promise<T & { cpuMs: number | null }> {
  const { browser, cpuMs, close } = await launch();
  try {
    // Let the new browser's own start-up settle before the clock starts.
    const blank = await browser.newPage();
    await pause(1000);
    await blank.close();
    const before = cpuMs();
    const result = await run(browser);
    const after = cpuMs();
    return { ...result, cpuMs: before === null || after === null ? null : after - before };
  } finally {
    await close();
  }
}

export async function measureColdLoad(root: string, appOrigin: string, floorOrigin: string, rounds: number): Promise<LoadFigures> {
  // The app's map pane at this viewport, for the floor's map size.
  const { w, h } = await coldLoad(async (browser) => mapSize(await openApp(browser, root, `${appOrigin}${LOAD_URL}`)));
  type AppLoad = { firstRanking: number; boundariesIdle: number; mapIdle: number; mapPainted: number };
  const loadApp = () =>
    coldLoad(async (browser) => (await openApp(browser, root, `${appOrigin}${LOAD_URL}`)).evaluate(() => (window as unknown as { __bench: AppLoad }).__bench));
  const loadFloor = () =>
    coldLoad(async (browser) =>
      (await openFloor(browser, `${floorOrigin}/floor.html?w=${w}&h=${h}`)).evaluate(() => {
        const w = window as unknown as { __firstIdle: number; __firstPainted: number };
        return { idle: w.__firstIdle, painted: w.__firstPainted };
      }),
    );
  const app: (AppLoad & { cpuMs: number | null })[] = [];
  const floor: (Times & { cpuMs: number | null })[] = [];
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so that neither always follows the other's clean-up.
    if (round % 2 === 0) app.push(await loadApp());
    floor.push(await loadFloor());
    if (round % 2 === 1) app.push(await loadApp());
  }
  const cpu = app.every((a) => a.cpuMs !== null) && floor.every((f) => f.cpuMs !== null);
  return {
    idle: versus(app.map((a) => a.mapIdle), floor.map((f) => f.idle)),
    painted: versus(app.map((a) => a.mapPainted), floor.map((f) => f.painted)),
    cpu: cpu ? versus(app.map((a) => a.cpuMs!), floor.map((f) => f.cpuMs!)) : null,
    firstRanking: summary(app.map((a) => a.firstRanking)),
    boundaries: summary(app.map((a) => a.boundariesIdle)),
  };
}

/** Feature state against rebuilding the GeoJSON source, in the built app (bench/map.bench.js). */
export async function measureSourceUpdate(root: string, appOrigin: string, rounds: number): Promise<SourceFigures> {
  const { browser, close } = await launch();
  try {
    const page = await openApp(browser, root, `${appOrigin}/?scope=province&metric=province_fdi_total_capital_musd&lang=en`);
    await page.evaluate(await readFile(path.join(root, 'bench/map.bench.js'), 'utf8'));
    const result = (await page.evaluate((n) => (window as unknown as { runMapBench(n: number): Promise<unknown> }).runMapBench(n), rounds)) as { featureState: number[]; rebuild: number[]; features: number };
    return { featureState: summary(result.featureState), rebuild: summary(result.rebuild), features: result.features };
  } finally {
    await close();
  }
}
