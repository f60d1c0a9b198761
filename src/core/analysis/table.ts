// Every metric for one year and edition: the data table (view=table). Each cell is an engine value,
// so it carries its provenance, its marks and, when missing, why.
import type { Edition, Metric, Scope } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { unitsOf, yearsOf } from './ranking';
import { naturalPeriodOf, unitValue } from './values';
import { otherDefinitions } from './basis';
import type { UnitRef, UnitValue } from './types';

export interface YearTableColumn {
  metric: string;
  period: string;
  /** How many units have a value. */
  reporting: number;
}

export interface YearTable {
  edition: Edition;
  year: number;
  units: UnitRef[];
  columns: YearTableColumn[];
  /** cells[column][unit]; a cell counted otherwise than most of its column is marked (basis.ts). */
  cells: (UnitValue & { otherDefinition?: boolean })[][];
}

/**
 * Metrics with any data in the year (derived ones when their inputs have): those of the chosen scope
 * first, core before the others, then in dictionary order.
 */
export function yearTable(index: DatasetIndex, edition: Edition, year: number, scope?: Scope): YearTable {
  const units = unitsOf(index, edition);
  const metrics: Metric[] = [...index.dataset.metrics]
    .filter((m) => yearsOf(index, m.id).includes(year))
    .sort((a, b) => Number(b.scope === scope) - Number(a.scope === scope) || Number(b.core) - Number(a.core));
  const columns: YearTableColumn[] = [];
  const cells: YearTable['cells'] = [];
  for (const metric of metrics) {
    const period = naturalPeriodOf(index, metric.id);
    const values = units.map((unit) => unitValue(index, unit, metric.id, year, period));
    const reporting = values.filter((v) => v.value !== null).length;
    if (reporting === 0) continue;
    columns.push({ metric: metric.id, period, reporting });
    const other = otherDefinitions(values);
    cells.push(values.map((value, i) => (other[i] ? { ...value, otherDefinition: true } : value)));
  }
  return { edition, year, units, columns, cells };
}
