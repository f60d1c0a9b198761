// The data refresh: shared gathered data + curation → the generated CSVs of data/. Pure: texts in, texts out.
import { formatCsv, parseCsv, readCsvObjects } from '../csv';
import {
  BLOC_EVENT_COLUMNS, LOGISTICS_COLUMNS, OBSERVATION_COLUMNS, OBSERVATION_FLAGS, PLAN_COLUMNS, PROVINCE_COLUMNS, SOURCE_COLUMNS,
  ZONE_COLUMNS, ZONE_FACT_COLUMNS,
} from '../schema';
import { buildPlans, sortPlans } from './plans';
import { ORIGIN, buildObservations } from './observations';
import { ProvinceIndex } from './provinces';
import { SourceRegistry, type TierRule } from './sources';
import { IIP_EXPORT_REF, buildZones, pinPrecisionM, sortZones } from './zones';
import { applyZoneFacts } from './zone-facts';

/** Paths (relative to the shared folder, e.g. `data/zones/zones.csv`) that the refresh reads. */
export const SHARED_INPUTS = [
  'data/seeds/seed-metrics.csv',
  'data/seeds/emulation-bloc.csv',
  'data/metrics/metrics.csv',
  'data/metrics/metrics-extra.csv',
  'data/metrics/metrics-2024.csv',
  'data/metrics/metrics-gaps.csv',
  'data/province-stats/province-stats.csv',
  'data/province-stats/province-stats-extra.csv',
  'data/province-stats/province-stats-national.csv',
  'data/province-stats/province-stats-2024.csv',
  'data/zones/zones.csv',
  'data/zones/zone-facts.csv',
  'data/zones/zones-locations.csv',
  'data/zones/iip-facts.csv',
  'data/zones/iip-extra-zones.csv',
  'data/logistics/logistics.csv',
  'data/plans/plans.csv',
  'geo/province-codes.csv',
  'geo/merger-2025.csv',
] as const;

/** The shared files of stated numbers: every row of them ends in data/ or in a curation file with a reason. */
export const PLAN_FILE = 'data/plans/plans.csv';
export const METRIC_FILES = ['data/metrics/metrics.csv', 'data/metrics/metrics-extra.csv', 'data/metrics/metrics-2024.csv', 'data/metrics/metrics-gaps.csv'] as const;
export const PROVINCE_STATS_FILES = [
  'data/province-stats/province-stats.csv', 'data/province-stats/province-stats-extra.csv',
  'data/province-stats/province-stats-national.csv', 'data/province-stats/province-stats-2024.csv',
] as const;

export const CURATION_INPUTS = [
  'source-tiers.csv', 'zones-merge.csv', 'zones-rename.csv', 'zones-iip-extra.csv', 'zones-new.csv', 'zone-facts-drop.csv', 'observations-drop.csv',
  'plan-metrics.csv', 'plans-rekey.csv',
] as const;

export type SharedTexts = Record<(typeof SHARED_INPUTS)[number], string>;
export type CurationTexts = Record<(typeof CURATION_INPUTS)[number], string>;

export interface RefreshOutput {
  /** File name in data/ → CSV text. */
  files: Record<string, string>;
  counts: Record<string, number>;
  /**
   * Where each gathered row of the value files went (`file:line` → an observation id, a plan id, `zone-fact`, or
   * `dropped: <curation reason>`): nothing is lost without a reason in data/curation/.
   */
  ledger: Map<string, string>;
}

const FLAG_ORDER = new Map<string, number>(OBSERVATION_FLAGS.map((f, i) => [f, i]));
const EDITION_ORDER: Record<string, number> = { pre2025: 0, post2025: 1, region: 2, country: 3, offshore: 4 };

