// The user's layer as it is kept in the browser (IndexedDB), and its check before it is restored: storage is
// outside the app's control (another version of the app, an extension, a person with the developer tools), so a
// record is read as untrusted input. Every row goes through the import's own validator again.
import { createRowValidator, userRowKey, type HeaderLayout } from './validate';
import { IMPORT_COLUMNS, DEFAULT_IMPORT_LIMITS, type ImportColumn, type ImportContext, type UserRow } from './types';

export interface StoredLayer {
  id: string;
  title: string;
  fileName: string;
  /** YYYY-MM-DD */
  importedAt: string;
  enabled: boolean;
  rows: UserRow[];
  /** Changes with every write: a tab writes only over the revision it has seen (no lost update across tabs). */
  revision: string;
}

export type StoredLayerCheck =
  | { ok: true; layer: StoredLayer; dropped: number }
  /** `shape`: not a layer record at all; `rows`: a layer with no valid row. */
  | { ok: false; problem: 'shape' | 'rows' };

const MAX_TEXT = 300;
const MAX_NOTE = DEFAULT_IMPORT_LIMITS.maxRecordChars;
/** Records written before revisions existed: one revision for all of them. */
export const LEGACY_REVISION = 'legacy';

const isText = (value: unknown, max = MAX_TEXT): value is string => typeof value === 'string' && value.length <= max;
const isDate = (value: unknown): value is string =>
  typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value));

/** The revision of whatever is stored (null: nothing). */
export function revisionOf(record: unknown): string | null {
  if (record === undefined || record === null) return null;
  const revision = (record as { revision?: unknown }).revision;
  return isText(revision, 100) && revision !== '' ? revision : LEGACY_REVISION;
}

const LAYOUT: HeaderLayout = {
  index: Object.fromEntries(IMPORT_COLUMNS.map((column, i) => [column, i])) as Record<ImportColumn, number>,
  width: IMPORT_COLUMNS.length,
};

export function checkStoredLayer(record: unknown, context: ImportContext): StoredLayerCheck {
  if (typeof record !== 'object' || record === null) return { ok: false, problem: 'shape' };
  const r = record as Record<string, unknown>;
  if (!isText(r.id, 100) || r.id === '' || !isText(r.title) || !isText(r.fileName) || !isDate(r.importedAt) || typeof r.enabled !== 'boolean') {
    return { ok: false, problem: 'shape' };
  }
  if (!Array.isArray(r.rows) || r.rows.length > DEFAULT_IMPORT_LIMITS.maxRows) return { ok: false, problem: 'shape' };
  const validator = createRowValidator(context, LAYOUT, 'en');
  const rows: UserRow[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  r.rows.forEach((item: unknown, i) => {
    const row = checkRow(item, validator, i);
    const key = row && userRowKey(row);
    if (!row || seen.has(key!)) dropped++;
    else {
      seen.add(key!);
      rows.push(row);
    }
  });
  if (rows.length === 0) return { ok: false, problem: 'rows' };
  return {
    ok: true,
    layer: { id: r.id, title: r.title, fileName: r.fileName, importedAt: r.importedAt, enabled: r.enabled, rows, revision: revisionOf(record)! },
    dropped,
  };
}

function checkRow(item: unknown, validator: ReturnType<typeof createRowValidator>, index: number): UserRow | null {
  if (typeof item !== 'object' || item === null) return null;
  const row = item as Record<string, unknown>;
  const texts = [row.edition, row.code, row.period, row.scope, row.metric, row.unit];
  if (!texts.every((t) => isText(t)) || !isText(row.note, MAX_NOTE)) return null;
  if (typeof row.year !== 'number' || typeof row.value !== 'number' || !Number.isFinite(row.value)) return null;
  // The note is checked as typed; the other cells as the import would read them.
  const cells = IMPORT_COLUMNS.map((column) => (column === 'note' ? '' : String(row[column])));
  const { row: valid } = validator.validate(cells);
  if (!valid || valid.code !== row.code || valid.value !== row.value || valid.unit !== row.unit || valid.scope !== row.scope) return null;
  const line = Number.isInteger(row.line) && (row.line as number) > 1 ? (row.line as number) : index + 2;
  return { ...valid, line, note: row.note as string };
}
