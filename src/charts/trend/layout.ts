// Trend lines placed in a box: scales, axis ticks, one path per run of consecutive years, dots, end labels.
import { line } from 'd3-shape';
import { textWidth, valueScale, valueTicks, yearScale, yearTicks, type Plot, type ValueTick, type YearTick } from '../shared/axes';
import { unitColor } from '../shared/palette';
import { dodge } from '../shared/dodge';
import type { TrendPoint, TrendSeries, TrendState } from './state';

export interface PlacedPoint {
  point: TrendPoint;
  x: number;
  y: number;
}

export interface PlacedLine {
  series: TrendSeries;
  color: string;
  /** One SVG path per run of two or more points. */
  paths: string[];
  points: PlacedPoint[];
}

export interface EndLabel {
  series: TrendSeries;
  point: TrendPoint;
  color: string;
  x: number;
  y: number;
  /** The y of the point the label belongs to (a leader line joins them when the label was moved). */
  pointY: number;
}

export interface TrendLayout {
  width: number;
  height: number;
  plot: Plot;
  xTicks: YearTick[];
  yTicks: ValueTick[];
  lines: PlacedLine[];
  labels: EndLabel[];
}

export const LABEL_FONT_PX = 11;

export function trendLayout(state: TrendState, width: number, height: number, labelText: (series: TrendSeries, point: TrendPoint) => string): TrendLayout {
  const highlighted = state.series.filter((s) => s.highlighted && s.last);
  const labelWidth = Math.min(170, Math.max(24, ...highlighted.map((s) => textWidth(labelText(s, s.last as TrendPoint), LABEL_FONT_PX))));
  const plot: Plot = { left: 52, top: 22, right: width - labelWidth - 14, bottom: height - 26 };
  const years = state.years.length ? state.years : [new Date().getFullYear()];
  const x = yearScale(years, plot);
  const y = valueScale(state.valueDomain ?? [0, 1], plot, 5, state.rankOrder);
  const path = line<TrendPoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  const lines: PlacedLine[] = state.series.map((series) => ({
    series,
    color: unitColor(series.colorIndex),
    paths: series.segments.filter((run) => run.length > 1).map((run) => path(run) ?? ''),
    points: series.points.map((point) => ({ point, x: x(point.year), y: y(point.value) })),
  }));
  const wanted = highlighted.map((series) => {
    const point = series.last as TrendPoint;
    return { series, point, color: unitColor(series.colorIndex), x: x(point.year) + 8, y: y(point.value), pointY: y(point.value) };
  });
  const placedY = dodge(wanted.map((label) => label.y), LABEL_FONT_PX + 2, plot.top, plot.bottom);
  return {
    width,
    height,
    plot,
    xTicks: yearTicks(years, x, plot),
    yTicks: valueTicks(y, 5, state.rankOrder),
    lines,
    labels: wanted.map((label, i) => ({ ...label, y: placedY[i] })),
  };
}
