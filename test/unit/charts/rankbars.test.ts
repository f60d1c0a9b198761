import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import { buildIndex } from '../../../src/core/analysis/dataset-index';
import { ranking } from '../../../src/core/analysis/ranking';
import { rankBarsState } from '../../../src/charts/rankbars/state';
import { rankBarsLayout } from '../../../src/charts/rankbars/layout';
import { expectGolden, svgOf } from './support/golden';
import RankingBars from '../../../src/charts/rankbars/RankingBars.svg.svelte';
import { dataset, metric, obs } from '../analysis/fixture';
import { chartMetric, chartProvinces, rankingOf } from './change-fixture';

const tiesAndGaps = () =>
  rankingOf([
    { code: '01', value: 120, previous: 100, contested: true },
    { code: '31', value: 80, previous: 0 },
    { code: '27', value: 80, previous: 90, partial: true },
    { code: '30', value: null, previous: 50 },
    { code: '33', value: 10.25 },
  ]);

describe('rankBarsState', () => {
  test('rank order with ties sharing a rank, units without data last and unranked', () => {
    const state = rankBarsState(tiesAndGaps(), { selected: '27' });
    expect(state.bars.map((b) => [b.code, b.rank, b.tied])).toEqual([
      ['01', 1, false],
      ['27', 2, true],
      ['31', 2, true],
      ['33', 4, false],
      ['30', null, false],
    ]);
    expect(state.ranked).toBe(4);
    expect(state.noData).toBe(1);
    expect(state.bars.at(-1)).toMatchObject({ noData: true, value: null, deltaAbs: null, contested: false });
    expect(state.bars.filter((b) => b.selected).map((b) => b.code)).toEqual(['27']);
    expect(state.extent).toEqual([0, 120]);
  });

  test('deltas carry through; a delta from 0 has no percentage', () => {
    const byCode = Object.fromEntries(rankBarsState(tiesAndGaps(), { selected: null }).bars.map((b) => [b.code, b]));
    expect(byCode['01']).toMatchObject({ deltaAbs: 20, deltaPct: 0.2, contested: true });
    expect(byCode['31']).toMatchObject({ deltaAbs: 80, deltaPct: null });
    expect(byCode['27']).toMatchObject({ deltaAbs: -10, partial: true });
    expect(byCode['33']).toMatchObject({ deltaAbs: null, deltaPct: null });
  });

  test('a lower-is-better metric from the engine still lists rank 1 (the lowest value) first', () => {
    const index = buildIndex(
      dataset(
        [
          obs({ code: '30', metric: 'land_price', year: 2024, value: 120 }),
          obs({ code: '31', metric: 'land_price', year: 2024, value: 95 }),
          obs({ code: '27', metric: 'land_price', year: 2024, value: 150 }),
        ],
        [metric('land_price', { higherIsBetter: false })],
      ),
    );
    const result = ranking(index, { metric: 'land_price', year: 2024, period: 'cumulative-to-date', edition: 'pre2025' });
    const state = rankBarsState(result, { selected: null });
    expect(state.direction).toBe('lower');
    expect(state.bars.map((b) => [b.code, b.rank, b.value])).toEqual([
      ['31', 1, 95],
      ['30', 2, 120],
      ['27', 3, 150],
    ]);
  });

  test('the layout stacks rows in state order, bars from zero proportional to the value, no bar for no data', () => {
    const layout = rankBarsLayout(rankBarsState(tiesAndGaps(), { selected: null }), 640);
    const ys = layout.bars.map((b) => b.y);
    expect(ys).toEqual([...ys].sort((a, b) => a - b));
    const [first, second] = layout.bars;
    expect(first.barX).toBeCloseTo(layout.zeroX);
    expect(second.barWidth / first.barWidth).toBeCloseTo(80 / 120);
    expect(layout.bars.at(-1)?.barWidth).toBe(0);
  });
});

