import { describe, expect, test } from 'vitest';
import { render } from 'svelte/server';
import BumpChart from '../../../src/charts/bump/BumpChart.svg.svelte';
import { bumpState } from '../../../src/charts/bump/state';
import { bumpLayout } from '../../../src/charts/bump/layout';
import { expectGolden } from './support/golden';
import { buildIndex, ranking } from '../../../src/core/analysis/ranking';
import type { RankingResult } from '../../../src/core/analysis/types';
import { dataset, obs } from '../analysis/fixture';
import { fdi, provinces } from './trend-fixtures';

// Bloc units 27 Bắc Ninh, 30 Hải Dương, 31 Hải Phòng. 2021: 27 and 31 tie for first; 2022: 31 has no
// value; 2023: 31 overtakes 27.
const values: Record<string, (number | null)[]> = {
  '27': [100, 120, 90, 150],
  '31': [80, 120, null, 160],
  '30': [50, 60, 70, 40],
};
const YEARS = [2020, 2021, 2022, 2023];
const index = buildIndex(
  dataset(
    Object.entries(values).flatMap(([code, row]) =>
      row.flatMap((value, i) => (value === null ? [] : [obs({ code, metric: 'fdi_musd', year: YEARS[i], value, period: 'FY', scope: 'province' })])),
    ),
    [fdi],
  ),
);
const results: RankingResult[] = YEARS.map((year) => ranking(index, { metric: 'fdi_musd', year, period: 'FY', edition: 'pre2025', scope: 'province' }));
const nameOf = (code: string) => provinces.find((p) => p.edition === 'pre2025' && p.code === code)?.nameVi ?? code;
const options = { selected: '31', compare: ['30'], lang: 'vi' as const, nameOf: (u: { code: string }) => nameOf(u.code) };

