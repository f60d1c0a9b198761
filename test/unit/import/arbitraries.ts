// fast-check generators for the import's property tests.
import fc from 'fast-check';
import { PERIOD_PATTERN } from '../../../src/core/data/schema';
import type { UserRow } from '../../../src/core/import/types';
import { userRowKey } from '../../../src/core/import/validate';
import { checkValue } from '../../../src/core/import/plausibility';
import { metrics, provinces } from './fixture';

export const PERIODS = ['FY', 'H1', '9M', 'Q1', 'Q2', 'Q3', 'Q4', '1M', '6M', '11M', 'cumulative-to-date'].filter((p) => PERIOD_PATTERN.test(p));

/** Text a user might type in a note: Vietnamese, delimiters, quotes, line breaks, formula starts, markup. */
export const noteText = fc
  .array(fc.oneof(
    fc.constantFrom(',', ';', '"', '""', '\n', '\r\n', '\r', "'", '=', '+', '-', '@', '\t', ' ', '<b>', '</script>', '&amp;', 'ư', 'Đ', 'ệ', '😀', '5.056,1'),
    fc.string({ maxLength: 6 }),
  ), { maxLength: 12 })
  .map((parts) => parts.join('').trim());

const finiteValue = fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => (v === 0 ? 0 : v));

export const userRow: fc.Arbitrary<UserRow> = fc
  .record({
    province: fc.constantFrom(...provinces),
    year: fc.integer({ min: 1990, max: 2026 }),
    period: fc.constantFrom(...PERIODS),
    metric: fc.constantFrom(...metrics.filter((m) => !m.derived)),
    value: fc.oneof(finiteValue, fc.integer({ min: -1_000_000, max: 10_000_000 }), fc.constantFrom(5.056, 123.456, 1234.5, 0.001, -0.5)),
    note: noteText,
  })
  // Values the import accepts for the metric (a negative count is rejected, by design).
  .filter(({ metric, value }) => !checkValue(metric, value).some((c) => c.severity === 'error'))
  .map(({ province, year, period, metric, value, note }) => ({
    line: 0, edition: province.edition, code: province.code, year, period, scope: metric.scope, metric: metric.id, value, unit: metric.unit, note,
  }));

/** Rows with distinct keys, as an import would accept them. */
export const userRows = fc.uniqueArray(userRow, { selector: userRowKey, maxLength: 40 });
