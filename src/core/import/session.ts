// The import as a stream: text goes in by chunks (a File read with TextDecoder stream:true), records are
// validated one at a time, and only bounded state is kept (accepted rows up to limits.maxRows, problems up to
// limits.maxProblems, rejected rows up to limits.maxRejectedPreview, everything else counted).
import { createRecordReader, detectDelimiter, type RawRecord, type RecordReader } from './records';
import { createRowValidator, readHeader, userRowKey, type Problem, type RowValidator } from './validate';
import {
  DEFAULT_IMPORT_LIMITS, type ImportContext, type ImportDelimiter, type ImportLimits, type ImportProblem, type ImportProgress,
  type ImportResult, type RejectedRow, type UserRow,
} from './types';

export interface ImportSession {
  /** Feeds the next piece of text (any size, any split). Returns the counts so far. */
  push(chunk: string): ImportProgress;
  /** Ends the input and returns the result. The session takes no more text after this. */
  finish(): ImportResult;
  progress(): ImportProgress;
}

/** Characters a text file should not contain (besides NUL, which alone is enough): replacement and C0 controls. */
const SUSPECT_CHARS = /[\uFFFD\x01-\x08\x0B\x0C\x0E-\x1F\x7F]/g;
/** More than 1 suspect char per 100 (with at least 4) means the bytes were not UTF-8 text. */
const SUSPECT_RATIO = 0.01;
const SUSPECT_MIN = 4;
const PREVIEW_CELL_CHARS = 200;

const utf8Length = (text: string): number => {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff) bytes += 2; // half of a 4-byte pair
    else if (c >= 0xdc00 && c <= 0xdfff) bytes += 2;
    else bytes += 3;
  }
  return bytes;
};