describe('bump state', () => {
  test('ranks per year, rank 1 first; ties share a rank and are flagged', () => {
    const state = bumpState(results, options);
    const ranks = Object.fromEntries(state.series.map((s) => [s.code, s.points.map((p) => `${p.year}:${p.rank}${p.tied ? '=' : ''}`)]));
    expect(ranks).toEqual({
      '27': ['2020:1', '2021:1=', '2022:1', '2023:2'],
      '31': ['2020:2', '2021:1=', '2023:1'],
      '30': ['2020:3', '2021:3', '2022:2', '2023:3'],
    });
    expect(state.maxRank).toBe(3);
  });

  test('a line joins two years only when both have a rank: a missing year leaves a gap', () => {
    const state = bumpState(results, options);
    const runs = state.series.find((s) => s.code === '31')?.segments.map((run) => run.map((p) => p.year));
    expect(runs).toEqual([[2020, 2021], [2023]]);
    const layout = bumpLayout(state, 600);
    expect(layout.lines.find((l) => l.series.code === '31')?.paths).toHaveLength(1);
    expect(layout.lines.find((l) => l.series.code === '30')?.paths).toHaveLength(1);
  });

  test('ranks counted on another definition the year before are not joined, not even by a bridge; the point is marked', () => {
    // 2020 counted without share purchases (the 2015 FIA table's kind), 2021 on: as defined.
    const redefined = buildIndex(
      dataset(
        Object.entries(values).flatMap(([code, row]) =>
          row.flatMap((value, i) => (value === null ? [] : [obs({ code, metric: 'fdi_musd', year: YEARS[i], value, period: 'FY', scope: 'province', flags: i === 0 ? ['excl-share-purchases'] : [] })])),
        ),
        [fdi],
      ),
    );
    const state = bumpState(YEARS.map((year) => ranking(redefined, { metric: 'fdi_musd', year, period: 'FY', edition: 'pre2025', scope: 'province' })), options);
    const hd = state.series.find((s) => s.code === '30')!;
    expect(hd.segments.map((run) => run.map((p) => p.year))).toEqual([[2020], [2021], [2022], [2023]]);
    // The reporters change in 2022 and 2023 (bridges); 2020 → 2021 is a change of definition (nothing).
    expect(hd.bridges.map(([a, b]) => [a.year, b.year])).toEqual([[2021, 2022], [2022, 2023]]);
    expect(hd.points.map((p) => p.marks.includes('definition-change'))).toEqual([false, true, false, false]);
    expect(state.marksShown).toContain('definition-change');
  });

  test('each year says how many report; a link across a change of reporters is a faded bridge, not a line', () => {
    const state = bumpState(results, options);
    expect(state.reporting.map((r) => `${r.year}:${r.reporting}/${r.total}${r.changed ? '*' : ''}`)).toEqual(['2020:3/3', '2021:3/3', '2022:2/3*', '2023:3/3*']);
    const bahNinh = state.series.find((s) => s.code === '27')!;
    expect(bahNinh.segments.map((run) => run.map((p) => p.year))).toEqual([[2020, 2021], [2022], [2023]]);
    expect(bahNinh.bridges.map(([a, b]) => [a.year, b.year])).toEqual([[2021, 2022], [2022, 2023]]);
    const layout = bumpLayout(state, 600);
    expect(layout.lines.find((l) => l.series.code === '27')?.bridgePaths).toHaveLength(2);
    expect(layout.reportingTicks.map((tick) => tick.text)).toEqual(['3/3', '3/3', '2/3', '3/3']);
  });

  test('nothing selected or compared: the units with the highest latest value stand out, as in the trend lines', () => {
    const state = bumpState(results, { selected: null, compare: [], lang: 'vi' });
    // Latest values (2023): 31 → 160, 27 → 150, 30 → 40.
    expect(state.series.filter((s) => s.highlighted).map((s) => [s.code, s.colorIndex])).toEqual([['31', 0], ['27', 1], ['30', 2]]);
  });

  test('a year in which fewer than half report is not ranked: no points, the end labels at the last ranked year, a note', () => {
    // 2024: only Bắc Ninh reports, 1 of 3 — "rank 1" would say nothing.
    const thin = ranking(buildIndex(dataset([...Object.entries(values).flatMap(([code, row]) => row.flatMap((value, i) => (value === null ? [] : [obs({ code, metric: 'fdi_musd', year: YEARS[i], value, period: 'FY', scope: 'province' })]))), obs({ code: '27', metric: 'fdi_musd', year: 2024, value: 200, period: 'FY', scope: 'province' })], [fdi])), { metric: 'fdi_musd', year: 2024, period: 'FY', edition: 'pre2025', scope: 'province' });
    const all = [...results, thin];
    expect(thin.reporting * 2).toBeLessThan(thin.total);
    const state = bumpState(all, { selected: null, compare: [], lang: 'en' });
    expect(state.reporting.map((r) => [r.year, r.ranked])).toEqual([[2020, true], [2021, true], [2022, true], [2023, true], [2024, false]]);
    expect(state.series.flatMap((s) => s.points).filter((p) => p.year === 2024)).toEqual([]);
    expect(new Set(state.endOrder.map((p) => p.year))).toEqual(new Set([2023]));
    const body = render(BumpChart, { props: { lang: 'en', results: all, metric: fdi, provinces, selected: null, compare: [] } }).body;
    expect(body).toContain('Not ranked: 2024 (fewer than half the provinces report).');
    expect(body).toMatch(/data-year="2024" data-reporting="1\/3" data-changed="false" data-ranked="false"/);
  });

  test('a narrow chart shows the reporting counts only under the year labels it shows (they ran together on a phone)', () => {
    const many = Array.from({ length: 11 }, (_, i) => ({ ...results[i % results.length], query: { ...results[i % results.length].query, year: 2015 + i } }));
    const layout = bumpLayout(bumpState(many, { selected: null, compare: [], lang: 'en' }), 300, 300);
    expect(layout.reportingTicks.map((t) => t.year)).toEqual(layout.xTicks.map((t) => t.year));
    expect(layout.xTicks.length).toBeLessThan(11);
  });

  test('lower is better: the lowest latest values stand out first, as in the trend lines', () => {
    const lower = results.map((r) => ({ ...r, direction: 'lower' as const }));
    const state = bumpState(lower, { selected: null, compare: [], lang: 'vi' });
    expect(state.series.filter((s) => s.highlighted).map((s) => [s.code, s.colorIndex])).toEqual([['30', 0], ['27', 1], ['31', 2]]);
  });

  test('highlighted units last (on top), in highlight order; the others quiet', () => {
    const state = bumpState(results, options);
    expect(state.series.map((s) => [s.code, s.role, s.colorIndex])).toEqual([
      ['27', 'quiet', null],
      ['31', 'selected', 0],
      ['30', 'compare', 1],
    ]);
  });

  test('tied units get their own label rows (the free row a tie leaves), names at both ends in place order', () => {
    const tied = bumpState([results[1]], options);
    expect(tied.startOrder.map((p) => [p.code, p.rank, p.position])).toEqual([
      ['27', 1, 1], // Bắc Ninh before Hải Phòng by name
      ['31', 1, 2],
      ['30', 3, 3],
    ]);
    const state = bumpState(results, options);
    expect(state.startOrder.map((p) => p.code)).toEqual(['27', '31', '30']);
    expect(state.endOrder.map((p) => p.code)).toEqual(['31', '27', '30']);
    const layout = bumpLayout(state, 600);
    const labelYs = layout.labels.filter((l) => l.anchor === 'end').map((l) => l.y);
    expect(new Set(labelYs).size).toBe(3);
  });
});

describe('bump chart', () => {
  const props = { lang: 'vi' as const, results, metric: fdi, provinces, selected: '31', compare: ['30'], width: 520 };

  test('rank points with raw ranks, gaps, names at both ends, an accessible name', () => {
    const { body } = render(BumpChart, { props });
    expect(body).toContain('data-testid="bump-chart"');
    expect(body).toMatch(/<svg[^>]*role="img"/);
    expect(body).toContain('Thứ hạng theo Vốn FDI đăng ký, 2020–2023');
    expect(body).toMatch(/data-code="31" data-year="2021" data-rank="1" data-tied="true"/);
    expect(body).not.toMatch(/data-code="31" data-year="2022"/);
    expect(body.match(/<path[^>]*data-code="31"[^>]*data-highlighted="true"/g)).toHaveLength(1);
    expect(body.match(/<path[^>]*data-code="27"[^>]*data-highlighted="false"/g)).toHaveLength(1);
    expect(body.match(/data-side="start"/g)).toHaveLength(3);
    expect(body.match(/data-side="end"/g)).toHaveLength(3);
  });

  test('no ranks: a message, no chart', () => {
    const { body } = render(BumpChart, { props: { ...props, results: [] } });
    expect(body).toContain('data-testid="bump-empty"');
    expect(body).not.toContain('<svg');
  });

  test('golden SVG', async () => {
    const { body } = render(BumpChart, { props });
    const svg = (body.match(/<svg[^]*<\/svg>/) ?? [''])[0];
    expectGolden('bump.svg', svg);
  });
});
