// The user's own figures: a file is read in chunks into the worker (which parses and validates it, so
// the page stays responsive), previewed, then applied as a layer, kept in IndexedDB and restored on the
// next visit. Nothing is overwritten: the engine shows user figures marked, and contested where curated
// figures differ.
//
// Nothing mixed, nothing lost: a new file replaces the one being read (its chunks are refused by the worker's
// session key); every write to storage names the revision it replaces, and the tabs of the app tell each other
// of every change (BroadcastChannel), so a tab never writes over a layer it has not seen.
import type { ImportProgress, ImportSummary, UserRow } from '../core/import/types';
import type { AnalysisClient } from '../worker/client';
import { loadLayer, newRevision, storageReason, writeLayer, type StoredLayer } from './userStore';
import { revisionOf } from '../core/import/stored';
import type { UserLayerNotice } from './userLayerMessages';

export { userLayerText, type UserLayerNotice } from './userLayerMessages';

export const MAX_FILE_MB = 64;
const CHUNK_BYTES = 1 << 20;
const PAGE_ROWS = 5000;
const CHANNEL = 'kcn-atlas-user-layer';

type LayerInfo = Omit<StoredLayer, 'rows' | 'revision'> & { count: number };

export class UserLayer {
  progress = $state.raw<{ done: number; total: number; stats: ImportProgress | null } | null>(null);
  summary = $state.raw<ImportSummary | null>(null);
  fileName = $state('');
  layer = $state.raw<LayerInfo | null>(null);
  #rows: UserRow[] = [];
  /** The revision of the stored record this tab last read or wrote (null: none). */
  #storedRevision: string | null = null;
  /** Bumped by every pick and every cancel: a read that is no longer the latest stops at its next step. */
  #readToken = 0;
  /** The worker session of the summary on screen. */
  #session: number | null = null;
  /** Storage steps one at a time, so each write names the revision the previous one left. */
  #queue: Promise<unknown> = Promise.resolve();
  #channel: BroadcastChannel | null = null;
  #client: () => AnalysisClient | null;
  #notify: (notice: UserLayerNotice) => void;
  #onChange: () => void;
  /** Steps under way that end in a write to storage; while any is, leaving the page asks first. */
  #writing = 0;
  #askBeforeLeaving = (event: BeforeUnloadEvent) => {
    event.preventDefault();
    event.returnValue = '';
  };

  constructor(client: () => AnalysisClient | null, notify: (notice: UserLayerNotice) => void, onChange: () => void) {
    this.#client = client;
    this.#notify = notify;
    this.#onChange = onChange;
  }

  get rows(): UserRow[] {
    return this.#rows;
  }

  /** Streams a file into the worker: 1 MB slices, decoded as UTF-8 across slice boundaries. A new pick replaces it. */
  async read(file: File) {
    const token = ++this.#readToken;
    const stale = () => token !== this.#readToken;
    const client = this.#client();
    this.summary = null;
    this.progress = null;
    this.#session = null;
    if (!client) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      this.#notify({ key: 'tooLarge', max: MAX_FILE_MB });
      return;
    }
    this.fileName = file.name;
    this.progress = { done: 0, total: file.size, stats: null };
    try {
      const session = await client.importStart({ currentYear: new Date().getFullYear(), previewRows: 20 });
      const decoder = new TextDecoder('utf-8');
      for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
        if (stale()) return;
        const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
        if (stale()) return;
        const stats = await client.importChunk(session, decoder.decode(bytes, { stream: true }));
        if (!stats || stale()) return;
        this.progress = { done: Math.min(file.size, offset + CHUNK_BYTES), total: file.size, stats };
      }
      const tail = decoder.decode();
      if (tail && !(await client.importChunk(session, tail))) return;
      const summary = await client.importFinish(session);
      if (!summary || stale()) return;
      this.#session = session;
      this.summary = summary;
      this.progress = null;
    } catch (error) {
      if (stale()) return;
      this.progress = null;
      this.#notify({ key: 'readFailed', detail: error instanceof Error ? error.message || error.name : String(error) });
    }
  }

  /** Stops a read in progress, or drops the preview. */
  cancel() {
    this.#readToken++;
    const session = this.#session;
    this.summary = null;
    this.progress = null;
    this.#session = null;
    if (session !== null) void this.#client()?.importCancel(session);
  }

  /** Applies the previewed file and stores it; a reload meanwhile asks first, so the import is not lost. */
  async apply() {
    const client = this.#client();
    const session = this.#session;
    if (!client || !this.summary || session === null) return;
    await this.#whileWriting(() => this.#apply(client, session));
  }

  async #apply(client: AnalysisClient, session: number) {
    const rows: UserRow[] = [];
    for (let offset = 0; ; offset += PAGE_ROWS) {
      const page = await client.importRows(session, offset, PAGE_ROWS);
      // Another file was picked meanwhile: this preview is gone, and so is its apply.
      if (!page || session !== this.#session) return;
      rows.push(...page);
      if (page.length < PAGE_ROWS) break;
    }
    const stored: StoredLayer = {
      id: `file-${Date.now().toString(36)}`,
      title: this.fileName,
      fileName: this.fileName,
      importedAt: new Date().toISOString().slice(0, 10),
      enabled: true,
      rows,
      revision: newRevision(),
    };
    this.summary = null;
    this.#session = null;
    await this.#activate(stored);
    await this.#serial(async () => {
      try {
        // A new import replaces whatever is stored, but never without saying so.
        const result = await writeLayer(stored, this.#storedRevision, true);
        const replaced = result.written && revisionOf(result.previous) !== this.#storedRevision ? titleOf(result.previous) : null;
        this.#stored(stored.revision);
        this.#notify(replaced ? { key: 'replacedOther', file: replaced } : { key: 'saved' });
      } catch (error) {
        this.#notify({ key: 'notSaved', reason: storageReason(error) });
      }
    });
  }

  async #activate(stored: StoredLayer | null) {
    this.#rows = stored?.rows ?? [];
    this.layer = stored
      ? { id: stored.id, title: stored.title, fileName: stored.fileName, importedAt: stored.importedAt, enabled: stored.enabled, count: stored.rows.length }
      : null;
    await this.#client()?.setUserLayer(stored?.enabled ? stored.rows : null, stored ? { id: stored.id, title: stored.title, date: stored.importedAt } : undefined);
    this.#onChange();
  }

  /** On start: the layer of an earlier visit, if any; then the tab follows the other tabs' changes. */
  async restore() {
    this.#listen();
    await this.#serial(() => this.#load('start'));
  }

  /**
   * Reads the stored record and shows it, checked. On start a storage that cannot be opened says nothing:
   * nothing was imported yet, and an import will say why it cannot be saved.
   */
  async #load(why: 'start' | 'elsewhere') {
    let record: unknown;
    try {
      record = await loadLayer();
    } catch {
      return;
    }
    if (why === 'elsewhere' && revisionOf(record) === this.#storedRevision) return;
    await this.#show(record, why);
  }

  async #show(record: unknown, why: 'start' | 'elsewhere') {
    this.#storedRevision = revisionOf(record);
    if (record === undefined || record === null) {
      if (why === 'elsewhere' && this.layer) {
        await this.#activate(null);
        this.#notify({ key: 'removedElsewhere' });
      }
      return;
    }
    const check = await this.#client()?.checkStoredLayer(record, new Date().getFullYear());
    if (!check) return;
    if (!check.ok) {
      this.#notify({ key: 'damaged' });
      return;
    }
    await this.#activate(check.layer);
    const n = check.layer.rows.length;
    if (why === 'elsewhere') this.#notify({ key: 'changedElsewhere', n, file: check.layer.title });
    else if (check.dropped) this.#notify({ key: 'restoredPartly', n, dropped: check.dropped });
    else this.#notify({ key: 'restored', n });
  }

  async setEnabled(enabled: boolean) {
    if (!this.layer) return;
    const stored: StoredLayer = { ...this.layer, enabled, rows: this.#rows, revision: newRevision() };
    await this.#whileWriting(() => this.#serial(async () => {
      try {
        const result = await writeLayer(stored, this.#storedRevision);
        if (!result.written) return this.#adopt(result.current);
        this.#stored(stored.revision);
        await this.#activate(stored);
      } catch (error) {
        // The switch still works in this page; it is not kept.
        await this.#activate(stored);
        this.#notify({ key: 'notSaved', reason: storageReason(error) });
      }
    }));
  }

  async remove() {
    await this.#whileWriting(() => this.#serial(async () => {
      try {
        const result = await writeLayer(null, this.#storedRevision);
        if (!result.written) return this.#adopt(result.current);
        this.#stored(null);
      } catch (error) {
        // Nothing of it is stored (storage never worked here): removing it from the page is all there is to do.
        if (this.#storedRevision !== null) {
          this.#notify({ key: 'notRemoved', reason: storageReason(error) });
          return;
        }
      }
      await this.#activate(null);
      this.#notify({ key: 'removed' });
    }));
  }

  /** Another tab wrote first: show what it wrote, and say so (nothing of this tab's change is written over it). */
  #adopt(current: unknown) {
    return this.#show(current, 'elsewhere');
  }

  #stored(revision: string | null) {
    this.#storedRevision = revision;
    this.#channel?.postMessage({ revision });
  }

  #listen() {
    if (this.#channel || typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(CHANNEL);
    this.#channel.onmessage = (event: MessageEvent<{ revision: string | null }>) => {
      if (event.data?.revision !== this.#storedRevision) void this.#serial(() => this.#load('elsewhere'));
    };
  }

  /** Runs a step that ends in a write; while one runs, a reload or a closed tab asks first (beforeunload). */
  async #whileWriting<T>(step: () => Promise<T>): Promise<T> {
    if (this.#writing++ === 0 && typeof addEventListener === 'function') addEventListener('beforeunload', this.#askBeforeLeaving);
    try {
      return await step();
    } finally {
      if (--this.#writing === 0 && typeof removeEventListener === 'function') removeEventListener('beforeunload', this.#askBeforeLeaving);
    }
  }

  #serial<T>(step: () => Promise<T>): Promise<T> {
    const next = this.#queue.then(step, step);
    this.#queue = next.catch(() => {});
    return next;
  }

  /** Stops following the other tabs (the page is going away, or a test is done). */
  dispose() {
    this.#channel?.close();
    this.#channel = null;
  }
}

function titleOf(record: unknown): string | null {
  if (record === undefined || record === null) return null;
  const title = (record as { title?: unknown }).title;
  return typeof title === 'string' && title !== '' ? title.slice(0, 100) : '?';
}
