import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import CompareSmallMultiples from '../../../src/charts/compare/CompareSmallMultiples.svelte';
import { compareState, type CompareUnit } from '../../../src/charts/compare/state';
import { panelLayout } from '../../../src/charts/compare/layout';
import { expectGolden } from './support/golden';
import { compareResults, fdi, provinces, rent, seriesResult, zoneCount } from './trend-fixtures';

const metrics = [fdi, rent, zoneCount];
const units = (...codes: string[]): CompareUnit[] =>
  codes.map((code) => ({ unit: { edition: 'pre2025', code }, name: provinces.find((p) => p.edition === 'pre2025' && p.code === code)?.nameVi ?? code }));

describe('compare state', () => {
  test('one panel per metric with a result, in the order of the metrics; all panels on the same years', () => {
    const state = compareState(compareResults, metrics, units('27', '31'), 'en');
    expect(state.status).toBe('ok');
    expect(state.panels.map((p) => p.metric.id)).toEqual(['fdi_musd', 'rent_usd_m2', 'zone_count']);
    expect(state.years).toEqual([2020, 2021, 2022, 2023]);
    const layouts = state.panels.map((panel) => panelLayout(panel, state.years, 300, 170));
    const x2023 = layouts.map((l) => l.xTicks.find((tick) => tick.year === 2023)?.x);
    expect(new Set(x2023).size).toBe(1);
  });

  test('one value scale per panel, shared by every unit in it', () => {
    const state = compareState(compareResults, metrics, units('27', '31'), 'en');
    expect(state.panels[0].valueDomain).toEqual([0, 21145]);
    const layout = panelLayout(state.panels[0], state.years, 300, 170);
    const y = (code: string, year: number) => layout.lines.find((l) => l.series.code === code)?.points.find((p) => p.point.year === year)?.y;
    // Hải Phòng's 5,987 sits at about 28% of Bắc Ninh's 21,145 height above the baseline: one scale.
    const base = layout.plot.bottom;
    expect((base - (y('31', 2023) as number)) / (base - (y('27', 2023) as number))).toBeCloseTo(5987 / 21145, 2);
  });

  test('the reading names the leader in the latest common year, in English and Vietnamese', () => {
    const en = compareState(compareResults, metrics, units('27', '31'), 'en');
    expect(en.panels[0].readingText.replace('Bắc Ninh', 'Bac Ninh')).toBe('Bac Ninh leads in 2023 (21,145 vs 5,987 million USD)');
    const vi = compareState(compareResults, metrics, units('27', '31'), 'vi');
    expect(vi.panels[0].readingText).toBe('Bắc Ninh dẫn đầu năm 2023 (21.145 so với 5.987 triệu USD)');
  });

  test('lower is better: the lowest value leads; a gap year is not a common year', () => {
    const state = compareState(compareResults, metrics, units('27', '31'), 'en');
    expect(state.panels[1].reading).toMatchObject({ kind: 'leader', year: 2022, leaders: ['31'] });
    expect(state.panels[1].readingText).toBe('Hải Phòng leads in 2022 (100 vs 130 USD/m²)');
  });

  test('no year with data for every unit: "no common year"', () => {
    const en = compareState(compareResults, metrics, units('27', '31'), 'en');
    expect(en.panels[2].reading.kind).toBe('no-common-year');
    expect(en.panels[2].readingText).toBe('No common year with data for all compared units');
    expect(compareState(compareResults, metrics, units('27', '31'), 'vi').panels[2].readingText).toBe(
      'Không có năm chung có số liệu của tất cả các đơn vị',
    );
  });

  test('equal values tie; with three units the other values carry names; no direction says "highest"', () => {
    const result = seriesResult('fdi_musd', [2023], { '27': [14], '31': [14], '30': [9] });
    const tie = compareState([result], [fdi], units('27', '31', '30'), 'en');
    expect(tie.panels[0].readingText).toBe('Bắc Ninh and Hải Phòng are level in 2023 (14 vs Hải Dương 9 million USD)');
    const neutral = compareState([seriesResult('zone_count', [2023], { '27': [16], '31': [14] })], [zoneCount], units('27', '31'), 'vi');
    expect(neutral.panels[0].readingText).toBe('Bắc Ninh cao nhất năm 2023 (16 so với 14 khu)');
  });

  test('fewer than 2 or more than 4 units: no panels', () => {
    expect(compareState(compareResults, metrics, units('27'), 'en')).toMatchObject({ status: 'count', panels: [] });
    expect(compareState(compareResults, metrics, units('27', '31', '30', '22', '24'), 'en')).toMatchObject({ status: 'count', panels: [] });
    expect(compareState(compareResults, metrics, units('27', '31', '30', '22'), 'en').status).toBe('ok');
  });
});

