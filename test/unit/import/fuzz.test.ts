// Robustness under bad input (seeded, test/unit/support/fuzz.ts): whatever the text, the import returns a
// result (never throws), every problem points at a real line, and every data record is accepted or rejected.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createImportSession } from '../../../src/core/import/session';
import { parseUserCsv } from '../../../src/core/import/parse';
import { formatImportProblem } from '../../../src/core/import/messages';
import type { ImportResult } from '../../../src/core/import/types';
import { userRowsToCsv } from '../../../src/core/import/export';
import { userRows } from './arbitraries';
import { context, file, row, validFile } from './fixture';
import { seeded } from '../support/fuzz';

const limits = { maxRecordChars: 300, maxProblems: 50, maxRows: 25, maxRejectedPreview: 10 };
const ctx = { ...context, limits };

function checkInvariants(result: ImportResult): void {
  const { stats } = result;
  expect(stats.accepted + stats.rejected).toBe(stats.records);
  expect(result.rows).toHaveLength(stats.accepted);
  expect(result.problems.length).toBeLessThanOrEqual(limits.maxProblems);
  expect(result.problems.length + stats.problemsOmitted).toBe(stats.errors + stats.warnings);
  expect(result.rejected.length + stats.rejectedOmitted).toBeLessThanOrEqual(stats.rejected);
  for (const p of result.problems) {
    expect(Number.isInteger(p.line) && p.line >= 1 && p.line <= stats.lines).toBe(true);
    expect(formatImportProblem(p)).toMatch(/^line \d+/);
  }
  for (const r of result.rows) {
    expect(r.line).toBeGreaterThanOrEqual(2);
    expect(Number.isFinite(r.value)).toBe(true);
  }
  for (let i = 1; i < result.problems.length; i++) expect(result.problems[i].line).toBeGreaterThanOrEqual(result.problems[i - 1].line);
  if (stats.fatal) expect(result.rows).toEqual([]);
  expect(result.rejected.every((r) => r.problems.length > 0 || stats.fatal)).toBe(true);
}

/** Characters that matter to a CSV reader, plus some that matter to the validator. */
const csvish = fc
  .array(fc.oneof(
    fc.constantFrom(',', ';', '"', '\n', '\r', '\r\n', '\uFEFF', '\uFFFD', ' ', '\t', 'pre2025', 'post2025', '27', 'FY', 'zones', 'fdi_projects_valid', '5.056,1', '=', '\0'),
    fc.string({ maxLength: 5 }),
  ), { maxLength: 80 })
  .map((parts) => parts.join(''));

/** A valid file with edits at random places (insert, delete, replace), from a small alphabet of trouble. */
const mutatedCsv = fc
  .tuple(
    fc.constantFrom(validFile(12), validFile(12, '\r\n', 120), file(row(), row({ code: 'Hà Nội', year: '2020', note: '"a\nb"' })), validFile(40).replace(/,/g, ';')),
    fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 }), fc.constantFrom('"', ',', ';', '\n', '\r', '', 'x', '9', '.', '\0', '\uFFFD', '=', '""', 'ệ')), { maxLength: 8 }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [at, del, ins] of edits) {
      const i = at % (out.length + 1);
      out = out.slice(0, i) + ins + out.slice(i + del);
    }
    return out;
  });

describe('fuzz: no exception escapes, every problem has a line, the counts add up', () => {
  it('random strings (any code points)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 500 }), (text) => checkInvariants(parseUserCsv(text, ctx))), seeded(400));
  });

  it('random CSV-like text', () => {
    fc.assert(fc.property(csvish, (text) => checkInvariants(parseUserCsv(text, ctx))), seeded(600));
  });

  it('random bytes decoded as UTF-8', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), (bytes) => checkInvariants(parseUserCsv(new TextDecoder().decode(bytes), ctx))),
      seeded(400),
    );
  });

  it('valid files with random edits', () => {
    fc.assert(fc.property(mutatedCsv, (text) => checkInvariants(parseUserCsv(text, ctx))), seeded(600));
  });

  it('chunked input gives the same result as one push, wherever it is cut', () => {
    const text = fc.oneof(csvish, mutatedCsv, userRows.map((rows) => userRowsToCsv(rows)));
    fc.assert(
      fc.property(text, fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 8 }), (input, sizes) => {
        const session = createImportSession(ctx);
        for (let i = 0, k = 0; i < input.length; k++) {
          const size = sizes[k % sizes.length];
          const progress = session.push(input.slice(i, i + size));
          expect(progress.accepted + progress.rejected).toBe(progress.records);
          i += size;
        }
        const chunked = session.finish();
        checkInvariants(chunked);
        expect(chunked).toEqual(parseUserCsv(input, ctx));
      }),
      seeded(400),
    );
  });
});
