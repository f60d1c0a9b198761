// Shared end-to-end harness: serves the built app (vite preview) on 127.0.0.1 and opens Debian's
// Chromium through playwright-core. Every page records console errors, failed requests and any
// request that leaves the app's origin, so each test can assert there were none.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';
import { csvParse } from 'd3-dsv';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.config.js';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** A table of the project's data/ folder, as rows of strings: what the tests compare the screen with. */
export async function dataCsv(file) {
  return csvParse(await readFile(path.join(ROOT, 'data', file), 'utf8'));
}
/** A port no other process holds (another checkout's tests may be serving on the usual one). */
async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

export const PORT = Number(process.env.E2E_PORT || (await freePort()));
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const ARTIFACTS = path.join(ROOT, 'test/e2e/artifacts');

// Messages Chromium or MapLibre print that are not errors of the app (RECIPE pitfalls 7 and 11).
const BENIGN = [/GPU stall due to ReadPixels/i, /Automatic fallback to software WebGL/i];

export async function startServer() {
  const server = spawn(
    process.execPath,
    [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'], detached: true },
  );
  let output = '';
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(ORIGIN);
      if (response.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline || server.exitCode !== null) {
      stopServer(server);
      throw new Error(`vite preview did not answer on ${ORIGIN}:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return server;
}

export function stopServer(server) {
  try {
    process.kill(-server.pid, 'SIGTERM');
  } catch {
    /* already gone */
  }
}

/** A fresh profile; `options` go to Playwright's context (e.g. `serviceWorkers: 'block'`). */
export async function openBrowser({ bypassCSP = false, ...options } = {}) {
  const profile = await mkdtemp(path.join(tmpdir(), 'kcn-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    ...options,
    bypassCSP,
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** Opens a page that records every problem a user or the network would see. */
export async function newWatchedPage(context) {
  const page = await context.newPage();
  const problems = [];
  page.on('console', (message) => {
    if (!['error', 'warning'].includes(message.type())) return;
    const text = message.text();
    if (BENIGN.some((pattern) => pattern.test(text))) return;
    problems.push(`console ${message.type()}: ${text}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  // A request the page's own navigation cuts off is not a problem a user would see: net::ERR_ABORTED on a
  // request begun before a later main-frame navigation started or committed (a test's next goto while lazy
  // chunks still load; the old document runs, and may ask for a chunk, until the new one commits). An abort
  // with neither since the request began counts, unless a main-frame commit follows within a second (its
  // event can reach this process after the abort's).
  let epoch = 0;
  const startedIn = new WeakMap();
  let provisional = [];
  const isMainFrame = (frame) => frame === page.mainFrame();
  page.on('framenavigated', (frame) => {
    if (!isMainFrame(frame)) return;
    epoch += 1;
    const now = Date.now();
    for (const { text, at } of provisional) {
      const index = problems.indexOf(text);
      if (now - at <= 1000 && index >= 0) problems.splice(index, 1);
    }
    provisional = [];
  });
  page.on('request', (request) => {
    if (request.isNavigationRequest() && isMainFrame(request.frame())) epoch += 1;
    startedIn.set(request, epoch);
    const url = request.url();
    if (!url.startsWith(ORIGIN) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request outside the origin: ${url}`);
    }
  });
  page.on('requestfailed', (request) => {
    const error = request.failure()?.errorText;
    const text = `request failed: ${request.url()} ${error}`;
    const aborted = error === 'net::ERR_ABORTED' && !request.isNavigationRequest();
    if (aborted && startedIn.get(request) !== epoch) return;
    problems.push(text);
    if (aborted) provisional.push({ text, at: Date.now() });
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return { page, problems };
}

/** Waits until the app says it is ready and the map has drawn the current data. */
export async function waitForApp(page) {
  await page.waitForFunction(
    () =>
      document.documentElement.dataset.appState === 'ready' &&
      document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state') === 'idle',
    null,
    { timeout: 30_000 },
  );
}

/**
 * The ranking table's rows as a reader of its data-* hooks sees them: code, rank and value, and each of
 * `fields` (dataset names, e.g. 'delta', 'nationalRank'): a number, null for '' (none), undefined when absent.
 */
export async function rankingRows(page, fields = []) {
  return page.$$eval(
    '[data-testid="ranking"] tbody tr',
    (rows, names) =>
      rows.map((row) => {
        const read = (name) => (row.dataset[name] === undefined ? undefined : row.dataset[name] === '' ? null : Number(row.dataset[name]));
        return { code: row.dataset.code, rank: read('rank'), value: read('value'), ...Object.fromEntries(names.map((name) => [name, read(name)])) };
      }),
    fields,
  );
}

/** Codes of the region provinces that MapLibre actually rendered (deduplicated across tiles). */
export async function renderedRegionCodes(page) {
  return page.evaluate(() => {
    const features = window.__map.queryRenderedFeatures({ layers: ['provinces-fill'] });
    return [...new Set(features.filter((f) => f.properties.in_region).map((f) => String(f.properties.code)))].sort();
  });
}

/**
 * A point of a province that a user can click: inside the province and not on a zone symbol or
 * cluster (those take the click). Searches outwards from the province's label point.
 */
export async function provinceClickPoint(page, code) {
  return page.evaluate(async (wanted) => {
    const map = window.__map;
    const data = await map.getSource('province-labels').getData();
    const feature = data.features.find((f) => String(f.properties.code) === wanted);
    const origin = map.project(feature.geometry.coordinates);
    const zoneLayers = ['zone-points', 'zone-clusters', 'zone-cluster-count', 'kkt-area', 'kkt-symbol', 'zone-precision'];
    for (let radius = 0; radius <= 80; radius += 6) {
      for (let angle = 0; angle < 360; angle += radius === 0 ? 360 : 30) {
        const x = origin.x + radius * Math.cos((angle * Math.PI) / 180);
        const y = origin.y + radius * Math.sin((angle * Math.PI) / 180);
        if (map.queryRenderedFeatures([x, y], { layers: zoneLayers }).length) continue;
        const hit = map.queryRenderedFeatures([x, y], { layers: ['provinces-fill'] })[0];
        if (hit && String(hit.properties.code) === wanted) {
          const rect = map.getCanvas().getBoundingClientRect();
          return { x: rect.left + x, y: rect.top + y };
        }
      }
    }
    throw new Error(`no clickable point found in province ${wanted}`);
  }, code);
}

/** How many pixels of a colour (±tolerance) the map canvas shows in a square around a page point. */
export async function countPixels(page, center, rgb, half = 120, tolerance = 14) {
  return page.evaluate(
    ({ center, rgb, half, tolerance }) =>
      new Promise((resolve) => {
        const map = window.__map;
        map.once('render', () => {
          const canvas = map.getCanvas();
          const gl = canvas.getContext('webgl2') || canvas.getContext('webgl');
          const rect = canvas.getBoundingClientRect();
          const ratio = canvas.width / rect.width;
          const size = Math.round(2 * half * ratio);
          const x0 = Math.max(0, Math.round((center.x - rect.left - half) * ratio));
          const y0 = Math.max(0, Math.round(canvas.height - (center.y - rect.top + half) * ratio));
          const pixels = new Uint8Array(size * size * 4);
          gl.readPixels(x0, y0, size, size, gl.RGBA, gl.UNSIGNED_BYTE, pixels);
          let count = 0;
          for (let i = 0; i < pixels.length; i += 4) {
            if (Math.abs(pixels[i] - rgb[0]) <= tolerance && Math.abs(pixels[i + 1] - rgb[1]) <= tolerance && Math.abs(pixels[i + 2] - rgb[2]) <= tolerance) count++;
          }
          resolve(count);
        });
        map.triggerRepaint();
      }),
    { center, rgb, half, tolerance },
  );
}

/** One server and one browser profile for a test file, started before its tests and stopped after. */
export function useApp() {
  const app = { server: null, browser: null };
  before(async () => {
    app.server = await startServer();
    app.browser = await openBrowser();
  });
  after(async () => {
    await app.browser?.close();
    if (app.server) stopServer(app.server);
  });
  return app;
}

/** A watched page of the shared browser (useApp) on `url` (a path and its query), once the app is ready. */
export async function openApp(app, url) {
  const watched = await newWatchedPage(app.browser.context);
  await watched.page.goto(`${ORIGIN}${url}`);
  await waitForApp(watched.page);
  return watched;
}

/** A parameter of the page's current address. */
export const param = (page, name) => new URL(page.url()).searchParams.get(name);

/** Serious and critical axe-core violations on the page (needs a browser opened with bypassCSP: axe is injected inline). */
export async function axeViolations(page) {
  await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  });
}
