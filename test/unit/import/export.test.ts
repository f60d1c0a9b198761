import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseFormula, userRowsToCsv } from '../../../src/core/import/export';
import { userObservations } from '../../../src/core/import/observations';
import { parseUserCsv } from '../../../src/core/import/parse';
import type { UserRow } from '../../../src/core/import/types';
import { userRows } from './arbitraries';
import { context, file, row } from './fixture';

const withoutLine = (rows: UserRow[]) => rows.map(({ line: _line, ...rest }) => rest);

describe('userRowsToCsv', () => {
  it('parse(export(rows)) gives the rows back, in a comma or a semicolon file (property)', () => {
    fc.assert(
      fc.property(userRows, fc.constantFrom(',' as const, ';' as const), (rows, delimiter) => {
        const back = parseUserCsv(userRowsToCsv(rows, delimiter), context);
        expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(withoutLine(back.rows)).toEqual(withoutLine(rows));
        expect(back.delimiter).toBe(delimiter);
      }),
      { numRuns: 300 },
    );
  });

  it('export(parse(file)) → parse gives the same rows, lines included', () => {
    const original = parseUserCsv(file(row({ note: 'Quế Võ' }), row({ code: 'Hải Phòng', year: '2020', value: '"5.056,1"' }), row({ year: '2021', note: '"=1+1"' })), context);
    const again = parseUserCsv(userRowsToCsv(original.rows), context);
    expect(again.rows).toEqual(original.rows);
  });

  it('has a BOM, CRLF line ends and the documented header', () => {
    const text = userRowsToCsv(parseUserCsv(file(row()), context).rows);
    expect(text).toBe('\uFEFFedition,code,year,period,scope,metric,value,unit,note\r\npre2025,27,2023,FY,zones,fdi_projects_valid,120,projects,\r\n');
  });

  it('neutralises formula text with a leading apostrophe; keeps HTML as the same characters', () => {
    const rows = parseUserCsv(file(
      row({ note: '"=HYPERLINK(""http://evil"",""x"")"' }),
      row({ year: '2020', note: '@SUM(A1)' }),
      row({ year: '2021', note: '<script>alert(1)</script>' }),
      row({ year: '2022', note: '-1' }),
    ), context).rows;
    const lines = userRowsToCsv(rows).split('\r\n');
    expect(lines[1]).toMatch(/,"'=HYPERLINK\(""http:\/\/evil"",""x""\)"$/);
    expect(lines[2]).toMatch(/,'@SUM\(A1\)$/);
    expect(lines[3]).toMatch(/,<script>alert\(1\)<\/script>$/);
    expect(lines[4]).toMatch(/,'-1$/);
    // and a value that is negative stays a number, not text
    const negative = parseUserCsv(file(row({ metric: 'grdp_growth_pct', scope: '', unit: '', value: '-2' })), context).rows;
    expect(userRowsToCsv(negative)).toContain(',-2,pct,');
  });

  it.each([
    ['=1', "'=1"], ['+1', "'+1"], ['-x', "'-x"], ['@x', "'@x"], ["'=1", "''=1"], ['plain', 'plain'], ["it's", "it's"], ['a=b', 'a=b'],
  ])('neutraliseFormula(%s) = %s', (text, expected) => {
    expect(neutraliseFormula(text)).toBe(expected);
  });

  it('a semicolon file writes decimal commas, so Excel in Vietnamese reads the same numbers', () => {
    const rows = parseUserCsv(file(row({ value: '5.056' })), context).rows;
    expect(userRowsToCsv(rows, ';')).toContain(';5,056;');
  });
});

describe('userObservations', () => {
  it('marks every observation as the user’s, with a stable id per row identity', () => {
    const rows = parseUserCsv(file(row(), row({ year: '2020', note: 'mine' })), context).rows;
    const obs = userObservations(rows, 'layer-1');
    expect(obs).toHaveLength(2);
    expect(obs[1]).toMatchObject({
      edition: 'pre2025', code: '27', year: 2020, period: 'FY', scope: 'zones', metric: 'fdi_projects_valid', value: 120,
      sourceId: 'user:layer-1', flags: ['user'], note: 'mine', asOf: '',
    });
    expect(new Set(obs.map((o) => o.id)).size).toBe(2);
    expect(userObservations(rows, 'layer-1').map((o) => o.id)).toEqual(obs.map((o) => o.id));
    expect(userObservations(rows, 'layer-2')[0].id).not.toBe(obs[0].id);
  });
});
