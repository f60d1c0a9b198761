// KCN Atlas service worker (generated at build time by scripts/vite-plugin-offline.ts).
// Precaches the whole app so that it works with no network after one visit. Cache-first for what it
// precached; a new version waits until the page asks it to take over (an update is offered, never forced).
//
// Nothing blank after a deployment: the install fetches around the browser's HTTP cache (a host that caches
// HTML for 10 minutes would otherwise give the new version the old index.html, whose scripts are gone) and
// checks that the cached page loads this version's entry script. Nothing broken in another tab: every page is
// served from the cache of the version it runs, and a version's cache is deleted only once no page uses it.
const VERSION = '__VERSION__';
const CACHE = `kcn-atlas-${VERSION}`;
const PRECACHE = __PRECACHE__;
/** The entry script this version's index.html must load. */
const ENTRY = __ENTRY__;
const INDEX = PRECACHE[0];
/** Which version's cache each open page runs on (kept in a cache, as a worker may be stopped at any time). */
const PAGES_CACHE = 'kcn-atlas:pages';
const PAGES_KEY = 'pages.json';
/** A page just navigated may not be listed among the clients yet: its record is kept at least this long. */
const NEW_PAGE_GRACE_MS = 60_000;

async function indexLoadsEntry(cache) {
  const page = await cache.match(INDEX);
  return page ? (await page.text()).includes(ENTRY) : false;
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll(PRECACHE.map((url) => new Request(url, { cache: 'reload' })));
      if (await indexLoadsEntry(cache)) return;
      // A proxy or CDN answered with an older page despite `reload`: ask once more, with a query no cache has seen.
      const fresh = await fetch(`${INDEX}?sw=${VERSION}`, { cache: 'reload' });
      if (fresh.ok) await cache.put(INDEX, fresh);
      if (await indexLoadsEntry(cache)) return;
      // Never install a version that would open on a blank page: the current one stays, and the next visit retries.
      await caches.delete(CACHE);
      throw new Error(`offline: ${INDEX} does not load ${ENTRY}; version ${VERSION} not installed`);
    })(),
  );
});

/** { [clientId]: { cache, at } }, read once per worker start. */
let pages = null;
let pagesWrite = Promise.resolve();

function readPages() {
  pages ??= (async () => {
    const stored = await (await caches.open(PAGES_CACHE)).match(PAGES_KEY);
    return stored ? stored.json().catch(() => ({})) : {};
  })();
  return pages;
}

async function savePages() {
  const snapshot = JSON.stringify(await readPages());
  pagesWrite = pagesWrite.then(async () => (await caches.open(PAGES_CACHE)).put(PAGES_KEY, new Response(snapshot)));
  return pagesWrite;
}

/** Deletes the caches of older versions that no open page runs on. */
async function cleanup() {
  const known = await readPages();
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = new Set(windows.map((w) => w.id));
  const now = Date.now();
  for (const [id, page] of Object.entries(known)) if (!open.has(id) && now - page.at > NEW_PAGE_GRACE_MS) delete known[id];
  await savePages();
  // A page this worker never served (opened under an older worker) may run any older version: keep them all.
  if (windows.some((w) => !known[w.id])) return;
  const inUse = new Set([CACHE, ...Object.values(known).map((page) => page.cache)]);
  for (const key of await caches.keys()) {
    if (key.startsWith('kcn-atlas-') && !inUse.has(key)) await caches.delete(key);
  }
}

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await self.clients.claim();
      await cleanup();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

async function fromCaches(key, pageCache) {
  // The page's own version first, then this one, then any (a page opened before pages were recorded).
  for (const cacheName of [pageCache, CACHE]) {
    const hit = cacheName && (await caches.match(key, { cacheName }));
    if (hit) return hit;
  }
  return caches.match(key);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages (any query string) are the one index.html of this version; the new page runs on this cache.
    event.respondWith(
      (async () => {
        const page = await caches.match(INDEX, { cacheName: CACHE });
        return page ?? fetch(request);
      })(),
    );
    event.waitUntil(
      (async () => {
        if (event.resultingClientId) (await readPages())[event.resultingClientId] = { cache: CACHE, at: Date.now() };
        await cleanup();
      })(),
    );
    return;
  }
  event.respondWith(
    (async () => {
      const known = await readPages();
      const cached = await fromCaches(url.pathname, known[event.clientId]?.cache);
      return cached ?? fetch(request);
    })(),
  );
});