describe('compare small multiples', () => {
  const props = { lang: 'en' as const, results: compareResults, metrics, provinces };

  test('panels per metric with the reading, points with raw values, every SVG with an accessible name', () => {
    const { body } = render(CompareSmallMultiples, { props });
    expect(body.match(/data-testid="compare-panel"/g)).toHaveLength(3);
    expect(body).toMatch(/data-testid="compare-panel" data-metric="fdi_musd"/);
    expect(body).toMatch(/data-testid="compare-reading"[^>]*>Bắc Ninh leads in 2023 \(21,145 vs 5,987 million USD\)</);
    expect(body.match(/<svg[^>]*role="img"[^>]*aria-label="[^"]+"/g)).toHaveLength(3);
    expect(body).toMatch(/data-code="31" data-year="2023" data-value="5987"/);
    const fdiPanel = body.split('data-testid="compare-panel"')[1];
    expect(fdiPanel).toContain('data-metric="fdi_musd"');
    expect(fdiPanel).not.toMatch(/data-code="31" data-year="2022" data-value/);
    expect(fdiPanel.match(/<path[^>]*data-code="31"/g)).toBeNull(); // 2021 and 2023 with a gap between: two dots
  });

  test('one unit only: a message and no chart', () => {
    const one = [seriesResult('fdi_musd', [2023], { '27': [1] })];
    const { body } = render(CompareSmallMultiples, { props: { ...props, results: one } });
    expect(body).toContain('data-testid="compare-message"');
    expect(body).toContain('Choose 2 to 4 units to compare (1 chosen).');
    expect(body).not.toContain('<svg');
  });

  test('golden markup (en) and panel SVG (vi)', async () => {
    const { body } = render(CompareSmallMultiples, { props });
    expectGolden('compare.html', body);
    const vi = render(CompareSmallMultiples, { props: { ...props, lang: 'vi' } }).body;
    const svg = (vi.match(/<svg[^]*?<\/svg>/) ?? [''])[0];
    expectGolden('compare-panel.svg', svg);
  });
});

describe('a rank among the panels', () => {
  test('its panel puts rank 1 at the top, its axis from 1; the leader is the lowest rank', () => {
    const rank = { ...fdi, id: 'fdi_rank', unit: 'rank', unitEn: 'rank', unitVi: 'thứ hạng', higherIsBetter: false };
    const result = seriesResult('fdi_rank', [2022, 2023], { '27': [1, 1], '31': [6, 5] });
    const state = compareState([result], [rank], units('27', '31'), 'en');
    const [panel] = state.panels;
    expect(panel.rankOrder).toBe(true);
    expect(panel.valueDomain).toEqual([1, 6]);
    expect(panel.reading).toMatchObject({ kind: 'leader', leaders: ['27'] });
    const layout = panelLayout(panel, state.years, 300, 170);
    const y = (code: string) => layout.lines.find((l) => l.series.code === code)?.points.find((p) => p.point.year === 2023)?.y as number;
    expect(y('27')).toBeLessThan(y('31'));
    expect(compareState(compareResults, metrics, units('27', '31'), 'en').panels.every((p) => !p.rankOrder)).toBe(true);
    // No unit after a rank.
    expect(panel.readingText).toBe('Bắc Ninh leads in 2023 (1 vs 5)');
  });

  test('a lower bound keeps its "> " in the reading', () => {
    const result = seriesResult('fdi_musd', [2023], { '27': [31000], '31': [33600] });
    result.series.find((s) => s.unit.code === '27')!.points[0].value.qualifier = 'lower-bound';
    const [panel] = compareState([result], [fdi], units('27', '31'), 'en').panels;
    expect(panel.readingText).toBe('Hải Phòng leads in 2023 (33,600 vs > 31,000 million USD)');
  });

  test('the reading passes over a year whose values do not compare: a partial sum, or another definition', () => {
    const result = seriesResult('fdi_musd', [2022, 2023, 2024], { '27': [10, 20, 30], '31': [12, 18, 40] });
    const point = (code: string, year: number) => result.series.find((s) => s.unit.code === code)!.points.find((p) => p.year === year)!;
    point('31', 2024).value.partial = true;
    point('27', 2023).value.selection = { observation: { flags: ['incl-share-purchases'] } } as never;
    const [panel] = compareState([result], [fdi], units('27', '31'), 'en').panels;
    expect(panel.reading).toMatchObject({ kind: 'leader', year: 2022, leaders: ['31'] });
  });

  test('stocks of one year at different dates: no leader is named, each value says its date', () => {
    const result = seriesResult('fdi_musd', [2025], { '27': [100], '31': [90] });
    result.series.find((s) => s.unit.code === '27')!.points[0].value.asOf = '2025-10';
    result.series.find((s) => s.unit.code === '31')!.points[0].value.asOf = '2025-01';
    const [panel] = compareState([result], [fdi], units('27', '31'), 'en').panels;
    expect(panel.reading).toMatchObject({ kind: 'dated', year: 2025, leaders: [] });
    expect(panel.readingText).toMatch(/^2025: the figures stand at different dates, so no leader is named \(Bắc Ninh 100 million USD as of .*2025; Hải Phòng 90 million USD as of .*2025\)$/);
    // One date for both: none named.
    result.series.find((s) => s.unit.code === '31')!.points[0].value.asOf = '2025-10';
    expect(compareState([result], [fdi], units('27', '31'), 'en').panels[0].readingText).toBe('Bắc Ninh leads in 2025 (100 vs 90 million USD)');
  });

  test('a line does not join values counted on different definitions', () => {
    const result = seriesResult('fdi_musd', [2015, 2016, 2017], { '27': [10, 20, 30], '31': [12, 18, 40] });
    for (const s of result.series) s.points.find((p) => p.year === 2016)!.definitionChange = true;
    const [panel] = compareState([result], [fdi], units('27', '31'), 'en').panels;
    expect(panel.series[0].segments.map((seg) => seg.map((p) => p.year))).toEqual([[2015], [2016, 2017]]);
    expect(panel.marksShown).toContain('definition-change');
  });
});
