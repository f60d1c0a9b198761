// End-to-end: a new deployment on a host that caches everything for 10 minutes (GitHub Pages sends
// `Cache-Control: max-age=600`), with two real builds told apart by VITE_BUILD_ID (`<html data-build>`, and a
// banner in every script, so that the two builds share no script: the old version's files are gone from the host).
// - After "Reload to update" the page runs the new version, online and offline, never a blank page.
// - An install that can only get the old page never becomes the running version.
// - An update applied in one tab leaves the other tab working on its version, and tells it.
// - A page whose scripts are gone, or a lazily loaded part that cannot be fetched, says so and offers a reload.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, PORT, ROOT, newWatchedPage, openBrowser, waitForApp } from './harness.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css',
  '.json': 'application/json', '.png': 'image/png', '.svg': 'image/svg+xml',
};

/** Builds the app into `outDir`, named `id` (a second build differs in its entry script, as a new deployment does). */
function build(outDir, id) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], {
      cwd: ROOT, env: { ...process.env, VITE_BUILD_ID: id }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`vite build ${id} failed:\n${output}`))));
  });
}

/**
 * A static host like GitHub Pages: every answer cacheable for 10 minutes, an HTML 404 page for what is missing.
 * `stalePage`: the directory whose index.html the host (a CDN) still gives for the page; with `staleEverywhere`
 * even for the service worker's cache-busting query.
 */
function startHost() {
  const host = { root: '', stalePage: '', staleEverywhere: false, server: null };
  host.server = createServer(async (request, response) => {
    const url = new URL(request.url, ORIGIN);
    const file = url.pathname === '/' ? '/index.html' : decodeURIComponent(url.pathname);
    // The CDN's copy of the page answers every request but one with a query it has never seen (`?sw=`).
    const stale = file === '/index.html' && host.stalePage && (!url.searchParams.has('sw') || host.staleEverywhere);
    const root = stale ? host.stalePage : host.root;
    const full = path.join(root, path.normalize(file));
    try {
      if (!full.startsWith(root)) throw new Error('outside');
      const body = await readFile(full);
      response.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'max-age=600' });
      response.end(body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'max-age=600' });
      response.end('<!doctype html><title>404</title><p>File not found</p>');
    }
  });
  return new Promise((resolve) => host.server.listen(PORT, '127.0.0.1', () => resolve(host)));
}

let work;
let A;
let B;
let host;
before(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'kcn-update-'));
  A = path.join(work, 'a');
  B = path.join(work, 'b');
  await build(A, 'a');
  await build(B, 'b');
  host = await startHost();
});
after(async () => {
  await new Promise((resolve) => host?.server.close(resolve));
  if (work) await rm(work, { recursive: true, force: true });
});

const buildOf = (page) => page.evaluate(() => document.documentElement.dataset.build);

/** Waits until the page is controlled by the service worker. */
async function controlled(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
  });
}

/** Asks the browser to look for a new service worker now, and returns the state the new one reaches. */
function checkForUpdate(page) {
  return page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    const outcome = new Promise((resolve) =>
      registration.addEventListener('updatefound', () => {
        const worker = registration.installing;
        worker.addEventListener('statechange', () => {
          if (worker.state === 'installed' || worker.state === 'redundant') resolve(worker.state);
        });
      }, { once: true }),
    );
    await registration.update();
    return outcome;
  });
}

/** A page of build A, served by A's service worker (the first visit installs it; the reload goes through it). */
async function openOnA(context, search = '/?lang=en') {
  const watched = await newWatchedPage(context);
  await watched.page.goto(`${ORIGIN}${search}`);
  await waitForApp(watched.page);
  await controlled(watched.page);
  await watched.page.reload();
  await waitForApp(watched.page);
  assert.equal(await buildOf(watched.page), 'a');
  return watched;
}

async function notBlank(page, build) {
  await waitForApp(page);
  assert.equal(await buildOf(page), build);
  assert.ok((await page.locator('#app [data-testid="map"]').count()) === 1, 'the app is drawn');
  assert.equal(await page.locator('[data-testid="boot-error"]').count(), 0);
}

/** Clicks "Reload to update" on the offer of an installed version, and checks the page then runs `build`. */
async function reloadToUpdate(page, build) {
  const offer = page.locator('[data-testid="update-offer"][data-kind="ready"]');
  await offer.waitFor();
  await Promise.all([page.waitForEvent('load'), offer.locator('button').click()]);
  await notBlank(page, build);
}

/** A fresh browser profile for one test, closed after it. */
async function withBrowser(options, body) {
  const browser = await openBrowser(options);
  try {
    await body(browser);
  } finally {
    await browser.close();
  }
}

