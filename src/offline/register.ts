// Registers the service worker of production builds and tells the page when a new version is ready.
// The page offers the update; it is applied only when the user says so (never in the middle of a talk).

export type UpdateListener = (apply: () => void) => void;

export function registerOffline(baseUrl: string, onUpdate: UpdateListener): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });
  navigator.serviceWorker
    .register(`${baseUrl}sw.js`, { scope: baseUrl })
    .then((registration) => {
      const offer = (worker: ServiceWorker) =>
        onUpdate(() => {
          reloading = true;
          worker.postMessage('skip-waiting');
        });
      if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // Only an update is offered: the first install simply starts caching.
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offer(installing);
        });
      });
    })
    .catch((error: unknown) => console.warn('offline: service worker not registered', error));
}
