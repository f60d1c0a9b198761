// Side by side, without layout: 2 to 4 units, one panel per core metric, every unit in every panel on the
// panel's own value scale, all panels on the same years; and one sentence per panel saying who leads in the
// latest year in which every compared unit has a value.
import type { Metric } from '../../core/data/types';
import type { SeriesResult, UnitRef, UnitValue } from '../../core/analysis/types';
import { t, type Lang } from '../../i18n/messages';
import '../../i18n/lazyMessages';
import { valueDigits } from '../../i18n/format';
import { formatQualified } from '../../i18n/qualified';
import { metricUnit } from '../../i18n/labels';
import { marksOf, type Mark } from '../../core/analysis/marks';
import { marksShown } from '../shared/highlight';
import { consecutiveRuns, likeRuns } from '../shared/segments';
import { definitionBasis } from '../../core/analysis/basis';
import { formatDate } from '../../i18n/format';
import { isRankMetric, valueDomainOf } from '../shared/axes';
import { MAX_COMPARED, MIN_COMPARED } from '../../core/url/state';


export interface CompareUnit {
  unit: UnitRef;
  /** The unit's name in the language of the reading. */
  name: string;
}

export interface ComparePoint {
  code: string;
  year: number;
  value: number;
  unitValue: UnitValue;
  marks: Mark[];
}

export interface CompareSeries {
  unit: UnitRef;
  code: string;
  name: string;
  colorIndex: number;
  points: ComparePoint[];
  segments: ComparePoint[][];
}

export type CompareReading =
  // 'dated': stocks of the year stand at different dates (October against January): no leader is named.
  | { kind: 'leader' | 'tie' | 'dated'; year: number; leaders: string[]; values: { code: string; value: number }[] }
  | { kind: 'no-common-year' };

export interface ComparePanel {
  metric: Metric;
  period: string;
  series: CompareSeries[];
  /** Shared by every unit of the panel; 0 included (from 1 for ranks); null when no unit has a value. */
  valueDomain: [number, number] | null;
  /** Ranks: 1 at the top. */
  rankOrder: boolean;
  reading: CompareReading;
  readingText: string;
  marksShown: Mark[];
}

export interface CompareState {
  status: 'ok' | 'count' | 'no-metrics';
  units: (CompareUnit & { colorIndex: number })[];
  /** The years of every panel's x axis (the union over all metrics). */
  years: number[];
  panels: ComparePanel[];
}

export function compareState(results: SeriesResult[], metrics: Metric[], units: CompareUnit[], lang: Lang): CompareState {
  const placed = units.map((unit, colorIndex) => ({ ...unit, colorIndex }));
  if (units.length < MIN_COMPARED || units.length > MAX_COMPARED) return { status: 'count', units: placed, years: [], panels: [] };
  const resultByMetric = new Map(results.map((r) => [r.query.metric, r]));
  const panels = metrics
    .filter((metric) => resultByMetric.has(metric.id))
    .map((metric) => panelOf(resultByMetric.get(metric.id) as SeriesResult, metric, placed, lang));
  const years = [...new Set(panels.flatMap((p) => resultByMetric.get(p.metric.id)?.years ?? []))].sort((a, b) => a - b);
  return { status: panels.length ? 'ok' : 'no-metrics', units: placed, years, panels };
}

function panelOf(result: SeriesResult, metric: Metric, units: (CompareUnit & { colorIndex: number })[], lang: Lang): ComparePanel {
  const series: CompareSeries[] = units.map(({ unit, name, colorIndex }) => {
    const raw = result.series.find((s) => s.unit.code === unit.code && s.unit.edition === unit.edition)?.points ?? [];
    const present = [...raw]
      .sort((a, b) => a.year - b.year)
      .map((p) => ({
        code: unit.code, year: p.year, value: p.value.value as number, unitValue: p.value,
        // As on the trend: a year whose source or definition differs from the year before's is marked.
        marks: marksOf({ ...p.value, sourceChange: p.sourceChange, definitionChange: p.definitionChange }),
      }));
    const segments = likeRuns(consecutiveRuns(present, (p) => p.unitValue.value !== null && Number.isFinite(p.unitValue.value)));
    return { unit, code: unit.code, name, colorIndex, points: segments.flat(), segments };
  });
  const values = series.flatMap((s) => s.points.map((p) => p.value));
  const reading = readingOf(series, metric);
  return {
    metric,
    period: result.query.period,
    series,
    valueDomain: valueDomainOf(values, isRankMetric(metric)),
    rankOrder: isRankMetric(metric),
    reading,
    readingText: readingText(reading, series, metric, lang),
    marksShown: marksShown(series.flatMap((s) => s.points)),
  };
}

