// One small multiple placed in its box: the shared years on x, the panel's own value scale on y.
import { line } from 'd3-shape';
import { valueScale, valueTicks, yearScale, yearTicks, type Plot, type ValueTick, type YearTick } from '../shared/axes';
import { unitColor } from '../shared/palette';
import type { ComparePanel, ComparePoint, CompareSeries } from './state';

export interface PanelLayout {
  width: number;
  height: number;
  plot: Plot;
  xTicks: YearTick[];
  yTicks: ValueTick[];
  lines: { series: CompareSeries; color: string; paths: string[]; points: { point: ComparePoint; x: number; y: number }[] }[];
}

export function panelLayout(panel: ComparePanel, years: number[], width: number, height: number): PanelLayout {
  const plot: Plot = { left: 48, top: 10, right: width - 10, bottom: height - 22 };
  const x = yearScale(years.length ? years : [0], plot);
  const y = valueScale(panel.valueDomain ?? [0, 1], plot, 4, panel.rankOrder);
  const path = line<ComparePoint>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  return {
    width,
    height,
    plot,
    xTicks: yearTicks(years, x, plot),
    yTicks: valueTicks(y, 4, panel.rankOrder),
    lines: panel.series.map((series) => ({
      series,
      color: unitColor(series.colorIndex),
      paths: series.segments.filter((run) => run.length > 1).map((run) => path(run) ?? ''),
      points: series.points.map((point) => ({ point, x: x(point.year), y: y(point.value) })),
    })),
  };
}