describe('RankingBars.svg.svelte', () => {
  const renderBars = (lang: 'vi' | 'en', result = tiesAndGaps(), selected: string | null = '27') =>
    svgOf(render(RankingBars, { props: { lang, result, metric: chartMetric(), provinces: chartProvinces, selected } }).body);

  test('bar groups in rank order with their codes, ranks and values; no-data rows last with words, not bars', () => {
    const svg = renderBars('en');
    expect(svg).toContain('data-testid="ranking-bars"');
    expect(svg).toMatch(/role="img"/);
    const groups = [...svg.matchAll(/<g class="bar-row[^"]*"[^>]*data-code="(\d+)" data-rank="(\d*)" data-value="([\d.]*)"/g)];
    expect(groups.map((g) => g[1])).toEqual(['01', '27', '31', '33', '30']);
    expect(groups.map((g) => g[2])).toEqual(['1', '2', '2', '4', '']);
    const last = svg.slice(svg.indexOf('data-code="30"'));
    expect(last).toContain('no data');
    expect(last).not.toContain('class="bar"');
    // Marks as in the ranking table; a delta from 0 shows no percentage; no comparison shows a dash.
    expect(svg).toContain('class="mark contested"');
    expect(svg).toContain('class="mark partial"');
    expect(svg).toContain('+20 (+20%)');
    expect(svg).toMatch(/\+80<\/text>|\+80\s*<\/text>/);
  });

  test('Vietnamese numbers and words', () => {
    const svg = renderBars('vi');
    expect(svg).toContain('10,3');
    expect(svg).toContain('không có dữ liệu');
    expect(svg).toContain('số liệu chênh lệch');
  });

  test('lower is better is said on the chart', () => {
    const svg = renderBars('en', rankingOf([{ code: '01', value: 3 }, { code: '31', value: 1 }], {}, 'lower'), null);
    expect(svg).toContain('lower is better: rank 1 (the lowest value) at the top');
    expect([...svg.matchAll(/data-code="(\d+)"/g)].map((m) => m[1])).toEqual(['31', '01']);
  });

  /** The delta's bars with their places among the 63 provinces (as the engine gives them for a whole-province metric). */
  const withNational = (extent: 'region' | 'country' = 'region') => {
    const result = rankingOf([{ code: '01', value: 120 }, { code: '31', value: 80 }, { code: '30', value: null }], { extent });
    const national = new Map([['01', 2], ['31', 7]]);
    return { ...result, national: { reporting: 60, total: 63 }, rows: result.rows.map((row) => ({ ...row, nationalRank: national.get(row.unit.code) ?? null })) };
  };

  test('a whole-province metric in the region view carries each bar’s national rank in its own column', () => {
    const state = rankBarsState(withNational(), { selected: null });
    expect(state.national).toEqual({ reporting: 60, total: 63 });
    expect(state.bars.map((b) => [b.code, b.rank, b.nationalRank])).toEqual([['01', 1, 2], ['31', 2, 7], ['30', null, null]]);
    const svg = renderBars('en', withNational(), null);
    expect([...svg.matchAll(/data-code="(\d+)"[^>]*data-national-rank="(\d*)"/g)].map((m) => [m[1], m[2]])).toEqual([['01', '2'], ['31', '7'], ['30', '']]);
    expect(svg).toContain('>Country</text>');
    expect(svg).toContain('rank 7 of the 60 provinces reporting nationwide');
    expect(renderBars('vi', withNational(), null)).toContain('>Cả nước</text>');
    // The names and bars make room for the column.
    const plain = rankBarsLayout(rankBarsState(tiesAndGaps(), { selected: null }), 640);
    const wide = rankBarsLayout(state, 640);
    expect(plain.nationalX).toBeNull();
    expect(wide.nationalX).toBeGreaterThan(wide.rankX + 40);
    expect(wide.nameX).toBeGreaterThan(wide.nationalX!);
  });

  test('no national column for a zone metric, nor with the whole country shown (the rank is the national rank)', () => {
    expect(rankBarsState(withNational('country'), { selected: null }).national).toBeNull();
    expect(renderBars('en', withNational('country'), null)).not.toContain('data-national-rank');
    expect(renderBars('en', tiesAndGaps(), null)).not.toContain('data-national-rank');
  });

  test('a lower bound keeps its "> " on the bar and its change; a change across sources or part of a year is marked, with a key', () => {
    const base = rankingOf([{ code: '27', value: 31000, previous: 27343 }, { code: '01', value: 43482.4, previous: 41170.5 }, { code: '31', value: 120, previous: 100 }]);
    const rows = base.rows.map((row) =>
      row.unit.code === '27'
        ? { ...row, qualifier: 'lower-bound' as const, deltaQualifier: 'lower-bound' as const, sourceChange: true }
        : row.unit.code === '01'
          ? { ...row, partYear: true, deltaSpan: { from: '2023-12-20', to: '2024-06-20', partYear: true } }
          : row,
    );
    const result = { ...base, rows };
    const state = rankBarsState(result, { selected: null });
    const byCode = Object.fromEntries(state.bars.map((b) => [b.code, b]));
    expect(byCode['27']).toMatchObject({ qualifier: 'lower-bound', deltaQualifier: 'lower-bound', changeMarks: ['source-change'] });
    expect(byCode['01']).toMatchObject({ changeMarks: ['part-year'], deltaSince: '2023-12-20' });
    expect(byCode['31'].changeMarks).toEqual([]);
    expect(state.changeMarks).toEqual(['source-change', 'part-year']);
    expect(state.changeMarksAll).toEqual([]);
    const svg = renderBars('en', result, null);
    const row = (code: string) => svg.slice(svg.indexOf(`data-code="${code}"`), svg.indexOf('</g>', svg.indexOf(`data-code="${code}"`)));
    expect(row('27')).toContain('>> 31,000<');
    expect(row('27')).toContain('>> +3,657 (> +13.4%)<tspan class="mark source-change"');
    expect(row('27')).toContain('data-change-marks="source-change"');
    expect(row('01')).toContain('<title>part-year · since December 20, 2023</title>◔');
    expect(row('31')).not.toContain('class="mark');
    expect(svg).toMatch(/data-testid="bars-change-key"[^>]*>.*⇄ source changes.*◔ part-year/);
    expect(rankBarsLayout(state, 640).height).toBeGreaterThan(rankBarsLayout(rankBarsState(base, { selected: null }), 640).height);
  });

  test('a mark every bar carries is said once in the key, not on each bar', () => {
    const base = rankingOf([{ code: '27', value: 310, previous: 273 }, { code: '01', value: 434, previous: 411 }, { code: '31', value: 120, previous: 100 }, { code: '30', value: null }]);
    const result = { ...base, rows: base.rows.map((row) => ({ ...row, sourceChange: row.value !== null, partYear: row.unit.code === '01' })) };
    const state = rankBarsState(result, { selected: null });
    expect(state.changeMarks).toEqual(['source-change', 'part-year']);
    expect(state.changeMarksAll).toEqual(['source-change']);
    expect(Object.fromEntries(state.bars.map((b) => [b.code, b.changeMarks]))).toEqual({ '01': ['part-year'], '27': [], '31': [], '30': [] });
    const svg = renderBars('en', result, null);
    expect(svg).not.toContain('<tspan class="mark source-change" dx="4"');
    expect(svg).toMatch(/data-testid="bars-change-key"[^>]*>.*source changes: every province.*◔ part-year/);
    expect(renderBars('vi', result, null)).toMatch(/đổi nguồn: mọi tỉnh/);
  });

  test('golden SVG', async () => {
    expectGolden('rankbars.svg', renderBars('en'));
    expectGolden('rankbars-vi.svg', renderBars('vi'));
  });
});
