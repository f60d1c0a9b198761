// Places the ranking bars: one row per unit, a shared linear scale from zero. Pure (d3-scale only).
import { scaleLinear } from 'd3-scale';
import type { RankBar, RankBarsState } from './state';

export const ROW_HEIGHT = 26;
export const HEADER_HEIGHT = 60; // two note lines, then the column headings

export interface PlacedBar {
  bar: RankBar;
  y: number;
  /** Left edge and width of the bar; 0 wide for no data. */
  barX: number;
  barWidth: number;
  /** Where the value label starts (after the bar's end, or after zero for negatives). */
  labelX: number;
}

export interface RankBarsLayout {
  width: number;
  height: number;
  rowHeight: number;
  noteY: number;
  /** Left edge of the two note lines (where the names start when there is no national column). */
  noteX: number;
  headerY: number;
  rankX: number;
  /** Right edge of the national rank column; null when there is none. */
  nationalX: number | null;
  nameX: number;
  zeroX: number;
  plotLeft: number;
  plotRight: number;
  deltaX: number;
  /** Baseline of the key to the change marks under the bars; null when no change is marked. */
  keyY: number | null;
  bars: PlacedBar[];
}

export function rankBarsLayout(state: RankBarsState, width = 640): RankBarsLayout {
  const rankX = 36; // right edge of the rank column ("Hạng", "Rank")
  // A national rank column ("Cả nước", "Country") after it moves the names and the bars right.
  const nationalX = state.national ? 100 : null;
  const shift = state.national ? 64 : 0;
  const nameX = 46 + shift;
  const plotLeft = Math.min(170, width * 0.3) + shift;
  const deltaX = width - 4; // right edge of the delta column
  // A marked change ("> +3.657 (> +13,4%) ⇄") needs a little more room than a plain one.
  const deltaWidth = state.changeMarks.length ? Math.min(175, width * 0.28) : Math.min(150, width * 0.25);
  // Room after the longest bar for the value label, and for its marks' words when any bar has one.
  const marked = state.bars.some((bar) => bar.value !== null && (bar.contested || bar.derived || bar.partial));
  const plotRight = Math.max(plotLeft + 40, width - deltaWidth - (marked ? 190 : 90));
  const x = scaleLinear().domain(state.extent).range([plotLeft, plotRight]);
  if (state.extent[0] === state.extent[1]) x.domain([state.extent[0], state.extent[0] + 1]);
  const zeroX = x(0);
  const bars = state.bars.map((bar, i): PlacedBar => {
    const y = HEADER_HEIGHT + i * ROW_HEIGHT;
    if (bar.value === null) return { bar, y, barX: zeroX, barWidth: 0, labelX: plotLeft };
    const end = x(bar.value);
    return { bar, y, barX: Math.min(zeroX, end), barWidth: Math.abs(end - zeroX), labelX: Math.max(zeroX, end) + 6 };
  });
  const rowsBottom = HEADER_HEIGHT + bars.length * ROW_HEIGHT;
  const keyY = state.changeMarks.length ? rowsBottom + 18 : null;
  return {
    width,
    height: (keyY ?? rowsBottom) + 6,
    rowHeight: ROW_HEIGHT,
    noteY: 14,
    noteX: 46,
    headerY: 50,
    rankX,
    nationalX,
    nameX,
    zeroX,
    plotLeft,
    plotRight,
    deltaX,
    keyY,
    bars,
  };
}
