// The shapes of the curated dataset, as the app sees it after loading the bundle.
// Pure types: shared by the build scripts, the worker and the UI.

export type Edition = 'pre2025' | 'post2025';
/** `offshore` is the FIA tables' oil-and-gas line (`dk`): never a province, never ranked or mapped. */
export type UnitEdition = Edition | 'region' | 'country' | 'offshore';
export type Scope = 'zones' | 'province';
/** Which provinces a view covers: the delta's (`region`) or every province of the edition (`country`). */
export type Extent = 'region' | 'country';
export type MetricKind = 'stock' | 'flow' | 'rate';
export type Aggregate = 'sum' | 'wmean' | 'none';
export type Tier = 'A' | 'B' | 'C';
/** A user's own figures are their own tier ("yours"), never a curated one. */
export const USER_TIER = 'user';
export type SourceTier = Tier | typeof USER_TIER;
export type ZoneKind = 'KCN' | 'KCN-in-KKT' | 'KKT' | 'KCNC';
export type ZoneStatus = 'operating' | 'building' | 'planned';

/** A unit is keyed by edition and code, never by code alone (GSO codes were reused in 2025). */
export interface UnitKey {
  edition: UnitEdition;
  code: string;
}

export interface Province {
  edition: Edition;
  code: string;
  iso: string;
  nameVi: string;
  nameEn: string;
  /** One of the 11 delta provinces (pre2025) or their 7 successors (post2025). */
  inRegion: boolean;
  /** One of the 11 provinces of the IZ/EZ emulation bloc (pre2025 only). */
  inBloc: boolean;
  /** pre2025 only: the post2025 code this province merged into. */
  successor: string;
}

export interface Source {
  id: string;
  title: string;
  /** The publisher as the source names it (official bodies in Vietnamese). */
  publisher: string;
  /** The publisher's English name where the curation gives one; empty = same as `publisher`. */
  publisherEn: string;
  /** Empty when the source has no public address (seed documents, index-only references). */
  url: string;
  /** The official address a copied table's title names (NSO tables), else empty. */
  officialUrl: string;
  citation: string;
  date: string;
  tier: SourceTier;
  kind: string;
}

export interface Metric {
  id: string;
  scope: Scope;
  labelVi: string;
  labelEn: string;
  unit: string;
  unitVi: string;
  unitEn: string;
  kind: MetricKind;
  /** null when neither direction is better (an area, a count of zones). */
  higherIsBetter: boolean | null;
  aggregate: Aggregate;
  weightMetric: string;
  core: boolean;
  /** Formula over other metric ids for derived metrics; empty for sourced ones. */
  derived: string;
  descriptionEn: string;
  descriptionVi: string;
}

export interface Observation {
  id: string;
  edition: UnitEdition;
  code: string;
  year: number;
  period: string;
  scope: Scope;
  metric: string;
  value: number;
  sourceId: string;
  asOf: string;
  flags: string[];
  note: string;
}

export interface Zone {
  id: string;
  nameVi: string;
  nameEn: string;
  kind: ZoneKind;
  provinceCode: string;
  plannedAreaHa: number | null;
  industrialLandHa: number | null;
  occupancyPct: number | null;
  /** `leasable`, `planned`, `cleared` or `unstated` (empty when there is no occupancy). */
  occupancyBasis: string;
  /** The date the chosen occupancy stands at. */
  occupancyAsOf: string;
  status: ZoneStatus | null;
  establishedYear: number | null;
  developer: string;
  lon: number | null;
  lat: number | null;
  locationMethod: string;
  precisionM: number | null;
  priceUsdM2: number | null;
  priceTerm: string;
  iipCode: string;
  asOf: string;
  locationText: string;
  aliases: string[];
  curation: string;
  sourceIds: string[];
  locationSourceIds: string[];
  note: string;
}

export interface BlocEvent {
  year: number;
  code: string;
  role: 'bloc_chair' | 'bloc_vice_chair' | 'emulation_flag' | 'certificate_of_merit';
  sourceId: string;
}

