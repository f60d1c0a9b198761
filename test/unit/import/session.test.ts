import { describe, expect, it } from 'vitest';
import { createImportSession } from '../../../src/core/import/session';
import { parseUserCsv } from '../../../src/core/import/parse';
import type { ImportContext } from '../../../src/core/import/types';
import { context, file, row, validFile } from './fixture';

/** Feeds text in chunks of the given sizes (cycled), as File.slice + TextDecoder would. */
function chunked(text: string, sizes: number[], ctx: ImportContext = context) {
  const session = createImportSession(ctx);
  const progress = [];
  for (let i = 0, k = 0; i < text.length; k++) {
    const size = sizes[k % sizes.length];
    progress.push(session.push(text.slice(i, i + size)));
    i += size;
  }
  return { result: session.finish(), progress };
}

describe('createImportSession', () => {
  it('a ~5 MB file in small chunks gives the same result as one push, with growing progress', () => {
    let text = validFile(9_000, '\r\n', 560);
    // some trouble on the way: a duplicate, a bad value, an over-long row, a formula note, a Vietnamese decimal
    const lines = text.split('\r\n');
    lines.splice(100, 0, lines[50]);
    lines.splice(2000, 0, row({ value: 'n/a', year: '2026', period: 'H1', code: '01', metric: 'kcn_operating_area_ha', unit: '' }));
    lines.splice(3000, 0, `${row({ year: '2026', period: 'FY', code: '01', metric: 'kcn_operating_area_ha', unit: '' })}${'x'.repeat(20_000)}`);
    lines.splice(4000, 0, row({ year: '2026', period: 'Q1', code: '01', metric: 'kcn_operating_area_ha', unit: '', note: '=1+1', value: '"5.056,1"' }));
    text = `\uFEFF${lines.join('\r\n')}`;
    expect(text.length).toBeGreaterThan(5_000_000);

    const whole = parseUserCsv(text, context);
    expect(whole.stats.accepted).toBe(9_001);
    expect(whole.problems.map((p) => p.code)).toEqual(['duplicate-row', 'value-not-number', 'line-too-long', 'value-normalised', 'formula-text']);

    // chunk sizes that split CRLF pairs, doubled quotes, multi-byte letters and the BOM's neighbourhood
    const { result, progress } = chunked(text, [1, 2, 3, 4093, 1, 7919, 2, 65_536]);
    expect(result).toEqual(whole);
    for (let i = 1; i < progress.length; i++) {
      expect(progress[i].chars).toBeGreaterThanOrEqual(progress[i - 1].chars);
      expect(progress[i].lines).toBeGreaterThanOrEqual(progress[i - 1].lines);
    }
    const last = progress[progress.length - 1];
    expect(last.chars).toBe(text.length - 1); // the BOM is not content
    expect(last.bytes).toBe(new TextEncoder().encode(text).length - 3);
    expect(last.records).toBe(whole.stats.records);
  });

  it('every split point of a tricky small file gives the same result', () => {
    const text = `\uFEFF${file(row({ note: '"a ""quoted"", ; multi\r\nline note"' }), row({ year: '2020', value: '"1.234,5"' }), '', row({ year: '2021', code: 'Hải Phòng' }))}`.replace(/\n/g, '\r\n');
    const whole = parseUserCsv(text, context);
    expect(whole.rows).toHaveLength(3);
    for (let cut = 0; cut <= text.length; cut++) {
      const session = createImportSession(context);
      session.push(text.slice(0, cut));
      session.push(text.slice(cut));
      expect(session.finish()).toEqual(whole);
    }
    expect(chunked(text, [1]).result).toEqual(whole);
  });

  it('an unclosed quote is reported at the line it opened, however the file is cut', () => {
    const rest = Array.from({ length: 300 }, (_, i) => row({ year: String(1990 + (i % 36)), period: i < 36 ? 'FY' : i < 72 ? 'H1' : i < 108 ? 'Q1' : i < 144 ? 'Q2' : i < 180 ? 'Q3' : i < 216 ? 'Q4' : i < 252 ? '9M' : '1M' }));
    const text = file(row({ year: '2024', period: 'H1' }), row({ year: '2025', note: '"never closed' }), ...rest);
    const whole = parseUserCsv(text, context);
    expect(whole.problems[0]).toMatchObject({ line: 3, code: 'quote-runaway', params: { opened: 3 } });
    expect(chunked(text, [1, 7, 4093]).result).toEqual(whole);
  });

  it('caps stored problems and counts the rest', () => {
    const bad = Array.from({ length: 50 }, (_, i) => row({ value: 'x', year: String(1990 + (i % 30)) }));
    const { result } = chunked(file(...bad), [100], { ...context, limits: { maxProblems: 10, maxRejectedPreview: 5 } });
    expect(result.problems).toHaveLength(10);
    expect(result.stats).toMatchObject({ errors: 50, problemsOmitted: 40, rejected: 50, rejectedOmitted: 45 });
    expect(result.rejected).toHaveLength(5);
  });

  it('caps accepted rows with one error at the first row beyond', () => {
    const { result } = chunked(validFile(30), [64], { ...context, limits: { maxRows: 20 } });
    expect(result.rows).toHaveLength(20);
    expect(result.problems.map((p) => `${p.line}:${p.code}:${p.params.max}`)).toEqual(['22:rows-limit:20']);
    expect(result.stats).toMatchObject({ records: 30, accepted: 20, rejected: 10, errors: 1 });
  });

  it('NUL in a later chunk: one error, nothing imported, the rest ignored', () => {
    const session = createImportSession(context);
    session.push(file(row(), row({ year: '2020' })));
    session.push('pre2025,27,2021,FY,zones,fdi_projects_valid,1,,\n\0\0\0binary');
    session.push('more');
    const result = session.finish();
    expect(result.problems).toEqual([{ line: 5, severity: 'error', code: 'not-text', params: { reason: 'nul' } }]);
    expect(result.rows).toEqual([]);
    expect(result.stats.accepted + result.stats.rejected).toBe(result.stats.records);
  });

  it('takes no text after finish', () => {
    const session = createImportSession(context);
    session.finish();
    expect(() => session.push('x')).toThrow(/after finish/);
  });
});
