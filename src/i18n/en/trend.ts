// English messages of the trend panels (trend lines, bump chart, side-by-side comparison).
import type { trend as vi } from '../vi/trend';

export const trend: Record<keyof typeof vi, string> = {
  trendChartLabel: '{metric} over the years, {from}–{to}',
  trendChartDesc: 'Lines for {n} units; highlighted: {names}. Years without data are left as gaps, not interpolated.',
  trendNoneHighlighted: 'none selected',
  trendNoData: 'No data for this metric.',
  trendTableSummary: 'Data table',
  trendUnitsLegend: 'Choose a unit to highlight',
  trendPointLabel: '{name}, {year}: {value}',
  trendMarksKey: 'Point marks:',
  trendGapNote: 'Gaps: no data (not interpolated)',
  bumpChartLabel: 'Rank by {metric}, {from}–{to}',
  bumpChartDesc: 'Rank 1 at the top; equal values share a rank; years without a rank are left as gaps. Highlighted: {names}.',
  bumpPointLabel: '{name}, {year}: rank {rank} ({value})',
  bumpTied: 'tied',
  bumpNoData: 'No ranks to draw.',
  compareCount: 'Choose 2 to 4 units to compare ({n} chosen).',
  compareNoMetrics: 'No core metric to compare.',
  compareLegend: 'Compared units',
  compareLeads: '{name} leads in {year} ({values})',
  compareHighest: '{name} is highest in {year} ({values})',
  compareTie: '{names} are level in {year} ({values})',
  compareVs: 'vs',
  compareAnd: 'and',
  compareNoCommonYear: 'No common year with data for all compared units',
  compareChartLabel: '{metric}: {names}, {from}–{to}',
};