export function refresh(shared: SharedTexts, curation: CurationTexts): RefreshOutput {
  const read = (path: (typeof SHARED_INPUTS)[number]): Record<string, string>[] =>
    parseCsv(shared[path]).rows.map((r) => ({ ...r.values, [ORIGIN]: `${path}:${r.line}` }));
  const rules: TierRule[] = readCsvObjects(curation['source-tiers.csv']).map((r) => ({
    match: r.match, tier: r.tier, publisher: r.publisher, publisher_en: r.publisher_en ?? '', title: r.title ?? '',
  }));
  const sources = new SourceRegistry(rules);
  const provinces = new ProvinceIndex(read('geo/province-codes.csv'), read('geo/merger-2025.csv'));

  const provinceRows = provinces.rows.map((p) => ({ ...p, source_id: p.source_ref ? sources.addUntitled(p.source_ref) : '' }));

  const tierCache = new Map<string, string>();
  const tierOf = (id: string) => {
    if (!tierCache.size || !tierCache.has(id)) for (const s of sources.rows()) tierCache.set(s.id, s.tier);
    return tierCache.get(id) ?? 'C';
  };
  const drafts = buildObservations(
    {
      seedMetrics: read('data/seeds/seed-metrics.csv'),
      metrics: METRIC_FILES.flatMap((f) => read(f)),
      provinceStats: PROVINCE_STATS_FILES.flatMap((f) => read(f)),
    },
    provinces,
    sources,
    tierOf,
  );
  const drops = new Map(readCsvObjects(curation['observations-drop.csv']).map((r) => [r.match, r.reason]));
  const ledger = new Map<string, string>();
  for (const o of drafts) {
    const reason = drops.get(o.id) ?? drops.get(o.sourceId);
    for (const origin of o.origins) ledger.set(origin, reason === undefined ? o.id : `dropped: ${reason}`);
  }
  const observations = drafts
    .filter((o) => !drops.has(o.id) && !drops.has(o.sourceId))
    .sort(
      (a, b) =>
        EDITION_ORDER[a.edition] - EDITION_ORDER[b.edition] ||
        a.code.localeCompare(b.code) ||
        a.scope.localeCompare(b.scope) ||
        a.metric.localeCompare(b.metric) ||
        a.year.localeCompare(b.year) ||
        a.period.localeCompare(b.period) ||
        a.asOf.localeCompare(b.asOf) ||
        a.sourceId.localeCompare(b.sourceId) ||
        a.id.localeCompare(b.id),
    )
    .map((o) => ({
      id: o.id,
      edition: o.edition,
      code: o.code,
      year: o.year,
      period: o.period,
      scope: o.scope,
      metric: o.metric,
      value: o.value,
      source_id: o.sourceId,
      as_of: o.asOf,
      flags: [...o.flags].sort((a, b) => (FLAG_ORDER.get(a) ?? 99) - (FLAG_ORDER.get(b) ?? 99)).join(';'),
      note: o.notes.join('; '),
    }));

  const register = buildZones(
    {
      zones: read('data/zones/zones.csv'),
      locations: read('data/zones/zones-locations.csv'),
      iipFacts: read('data/zones/iip-facts.csv'),
      iipExtra: read('data/zones/iip-extra-zones.csv'),
      merge: readCsvObjects(curation['zones-merge.csv']),
      rename: readCsvObjects(curation['zones-rename.csv']),
      iipExtraDecisions: readCsvObjects(curation['zones-iip-extra.csv']),
    },
    provinces,
    sources,
  );
  const zoneFacts = applyZoneFacts(
    register,
    {
      facts: read('data/zones/zone-facts.csv'),
      drop: readCsvObjects(curation['zone-facts-drop.csv']),
      newZones: readCsvObjects(curation['zones-new.csv']),
      iipExtra: read('data/zones/iip-extra-zones.csv'),
    },
    sources,
    sources.add(IIP_EXPORT_REF),
    pinPrecisionM,
  );
  const zones = sortZones(zoneFacts.zones);
  for (const [origin, outcome] of zoneFacts.ledger) ledger.set(origin, outcome);

  // Bloc roles and awards: facts only (year, province, role); the seed's `detail` quote is not carried.
  const seedTitles = new Map<string, { title: string; date: string }>();
  for (const r of read('data/seeds/seed-metrics.csv')) if (!seedTitles.has(r.source)) seedTitles.set(r.source, { title: r.source_title, date: r.source_date });
  const blocEvents = read('data/seeds/emulation-bloc.csv')
    .map((r) => {
      const seed = seedTitles.get(r.source);
      return { year: r.year, code: provinces.preCode(r.province), role: r.role_or_award, source_id: sources.add(r.source, seed?.title ?? '', seed?.date ?? '') };
    })
    .sort((a, b) => a.year.localeCompare(b.year) || a.role.localeCompare(b.role) || a.code.localeCompare(b.code));

  const logistics = read('data/logistics/logistics.csv')
    .map((r) => {
      const refs = r.source.split(/\s+;\s+/).map((s) => s.replace(/\s+\(.*\)\s*$/, '').trim()).filter(Boolean);
      return {
        id: r.id,
        kind: r.kind,
        name_vi: r.name_vi,
        name_en: r.name_en,
        code: provinces.preCode(r.province_pre2025),
        lon: r.lon,
        lat: r.lat,
        precision_m: r.precision_m,
        status: r.status,
        source_ids: [...new Set(refs.map((u) => sources.addUntitled(u)))].join(';'),
        note: logisticsNote(refs[0] ?? '', r.notes),
      };
    })
    .sort((a, b) => a.id.localeCompare(b.id));

  // Targets and stated ratios last, so that an article the observations cite keeps that source and its title.
  const planDrafts = buildPlans(
    read(PLAN_FILE),
    provinces,
    sources,
    readCsvObjects(curation['plan-metrics.csv']).map((r) => ({ plan_metric: r.plan_metric, metric: r.metric })),
    readCsvObjects(curation['plans-rekey.csv']).map((r) => ({ match: r.match, metric: r.metric, achieved_period: r.achieved_period })),
  );
  for (const p of planDrafts) {
    const reason = drops.get(p.id) ?? drops.get(p.source_id);
    for (const origin of p.origins) ledger.set(origin, reason === undefined ? p.id : `dropped: ${reason}`);
  }
  const plans = sortPlans(planDrafts.filter((p) => !drops.has(p.id) && !drops.has(p.source_id)));

  const sourceRows = sources.rows();
  const files: Record<string, string> = {
    'provinces.csv': formatCsv(PROVINCE_COLUMNS, provinceRows),
    'sources.csv': formatCsv(SOURCE_COLUMNS, sourceRows),
    'observations.csv': formatCsv(OBSERVATION_COLUMNS, observations),
    'zones.csv': formatCsv(ZONE_COLUMNS, zones),
    'bloc-events.csv': formatCsv(BLOC_EVENT_COLUMNS, blocEvents),
    'logistics.csv': formatCsv(LOGISTICS_COLUMNS, logistics),
    'zone-facts.csv': formatCsv(ZONE_FACT_COLUMNS, zoneFacts.facts),
    'plans.csv': formatCsv(PLAN_COLUMNS, plans),
  };
  return {
    files,
    counts: {
      'provinces.csv': provinceRows.length,
      'sources.csv': sourceRows.length,
      'observations.csv': observations.length,
      'zones.csv': zones.length,
      'bloc-events.csv': blocEvents.length,
      'logistics.csv': logistics.length,
      'zone-facts.csv': zoneFacts.facts.length,
      'plans.csv': plans.length,
    },
    ledger,
  };
}

