// Recognising a part of the app that could not be loaded, from the error the browser gives.

/** Messages browsers give when a module (a lazily loaded part of the app) cannot be fetched or run. */
const CHUNK_FAILURE = /dynamically imported module|Importing a module script failed|error loading dynamically imported|Unable to preload CSS/i;

export function isChunkFailure(reason: unknown): boolean {
  const message = reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';
  return CHUNK_FAILURE.test(message);
}
