// One record of the user's file → an accepted row or its errors; warnings never block a row.
import { PERIOD_PATTERN } from '../data/schema';
import type { Edition, Metric, Scope } from '../data/types';
import { createProvinceResolver, foldName, type ProvinceResolver } from './names';
import { readNumber, type NumberLocale } from './numbers';
import { checkValue } from './plausibility';
import {
  IMPORT_COLUMNS, REQUIRED_IMPORT_COLUMNS, type ImportColumn, type ImportContext, type ImportProblem, type ImportProblemCode,
  type ImportSeverity, type UserRow,
} from './types';

export const MIN_IMPORT_YEAR = 1990;

/** Cells that start like a spreadsheet formula (OWASP CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;
/** The export's neutralisation mark: apostrophes before a formula start; the import drops one. */
const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

export type Problem = Omit<ImportProblem, 'line'>;

const problem = (severity: ImportSeverity, code: ImportProblemCode, column?: string, params: ImportProblem['params'] = {}): Problem =>
  column === undefined ? { severity, code, params } : { severity, code, column, params };

export interface HeaderLayout {
  /** Index of each known column in the record (-1 when the file has no such column). */
  index: Record<ImportColumn, number>;
  width: number;
}

/** Reads the header record. Errors here are fatal (no row can be read without its columns). */
export function readHeader(cells: string[]): { layout: HeaderLayout | null; problems: Problem[] } {
  const problems: Problem[] = [];
  const names = cells.map((c) => c.replace(/^\uFEFF/, '').trim().toLowerCase());
  const index = Object.fromEntries(IMPORT_COLUMNS.map((c) => [c, -1])) as Record<ImportColumn, number>;
  names.forEach((name, i) => {
    if ((IMPORT_COLUMNS as readonly string[]).includes(name)) {
      const column = name as ImportColumn;
      if (index[column] >= 0) problems.push(problem('error', 'header-duplicate-column', column, { column }));
      else index[column] = i;
    } else if (name !== '') {
      problems.push(problem('warning', 'header-unknown-column', undefined, { column: cells[i].trim().slice(0, 80) }));
    }
  });
  for (const column of REQUIRED_IMPORT_COLUMNS) {
    if (index[column] < 0) problems.push(problem('error', 'header-missing-column', undefined, { column }));
  }
  const fatal = problems.some((p) => p.severity === 'error');
  return { layout: fatal ? null : { index, width: cells.length }, problems };
}

export interface RowValidator {
  /** The row, or null with at least one error in `problems`. Duplicates are checked by the caller. */
  validate(cells: string[]): { row: Omit<UserRow, 'line'> | null; problems: Problem[] };
}

