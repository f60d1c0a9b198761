// Long-form observations from the seeds, the zone metrics and the province statistics.
import { shortId } from '../hash';
import type { SourceRegistry } from './sources';
import { annotate, stockDateFromNotes } from './notes';
import type { ProvinceIndex } from './provinces';

export interface ObservationDraft {
  id: string;
  edition: string;
  code: string;
  year: string;
  period: string;
  scope: string;
  metric: string;
  value: string;
  sourceId: string;
  asOf: string;
  flags: Set<string>;
  notes: string[];
  /** For choosing the preferred row; not written. */
  rank: { ruleClass: number; tier: string; date: string };
  /** `file:line` of every gathered row this observation stands for (an exact repeat adds its own). */
  origins: string[];
}

type Raw = Record<string, string>;

/** Province-stats series that are stocks at the FIA cut-off rather than flows over the year. */
const PROVINCE_STOCKS = new Set(['province_fdi_projects_valid', 'province_fdi_capital_valid_musd', 'province_fdi_rank_cumulative']);

function numberText(value: string): string {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) ? String(n) : value.trim();
}

/** Which of the province-stats sources a row comes from (for the preferred-row rules). */
function sourceFamily(url: string): string {
  if (url.startsWith('HungNT1st/CS571_Project@')) return 'fia';
  if (url.startsWith('NgoCongHuan/')) return 'odv';
  if (url.includes('E0417')) return 'nso-e0417';
  if (url.startsWith('QuocAnhHo/')) return 'nso';
  if (url.includes(':Data/PCI/')) return 'pci-workbook';
  if (/pcivietnam\.vn/.test(url)) return 'pcivietnam';
  if (url.includes('grdp_provinces')) return 'yearbook-grdp';
  if (url.includes('gso_covariates')) return 'gso-original';
  return 'press';
}

/** province-stats/SOURCES.md "Preferred row per province-year": 2 = the named source, 0 = other. */
function ruleClass(metric: string, year: number, family: string, flags: Set<string>): number {
  if (metric.startsWith('province_fdi_')) {
    if (year <= 2023) return family === 'fia' ? 2 : 0;
    return family === 'nso-e0417' ? 2 : 0;
  }
  if (metric === 'pci_score' || metric === 'pci_rank') return family === 'pci-workbook' || family === 'pcivietnam' ? 2 : 0;
  if (['population_thousand', 'area_km2', 'grdp_growth_pct', 'grdp_index_prev_year_100', 'grdp_per_capita_mvnd', 'iip_growth_pct', 'iip_index_prev_year_100'].includes(metric)) {
    return family === 'nso' || family === 'nso-e0417' ? 2 : 0;
  }
  if (metric === 'grdp_bvnd') return family === 'yearbook-grdp' && !flags.has('revised') ? 2 : 0;
  return 0;
}

function draft(
  fields: Omit<ObservationDraft, 'id' | 'flags' | 'notes' | 'rank' | 'origins'>,
  raw: Raw,
  rank: ObservationDraft['rank'],
): ObservationDraft {
  const { flags, notes } = annotate(raw.notes ?? '');
  return { ...fields, id: '', flags, notes, rank, origins: [raw[ORIGIN] ?? ''] };
}

/** The key under which the refresh notes where a gathered row came from (`file:line`). */
export const ORIGIN = '__origin';

export interface ObservationInputs {
  seedMetrics: Raw[];
  metrics: Raw[];
  provinceStats: Raw[];
}