/**
 * The latest year in which every unit has a value that compares with the others' (complete, not a partial sum
 * of a merged unit; counted on one definition), and who is best there (highest when no direction).
 */
export function readingOf(series: CompareSeries[], metric: Metric): CompareReading {
  const years = [...new Set(series.flatMap((s) => s.points.map((p) => p.year)))].sort((a, b) => b - a);
  const alike = (year: number) => {
    const points = series.map((s) => s.points.find((p) => p.year === year));
    if (points.some((p) => !p || p.unitValue.partial)) return false;
    return new Set(points.map((p) => definitionBasis(p!.unitValue))).size === 1;
  };
  const common = years.find(alike);
  if (common === undefined) return { kind: 'no-common-year' };
  const points = series.map((s) => s.points.find((p) => p.year === common) as ComparePoint);
  const values = points.map((p) => ({ code: p.code, value: p.value }));
  if (new Set(points.map((p) => p.unitValue.asOf)).size > 1) return { kind: 'dated', year: common, leaders: [], values };
  const lowerFirst = metric.higherIsBetter === false;
  values.sort((a, b) => (lowerFirst ? a.value - b.value : b.value - a.value));
  const leaders = values.filter((v) => v.value === values[0].value).map((v) => v.code);
  return { kind: leaders.length > 1 ? 'tie' : 'leader', year: common, leaders, values };
}

function readingText(reading: CompareReading, series: CompareSeries[], metric: Metric, lang: Lang): string {
  if (reading.kind === 'no-common-year') return t(lang, 'compareNoCommonYear');
  const digits = valueDigits(metric);
  const nameOf = (code: string) => series.find((s) => s.code === code)?.name ?? code;
  // A rank needs no unit after it ("1 vs Hải Phòng 2", not "… 2 rank").
  const unit = isRankMetric(metric) ? '' : metricUnit(lang, metric);
  // A lower bound or an approximation keeps its sign ("> 31,000"), as in the table and the chart's points.
  const qualifierOf = (code: string) => series.find((s) => s.code === code)?.points.find((p) => p.year === reading.year)?.unitValue.qualifier;
  const number = (v: { code: string; value: number }) => formatQualified(lang, v.value, qualifierOf(v.code), digits);
  if (reading.kind === 'dated') {
    // Stocks of one year at different dates (Hà Nội October, Hải Phòng January): each with its date, no leader.
    const asOfOf = (code: string) => series.find((s) => s.code === code)?.points.find((p) => p.year === reading.year)?.unitValue.asOf ?? '';
    const listed = reading.values.map((v) => `${nameOf(v.code)} ${number(v)}${unit ? ` ${unit}` : ''}${asOfOf(v.code) ? ` ${t(lang, 'asOf')} ${formatDate(lang, asOfOf(v.code))}` : ''}`);
    return t(lang, 'compareDated', { year: reading.year, values: listed.join('; ') });
  }
  const others = reading.values.filter((v) => !reading.leaders.includes(v.code));
  // With two units the other is obvious; with more, each other value carries its unit's name.
  const otherText = others.map((v) => (series.length > 2 ? `${nameOf(v.code)} ${number(v)}` : number(v))).join(', ');
  const values = `${number(reading.values[0])}${others.length ? ` ${t(lang, 'compareVs')} ${otherText}` : ''}${unit ? ` ${unit}` : ''}`;
  if (reading.kind === 'tie') {
    const names = reading.leaders.map(nameOf);
    const joined = `${names.slice(0, -1).join(', ')} ${t(lang, 'compareAnd')} ${names[names.length - 1]}`;
    return t(lang, 'compareTie', { names: joined, year: reading.year, values });
  }
  const key = metric.higherIsBetter === null ? 'compareHighest' : 'compareLeads';
  return t(lang, key, { name: nameOf(reading.leaders[0]), year: reading.year, values });
}
