// Queries to the analysis engine and the results it returns. Small, plain, structured-cloneable.
import type { Edition, Observation, Scope, Source, UnitEdition } from '../data/types';
import type { Qualifier } from './qualifier';

export type { Qualifier };

export const STOCK_PERIOD = 'cumulative-to-date';

export interface UnitRef {
  edition: UnitEdition;
  code: string;
}

/** The delta's IZ/EZ emulation bloc as a whole (its published totals), and the whole country. */
export const REGION_UNIT: UnitRef = { edition: 'region', code: 'rrd-bloc' };
export const COUNTRY_UNIT: UnitRef = { edition: 'country', code: '00' };

/**
 * Why a value is what it is: the chosen row, the other rows, and how they relate to it. `set-aside` rows are
 * never chosen (they do not say which territory they cover); `included` rows are part of a national total
 * without being a province (the offshore oil-and-gas line).
 */
export interface Alternative {
  observation: Observation;
  source: Source | null;
  relation: 'contested' | 'revised' | 'other' | 'set-aside' | 'included';
}

export interface ValueSelection {
  value: number;
  observation: Observation;
  source: Source | null;
  /** For a stock: the date the value stands at (its `as_of`, else the row's year). */
  asOf: string;
  alternatives: Alternative[];
  contested: boolean;
  revised: boolean;
}

/** One input of a derived or aggregated value, with its own provenance. */
export interface Input {
  unit: UnitRef;
  metric: string;
  selection: ValueSelection | null;
}

export interface UnitValue {
  unit: UnitRef;
  metric: string;
  value: number | null;
  /** Where the value comes from: one row, an aggregate of old provinces, or a formula. */
  origin: 'observed' | 'aggregate' | 'derived' | 'missing';
  selection: ValueSelection | null;
  inputs: Input[];
  asOf: string;
  contested: boolean;
  derived: boolean;
  partial: boolean;
  /** The value (or one of its inputs) comes from the user's own imported figures. */
  userProvided: boolean;
  /** Stated (or computed from figures stated) as a lower bound, or as an approximation. */
  qualifier: Qualifier;
  /** Rows for the unit, year and period that are never chosen (territory unclear): listed in provenance. */
  setAside: Alternative[];
  /** Constituents (old provinces) or inputs without a value. */
  missingInputs: UnitRef[];
  /** Why there is no value: no data, not aggregable, missing weight. */
  reason: '' | 'no-data' | 'not-aggregable' | 'no-weight' | 'division-by-zero';
}

export interface ValueQuery {
  metric: string;
  year: number;
  period: string;
  scope?: Scope;
}

export interface RankingQuery extends ValueQuery {
  edition: Edition;
}

export interface RankingRow extends UnitValue {
  rank: number | null;
  /** Share of the region total (0–1), when the total is known. */
  share: number | null;
  shareQualifier: Qualifier;
  /** Share of the national total (0–1), when one is published for the year. */
  countryShare: number | null;
  countryShareQualifier: Qualifier;
  previous: UnitValue | null;
  previousRank: number | null;
  deltaAbs: number | null;
  deltaPct: number | null;
  /** The mark of the change: a lower bound minus an exact figure is a lower bound; otherwise approximate. */
  deltaQualifier: Qualifier;
  /** Positive when the unit moved up (e.g. from 4th to 2nd is +2). */
  rankChange: number | null;
}

export interface RankingResult {
  query: RankingQuery;
  rows: RankingRow[];
  reporting: number;
  total: number;
  direction: 'higher' | 'lower' | 'neutral';
  regionTotal: { value: number; origin: 'published' | 'sum'; selection: ValueSelection | null; qualifier: Qualifier } | null;
  countryTotal: { value: number; selection: ValueSelection; qualifier: Qualifier } | null;
  previousYear: number | null;
  previousPeriod: string;
}

export interface SeriesQuery {
  metric: string;
  period: string;
  units: UnitRef[];
  fromYear?: number;
  toYear?: number;
}

export interface SeriesPoint {
  year: number;
  value: UnitValue;
}

export interface SeriesResult {
  query: SeriesQuery;
  years: number[];
  series: { unit: UnitRef; points: SeriesPoint[] }[];
}

export interface CagrResult {
  unit: UnitRef;
  fromYear: number;
  toYear: number;
  from: UnitValue;
  to: UnitValue;
  cagr: number | null;
}