export function createRowValidator(context: ImportContext, layout: HeaderLayout, locale: NumberLocale): RowValidator {
  const metrics = new Map<string, Metric>(context.metrics.map((m) => [m.id, m]));
  const provinces: ProvinceResolver = createProvinceResolver(context.provinces);
  const maxYear = context.currentYear + 1;
  const cell = (cells: string[], column: ImportColumn): string => {
    const i = layout.index[column];
    return i >= 0 ? (cells[i] ?? '') : '';
  };

  return {
    validate(cells) {
      const problems: Problem[] = [];
      const error = (code: ImportProblemCode, column?: string, params?: ImportProblem['params']) => problems.push(problem('error', code, column, params));
      const warn = (code: ImportProblemCode, column?: string, params?: ImportProblem['params']) => problems.push(problem('warning', code, column, params));
      if (cells.length !== layout.width) {
        error('column-count', undefined, { found: cells.length, expected: layout.width });
        return { row: null, problems };
      }
      const shown = (text: string) => text.trim().slice(0, 80);

      const editionText = cell(cells, 'edition').trim().toLowerCase();
      const edition: Edition | null = editionText === 'pre2025' || editionText === 'post2025' ? editionText : null;
      if (!edition) error('edition-unknown', 'edition', { value: shown(cell(cells, 'edition')) });

      let codeText = cell(cells, 'code').trim();
      if (/^\d$/.test(codeText)) {
        // A spreadsheet drops the leading zero of `01`; the code is still unambiguous.
        warn('code-padded', 'code', { value: codeText, code: `0${codeText}` });
        codeText = `0${codeText}`;
      }
      const code = edition ? provinces.resolve(edition, codeText) : null;
      if (edition && code === null) error('province-unknown', 'code', { value: shown(codeText), edition });

      const yearText = cell(cells, 'year').trim();
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : NaN;
      if (!(year >= MIN_IMPORT_YEAR && year <= maxYear)) {
        error('year-invalid', 'year', { value: shown(yearText), min: MIN_IMPORT_YEAR, max: maxYear });
      }

      const periodText = cell(cells, 'period').trim();
      const period = PERIOD_PATTERN.test(periodText)
        ? periodText
        : PERIOD_PATTERN.test(periodText.toUpperCase()) ? periodText.toUpperCase()
          : PERIOD_PATTERN.test(periodText.toLowerCase()) ? periodText.toLowerCase() : null;
      if (period === null) error('period-unknown', 'period', { value: shown(periodText) });

      const metricText = cell(cells, 'metric').trim();
      const metric = metrics.get(metricText) ?? metrics.get(metricText.toLowerCase());
      if (!metric) error('metric-unknown', 'metric', { value: shown(metricText) });
      else if (metric.derived) error('metric-derived', 'metric', { value: metric.id });

      const scopeText = cell(cells, 'scope').trim().toLowerCase();
      let scope: Scope | null = null;
      if (scopeText !== '' && scopeText !== 'zones' && scopeText !== 'province') {
        error('scope-unknown', 'scope', { value: shown(cell(cells, 'scope')) });
      } else if (metric) {
        scope = scopeText === '' ? metric.scope : (scopeText as Scope);
        if (scope !== metric.scope) error('scope-mismatch', 'scope', { value: scopeText, expected: metric.scope, metric: metric.id });
      }

      const valueText = cell(cells, 'value');
      let value = NaN;
      if (valueText.trim() === '') error('value-missing', 'value');
      else {
        const reading = readNumber(valueText, locale);
        if (!reading.ok) error('value-not-number', 'value', { value: shown(valueText) });
        else {
          value = reading.value;
          if ('normalised' in reading) warn('value-normalised', 'value', { value: shown(valueText), read: value, style: reading.normalised });
          if ('ambiguous' in reading) warn('value-ambiguous', 'value', { value: shown(valueText), read: value, reading: reading.ambiguous, locale });
          if (metric && !metric.derived) {
            for (const check of checkValue(metric, value)) problems.push(problem(check.severity, check.code, 'value', { value: shown(valueText), ...check.params }));
          }
        }
      }

      const unitText = cell(cells, 'unit').trim();
      if (metric && unitText !== '') {
        const folded = foldName(unitText);
        const matches = unitText === metric.unit || [metric.unit, metric.unitVi, metric.unitEn].some((u) => u !== '' && foldName(u) === folded);
        if (!matches) error('unit-mismatch', 'unit', { value: shown(unitText), expected: metric.unit, metric: metric.id });
      }

      let note = cell(cells, 'note').trim();
      if (ESCAPED_FORMULA.test(note)) note = note.slice(1);
      else if (FORMULA_START.test(note)) warn('formula-text', 'note');
      if (note.includes('\uFFFD')) warn('encoding-suspect', 'note');
      if (codeText.includes('\uFFFD')) warn('encoding-suspect', 'code');

      if (problems.some((p) => p.severity === 'error') || !edition || code === null || !metric || !scope || period === null) {
        return { row: null, problems };
      }
      return { row: { edition, code, year, period, scope, metric: metric.id, value, unit: metric.unit, note }, problems };
    },
  };
}

/** The identity of a row inside one file: two rows with the same key say two things about one number. */
export const userRowKey = (row: Pick<UserRow, 'edition' | 'code' | 'year' | 'period' | 'scope' | 'metric'>): string =>
  `${row.edition}|${row.code}|${row.year}|${row.period}|${row.scope}|${row.metric}`;