export interface LogisticsPoint {
  id: string;
  kind: string;
  nameVi: string;
  nameEn: string;
  code: string;
  lon: number;
  lat: number;
  precisionM: number;
  /** `operating` or `under construction`: distances "to the nearest" use operating points only. */
  status: string;
  sourceIds: string[];
  note: string;
}

export type ZoneFactField =
  | 'developer' | 'established_year' | 'planned_area_ha' | 'industrial_land_ha' | 'occupancy_pct' | 'status'
  | 'tenant_projects_fdi' | 'tenant_projects_ddi';

/**
 * One stated fact about a field of a zone, the register's own value among them. The refresh chose one per
 * field by the observation rules (the latest as-of year, then tier, then the latest as-of date); the zone's
 * own field holds that value.
 */
export interface ZoneFact {
  zoneId: string;
  field: ZoneFactField;
  /** A number for numeric fields, the text otherwise (as stated). */
  value: string;
  asOf: string;
  /** Occupancy only: `leasable`, `planned`, `cleared`, `unstated`. */
  basis: string;
  sourceIds: string[];
  /** `lower-bound`, `approx`, `phase-only`, `approx-date`, `weak`, `contradicts-register`. */
  flags: string[];
  role: 'chosen' | 'contested' | 'older' | 'other';
  note: string;
}

export type PlanKind = 'target' | 'achievement';
/** `pct` "x% of plan", `excess_pct` "x% above plan", `times` "x-fold" (empty for a target). */
export type PlanWording = '' | 'pct' | 'excess_pct' | 'times';

/**
 * A target a board or province set, or a plan-achievement ratio it stated (data/plans.csv). Never an observation:
 * nothing that ranks, sums or charts results reads these.
 */
export interface PlanRow {
  id: string;
  edition: UnitEdition;
  code: string;
  year: number;
  /** The period stated: `FY`, `Q2`, `H1`, `7M`, `cumulative-to-date`, or a multi-year plan such as `2016-2020`. */
  period: string;
  /** The period of the plan itself: a ratio measured at `7M` against the annual plan has `FY` here. */
  planPeriod: string;
  scope: Scope;
  kind: PlanKind;
  /** The metric id of the shared plans, without the wording suffix (`fdi_new_and_added_capital_musd`, `workers_new_jobs`). */
  planMetric: string;
  wording: PlanWording;
  /** The observation metric the achieved value is read from (curation/plan-metrics.csv); empty when there is none. */
  metric: string;
  /** The period the achieved value is read in (usually `period`); empty when there is no metric. */
  achievedPeriod: string;
  /** A target in its unit (the lower end of a stated range); a ratio as worded (`excess_pct` 42 = 42% above plan). */
  value: number;
  /** A target's unit code (the metric's); `pct` or `times` for a ratio. */
  unit: string;
  /** The upper end of a stated range ("2–2,5 tỷ USD": value 2000, rangeTo 2500); null otherwise. */
  rangeTo: number | null;
  sourceId: string;
  asOf: string;
  flags: string[];
  note: string;
}

/** A plan metric id and what it is compared with; labels only where the observations have no such metric. */
export interface PlanMetric {
  id: string;
  /** The observation metric (empty: none; the plan is shown without an achieved value). */
  metric: string;
  labelVi: string;
  labelEn: string;
  unit: string;
  unitVi: string;
  unitEn: string;
}

/** Everything the app knows, decoded from the bundle. */
export interface Dataset {
  version: number;
  provinces: Province[];
  sources: Source[];
  metrics: Metric[];
  observations: Observation[];
  zones: Zone[];
  blocEvents: BlocEvent[];
  logistics: LogisticsPoint[];
  zoneFacts: ZoneFact[];
  /** Targets and stated plan ratios: their own kind of observation, never read by rankings, series or totals. */
  plans: PlanRow[];
  planMetrics: PlanMetric[];
}