export function createImportSession(context: ImportContext): ImportSession {
  const limits: ImportLimits = { ...DEFAULT_IMPORT_LIMITS, ...context.limits };
  const rows: UserRow[] = [];
  const problems: ImportProblem[] = [];
  const rejected: RejectedRow[] = [];
  const firstLineOfKey = new Map<string, number>();
  const counts = { chars: 0, bytes: 0, records: 0, accepted: 0, rejected: 0, errors: 0, warnings: 0 };
  let emptyLines = 0;
  let problemsOmitted = 0;
  let rejectedOmitted = 0;
  let suspectChars = 0;
  let fatal = false;
  /** Binary or mis-encoded: one error, and the rest of the text is not read. */
  let notText = false;
  let finished = false;
  let rowsLimitReported = false;

  let delimiter: ImportDelimiter | null = null;
  /** Text held until the header line is complete (the delimiter is read from it). */
  let head = '';
  let atStart = true;
  let reader: RecordReader | null = null;
  let validator: RowValidator | null = null;
  let headerSeen = false;

  const report = (line: number, p: Problem) => {
    if (p.severity === 'error') counts.errors++;
    else counts.warnings++;
    if (problems.length < limits.maxProblems) problems.push({ line: Math.max(1, line), ...p });
    else problemsOmitted++;
  };
  const reject = (line: number, cells: string[], errors: ImportProblem[]) => {
    counts.rejected++;
    if (rejected.length < limits.maxRejectedPreview) {
      rejected.push({ line, cells: cells.slice(0, 16).map((c) => c.slice(0, PREVIEW_CELL_CHARS)), problems: errors });
    } else rejectedOmitted++;
  };
  /** A file-level error: nothing from this file is imported. `alone`: the only problem reported (not text). */
  const fail = (line: number, p: Problem, alone = false) => {
    fatal = true;
    if (alone) {
      problems.length = 0;
      rejected.length = 0;
      counts.errors = counts.warnings = problemsOmitted = rejectedOmitted = 0;
    }
    report(line, p);
    counts.rejected += counts.accepted;
    counts.accepted = 0;
    rows.length = 0;
  };

  const onRecord = (record: RawRecord) => {
    if (fatal) {
      if (headerSeen && !isEmpty(record)) {
        counts.records++;
        counts.rejected++;
      }
      return;
    }
    if (!headerSeen) {
      if (!record.tooLong && isEmpty(record)) {
        emptyLines++;
        return;
      }
      headerSeen = true;
      if (record.tooLong) return fail(record.line, { severity: 'error', code: 'line-too-long', params: { maxChars: limits.maxRecordChars } });
      const header = readHeader(record.fields);
      if (!header.layout) {
        // Only the errors: unknown-column warnings about a data line read as a header would be noise.
        fatal = true;
        for (const p of header.problems) if (p.severity === 'error') report(record.line, p);
        return;
      }
      for (const p of header.problems) report(record.line, p);
      validator = createRowValidator(context, header.layout, delimiter === ';' ? 'vi' : 'en');
      return;
    }
    if (!record.tooLong && isEmpty(record)) {
      emptyLines++;
      return;
    }
    counts.records++;
    const lineProblems: ImportProblem[] = [];
    // A quote that never closed is reported where it opened, which is where the user has to look.
    const add = (p: Problem, line = record.line) => {
      lineProblems.push({ line, ...p });
      report(line, p);
    };
    let row: Omit<UserRow, 'line'> | null = null;
    const quote = record.openQuote;
    if (quote && record.tooLong) {
      add({ severity: 'error', code: 'quote-runaway', params: { opened: quote.line, through: quote.through, maxChars: limits.maxRecordChars } }, quote.line);
    } else if (record.tooLong) add({ severity: 'error', code: 'line-too-long', params: { maxChars: limits.maxRecordChars } });
    else if (record.unterminatedQuote) add({ severity: 'error', code: 'quote-unterminated', params: { opened: quote?.line ?? record.line } }, quote?.line);
    else {
      if (record.strayQuote) add({ severity: 'warning', code: 'quote-stray', params: {} });
      const result = validator!.validate(record.fields);
      for (const p of result.problems) add(p);
      row = result.row;
    }
    if (row) {
      const key = userRowKey(row);
      const first = firstLineOfKey.get(key);
      if (first !== undefined) {
        add({ severity: 'error', code: 'duplicate-row', params: { firstLine: first } });
        row = null;
      } else if (counts.accepted >= limits.maxRows) {
        // Reported once; every row beyond still carries the reason in the preview.
        const limit: Problem = { severity: 'error', code: 'rows-limit', params: { max: limits.maxRows } };
        if (rowsLimitReported) lineProblems.push({ line: record.line, ...limit });
        else add(limit);
        rowsLimitReported = true;
        row = null;
      } else {
        firstLineOfKey.set(key, record.line);
      }
    }
    if (row) {
      counts.accepted++;
      rows.push({ line: record.line, ...row });
    } else {
      reject(record.line, record.fields, lineProblems.filter((p) => p.severity === 'error'));
    }
  };

  const startReader = (final: boolean) => {
    const newline = head.search(/[\r\n]/);
    if (newline < 0 && !final && head.length <= limits.maxRecordChars) return;
    // At most maxRecordChars of the first line, so a chunked and a whole read decide the same way.
    delimiter = detectDelimiter(head.slice(0, Math.min(newline < 0 ? head.length : newline, limits.maxRecordChars)));
    reader = createRecordReader(delimiter, limits.maxRecordChars, onRecord);
    const text = head;
    head = '';
    reader.push(text);
  };

  const feed = (text: string) => {
    SUSPECT_CHARS.lastIndex = 0;
    while (SUSPECT_CHARS.exec(text)) suspectChars++;
    if (reader) reader.push(text);
    else {
      head += text;
      startReader(false);
    }
  };

  const progress = (): ImportProgress => ({ ...counts, lines: reader?.lines ?? 1 });

  return {
    push(chunk) {
      if (finished) throw new Error('import: push after finish');
      if (chunk.length === 0) return progress();
      if (atStart) {
        atStart = false;
        if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1);
      }
      counts.chars += chunk.length;
      counts.bytes += utf8Length(chunk);
      if (notText) return progress();
      // Binary input: read up to the first NUL (so the line is exact, however the file was cut), then stop.
      const nul = chunk.indexOf('\0');
      feed(nul >= 0 ? chunk.slice(0, nul) : chunk);
      if (nul >= 0) {
        notText = true;
        fail(reader?.lines ?? 1, { severity: 'error', code: 'not-text', params: { reason: 'nul' } }, true);
      }
      return progress();
    },
    finish() {
      if (!finished) {
        finished = true;
        if (!notText) {
          if (!reader) startReader(true);
          reader!.finish();
        }
        if (!notText && suspectChars >= SUSPECT_MIN && suspectChars > counts.chars * SUSPECT_RATIO) {
          notText = true;
          fail(1, { severity: 'error', code: 'not-text', params: { reason: 'encoding' } }, true);
        }
        if (!fatal && !headerSeen) fail(1, { severity: 'error', code: 'empty-file', params: {} });
        problems.sort((a, b) => a.line - b.line);
      }
      return {
        rows,
        rejected,
        problems,
        stats: { ...progress(), emptyLines, problemsOmitted, rejectedOmitted, fatal },
        delimiter,
      };
    },
    progress,
  };
}

const isEmpty = (record: RawRecord) => record.fields.every((f) => f.trim() === '');
