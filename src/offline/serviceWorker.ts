// Registers the service worker of production builds (see register.ts for the offers it makes). Loaded once the
// app is mounted.
import type { Offer } from './register';

export function registerServiceWorker(baseUrl: string, offer: Offer): void {
  const reload = () => location.reload();
  const container = navigator.serviceWorker;
  // The first install takes control without a page of an older version to replace: nothing to offer then.
  let controlled = container.controller !== null;
  let reloading = false;
  container.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
    else if (controlled) offer('elsewhere', reload);
    controlled = true;
  });
  container
    .register(`${baseUrl}sw.js`, { scope: baseUrl })
    .then((registration) => {
      if (!registration) return; // refused by the browser's settings: the app works online only
      const ready = (worker: ServiceWorker) =>
        offer('ready', () => {
          reloading = true;
          worker.postMessage('skip-waiting');
        });
      if (registration.waiting && container.controller) ready(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          // Only an update is offered: the first install simply starts caching.
          if (installing.state === 'installed' && container.controller) ready(installing);
        });
      });
    })
    .catch((error: unknown) => console.warn('offline: service worker not registered', error));
}
