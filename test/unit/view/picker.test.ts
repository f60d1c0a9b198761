// The metric picker's rules (issue 10 §6, issue 15 §2): grouped by scope (the shown one first), core first,
// each with its coverage in the shown year, searchable without diacritics, metrics without data not offered.
import { describe, expect, test } from 'vitest';
import { metricPicker } from '../../../src/core/view/picker';
import type { MetricCoverage } from '../../../src/core/analysis/coverage';
import type { Metric } from '../../../src/core/data/types';
import { metric } from '../analysis/fixture';

const metrics: Metric[] = [
  metric('fdi_capital_registered_musd', { core: true, labelVi: 'Vốn FDI đăng ký lũy kế', labelEn: 'Cumulative registered FDI capital' }),
  metric('workers', { core: true, labelVi: 'Lao động trong KCN', labelEn: 'Workers in the zones' }),
  metric('fdi_export_musd', { labelVi: 'Xuất khẩu của doanh nghiệp FDI', labelEn: 'Exports of FDI enterprises' }),
  metric('kcn_area_ha', { labelVi: 'Diện tích KCN', labelEn: 'Zone area' }),
  metric('workers_per_ha', { derived: 'workers / kcn_area_ha', labelVi: 'Lao động trên mỗi ha', labelEn: 'Workers per ha' }),
  metric('province_fdi_total_capital_musd', { scope: 'province', core: true, labelVi: 'Tổng vốn FDI đăng ký (toàn tỉnh)', labelEn: 'Total registered FDI' }),
];
const cover = (id: string, years: number[], complete: number[]): MetricCoverage => ({ metric: id, period: 'FY', total: 11, years, complete });
const coverage: MetricCoverage[] = [
  cover('fdi_capital_registered_musd', [2022, 2023], [7, 6]),
  cover('workers', [2022, 2023], [8, 0]),
  cover('fdi_export_musd', [], []),
  cover('kcn_area_ha', [2023], [3]),
  cover('workers_per_ha', [2023], [2]),
  cover('province_fdi_total_capital_musd', [2022, 2023], [11, 11]),
];
const label = (m: Metric) => m.labelVi;
const pick = (patch: Partial<Parameters<typeof metricPicker>[2]> = {}) =>
  metricPicker(metrics, coverage, { lang: 'vi', scope: 'zones', year: 2023, query: '', current: 'fdi_capital_registered_musd', label, ...patch });

describe('the metric picker', () => {
  test('groups: the shown scope first, core before the rest, derived last', () => {
    expect(pick().groups.map((g) => [g.scope, g.kind, g.options.map((o) => o.metric.id)])).toEqual([
      ['zones', 'core', ['fdi_capital_registered_musd', 'workers']],
      ['zones', 'other', ['kcn_area_ha']],
      ['zones', 'derived', ['workers_per_ha']],
      ['province', 'core', ['province_fdi_total_capital_musd']],
    ]);
    expect(pick({ scope: 'province' }).groups[0].scope).toBe('province');
  });

  test('each option has its coverage in the shown year, and the latest year with data when it has none', () => {
    const options = pick().groups.flatMap((g) => g.options);
    const of = (id: string) => options.find((o) => o.metric.id === id)!;
    expect(of('fdi_capital_registered_musd')).toMatchObject({ coverage: { complete: 6, total: 11 }, latest: null });
    expect(of('workers')).toMatchObject({ coverage: { complete: 0, total: 11 }, latest: { year: 2022, complete: 8 } });
  });

  test('a metric without any data is not offered, and the count of those left out is given', () => {
    const picked = pick();
    expect(picked.groups.flatMap((g) => g.options).some((o) => o.metric.id === 'fdi_export_musd')).toBe(false);
    expect(picked.hidden).toBe(1);
    // … unless it is the one shown (opened by a link): then it is there, marked as without data.
    const shown = pick({ current: 'fdi_export_musd' }).groups.flatMap((g) => g.options).find((o) => o.metric.id === 'fdi_export_musd');
    expect(shown?.noData).toBe(true);
  });

  test('typing filters by words of the shown label or the id, without diacritics', () => {
    const ids = (query: string, lang: 'vi' | 'en' = 'vi') =>
      pick({ query, lang, label: (m) => (lang === 'vi' ? m.labelVi : m.labelEn) }).groups.flatMap((g) => g.options.map((o) => o.metric.id));
    expect(ids('von fdi')).toEqual(['fdi_capital_registered_musd', 'province_fdi_total_capital_musd']);
    expect(ids('LAO ĐỘNG')).toEqual(['workers', 'workers_per_ha']);
    expect(ids('zone area', 'en')).toEqual(['kcn_area_ha']);
    expect(ids('kcn area')).toEqual(['kcn_area_ha']);
    expect(ids('nothing like this')).toEqual([]);
  });
});
