// Registers the service worker of production builds and tells the page when to offer a reload:
// - `ready`: a new version is installed; it is applied only when the user says so (never in the middle of a talk);
// - `elsewhere`: another tab applied a new version; this tab keeps running the previous one (the worker still
//   serves it its own files) until the user reloads it;
// - `chunk`: part of the app could not be loaded: said at once, never a silent hole in the page.

import { isChunkFailure } from './chunks';

export type UpdateKind = 'ready' | 'elsewhere' | 'chunk';
export interface UpdateOffer {
  kind: UpdateKind;
  apply: () => void;
}
export type UpdateListener = (offer: UpdateOffer) => void;

/** A later offer replaces an earlier one only if it is more urgent. */
const URGENCY: Record<UpdateKind, number> = { ready: 0, elsewhere: 1, chunk: 2 };

export function registerOffline(baseUrl: string, onUpdate: UpdateListener): void {
  let current: UpdateKind | null = null;
  const offer = (kind: UpdateKind, apply: () => void) => {
    if (current !== null && URGENCY[current] > URGENCY[kind]) return;
    current = kind;
    onUpdate({ kind, apply });
  };
  const reload = () => location.reload();
  // Vite reports a failed lazy chunk (and its stylesheets) as `vite:preloadError`; other imports reject unhandled,
  // or are rethrown by the component that awaited them (Svelte's {#await} without {:catch}).
  window.addEventListener('vite:preloadError', () => offer('chunk', reload));
  window.addEventListener('unhandledrejection', (event) => {
    if (isChunkFailure(event.reason)) offer('chunk', reload);
  });
  window.addEventListener('error', (event) => {
    if (isChunkFailure(event.error ?? event.message)) offer('chunk', reload);
  });

  if (!import.meta.env.PROD || !('serviceWorker' in navigator) || location.protocol === 'file:') return;
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
