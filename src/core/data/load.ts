// data/ CSV texts → the typed Dataset the app uses (the build encodes it into the bundle).
import { readCsvObjects } from './csv';
import type { DataTexts } from './schema';
import type {
  Aggregate, BlocEvent, Dataset, Edition, LogisticsPoint, Metric, MetricKind, Observation, PlanKind, PlanMetric, PlanRow, PlanWording,
  Province, Scope, Source, Tier, UnitEdition, Zone, ZoneFact, ZoneFactField, ZoneKind, ZoneStatus,
} from './types';

export const DATASET_VERSION = 1;

const num = (v: string): number | null => (v === undefined || v.trim() === '' ? null : Number(v));
const list = (v: string): string[] => (v ? v.split(';') : []);

export function datasetFromTexts(texts: DataTexts): Dataset {
  const provinces: Province[] = readCsvObjects(texts.provinces).map((p) => ({
    edition: p.edition as Edition,
    code: p.code,
    iso: p.iso_3166_2,
    nameVi: p.name_vi,
    nameEn: p.name_en,
    inRegion: p.in_region === '1',
    inBloc: p.in_bloc === '1',
    successor: p.successor_code,
  }));
  const sources: Source[] = readCsvObjects(texts.sources).map((s) => ({
    id: s.id, title: s.title, publisher: s.publisher, publisherEn: s.publisher_en, url: s.url, officialUrl: s.official_url,
    citation: s.citation, date: s.date, tier: s.tier as Tier, kind: s.kind,
  }));
  const metrics: Metric[] = readCsvObjects(texts.metrics).map((m) => ({
    id: m.id,
    scope: m.scope as Scope,
    labelVi: m.label_vi,
    labelEn: m.label_en,
    unit: m.unit,
    unitVi: m.unit_vi,
    unitEn: m.unit_en,
    kind: m.kind as MetricKind,
    higherIsBetter: m.higher_is_better === '' ? null : m.higher_is_better === '1',
    aggregate: m.aggregate as Aggregate,
    weightMetric: m.weight_metric,
    core: m.core === '1',
    derived: m.derived,
    descriptionEn: m.description_en,
    descriptionVi: m.description_vi,
  }));
  const observations: Observation[] = readCsvObjects(texts.observations).map((o) => ({
    id: o.id,
    edition: o.edition as UnitEdition,
    code: o.code,
    year: Number(o.year),
    period: o.period,
    scope: o.scope as Scope,
    metric: o.metric,
    value: Number(o.value),
    sourceId: o.source_id,
    asOf: o.as_of,
    flags: list(o.flags),
    note: o.note,
  }));
  const zones: Zone[] = readCsvObjects(texts.zones).map((z) => ({
    id: z.id,
    nameVi: z.name_vi,
    nameEn: z.name_en,
    kind: z.kind as ZoneKind,
    provinceCode: z.province_code,
    plannedAreaHa: num(z.planned_area_ha),
    industrialLandHa: num(z.industrial_land_ha),
    occupancyPct: num(z.occupancy_pct),
    occupancyBasis: z.occupancy_basis,
    occupancyAsOf: z.occupancy_as_of,
    status: (z.status || null) as ZoneStatus | null,
    establishedYear: num(z.established_year),
    developer: z.developer,
    lon: num(z.lon),
    lat: num(z.lat),
    locationMethod: z.location_method,
    precisionM: num(z.precision_m),
    priceUsdM2: num(z.price_usd_m2),
    priceTerm: z.price_term,
    iipCode: z.iip_code,
    asOf: z.as_of,
    locationText: z.location_text,
    aliases: list(z.aliases),
    curation: z.curation,
    sourceIds: list(z.source_ids),
    locationSourceIds: list(z.location_source_ids),
    note: z.note,
  }));
  const blocEvents: BlocEvent[] = readCsvObjects(texts.blocEvents).map((b) => ({
    year: Number(b.year), code: b.code, role: b.role as BlocEvent['role'], sourceId: b.source_id,
  }));
  const logistics: LogisticsPoint[] = readCsvObjects(texts.logistics).map((l) => ({
    id: l.id,
    kind: l.kind,
    nameVi: l.name_vi,
    nameEn: l.name_en,
    code: l.code,
    lon: Number(l.lon),
    lat: Number(l.lat),
    precisionM: Number(l.precision_m),
    status: l.status,
    sourceIds: list(l.source_ids),
    note: l.note,
  }));
  const zoneFacts: ZoneFact[] = readCsvObjects(texts.zoneFacts).map((f) => ({
    zoneId: f.zone_id,
    field: f.field as ZoneFactField,
    value: f.value,
    asOf: f.as_of,
    basis: f.basis,
    sourceIds: list(f.source_ids),
    flags: list(f.flags),
    role: f.role as ZoneFact['role'],
    note: f.note,
  }));
  const plans: PlanRow[] = readCsvObjects(texts.plans).map((p) => ({
    id: p.id,
    edition: p.edition as UnitEdition,
    code: p.code,
    year: Number(p.year),
    period: p.period,
    planPeriod: p.plan_period,
    scope: p.scope as Scope,
    kind: p.kind as PlanKind,
    planMetric: p.plan_metric,
    wording: p.wording as PlanWording,
    metric: p.metric,
    achievedPeriod: p.achieved_period,
    value: Number(p.value),
    unit: p.unit,
    rangeTo: num(p.range_to),
    sourceId: p.source_id,
    asOf: p.as_of,
    flags: list(p.flags),
    note: p.note,
  }));
  const planMetrics: PlanMetric[] = readCsvObjects(texts.planMetrics).map((m) => ({
    id: m.plan_metric, metric: m.metric, labelVi: m.label_vi, labelEn: m.label_en, unit: m.unit, unitVi: m.unit_vi, unitEn: m.unit_en,
  }));
  return { version: DATASET_VERSION, provinces, sources, metrics, observations, zones, blocEvents, logistics, zoneFacts, plans, planMetrics };
}
