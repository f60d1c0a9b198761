// The user's own figures survive a reload and a browser restart: one layer kept in IndexedDB. Storage
// can fail (quota, private mode, blocked): the caller is told why, and the layer stays in the page.
// Several tabs share the record: a write names the revision it replaces and is refused when another tab
// wrote in between (compare-and-swap in one transaction), so no tab overwrites a newer layer unknowingly.
import { revisionOf, type StoredLayer } from '../core/import/stored';

export type { StoredLayer };

const DB_NAME = 'kcn-atlas';
const STORE = 'user-layers';
const KEY = 'current';

/** Why storage failed, in words a user can act on (the browser's own message may be empty). */
export type StorageReason = { kind: 'quota' } | { kind: 'unavailable' } | { kind: 'other'; detail: string };

export function storageReason(error: unknown): StorageReason {
  const name = error instanceof Error || error instanceof DOMException ? error.name : '';
  const message = error instanceof Error || error instanceof DOMException ? error.message : String(error ?? '');
  if (name === 'QuotaExceededError' || /quota/i.test(message)) return { kind: 'quota' };
  // Chromium with site data blocked: SecurityError; Firefox private windows: InvalidStateError; none at all.
  if (name === 'SecurityError' || name === 'InvalidStateError' || name === 'NotAllowedError' || error instanceof StorageUnavailable) {
    return { kind: 'unavailable' };
  }
  return { kind: 'other', detail: [name !== 'Error' ? name : '', message].filter(Boolean).join(': ') };
}

class StorageUnavailable extends Error {}

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new StorageUnavailable('IndexedDB is not available in this browser'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** One transaction; `body` may throw (synchronously or in a request's handler through `guard`). */
async function transaction<T>(
  mode: IDBTransactionMode,
  body: (store: IDBObjectStore, done: (value: T) => void, guard: (step: () => void) => void) => void,
): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      let result: T;
      let failure: unknown = null;
      const guard = (step: () => void) => {
        try {
          step();
        } catch (error) {
          failure = error;
          try {
            tx.abort();
          } catch {
            reject(error);
          }
        }
      };
      tx.oncomplete = () => resolve(result);
      tx.onerror = () => reject(failure ?? tx.error ?? new Error('IndexedDB transaction failed'));
      // A quota error arrives here, as tx.error (its message may be empty: storageReason reads its name).
      tx.onabort = () => reject(failure ?? tx.error ?? new Error('IndexedDB transaction aborted'));
      guard(() => body(tx.objectStore(STORE), (value) => (result = value), guard));
    });
  } finally {
    db.close();
  }
}

/** The stored record as it is: unchecked (the worker checks it before anything of it is shown). */
export const loadLayer = (): Promise<unknown> =>
  transaction<unknown>('readonly', (store, done) => {
    const request = store.get(KEY);
    request.onsuccess = () => done(request.result);
  });

export type WriteResult =
  /** Written; `previous` is what it replaced. */
  | { written: true; previous: unknown }
  /** Not written: the stored record is not the revision the caller expected (another tab wrote it). */
  | { written: false; current: unknown };

/**
 * Writes the layer (null: removes it) if the stored record is still at `expected` (null: none). With `force` it
 * writes anyway and returns what it replaced, so the caller can say so.
 */
export const writeLayer = (next: StoredLayer | null, expected: string | null, force = false): Promise<WriteResult> =>
  transaction<WriteResult>('readwrite', (store, done, guard) => {
    const read = store.get(KEY);
    read.onsuccess = () =>
      guard(() => {
        const current: unknown = read.result;
        if (!force && revisionOf(current) !== expected) {
          done({ written: false, current });
          return;
        }
        const write = next ? store.put(next, KEY) : store.delete(KEY);
        write.onsuccess = () => done({ written: true, previous: current });
      });
  });

export function newRevision(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
