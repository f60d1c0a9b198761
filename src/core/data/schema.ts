// The columns of every file in data/ (see data/README.md). One place, used by refresh, validation and the bundle.

export const PROVINCE_COLUMNS = ['edition', 'code', 'iso_3166_2', 'name_vi', 'name_en', 'in_region', 'in_bloc', 'successor_code', 'source_id'] as const;
export const SOURCE_COLUMNS = ['id', 'title', 'publisher', 'publisher_en', 'url', 'official_url', 'citation', 'date', 'tier', 'kind'] as const;
export const METRIC_COLUMNS = [
  'id', 'scope', 'label_vi', 'label_en', 'unit', 'unit_vi', 'unit_en', 'kind', 'higher_is_better', 'aggregate',
  'weight_metric', 'core', 'derived', 'description_en', 'description_vi',
] as const;
export const OBSERVATION_COLUMNS = ['id', 'edition', 'code', 'year', 'period', 'scope', 'metric', 'value', 'source_id', 'as_of', 'flags', 'note'] as const;
export const ZONE_COLUMNS = [
  'id', 'name_vi', 'name_en', 'kind', 'province_code', 'planned_area_ha', 'industrial_land_ha', 'occupancy_pct',
  'occupancy_basis', 'occupancy_as_of', 'status', 'established_year', 'developer', 'lon', 'lat', 'location_method', 'precision_m',
  'price_usd_m2', 'price_term', 'iip_code', 'as_of', 'location_text', 'aliases', 'curation', 'source_ids',
  'location_source_ids', 'note',
] as const;
export const BLOC_EVENT_COLUMNS = ['year', 'code', 'role', 'source_id'] as const;
export const LOGISTICS_COLUMNS = ['id', 'kind', 'name_vi', 'name_en', 'code', 'lon', 'lat', 'precision_m', 'status', 'source_ids', 'note'] as const;
/** One stated fact about a field of a zone (the register's own value is one of them), with its role after the choice. */
export const ZONE_FACT_COLUMNS = ['zone_id', 'field', 'value', 'as_of', 'basis', 'source_ids', 'flags', 'role', 'note'] as const;
/**
 * A board's or province's own target, or a plan-achievement ratio it stated: their own kind of observation, kept out
 * of observations.csv so that no ranking, series, total or default ever reads one (see data/README.md, plans.csv).
 */
export const PLAN_COLUMNS = [
  'id', 'edition', 'code', 'year', 'period', 'plan_period', 'scope', 'kind', 'plan_metric', 'wording', 'metric', 'achieved_period',
  'value', 'unit', 'range_to', 'source_id', 'as_of', 'flags', 'note',
] as const;
/** Curation: what each plan metric id of the shared plans is compared with, and labels for those the observations lack. */
export const PLAN_METRIC_COLUMNS = ['plan_metric', 'metric', 'label_vi', 'label_en', 'unit', 'unit_vi', 'unit_en', 'reason'] as const;

export const DATA_FILES = {
  provinces: { path: 'provinces.csv', columns: PROVINCE_COLUMNS },
  sources: { path: 'sources.csv', columns: SOURCE_COLUMNS },
  metrics: { path: 'metrics.csv', columns: METRIC_COLUMNS },
  observations: { path: 'observations.csv', columns: OBSERVATION_COLUMNS },
  zones: { path: 'zones.csv', columns: ZONE_COLUMNS },
  blocEvents: { path: 'bloc-events.csv', columns: BLOC_EVENT_COLUMNS },
  logistics: { path: 'logistics.csv', columns: LOGISTICS_COLUMNS },
  zoneFacts: { path: 'zone-facts.csv', columns: ZONE_FACT_COLUMNS },
  plans: { path: 'plans.csv', columns: PLAN_COLUMNS },
  planMetrics: { path: 'curation/plan-metrics.csv', columns: PLAN_METRIC_COLUMNS },
} as const;

