// The shapes of the curated dataset, as the app sees it after loading the bundle.
// Pure types: shared by the build scripts, the worker and the UI.

export type Edition = 'pre2025' | 'post2025';
export type UnitEdition = Edition | 'region' | 'country';
export type Scope = 'zones' | 'province';
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
  publisher: string;
  /** Empty when the source has no public address (seed documents, index-only references). */
  url: string;
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
  occupancyBasis: string;
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
  sourceIds: string[];
  note: string;
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
}
