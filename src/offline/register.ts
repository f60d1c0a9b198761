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

/** Offers an update (see UpdateOffer) when it comes: how urgent, and what applying it does. */
export type Offer = (kind: UpdateKind, apply: () => void) => void;

export function registerOffline(baseUrl: string, onUpdate: UpdateListener): void {
  let current: UpdateKind | null = null;
  const offer: Offer = (kind, apply) => {
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
  // The worker's registration is its own chunk: called once the app is mounted, it stays out of the first one.
  import('./serviceWorker')
    .then(({ registerServiceWorker }) => registerServiceWorker(baseUrl, offer))
    .catch((error: unknown) => console.warn('offline: service worker not registered', error));
}