export type DataFileKey = keyof typeof DATA_FILES;
/** The raw text of every data file, keyed as in DATA_FILES. */
export type DataTexts = Record<DataFileKey, string>;

/** `FY`, `H1`, `Q1`–`Q4`, `1M`–`11M`, `9M`…, or `cumulative-to-date` (a stock at `as_of`). */
export const PERIOD_PATTERN = /^(FY|H1|Q[1-4]|(?:[1-9]|1[01])M|cumulative-to-date)$/;
export const AS_OF_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2030;

export const OBSERVATION_FLAGS = [
  'lower-bound', 'approx', 'estimate', 'preliminary', 'inferred-year', 'approx-date', 'post-merger', 'computed',
  'scope-ambiguous', 'territory-ambiguous', 'incl-offshore', 'preferred', 'revised', 'conflict', 'fy-to-20-dec',
  'excl-share-purchases', 'incl-share-purchases',
] as const;

/** `offshore` is the FIA tables' oil-and-gas line (`dk`): never a province, never ranked or mapped. */
export const UNIT_EDITIONS = ['pre2025', 'post2025', 'region', 'country', 'offshore'] as const;
export const OFFSHORE_CODE = 'dk';
export const ZONE_KINDS = ['KCN', 'KCN-in-KKT', 'KKT', 'KCNC'] as const;
export const ZONE_STATUSES = ['operating', 'building', 'planned'] as const;
export const ZONE_CURATIONS = ['gathered', 'added-from-iip', 'added-from-facts', 'merged', 'renamed'] as const;
export const LOGISTICS_STATUSES = ['operating', 'under construction'] as const;
/** Zone fields that carry sourced facts (zone-facts.csv), and the facts the register has no column for. */
export const ZONE_FACT_FIELDS = [
  'developer', 'established_year', 'planned_area_ha', 'industrial_land_ha', 'occupancy_pct', 'status',
  'tenant_projects_fdi', 'tenant_projects_ddi',
] as const;
export const ZONE_FACT_ROLES = ['chosen', 'contested', 'older', 'other'] as const;
/** Occupancy is measured on different land: the basis always travels with the number. */
export const OCCUPANCY_BASES = ['leasable', 'planned', 'cleared', 'unstated'] as const;
export const ZONE_FACT_FLAGS = ['lower-bound', 'approx', 'phase-only', 'approx-date', 'weak', 'contradicts-register'] as const;
export const PLAN_KINDS = ['target', 'achievement'] as const;
/**
 * How a stated ratio is worded, one shared id suffix each: `pct` "x% of plan" (`_plan_pct`), `excess_pct` "x% above
 * plan" (`_plan_excess_pct`, i.e. 100 + x % of plan), `times` "x-fold" (`_plan_times`, i.e. 100·x % of plan).
 */
export const PLAN_WORDINGS = ['pct', 'excess_pct', 'times'] as const;
/** A plan's period: an observation period, or a multi-year plan `YYYY-YYYY` (the five-year plans). */
export const PLAN_PERIOD_PATTERN = /^(FY|H1|Q[1-4]|(?:[1-9]|1[01])M|cumulative-to-date|\d{4}-\d{4})$/;
/**
 * `lower-bound`, `approx`, `estimate`, `inferred-year`, `scope-ambiguous` read as for observations; `period-ambiguous`: the
 * source does not make clear which period the target covers (never compared); `wording-unverified`: read from a
 * translation, the original's wording (above plan or of plan) unseen.
 */
export const PLAN_FLAGS = ['lower-bound', 'approx', 'estimate', 'inferred-year', 'scope-ambiguous', 'period-ambiguous', 'wording-unverified'] as const;
export const BLOC_ROLES = ['bloc_chair', 'bloc_vice_chair', 'emulation_flag', 'certificate_of_merit'] as const;
export const TIERS = ['A', 'B', 'C'] as const;
