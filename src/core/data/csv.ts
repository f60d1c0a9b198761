// RFC 4180 CSV reading with line numbers (for `file:line: message` problems) and deterministic writing.
import { csvFormatRows } from 'd3-dsv';

export interface CsvRow {
  /** 1-based line in the file where the row starts (the header is line 1). */
  line: number;
  values: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Rows whose field count differs from the header's: reported by the validator. */
  ragged: { line: number; fields: number }[];
}

/** Split CSV text into records, keeping the line each record starts on. */
export function parseCsvRecords(text: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let line = 1;
  let recordLine = 1;
  let inQuotes = false;
  let fieldStarted = false;
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (inQuotes) {
      if (ch === '"') {
        if (src[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && field === '') {
      inQuotes = true;
      fieldStarted = true;
    } else if (ch === ',') {
      fields.push(field);
      field = '';
      fieldStarted = true;
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && src[i + 1] === '\n') i++;
      if (fieldStarted || field !== '' || fields.length > 0) {
        fields.push(field);
        records.push({ line: recordLine, fields });
      }
      fields = [];
      field = '';
      fieldStarted = false;
      line++;
      recordLine = line;
    } else {
      field += ch;
      fieldStarted = true;
    }
  }
  if (fieldStarted || field !== '' || fields.length > 0) {
    fields.push(field);
    records.push({ line: recordLine, fields });
  }
  return records;
}

export function parseCsv(text: string): CsvTable {
  const records = parseCsvRecords(text);
  if (records.length === 0) return { header: [], rows: [], ragged: [] };
  const header = records[0].fields.map((h) => h.trim());
  const rows: CsvRow[] = [];
  const ragged: { line: number; fields: number }[] = [];
  for (const rec of records.slice(1)) {
    if (rec.fields.length === 1 && rec.fields[0] === '') continue;
    if (rec.fields.length !== header.length) ragged.push({ line: rec.line, fields: rec.fields.length });
    const values: Record<string, string> = {};
    header.forEach((h, i) => (values[h] = rec.fields[i] ?? ''));
    rows.push({ line: rec.line, values });
  }
  return { header, rows, ragged };
}

/** Plain objects of a CSV text (no line numbers). */
export function readCsvObjects(text: string): Record<string, string>[] {
  return parseCsv(text).rows.map((r) => r.values);
}

/** Write rows under a fixed header, `\n` line ends, trailing newline: byte-stable for stable input. */
export function formatCsv(header: readonly string[], rows: readonly object[]): string {
  const body = rows.map((row) =>
    header.map((h) => {
      const v = (row as Record<string, unknown>)[h];
      if (v === null || v === undefined) return '';
      return String(v).replace(/[\r\n]+/g, ' ');
    }),
  );
  return csvFormatRows([header.slice(), ...body]) + '\n';
}
