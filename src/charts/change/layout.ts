// Places the slope chart and the delta bars. Pure: d3-scale for positions; the bars take the map's diverging
// palette by sign (their length shows the size; a change over several years is not on the map's year-to-year
// classes).
import { scaleLinear } from 'd3-scale';
import { DIVERGING_5 } from '../../core/choropleth/choropleth';
import { dodge } from '../shared/dodge';
import type { ChangeState, ChangeUnit } from './state';

export const LINE_HEIGHT = 18;

export interface PlacedSlope {
  unit: ChangeUnit;
  fromY: number;
  toY: number;
  /** Label positions after dodging; the endpoints stay on the scale. */
  fromLabelY: number;
  toLabelY: number;
}

export interface SlopeLayout {
  width: number;
  height: number;
  top: number;
  bottom: number;
  leftX: number;
  rightX: number;
  yearY: number;
  ticks: { value: number; y: number }[];
  slopes: PlacedSlope[];
  missingHeadingY: number;
  missing: { unit: ChangeUnit; y: number }[];
  /** The shared scale, for tests and tooltips: value → y. */
  y: (value: number) => number;
}

/** How wide a unit's labels are (px, estimated: charts are laid out in Node too); marks included. */
export interface LabelWidths {
  from: (unit: ChangeUnit) => number;
  to: (unit: ChangeUnit) => number;
}

export function slopeLayout(state: ChangeState, width = 640, labels?: LabelWidths): SlopeLayout {
  // Each side as wide as its longest label (a value, a name and its marks), within bounds; the slopes get the rest.
  const plain = Math.min(220, width * 0.36);
  const room = (labelWidth: ((unit: ChangeUnit) => number) | undefined, most: number) =>
    labelWidth && state.slopes.length ? Math.min(most, Math.max(80, ...state.slopes.map(labelWidth)) + 12) : plain;
  const leftX = room(labels?.from, width * 0.36);
  const rightX = width - room(labels?.to, width * 0.45);
  const top = 44;
  const bottom = top + Math.max(180, state.slopes.length * 22);
  const [min, max] = state.valueExtent ?? [0, 1];
  const pad = min === max ? Math.max(1, Math.abs(min) * 0.1) : 0;
  const y = scaleLinear().domain([min - pad, max + pad]).range([bottom, top]).nice();
  const fromLabels = dodge(state.slopes.map((u) => y(u.fromValue as number)), 15, top, bottom);
  const toLabels = dodge(state.slopes.map((u) => y(u.toValue as number)), 15, top, bottom);
  const slopes = state.slopes.map((unit, i) => ({
    unit,
    fromY: y(unit.fromValue as number),
    toY: y(unit.toValue as number),
    fromLabelY: fromLabels[i],
    toLabelY: toLabels[i],
  }));
  const missingHeadingY = bottom + 40;
  const missing = state.missing.map((unit, i) => ({ unit, y: missingHeadingY + (i + 1) * LINE_HEIGHT }));
  return {
    width,
    height: (missing.length > 0 ? missingHeadingY + missing.length * LINE_HEIGHT : bottom + 12) + 10,
    top,
    bottom,
    leftX,
    rightX,
    yearY: 20,
    ticks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    slopes,
    missingHeadingY,
    missing,
    y: (value: number) => y(value),
  };
}

export const DELTA_ROW_HEIGHT = 24;

export interface PlacedDelta {
  unit: ChangeUnit;
  y: number;
  barX: number;
  barWidth: number;
  labelX: number;
  labelAnchor: 'start' | 'end';
  fill: string | null;
  stroke: string | null;
}

export interface DeltaLayout {
  width: number;
  height: number;
  top: number;
  nameX: number;
  plotLeft: number;
  zeroX: number;
  rowHeight: number;
  rows: PlacedDelta[];
}

export function deltaLayout(state: ChangeState, width = 640, labelWidth?: (unit: ChangeUnit) => number): DeltaLayout {
  const nameX = 4;
  const plotLeft = Math.min(170, width * 0.3);
  const plotRight = width - 8;
  // Room for the labels and marks beside the bars ("+1.678,3 số liệu chênh lệch đổi nguồn"): gains' labels
  // right of their bars, losses' left of theirs; each side as wide as its longest label, within bounds.
  const room = (sign: 1 | -1, most: number) => {
    if (!labelWidth) return Math.min(110, width * 0.18);
    const widths = state.deltas.filter((u) => u.delta !== null && Math.sign(u.delta) * sign >= 0).map(labelWidth);
    return Math.min(most, Math.max(60, ...widths) + 8);
  };
  const [low, high] = state.deltaExtent;
  const x = scaleLinear()
    .domain(low === high ? [0, 1] : [low, high])
    .range([plotLeft + (low < 0 ? room(-1, width * 0.25) : 0), plotRight - room(1, width * 0.38)]);
  const zeroX = x(0);
  const top = 30;
  const rows = state.deltas.map((unit, i): PlacedDelta => {
    const y = top + i * DELTA_ROW_HEIGHT;
    if (unit.delta === null) {
      return { unit, y, barX: zeroX, barWidth: 0, labelX: plotLeft, labelAnchor: 'start', fill: null, stroke: null };
    }
    const end = x(unit.delta);
    const loss = unit.delta < 0;
    return {
      unit,
      y,
      barX: Math.min(zeroX, end),
      barWidth: Math.abs(end - zeroX),
      labelX: loss ? end - 6 : end + 6,
      labelAnchor: loss ? 'end' : 'start',
      fill: loss ? DIVERGING_5[1] : DIVERGING_5[3],
      // The palettes' palest steps need an edge to read as bars on white.
      stroke: loss ? DIVERGING_5[0] : DIVERGING_5[4],
    };
  });
  return {
    width,
    height: top + rows.length * DELTA_ROW_HEIGHT + 8,
    top,
    nameX,
    plotLeft,
    zeroX,
    rowHeight: DELTA_ROW_HEIGHT,
    rows,
  };
}
