// The user's own figures: a file is read in chunks into the worker (which parses and validates it, so
// the page stays responsive), previewed, then applied as a layer, kept in IndexedDB and restored on the
// next visit. Nothing is overwritten: the engine shows user figures marked, and contested where curated
// figures differ.
import type { ImportProgress, ImportSummary, UserRow } from '../core/import/types';
import type { AnalysisClient } from '../worker/client';
import { deleteLayer, loadLayer, saveLayer, type StoredLayer } from './userStore';

export const MAX_FILE_MB = 64;
const CHUNK_BYTES = 1 << 20;
const PAGE_ROWS = 5000;

export class UserLayer {
  progress = $state.raw<{ done: number; total: number; stats: ImportProgress | null } | null>(null);
  summary = $state.raw<ImportSummary | null>(null);
  fileName = $state('');
  layer = $state.raw<Omit<StoredLayer, 'rows'> & { count: number } | null>(null);
  #rows: UserRow[] = [];
  #client: () => AnalysisClient | null;
  #notify: (key: 'saved' | 'notSaved' | 'removed' | 'restored' | 'tooLarge', params?: Record<string, string | number>) => void;
  #onChange: () => void;

  constructor(
    client: () => AnalysisClient | null,
    notify: UserLayer['notify'],
    onChange: () => void,
  ) {
    this.#client = client;
    this.#notify = notify;
    this.#onChange = onChange;
  }

  get notify() {
    return this.#notify;
  }

  get rows(): UserRow[] {
    return this.#rows;
  }

  /** Streams a file into the worker: 1 MB slices, decoded as UTF-8 across slice boundaries. */
  async read(file: File) {
    const client = this.#client();
    if (!client) return;
    if (file.size > MAX_FILE_MB * 1024 * 1024) {
      this.#notify('tooLarge', { max: MAX_FILE_MB });
      return;
    }
    this.summary = null;
    this.fileName = file.name;
    await client.importStart({ currentYear: new Date().getFullYear(), previewRows: 20 });
    const decoder = new TextDecoder('utf-8');
    this.progress = { done: 0, total: file.size, stats: null };
    for (let offset = 0; offset < file.size; offset += CHUNK_BYTES) {
      const bytes = new Uint8Array(await file.slice(offset, offset + CHUNK_BYTES).arrayBuffer());
      const stats = await client.importChunk(decoder.decode(bytes, { stream: true }));
      this.progress = { done: Math.min(file.size, offset + CHUNK_BYTES), total: file.size, stats };
    }
    const tail = decoder.decode();
    if (tail) await client.importChunk(tail);
    this.summary = await client.importFinish();
    this.progress = null;
  }

  cancel() {
    this.summary = null;
    this.progress = null;
    void this.#client()?.importCancel();
  }

  async apply() {
    const client = this.#client();
    if (!client || !this.summary) return;
    const rows: UserRow[] = [];
    for (let offset = 0; ; offset += PAGE_ROWS) {
      const page = await client.importRows(offset, PAGE_ROWS);
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
    };
    this.summary = null;
    await this.#activate(stored);
    try {
      await saveLayer(stored);
      this.#notify('saved');
    } catch (error) {
      this.#notify('notSaved', { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async #activate(stored: StoredLayer) {
    this.#rows = stored.rows;
    this.layer = { id: stored.id, title: stored.title, fileName: stored.fileName, importedAt: stored.importedAt, enabled: stored.enabled, count: stored.rows.length };
    await this.#client()?.setUserLayer(stored.enabled ? stored.rows : null, { id: stored.id, title: stored.title, date: stored.importedAt });
    this.#onChange();
  }

  /** On start: the layer of an earlier visit, if any. */
  async restore() {
    try {
      const stored = await loadLayer();
      if (stored && stored.rows.length) {
        await this.#activate(stored);
        this.#notify('restored', { n: stored.rows.length });
      }
    } catch (error) {
      this.#notify('notSaved', { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async setEnabled(enabled: boolean) {
    if (!this.layer) return;
    const stored: StoredLayer = { ...this.layer, enabled, rows: this.#rows };
    await this.#activate(stored);
    try {
      await saveLayer(stored);
    } catch (error) {
      this.#notify('notSaved', { reason: error instanceof Error ? error.message : String(error) });
    }
  }

  async remove() {
    this.#rows = [];
    this.layer = null;
    await this.#client()?.setUserLayer(null);
    this.#onChange();
    try {
      await deleteLayer();
      this.#notify('removed');
    } catch (error) {
      this.#notify('notSaved', { reason: error instanceof Error ? error.message : String(error) });
    }
  }
}
