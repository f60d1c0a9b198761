// The values a map's colour classes are fixed over (issue 10 §4): every year of the metric, for the units
// of the edition and extent, in its period; the changes, like for like only. With the user's layer on, the
// index holds their figures, so they are pooled too. Pure.
import type { Edition, Extent } from '../data/types';
import { divergingScale, sequentialScale, type FixedScale } from '../choropleth/breaks';
import type { DatasetIndex } from './dataset-index';
import { likeForLike } from './comparable';
import { metricUnits } from './ranking';
import { unitValue, yearsOf } from './values';
import type { UnitValue } from './types';

export interface ScaleQuery {
  metric: string;
  period: string;
  edition: Edition;
  extent?: Extent;
  color: 'value' | 'delta';
  delta: 'abs' | 'pct';
}

export function classScale(index: DatasetIndex, query: ScaleQuery): FixedScale {
  const units = metricUnits(index, query.metric, query.edition, query.extent);
  const years = yearsOf(index, query.metric);
  const byYear = new Map<number, UnitValue[]>(years.map((year) => [year, units.map((unit) => unitValue(index, unit, query.metric, year, query.period))]));
  const pooled: number[] = [];
  const pooledYears: number[] = [];
  for (const year of years) {
    const now = byYear.get(year) as UnitValue[];
    const before = byYear.get(year - 1);
    const count = pooled.length;
    now.forEach((value, i) => {
      if (query.color === 'value') {
        if (value.value !== null) pooled.push(value.value);
        return;
      }
      const previous = before?.[i];
      if (!previous || !likeForLike(previous, value)) return;
      const change = (value.value as number) - (previous.value as number);
      if (query.delta === 'abs') pooled.push(change);
      else if (previous.value !== 0) pooled.push(change / Math.abs(previous.value as number));
    });
    if (pooled.length > count) pooledYears.push(year);
  }
  const span: [number, number] | null = pooledYears.length ? [pooledYears[0], pooledYears[pooledYears.length - 1]] : null;
  return query.color === 'value' ? sequentialScale(pooled, span) : divergingScale(pooled, span);
}