describe('a new deployment', () => {
  test('behind a host that caches HTML: after "Reload to update" the new version runs, online and offline', () =>
    withBrowser({}, async (browser) => {
      host.root = A;
      const { page, problems } = await openOnA(browser.context);
      // Deploy B. The browser's HTTP cache still holds A's index.html for 10 minutes.
      host.root = B;
      assert.equal(await checkForUpdate(page), 'installed');
      await reloadToUpdate(page, 'b');
      await page.screenshot({ path: path.join(ARTIFACTS, 'update-reloaded.png') });
      // Ten minutes later the HTTP cache has expired (the old scripts it held are gone too): still the new version.
      await (await browser.context.newCDPSession(page)).send('Network.clearBrowserCache');
      await page.reload();
      await notBlank(page, 'b');
      await browser.context.setOffline(true);
      try {
        await page.reload();
        await notBlank(page, 'b');
      } finally {
        await browser.context.setOffline(false);
      }
      assert.deepEqual(problems, []);
    }));

  test('an install that gets the old page asks again past the caches, and never installs a page without its scripts', () =>
    withBrowser({}, async (browser) => {
      host.root = A;
      const { page, problems } = await openOnA(browser.context);
      try {
        // A broken deployment: the host gives A's page for B's scripts, whatever is asked. B is not installed.
        host.root = B;
        host.stalePage = A;
        host.staleEverywhere = true;
        assert.equal(await checkForUpdate(page), 'redundant');
        await page.reload();
        await notBlank(page, 'a');
        assert.equal(await page.locator('[data-testid="update-offer"]').count(), 0);
        // A CDN that keeps the old page for `/` but not for a new query: the install gets the new page that way.
        host.staleEverywhere = false;
        assert.equal(await checkForUpdate(page), 'installed');
        await reloadToUpdate(page, 'b');
        assert.deepEqual(problems, []);
      } finally {
        host.stalePage = '';
      }
    }));

  test('an update applied in one tab: the other keeps working on its version, is told, and the old cache goes once unused', () =>
    withBrowser({}, async (browser) => {
      host.root = A;
      // On stage: a deck of three views, the lazily loaded charts not yet needed.
      const deck = Buffer.from(JSON.stringify([['lang=en&view=map'], ['lang=en&view=trend'], ['lang=en&view=change']])).toString('base64url');
      const presenter = await openOnA(browser.context, `/?lang=en&deck=${deck}&slide=0&present=1`);
      const other = await openOnA(browser.context, '/?lang=en');
      host.root = B;
      assert.equal(await checkForUpdate(other.page), 'installed');
      await reloadToUpdate(other.page, 'b');

      // The first tab is told, and keeps running A: its lazily loaded parts come from A's cache (B's host has none).
      const told = presenter.page.locator('[data-testid="update-offer"][data-kind="elsewhere"]');
      await told.waitFor();
      assert.match(await told.innerText(), /installed in another tab/);
      assert.equal(await buildOf(presenter.page), 'a');
      const nextSlide = async (view) => {
        await presenter.page.keyboard.press('n');
        await presenter.page.locator(`[data-testid="view-panel"][data-view="${view}"] svg[role="img"]`).first().waitFor();
      };
      await nextSlide('trend');
      await browser.context.setOffline(true);
      try {
        await nextSlide('change');
      } finally {
        await browser.context.setOffline(false);
      }
      assert.equal(await presenter.page.locator('[data-testid="update-offer"][data-kind="chunk"]').count(), 0);
      await presenter.page.screenshot({ path: path.join(ARTIFACTS, 'update-other-tab.png') });
      assert.deepEqual(presenter.problems, []);

      // Its reload brings it to B. With no page left on A, A's cache is deleted.
      await Promise.all([presenter.page.waitForEvent('load'), told.locator('button').click()]);
      await notBlank(presenter.page, 'b');
      await presenter.page.close();
      await other.page.reload();
      await waitForApp(other.page);
      await other.page.waitForFunction(async () => (await caches.keys()).filter((key) => key.startsWith('kcn-atlas-')).length === 1);
      assert.deepEqual(other.problems, []);
    }));
});

describe('parts of the app that cannot be loaded', () => {
  test('a cached page whose scripts are gone says so in both languages and offers a reload (no service worker yet)', () =>
    withBrowser({ serviceWorkers: 'block' }, async (browser) => {
      host.root = B;
      host.stalePage = A;
      try {
        const { page } = await newWatchedPage(browser.context);
        await page.goto(`${ORIGIN}/?lang=en`);
        const message = page.locator('[data-testid="boot-error"]');
        await message.waitFor();
        assert.equal(await page.evaluate(() => document.documentElement.dataset.appState), 'error');
        assert.match(await message.innerText(), /không khởi động được[\s\S]*could not start/);
        await page.screenshot({ path: path.join(ARTIFACTS, 'update-boot-error.png') });
        // The host has the new page now: the reload button brings the app.
        host.stalePage = '';
        await Promise.all([page.waitForEvent('load'), message.locator('button').click()]);
        await notBlank(page, 'b');
      } finally {
        host.stalePage = '';
      }
    }));

  test('a lazily loaded part that cannot be fetched is said at once, with a reload', () =>
    withBrowser({ serviceWorkers: 'block' }, async (browser) => {
      host.root = A;
      const { page } = await newWatchedPage(browser.context);
      await page.goto(`${ORIGIN}/?lang=en`);
      await waitForApp(page);
      host.root = B;
      await page.locator('[data-testid="view-toggle"] button[data-view="trend"]').click();
      const alert = page.locator('[data-testid="update-offer"][data-kind="chunk"]');
      await alert.waitFor();
      assert.equal(await alert.getAttribute('role'), 'alert');
      assert.match(await alert.innerText(), /could not be loaded/);
      await Promise.all([page.waitForEvent('load'), alert.locator('button').click()]);
      await notBlank(page, 'b');
    }));
});
