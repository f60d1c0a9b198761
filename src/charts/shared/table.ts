// Rows of the accessible data table beside a chart: one a unit, one cell a year (null: no value).
import type { UnitValue } from '../../core/analysis/types';

export interface ValuesRow {
  key: string;
  name: string;
  cells: ({ text: string; value: UnitValue } | null)[];
}
