// The shapes of a user's own figures on their way in: rows, problems (keys + params, never sentences) and counts.
import type { Edition, Metric, Province, Scope } from '../data/types';

/** One accepted row of the user's file, in the dataset's words (codes resolved, unit from the dictionary). */
export interface UserRow {
  /** 1-based line where the row starts in the user's file (the header is line 1). */
  line: number;
  edition: Edition;
  /** 2-digit GSO code for the edition (a province name in the file is resolved to it). */
  code: string;
  year: number;
  period: string;
  scope: Scope;
  metric: string;
  value: number;
  /** The metric's canonical unit code from the dictionary. */
  unit: string;
  /** Plain text as typed (trimmed); never markup. */
  note: string;
}

export type ImportSeverity = 'error' | 'warning';

/** Every problem the import can report; the UI translates `import.problem.<code>` with `params`. */
export const IMPORT_PROBLEM_CODES = [
  'not-text', 'empty-file', 'header-missing-column', 'header-duplicate-column', 'header-unknown-column',
  'line-too-long', 'quote-unterminated', 'quote-stray', 'column-count', 'edition-unknown', 'province-unknown',
  'code-padded', 'year-invalid', 'period-unknown', 'scope-unknown', 'scope-mismatch', 'metric-unknown', 'metric-derived',
  'value-missing', 'value-not-number', 'value-normalised', 'value-ambiguous', 'unit-mismatch', 'duplicate-row',
  'formula-text', 'encoding-suspect', 'rows-limit', 'quote-runaway', 'value-too-large', 'value-below-minimum',
  'value-not-whole', 'value-implausible',
] as const;
export type ImportProblemCode = (typeof IMPORT_PROBLEM_CODES)[number];

export interface ImportProblem {
  /** 1-based line in the user's file (≥ 1 always). */
  line: number;
  /** The header name of the cell concerned, when one cell is. */
  column?: string;
  severity: ImportSeverity;
  code: ImportProblemCode;
  params: Record<string, string | number>;
}

/** A row that was not imported, with its errors (for the preview). Cells are cut to a preview length. */
export interface RejectedRow {
  line: number;
  cells: string[];
  problems: ImportProblem[];
}

export interface ImportLimits {
  /** A record (row, including quoted line breaks) longer than this is rejected without being kept. */
  maxRecordChars: number;
  /** Problems kept in full; the rest are counted. */
  maxProblems: number;
  /** Accepted rows kept; valid rows beyond are rejected with one `rows-limit` error. */
  maxRows: number;
  /** Rejected rows kept for the preview; the rest are counted. */
  maxRejectedPreview: number;
}

export const DEFAULT_IMPORT_LIMITS: ImportLimits = {
  maxRecordChars: 10_000,
  maxProblems: 1_000,
  maxRows: 200_000,
  maxRejectedPreview: 200,
};

export interface ImportContext {
  metrics: readonly Metric[];
  provinces: readonly Province[];
  /** Years up to currentYear + 1 are accepted (a plan or target for next year). */
  currentYear: number;
  limits?: Partial<ImportLimits>;
}

export type ImportDelimiter = ',' | ';';

/** Counts while the file streams in. `bytes` is the UTF-8 length of the text processed. */
export interface ImportProgress {
  chars: number;
  bytes: number;
  /** Physical lines started so far (a quoted line break counts). */
  lines: number;
  /** Data records (non-empty rows after the header) seen so far: accepted + rejected. */
  records: number;
  accepted: number;
  rejected: number;
  errors: number;
  warnings: number;
}

export interface ImportStats extends ImportProgress {
  emptyLines: number;
  /** Problems counted but not kept (beyond limits.maxProblems). */
  problemsOmitted: number;
  /** Rejected rows counted but not kept for the preview. */
  rejectedOmitted: number;
  /** A file-level error (not text, no usable header): nothing is imported. */
  fatal: boolean;
}

export interface ImportResult {
  rows: UserRow[];
  rejected: RejectedRow[];
  /** In line order, at most limits.maxProblems. */
  problems: ImportProblem[];
  stats: ImportStats;
  /** The delimiter read from the header line (null when the file had none). */
  delimiter: ImportDelimiter | null;
}

/** What crosses back from the worker: the same result, with only the first rows. */
export interface ImportSummary extends Omit<ImportResult, 'rows'> {
  preview: UserRow[];
}

/** The columns of the import format, in the template's order. */
export const IMPORT_COLUMNS = ['edition', 'code', 'year', 'period', 'scope', 'metric', 'value', 'unit', 'note'] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];
export const REQUIRED_IMPORT_COLUMNS: readonly ImportColumn[] = ['edition', 'code', 'year', 'period', 'metric', 'value'];