export function buildObservations(input: ObservationInputs, provinces: ProvinceIndex, sources: SourceRegistry, tierOf: (id: string) => string): ObservationDraft[] {
  const out: ObservationDraft[] = [];

  for (const r of input.seedMetrics) {
    const unit = provinces.unitOf(r.province, false);
    const sourceId = sources.add(r.source, r.source_title, r.source_date);
    out.push(draft({ ...unit, year: r.year, period: r.period, scope: r.scope, metric: r.metric, value: numberText(r.value), sourceId, asOf: r.as_of ?? '' }, r, {
      ruleClass: 0, tier: tierOf(sourceId), date: r.source_date,
    }));
  }

  for (const r of input.metrics) {
    const postMerger = /POST-MERGER/.test(r.notes ?? '');
    const unit = provinces.unitOf(r.province, postMerger);
    const sourceId = sources.add(r.source_url, r.source_title, r.source_date);
    out.push(draft({ ...unit, year: r.year, period: r.period, scope: r.scope, metric: r.metric, value: numberText(r.value), sourceId, asOf: r.as_of ?? '' }, r, {
      ruleClass: 0, tier: tierOf(sourceId), date: r.source_date,
    }));
  }

  // FIA cumulative tables: the cut-off date is stated in the notes of the stock rows of the same table.
  const cutOffBySource = new Map<string, string>();
  for (const r of input.provinceStats) {
    const date = stockDateFromNotes(r.notes ?? '');
    if (date && PROVINCE_STOCKS.has(r.metric)) cutOffBySource.set(`${r.source_url}\u0001${r.source_title}`, date);
  }
  for (const r of input.provinceStats) {
    const unit = provinces.statsUnit(r.province_code);
    const sourceId = sources.add(r.source_url, r.source_title, r.source_date);
    const stock = PROVINCE_STOCKS.has(r.metric);
    const asOf = stock ? stockDateFromNotes(r.notes ?? '') || (cutOffBySource.get(`${r.source_url}\u0001${r.source_title}`) ?? '') : '';
    const d = draft(
      { ...unit, year: r.year, period: stock ? 'cumulative-to-date' : 'FY', scope: 'province', metric: r.metric, value: numberText(r.value), sourceId, asOf },
      r,
      { ruleClass: 0, tier: tierOf(sourceId), date: r.source_date },
    );
    if (sourceFamily(r.source_url) === 'fia') d.flags.add('fy-to-20-dec');
    d.rank.ruleClass = ruleClass(r.metric, Number(r.year), sourceFamily(r.source_url), d.flags);
    out.push(d);
  }

  const kept = assignIds(out);
  markPreferred(kept);
  return kept;
}

/** Ids from the row's identity; an exact repeat (same unit, number and source) is one stated number, kept once. */
function assignIds(rows: ObservationDraft[]): ObservationDraft[] {
  const byIdentity = new Map<string, ObservationDraft>();
  const kept: ObservationDraft[] = [];
  for (const o of rows) {
    const identity = [o.edition, o.code, o.year, o.period, o.scope, o.metric, o.value, o.sourceId, o.asOf].join('|');
    const first = byIdentity.get(identity);
    if (first) {
      o.flags.forEach((f) => first.flags.add(f));
      o.notes.forEach((n) => first.notes.includes(n) || first.notes.push(n));
      first.origins.push(...o.origins);
      continue;
    }
    o.id = shortId('o-', identity);
    byIdentity.set(identity, o);
    kept.push(o);
  }
  return kept;
}

/** One preferred row per (unit, metric, year, period) in province scope, by the province-stats rules. */
function markPreferred(rows: ObservationDraft[]): void {
  const groups = new Map<string, ObservationDraft[]>();
  for (const o of rows) {
    if (o.scope !== 'province') continue;
    const key = [o.edition, o.code, o.metric, o.year, o.period].join('|');
    const list = groups.get(key) ?? [];
    list.push(o);
    groups.set(key, list);
  }
  for (const list of groups.values()) {
    const ranked = [...list].sort(
      (a, b) =>
        b.rank.ruleClass - a.rank.ruleClass ||
        a.rank.tier.localeCompare(b.rank.tier) ||
        Number(a.flags.has('revised')) - Number(b.flags.has('revised')) ||
        b.asOf.localeCompare(a.asOf) ||
        b.rank.date.localeCompare(a.rank.date) ||
        a.id.localeCompare(b.id),
    );
    ranked[0].flags.add('preferred');
  }
}