/** How a logistics point was located, in our words (from the coordinate source, the first reference). */
function logisticsNote(coordinateRef: string, rawNotes: string): string {
  const parts: string[] = [];
  if (/ourairports/.test(coordinateRef)) parts.push('airfield reference point (OurAirports)');
  else if (/communes\.rda/.test(coordinateRef)) parts.push('commune centroid (censusVN2009)');
  else if (/districts\.rda/.test(coordinateRef)) parts.push('district centroid (censusVN2009)');
  else if (/WPI\.csv/.test(coordinateRef)) parts.push('World Port Index position, rounded to the minute');
  else if (/un-locodes/.test(coordinateRef)) parts.push('UN/LOCODE position, rounded to the minute');
  else if (/luat_lao_dong/.test(coordinateRef)) parts.push('pin of the host industrial park (IIP portal)');
  else if (/pilotco2/.test(coordinateRef)) parts.push('turning-basin centre from the pilot company table, shifted from VN-2000');
  else if (/vms|vishipel|cangvu/.test(coordinateRef)) parts.push('centre of the berth water area in a notice to mariners');
  else if (/wiki|clateway|us\.edu\.vn/i.test(coordinateRef)) parts.push('Wikipedia coordinate (copy)');
  if (/LOW CONFIDENCE/i.test(rawNotes)) parts.push('location inferred from the name only: low confidence');
  return parts.join('; ');
}
