// A value checked against its metric's unit: a count is never negative, a rank starts at 1, and a figure far
// outside what the unit can hold for a province of Viet Nam is flagged (a wrong unit, a wrong decimal mark, a
// pasted cell). Impossible values are errors; implausible ones are warnings, so a real outlier still imports.
import type { Metric } from '../data/types';

export interface UnitRule {
  /** Values below are impossible (an error). */
  min?: number;
  /** Whole numbers only: a fraction gets a warning (a count of 2.5 projects is a typo or an average). */
  whole?: boolean;
  /** Values outside are possible but unlikely for one province or the whole country (a warning). */
  plausible: readonly [number, number];
}

// Bounds are generous on purpose: the whole country, with room to spare (Viet Nam: about 101 million people,
// 33.1 million ha, a GDP of about 11.5 million billion VND and trade of about 800,000 million USD a year).
export const UNIT_RULES: Readonly<Record<string, UnitRule>> = {
  projects: { min: 0, whole: true, plausible: [0, 200_000] },
  count: { min: 0, whole: true, plausible: [0, 200_000] },
  zones: { min: 0, whole: true, plausible: [0, 2_000] },
  persons: { min: 0, whole: true, plausible: [0, 120_000_000] },
  thousand_persons: { min: 0, plausible: [0, 120_000] },
  ha: { min: 0, plausible: [0, 34_000_000] },
  km2: { min: 0, plausible: [0, 340_000] },
  rank: { min: 1, whole: true, plausible: [1, 63] },
  // Growth and occupancy rates: below -100 % nothing is left; above 200 % is a typo more often than not.
  pct: { plausible: [-100, 200] },
  // Index, previous year = 100.
  index: { min: 0, plausible: [0, 300] },
  points: { min: 0, plausible: [0, 100] },
  // Money can shrink (a capital reduction), so a negative amount is a warning, not an error.
  musd: { plausible: [0, 1_000_000] },
  bvnd: { plausible: [0, 20_000_000] },
  mvnd_per_person: { min: 0, plausible: [0, 5_000] },
};

/** Beyond this, a double no longer holds every whole number: no figure of the atlas comes near it. */
export const MAX_IMPORT_MAGNITUDE = Number.MAX_SAFE_INTEGER;

/** The unit in both languages, for the message. */
interface UnitNames {
  unit: string;
  unitVi: string;
}

export type ValueCheck =
  | { code: 'value-too-large'; severity: 'error'; params: { max: number } }
  | { code: 'value-below-minimum'; severity: 'error'; params: UnitNames & { min: number } }
  | { code: 'value-not-whole'; severity: 'warning'; params: UnitNames }
  | { code: 'value-implausible'; severity: 'warning'; params: UnitNames & { min: number; max: number } };

/** What is wrong with `value` as a figure of `metric` (empty when nothing is). */
export function checkValue(metric: Pick<Metric, 'unit' | 'unitEn' | 'unitVi'>, value: number): ValueCheck[] {
  if (!Number.isFinite(value) || Math.abs(value) > MAX_IMPORT_MAGNITUDE) {
    return [{ code: 'value-too-large', severity: 'error', params: { max: MAX_IMPORT_MAGNITUDE } }];
  }
  const rule = UNIT_RULES[metric.unit];
  if (!rule) return [];
  const unit = { unit: metric.unitEn || metric.unit, unitVi: metric.unitVi || metric.unit };
  if (rule.min !== undefined && value < rule.min) return [{ code: 'value-below-minimum', severity: 'error', params: { ...unit, min: rule.min } }];
  const checks: ValueCheck[] = [];
  if (rule.whole && !Number.isInteger(value)) checks.push({ code: 'value-not-whole', severity: 'warning', params: unit });
  const [low, high] = rule.plausible;
  if (value < low || value > high) checks.push({ code: 'value-implausible', severity: 'warning', params: { ...unit, min: low, max: high } });
  return checks;
}
