// English sentences for import problems, for tests, logs and the CLI. The UI translates the codes itself.
import type { ImportProblem, ImportProblemCode } from './types';

type Params = ImportProblem['params'];

const STYLE_NAMES: Record<string, string> = {
  'vi-decimal-comma': 'a decimal comma',
  'vi-grouping': 'Vietnamese thousands dots',
  'en-grouping': 'thousands commas',
  'space-grouping': 'thousands spaces',
};

export const IMPORT_MESSAGES_EN: Record<ImportProblemCode, (p: Params) => string> = {
  'not-text': (p) => (p.reason === 'nul'
    ? 'not a text CSV: the file contains binary data (save it as "CSV UTF-8")'
    : 'not a text CSV in UTF-8: too many unreadable characters (save it as "CSV UTF-8")'),
  'empty-file': () => 'the file is empty: a header line is required',
  'header-missing-column': (p) => `the header has no "${p.column}" column`,
  'header-duplicate-column': (p) => `the header names "${p.column}" twice`,
  'header-unknown-column': (p) => `unknown column "${p.column}" is ignored`,
  'line-too-long': (p) => `the row is longer than ${p.maxChars} characters and was skipped`,
  'quote-unterminated': (p) => `a quote opened on line ${p.opened} is never closed (a missing ")`,
  'quote-runaway': (p) => `a quote opened on line ${p.opened} is never closed (a missing "): lines ${p.opened}–${p.through} were read as one cell of more than ${p.maxChars} characters and skipped`,
  'quote-stray': () => 'text after a closing quote was kept as part of the cell',
  'column-count': (p) => `the row has ${p.found} cells, the header has ${p.expected}`,
  'edition-unknown': (p) => `unknown edition "${p.value}" (pre2025 or post2025)`,
  'province-unknown': (p) => `unknown province "${p.value}" in edition ${p.edition}`,
  'code-padded': (p) => `code "${p.value}" read as "${p.code}"`,
  'year-invalid': (p) => `year "${p.value}" is not between ${p.min} and ${p.max}`,
  'period-unknown': (p) => `unknown period "${p.value}" (FY, H1, 9M, Q1–Q4, 1M–11M or cumulative-to-date)`,
  'scope-unknown': (p) => `unknown scope "${p.value}" (zones, province or empty)`,
  'scope-mismatch': (p) => `"${p.metric}" is a ${p.expected} metric, the row says "${p.value}"`,
  'metric-unknown': (p) => `unknown metric "${p.value}" (see the metric dictionary)`,
  'metric-derived': (p) => `"${p.value}" is computed by the app and takes no figures`,
  'value-missing': () => 'the value is empty',
  'value-not-number': (p) => `value "${p.value}" is not a number`,
  'value-normalised': (p) => `value "${p.value}" read as ${p.read} (${STYLE_NAMES[String(p.style)] ?? p.style})`,
  'value-ambiguous': (p) => `value "${p.value}" is ambiguous; read as ${p.read} (${p.reading === 'decimal' ? 'decimal mark' : 'thousands separator'}, as in a ${p.locale === 'vi' ? 'semicolon' : 'comma'}-separated file)`,
  'unit-mismatch': (p) => `unit "${p.value}" does not match "${p.metric}", which is in ${p.expected}`,
  'duplicate-row': (p) => `duplicate of line ${p.firstLine} (same edition, code, year, period, scope and metric)`,
  'formula-text': () => 'the text starts like a spreadsheet formula; kept as text, and exported with a leading \'',
  'encoding-suspect': () => 'the text has unreadable characters (was the file saved as UTF-8?)',
  'rows-limit': (p) => `more than ${p.max} rows: this row and the valid rows after it were not imported`,
  'value-too-large': (p) => `value "${p.value}" is too large to be a figure (more than ${p.max})`,
  'value-below-minimum': (p) => `value "${p.value}" cannot be below ${p.min} for a figure in ${p.unit}`,
  'value-not-whole': (p) => `value "${p.value}" is not a whole number of ${p.unit}`,
  'value-implausible': (p) => `value "${p.value}" is outside ${p.min} to ${p.max} ${p.unit}, the plausible range for one province or the country: check the unit and the decimal mark`,
};

/** `line 4, value: value "5.056" is ambiguous; …` (warnings marked). */
export function formatImportProblem(problem: ImportProblem): string {
  const message = IMPORT_MESSAGES_EN[problem.code](problem.params);
  const where = problem.column ? `line ${problem.line}, ${problem.column}` : `line ${problem.line}`;
  return `${where}: ${problem.severity === 'warning' ? 'warning: ' : ''}${message}`;
}
