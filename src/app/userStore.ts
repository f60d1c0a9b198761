// The user's own figures survive a reload and a browser restart: one layer kept in IndexedDB. Storage
// can fail (quota, private mode, blocked): the caller is told, and the layer stays in the page.
import type { UserRow } from '../core/import/types';

export interface StoredLayer {
  id: string;
  title: string;
  fileName: string;
  importedAt: string;
  enabled: boolean;
  rows: UserRow[];
}

const DB_NAME = 'kcn-atlas';
const STORE = 'user-layers';
const KEY = 'current';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new Error('IndexedDB is not available in this browser'));
      return;
    }
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = action(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error ?? request.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted (quota?)'));
    });
  } finally {
    db.close();
  }
}

export const loadLayer = (): Promise<StoredLayer | undefined> => run('readonly', (store) => store.get(KEY) as IDBRequest<StoredLayer | undefined>);
export const saveLayer = (layer: StoredLayer): Promise<unknown> => run('readwrite', (store) => store.put(layer, KEY));
export const deleteLayer = (): Promise<unknown> => run('readwrite', (store) => store.delete(KEY));
