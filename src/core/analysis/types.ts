// Queries to the analysis engine and the results it returns. Small, plain, structured-cloneable.
import type { Edition, Extent, Observation, Scope, Source, UnitEdition } from '../data/types';
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
  /**
   * For a partial aggregate of a merged unit: the old provinces it does cover (empty for a complete value).
   * Two years compare like for like only when they cover the same ones (comparable.ts).
   */
  covered: UnitRef[];
  /** With `asof=latest`: the earlier year the value stands at, when it is older than the year asked for. */
  carriedFrom: number | null;
  /**
   * Why there is no value: no data, not aggregable, missing weight; with `asof=latest`, old provinces whose
   * latest values stand at different dates (never summed).
   */
  reason: '' | 'no-data' | 'not-aggregable' | 'no-weight' | 'division-by-zero' | 'as-of-mismatch';
}

export interface ValueQuery {
  metric: string;
  year: number;
  period: string;
  scope?: Scope;
}

/** `latest`: for stocks, each unit's most recent value up to the year (CONTRACTS.md, `asof`). */
export type AsOfMode = 'latest' | null;

export interface RankingQuery extends ValueQuery {
  edition: Edition;
  /** Which provinces are ranked (default: the region's). */
  extent?: Extent;
  asOf?: AsOfMode;
}

/** Why a unit has a value in both years and still no change: its two values cover different old provinces. */
export interface CoverageNote {
  fromYear: number;
  toYear: number;
  /** The old provinces each year's value covers; null = all of them (a complete value). */
  from: UnitRef[] | null;
  to: UnitRef[] | null;
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
  /**
   * Rank last year minus rank this year, both taken among the units with a comparable value in both years
   * (positive = moved up: 4th → 2nd is +2); null when this unit has no comparable value in either year.
   */
  rankChange: number | null;
  /** Set when both years have a value but cover different old provinces: no change is shown, and this says why. */
  coverageNote: CoverageNote | null;
  /**
   * Rank among every province of the edition with a complete value of the year (a province-scope metric only);
   * null for a unit without one, and for all when fewer than half the edition's provinces report.
   */
  nationalRank: number | null;
  /** A flow whose source (or counting basis) differs from the previous year's: the change crosses it (basis.ts). */
  sourceChange: boolean;
  /**
   * Both years have a value, counted on different definitions (the 2015 total without share purchases):
   * no change and no rank change are computed (basis.ts).
   */
  definitionChange: boolean;
  /**
   * This year's value is counted otherwise than most of the year's values (new capital including share
   * purchases): not ranked, summed or shared with them (basis.ts).
   */
  otherDefinition: boolean;
  /** A stock's change: both as-of dates, marked part-year under nine months (basis.ts). */
  deltaSpan: { from: string; to: string; partYear: boolean } | null;
  partYear: boolean;
}

export interface RankingResult {
  query: RankingQuery;
  rows: RankingRow[];
  /** Units with a complete value (a partial aggregate does not report). */
  reporting: number;
  total: number;
  /** Units with a comparable value this year and the previous one: the set rank changes are taken in. */
  commonReporters: number;
  direction: 'higher' | 'lower' | 'neutral';
  regionTotal: { value: number; origin: 'published' | 'sum'; selection: ValueSelection | null; qualifier: Qualifier } | null;
  countryTotal: { value: number; selection: ValueSelection; qualifier: Qualifier } | null;
  /** How many of the edition's provinces report the year (the national rank's base); null for a zone-level metric. */
  national: { reporting: number; total: number } | null;
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
  /** The value's source (or counting basis) differs from the previous year's in the series (a flow; basis.ts). */
  sourceChange?: boolean;
  /** Counted on a different definition from the previous year's value: the two are not joined (basis.ts). */
  definitionChange?: boolean;
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
