// The compared set through the 2025 merger (issue 10 §1), on the real province list: old → successor, merged →
// its old provinces of the delta, each once, cut to four with a notice naming what was dropped; `compare` maps
// by itself, independently of `province`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { datasetFromTexts } from '../../../src/core/data/load';
import { DATA_FILES, type DataFileKey, type DataTexts } from '../../../src/core/data/schema';
import type { Edition, Province } from '../../../src/core/data/types';
import { extentProvinces } from '../../../src/core/provinces';
import { mapCompare, reconcileCompare, switchEdition } from '../../../src/core/view/selection';
import { defaultViewState, MAX_COMPARED } from '../../../src/core/url/state';
import { projectRoot } from '../data/shared';

const texts = {} as DataTexts;
for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
  texts[key] = key === 'provinces' || key === 'metrics' ? readFileSync(join(projectRoot, 'data', DATA_FILES[key].path), 'utf8') : DATA_FILES[key].columns.join(',') + '\n';
}
const provinces: Province[] = datasetFromTexts(texts).provinces;
const view = (patch = {}) => ({ ...defaultViewState(), ...patch });
const switched = (patch: object, next: Edition) => switchEdition(provinces, view(patch), next)!;

describe('switching the edition maps compare by itself', () => {
  test('63 → 34: each old province becomes its successor (Bắc Ninh 27 → 24); a notice names the change', () => {
    const { patch, notices } = switched({ compare: ['27', '31', '33'] }, 'post2025');
    expect(patch.compare).toEqual(['24', '31', '33']);
    expect(notices).toEqual([
      { param: 'compare', value: '27,31,33', problem: 'compare-mapped', detail: { from: 'pre2025', to: 'post2025', mapped: '27>24', outside: '', unknown: '', cut: '' } },
    ]);
  });

  test('63 → 34: two old provinces of one merged unit are compared once', () => {
    expect(switched({ compare: ['30', '31', '35', '36'] }, 'post2025').patch.compare).toEqual(['31', '37']);
  });

  test('34 → 63: a merged unit becomes its old provinces of the delta, in order; Bắc Giang (outside) is named, never compared', () => {
    const { patch, notices } = switched({ edition: 'post2025', compare: ['24', '31'] }, 'pre2025');
    expect(patch.compare).toEqual(['27', '30', '31']);
    expect(notices[0].detail).toMatchObject({ mapped: '24>27,31>30+31', outside: '24', cut: '' });
  });

  test(`34 → 63: more than ${MAX_COMPARED} old provinces are cut, and the notice names the ones left out`, () => {
    const { patch, notices } = switched({ edition: 'post2025', compare: ['37', '31', '33'] }, 'pre2025');
    expect(patch.compare).toEqual(['35', '36', '37', '30']);
    expect(notices[0].detail?.cut).toBe('31,33,34');
  });

  test('with extent=country any province of the edition: new Bắc Ninh → Bắc Giang and Bắc Ninh', () => {
    expect(mapCompare(provinces, ['24'], 'post2025', 'pre2025', 'country').codes).toEqual(['24', '27']);
    expect(mapCompare(provinces, ['24'], 'post2025', 'pre2025', 'region').codes).toEqual(['27']);
  });

  test('compare does not depend on the selected province; a merged selection is cleared with a notice', () => {
    const withProvince = switched({ edition: 'post2025', province: '31', compare: ['24'] }, 'pre2025');
    const without = switched({ edition: 'post2025', province: null, compare: ['24'] }, 'pre2025');
    expect(withProvince.patch.compare).toEqual(without.patch.compare);
    expect(withProvince.patch.province).toBeNull();
    expect(withProvince.notices.map((n) => n.problem)).toEqual(['compare-mapped', 'province-split']);
  });

  test('a merged selection with nothing compared: its old provinces are compared (CONTRACTS.md)', () => {
    const { patch, notices } = switched({ edition: 'post2025', province: '31', compare: [] }, 'pre2025');
    expect(patch).toEqual({ edition: 'pre2025', province: null, compare: ['30', '31'] });
    expect(notices[0]).toMatchObject({ problem: 'province-split', detail: { code: '31', into: '30,31', compared: '1' } });
  });

  test('a selection with one old province of the delta stays selected (new Bắc Ninh → old Bắc Ninh); an old one → its successor', () => {
    expect(switched({ edition: 'post2025', province: '24' }, 'pre2025').patch.province).toBe('27');
    expect(switched({ province: '30' }, 'post2025').patch.province).toBe('31');
  });

  test('property: with extent=region, never a code outside the region, never more than four, each once', () => {
    const region = (edition: Edition) => new Set(extentProvinces(provinces, edition, 'region').map((p) => p.code));
    const codes = provinces.map((p) => p.code);
    fc.assert(
      fc.property(fc.constantFrom<Edition>('pre2025', 'post2025'), fc.uniqueArray(fc.constantFrom(...codes), { maxLength: 6 }), (edition, compare) => {
        const next: Edition = edition === 'pre2025' ? 'post2025' : 'pre2025';
        const result = switched({ edition, compare }, next).patch.compare;
        expect(result.every((code) => region(next).has(code))).toBe(true);
        expect(result.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(new Set(result).size).toBe(result.length);
      }),
    );
  });
});

describe('compared codes read from a link', () => {
  test('old codes on the 34-province map are carried to their successors', () => {
    const { compare, notice } = reconcileCompare(provinces, 'post2025', 'region', ['27', '31', '33']);
    expect(compare).toEqual(['24', '31', '33']);
    expect(notice?.detail?.mapped).toBe('27>24');
  });

  test('a province outside the delta and an unknown code are dropped, each named', () => {
    const { compare, notice } = reconcileCompare(provinces, 'pre2025', 'region', ['24', '27', '99']);
    expect(compare).toEqual(['27']);
    expect(notice?.detail).toMatchObject({ outside: '24', unknown: '99' });
  });

  test('codes that fit are left alone, without a notice', () => {
    expect(reconcileCompare(provinces, 'pre2025', 'region', ['27', '30'])).toEqual({ compare: ['27', '30'], notice: null });
  });
});
