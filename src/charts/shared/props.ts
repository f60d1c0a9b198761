// The props the chart panels share, written once: what every panel is given, and what the panels of
// units over the years (trend, bump) add.
import type { Metric, Province } from '../../core/data/types';
import type { UnitValue } from '../../core/analysis/types';
import type { Lang } from '../../core/names';

export interface PanelProps {
  lang: Lang;
  metric: Metric | undefined;
  provinces: Province[];
  width?: number;
  /** A unit's name or line was clicked: select it. */
  onSelect?: (code: string) => void;
}

export interface SeriesPanelProps extends PanelProps {
  selected: string | null;
  compare: string[];
  height?: number;
  /** A point was clicked: open its value's provenance. */
  onPoint?: (value: UnitValue) => void;
}
