// The plan chart placed in a box: a band per year, the achieved bar in it, the target as a mark across it (a stated
// range as a band between its ends), the ratio labels above. Pure (d3-scale only).
import { scaleBand } from 'd3-scale';
import { textWidth, valueScale, valueTicks, type Plot, type ValueTick } from '../shared/axes';
import type { PlanChartState, PlanYear } from './state';

export interface PlacedYear {
  year: PlanYear;
  /** The band's centre and the bar's left edge and width. */
  x: number;
  barX: number;
  barWidth: number;
  /** Achieved bar: top and height (0 when there is no achieved value). */
  barY: number;
  barHeight: number;
  /** Target mark: its y, and a range's upper end (null for a single value). */
  targetY: number | null;
  rangeY: number | null;
  /** The target mark's left and right ends (wider than the bar, so it reads as a mark across it). */
  markX1: number;
  markX2: number;
  /** The baseline of the lowest ratio label (labels stack upwards from here). */
  labelY: number;
}

export interface PlanChartLayout {
  width: number;
  height: number;
  plot: Plot;
  yTicks: ValueTick[];
  years: PlacedYear[];
}

export const LABEL_LINE_PX = 12;

export function planChartLayout(state: PlanChartState, width = 440, height = 210): PlanChartLayout {
  // Room above the bars for two label lines (stated and computed, where they disagree).
  const plot: Plot = { left: 52, top: 12 + 2 * LABEL_LINE_PX, right: width - 8, bottom: height - 22 };
  const y = valueScale(state.valueDomain, plot);
  const yTicks = valueTicks(y, 4);
  // Room on the left for the widest tick label ("1,400,000" and its separators, 11 px), never cut by the box.
  plot.left = Math.max(52, ...yTicks.map((tick) => 10 + textWidth(Math.abs(tick.value).toLocaleString('en-US', { maximumFractionDigits: 1 }) + (tick.value < 0 ? '−' : ''), 11)));
  const x = scaleBand<number>().domain(state.years.map((y) => y.year)).range([plot.left, plot.right]).paddingInner(0.35).paddingOuter(0.2);
  const zero = y(0);
  const years = state.years.map((year): PlacedYear => {
    const left = x(year.year) ?? plot.left;
    const band = x.bandwidth();
    const value = year.achieved?.value ?? null;
    const barY = value === null ? zero : y(value);
    const targetY = year.target ? y(year.target.value) : null;
    const rangeY = year.target?.rangeTo != null ? y(year.target.rangeTo) : null;
    const top = Math.min(barY, targetY ?? zero, rangeY ?? zero);
    return {
      year,
      x: left + band / 2,
      barX: left,
      barWidth: band,
      barY,
      barHeight: zero - barY,
      targetY,
      rangeY,
      markX1: left - Math.min(6, band * 0.2),
      markX2: left + band + Math.min(6, band * 0.2),
      labelY: top - 5,
    };
  });
  return { width, height, plot, yTicks, years };
}
