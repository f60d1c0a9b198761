// Injected into the app's pages by `npm run bench` (scripts/bench/map.ts) before any of the app's code
// runs. It only listens. Times are performance.now(), milliseconds since the navigation started:
//   firstRanking   the ranking table's first row is in the page
//   boundariesIdle the map's first `idle` once the adapter has added its sources and layers
//   mapIdle        the `idle` after which the map container first says data-map-state="idle" (the
//                  map has drawn the current data: what the e2e tests wait for)
//   mapPainted     the next animation frame after it: the browser has composited the map's canvas
//                  (with software WebGL the frame's pixels are read back during that commit)
// and, for a year step, `__bench.armStep()` resolves with the times from the key press.
(() => {
  const bench = { firstRanking: undefined, boundariesIdle: undefined, mapIdle: undefined, mapPainted: undefined, lastIdle: undefined };
  window.__bench = bench;

  let map;
  Object.defineProperty(window, '__map', {
    configurable: true,
    get: () => map,
    set(value) {
      map = value;
      map.once('idle', () => (bench.boundariesIdle ??= performance.now()));
      map.on('idle', () => (bench.lastIdle = performance.now()));
    },
  });

  const nextFrame = (callback) => requestAnimationFrame(() => callback(performance.now()));
  let step = null;
  const mapState = () => document.querySelector('[data-testid="map"]')?.getAttribute('data-map-state');
  const observer = new MutationObserver(() => {
    if (bench.firstRanking === undefined && document.querySelector('[data-testid="ranking"] tr[data-code]')) bench.firstRanking = performance.now();
    const state = mapState();
    if (bench.mapIdle === undefined && state === 'idle') {
      bench.mapIdle = bench.lastIdle;
      nextFrame((now) => (bench.mapPainted = now));
    }
    if (!step || step.key === undefined) return;
    const year = document.querySelector('[data-testid="ranking"]')?.getAttribute('data-year');
    if (step.ranking === undefined && year !== step.yearBefore) step.ranking = performance.now();
    if (step.busy === undefined && state !== 'idle') step.busy = performance.now();
    else if (step.busy !== undefined && state === 'idle') {
      const { resolve, key, ranking, busy } = step;
      const idle = bench.lastIdle;
      step = null;
      nextFrame((now) => resolve({ idle: idle - key, painted: now - key, ranking: ranking - key, busy: busy - key, map: idle - busy }));
    }
  });
  const start = () => observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-map-state', 'data-year'] });
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });

  /** The next key press is a year step: resolves once the map has drawn it (times in ms from the key). */
  bench.armStep = () =>
    new Promise((resolve) => {
      step = { resolve, key: undefined, yearBefore: document.querySelector('[data-testid="ranking"]')?.getAttribute('data-year') };
      window.addEventListener('keydown', (event) => (step.key = event.timeStamp), { capture: true, once: true });
    });
})();
