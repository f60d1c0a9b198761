// KCN Atlas service worker (generated at build time by scripts/vite-plugin-offline.ts).
// Precaches the whole app so that it works with no network after one visit. Cache-first for what it
// precached; a new version waits until the page asks it to take over (an update is offered, never forced).
const VERSION = '__VERSION__';
const CACHE = `kcn-atlas-${VERSION}`;
const PRECACHE = __PRECACHE__;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('kcn-atlas-') && key !== CACHE) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  event.respondWith(
    (async () => {
      const cache = await caches.open(CACHE);
      // Pages (any query string) are the one index.html; everything else by its path.
      const key = request.mode === 'navigate' ? PRECACHE[0] : url.pathname;
      const cached = await cache.match(key);
      if (cached) return cached;
      try {
        return await fetch(request);
      } catch (error) {
        if (request.mode === 'navigate') {
          const index = await cache.match(PRECACHE[0]);
          if (index) return index;
        }
        throw error;
      }
    })(),
  );
});
