// The bump chart placed in a box: rank 1 at the top, one row per place, names in columns at both ends.
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { textWidth, yearScale, yearTicks, type Plot, type YearTick } from '../shared/axes';
import { unitColor } from '../shared/palette';
import type { BumpPoint, BumpSeries, BumpState } from './state';

export interface PlacedBumpLine {
  series: BumpSeries;
  color: string;
  paths: string[];
  /** Links across a change of reporters (drawn faded and dashed). */
  bridgePaths: string[];
  points: { point: BumpPoint; x: number; y: number }[];
}

export interface BumpLabel {
  series: BumpSeries;
  point: BumpPoint;
  color: string;
  x: number;
  /** The label's row (its place); the point's row is its rank, which differs for all but the first of a tie. */
  y: number;
  pointX: number;
  pointY: number;
  anchor: 'start' | 'end';
}

export interface BumpLayout {
  width: number;
  height: number;
  plot: Plot;
  xTicks: YearTick[];
  rankTicks: { rank: number; y: number }[];
  /** Under each year: how many report ("11/11"). */
  /** Under the year labels shown (a narrow chart thins them): how many report; an unranked year says so. */
  reportingTicks: { year: number; x: number; text: string; changed: boolean; ranked: boolean }[];
  lines: PlacedBumpLine[];
  labels: BumpLabel[];
}

export const BUMP_FONT_PX = 11;
const ROW_PX = 22;

export function bumpHeight(state: BumpState): number {
  return Math.max(1, state.maxRank) * ROW_PX + 64;
}

export function bumpLayout(state: BumpState, width: number, height = bumpHeight(state)): BumpLayout {
  const seriesByCode = new Map(state.series.map((s) => [s.code, s]));
  // Highlighted names are drawn bold, about 15% wider than the estimate for regular text.
  const nameWidth = (order: BumpPoint[]) =>
    Math.min(150, Math.max(0, ...order.map((p) => {
      const series = seriesByCode.get(p.code);
      return textWidth(series?.name ?? '', BUMP_FONT_PX) * (series?.highlighted ? 1.15 : 1);
    })));
  const left = 26 + nameWidth(state.startOrder) + 12;
  const right = width - nameWidth(state.endOrder) - 12;
  const plot: Plot = { left, top: 16, right: Math.max(left + 40, right), bottom: height - 42 };
  const x = yearScale(state.years.length ? state.years : [0], plot);
  const y = scaleLinear().domain([1, Math.max(2, state.maxRank)]).range([plot.top, plot.bottom]);
  const xTicks = yearTicks(state.years, x, plot);
  const shownYears = new Set(xTicks.map((tick) => tick.year));
  const path = line<BumpPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.rank));
  const lines = state.series.map((series) => ({
    series,
    color: unitColor(series.colorIndex),
    paths: series.segments.filter((run) => run.length > 1).map((run) => path(run) ?? ''),
    bridgePaths: series.bridges.map((pair) => path(pair) ?? ''),
    points: series.points.map((point) => ({ point, x: x(point.year), y: y(point.rank) })),
  }));
  const label = (point: BumpPoint, side: 'start' | 'end'): BumpLabel => {
    const series = seriesByCode.get(point.code) as BumpSeries;
    const pointX = x(point.year);
    return {
      series,
      point,
      color: series.highlighted ? unitColor(series.colorIndex) : '#5a6672',
      x: side === 'start' ? pointX - 10 : pointX + 10,
      y: y(point.position),
      pointX,
      pointY: y(point.rank),
      anchor: side === 'start' ? 'end' : 'start',
    };
  };
  return {
    width,
    height,
    plot,
    xTicks,
    rankTicks: Array.from({ length: state.maxRank }, (_, i) => ({ rank: i + 1, y: y(i + 1) })),
    reportingTicks: state.reporting
      .filter((r) => shownYears.has(r.year))
      .map((r) => ({ year: r.year, x: x(r.year), text: `${r.reporting}/${r.total}`, changed: r.changed, ranked: r.ranked })),
    lines,
    labels: [...state.startOrder.map((p) => label(p, 'start')), ...state.endOrder.map((p) => label(p, 'end'))],
  };
}
