// zone-facts.csv: every stated fact about a zone's fields (the register's own value is one of them), one
// chosen per field by the observation rules, and the zones that the facts add to the register.
// Only facts travel (numbers, names, dates, statuses); the gatherer's notes become fixed phrases and flags.
import { ZONE_FACT_FIELDS } from '../schema';
import type { ZoneFactField } from '../types';
import { ORIGIN } from './observations';
import type { SourceRegistry } from './sources';

type Raw = Record<string, string>;

export interface FactDraft {
  zoneId: string;
  field: ZoneFactField;
  value: string;
  asOf: string;
  basis: string;
  sourceIds: string[];
  flags: Set<string>;
  notes: string[];
  origin: 'register' | 'gathered';
  /** For the choice; not written. */
  tier: string;
  date: string;
  publishers: Set<string>;
}

const NUMERIC: ReadonlySet<string> = new Set(['established_year', 'planned_area_ha', 'industrial_land_ha', 'occupancy_pct', 'tenant_projects_fdi', 'tenant_projects_ddi']);
/** A past event: its facts contest each other whatever their dates. Every other field is a state at a date. */
const STATIC: ReadonlySet<string> = new Set(['established_year']);
/** Fields a lower bound or an approximation can qualify (never a year, a name or a status). */
const QUANTITIES: ReadonlySet<string> = new Set(['planned_area_ha', 'industrial_land_ha', 'occupancy_pct', 'tenant_projects_fdi', 'tenant_projects_ddi']);
export const REGISTER_FIELDS = ['developer', 'established_year', 'planned_area_ha', 'industrial_land_ha', 'occupancy_pct', 'status'] as const;
const CONTEST_TOLERANCE = 0.005;
const TIER_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };
const ROLE_ORDER: Record<string, number> = { chosen: 0, contested: 1, other: 2, older: 3 };

/** The register's occupancy words → the facts' bases (zones/SOURCES-zone-facts.md), with what else they say. */
export function registerBasis(words: string): { basis: string; flag: string } {
  if (words === 'industrial land') return { basis: 'leasable', flag: '' };
  if (words === 'cleared land') return { basis: 'cleared', flag: '' };
  if (words === 'phase 1 only') return { basis: 'unstated', flag: 'phase-only' };
  if (words === 'broker claim') return { basis: 'unstated', flag: 'weak' };
  return { basis: 'unstated', flag: '' };
}

interface PhraseRule {
  test: RegExp;
  note: string;
  fields?: readonly string[];
}

const PHRASES: PhraseRule[] = [
  { test: /investment-policy approval|in-principle|chủ trương|PM investment-policy/i, note: 'year of the investment-policy (in-principle) approval', fields: ['established_year'] },
  { test: /establishment decision|permission to establish/i, note: 'year of the establishment decision', fields: ['established_year'] },
  { test: /investment certificate/i, note: 'year of the investment certificate', fields: ['established_year'] },
  { test: /construction STARTED|development started|construction began/i, note: 'year construction started, not an establishment decision', fields: ['established_year'] },
  { test: /assigned the park/i, note: 'year the developer was assigned the park, not a formal decision', fields: ['established_year'] },
  { test: /FORMER developer/, note: 'a former developer', fields: ['developer'] },
  { test: /expected developer/i, note: 'expected developer, not yet confirmed', fields: ['developer'] },
  { test: /probable developer/i, note: 'probable developer: the source does not call it the developer', fields: ['developer'] },
  { test: /survey\/study stage|permission to survey/i, note: 'study-stage permission, not the final approval', fields: ['developer'] },
  { test: /Chưa có chủ đầu tư|no developer yet|no developer at the time/i, note: 'no developer yet' },
  { test: /investor selected/i, note: 'an investor was selected (name not given)' },
  { test: /compiler's mapping/i, note: "status as the gatherer read the source's sentence", fields: ['status'] },
  { test: /NOT of the whole park/, note: 'of the area with completed infrastructure only' },
  { test: /developer's own|developer-reported|per NHIZ \(developer\)|KBC statement|annual report/i, note: "the developer's own figure" },
  { test: /'đã lấp đầy'/, note: 'stated as filled, recorded as 100%' },
  { test: /English (name as given|text)|English-language/i, note: 'English-language source' },
  { test: /different publisher and date|different dates\/publishers/i, note: 'another publisher and date than the register' },
];

/** The gatherer's notes → flags and fixed phrases. */
export function annotateFact(field: string, rawNotes: string): { flags: Set<string>; notes: string[] } {
  const flags = new Set<string>();
  const notes: string[] = [];
  if (QUANTITIES.has(field)) {
    if (/LOWER BOUND|lower bound/i.test(rawNotes)) flags.add('lower-bound');
    if (/APPROXIMATE|\bapprox\b/i.test(rawNotes)) flags.add('approx');
  }
  if (/\bphases? [^;]*\bonly\b|NOT of the whole park|^PHASE \d/i.test(rawNotes)) flags.add('phase-only');
  if (/(year|date|as_of)[^;]*\binferred\b|INFERRED (c\. )?\d{4}|as_of INFERRED|\bINFERRED\b(?! identity)(?!:? the park)/i.test(rawNotes) && !/IDENTITY INFERRED/.test(rawNotes)) {
    flags.add('approx-date');
  }
  if (/doubtful|\bweak\b|low trust/i.test(rawNotes)) flags.add('weak');
  if (/CONTRADICTS register/.test(rawNotes)) flags.add('contradicts-register');
  for (const rule of PHRASES) {
    if (rule.fields && !rule.fields.includes(field)) continue;
    if (rule.test.test(rawNotes) && !notes.includes(rule.note)) notes.push(rule.note);
  }
  return { flags, notes };
}

function numberText(value: string): string {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) ? String(n) : value.trim();
}

const yearOf = (f: FactDraft): number => Number((f.asOf || f.date).slice(0, 4)) || 0;
const normalText = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/[^a-z0-9]/g, '');

function differs(field: string, a: string, b: string): boolean {
  if (STATIC.has(field)) return Number(a) !== Number(b);
  if (NUMERIC.has(field)) {
    const x = Number(a);
    const y = Number(b);
    const scale = Math.max(Math.abs(x), Math.abs(y));
    return scale !== 0 && Math.abs(x - y) / scale > CONTEST_TOLERANCE;
  }
  const x = normalText(a);
  const y = normalText(b);
  // "Công ty CP KCN Sài Gòn – Hải Phòng (SHP), subsidiary of KBC" names the same company as "Công ty CP KCN Sài Gòn – Hải Phòng".
  return x !== y && !x.includes(y) && !y.includes(x);
}

/** Two occupancies on stated, different bases measure different things: not a contest. */
function comparable(a: FactDraft, b: FactDraft): boolean {
  if (a.flags.has('phase-only') || b.flags.has('phase-only')) return false;
  if (a.field !== 'occupancy_pct') return true;
  return a.basis === b.basis || a.basis === 'unstated' || b.basis === 'unstated';
}

/**
 * The rank of a fact for its field, best first: a whole-zone figure before one phase; for a state, the latest
 * as-of year first (a stock's year, as for observations); then the doubtful last; then tier, the latest as-of
 * date, the latest publication; the register before a gathered row, then the source id (deterministic).
 */
function compareFacts(a: FactDraft, b: FactDraft): number {
  return (
    Number(a.flags.has('phase-only')) - Number(b.flags.has('phase-only')) ||
    (STATIC.has(a.field) ? 0 : yearOf(b) - yearOf(a)) ||
    Number(a.flags.has('weak')) - Number(b.flags.has('weak')) ||
    (TIER_ORDER[a.tier] ?? 2) - (TIER_ORDER[b.tier] ?? 2) ||
    b.asOf.localeCompare(a.asOf) ||
    b.date.localeCompare(a.date) ||
    Number(a.origin === 'gathered') - Number(b.origin === 'gathered') ||
    a.sourceIds.join().localeCompare(b.sourceIds.join()) ||
    a.value.localeCompare(b.value)
  );
}

export interface ChosenFact {
  fact: FactDraft;
  role: 'chosen' | 'contested' | 'older' | 'other';
}

/**
 * One field's facts with their roles, best first. A figure for one phase is never the zone's value: when only
 * phases are stated, nothing is chosen and every fact is listed as `other`.
 */
export function chooseFacts(facts: FactDraft[]): ChosenFact[] {
  const sorted = [...facts].sort(compareFacts);
  const chosen = sorted[0];
  if (chosen.flags.has('phase-only')) return sorted.map((fact) => ({ fact, role: 'other' as const }));
  return sorted.map((fact, i) => {
    if (i === 0) return { fact, role: 'chosen' as const };
    // An undated fact is not older, only undated: it is listed beside the chosen one.
    if (!STATIC.has(fact.field) && yearOf(fact) > 0 && yearOf(fact) < yearOf(chosen)) return { fact, role: 'older' as const };
    if (!STATIC.has(fact.field) && yearOf(fact) === 0) return { fact, role: 'other' as const };
    // The register compiles many sources: a gathered fact that differs from it contests it whoever published it.
    const samePublisher = fact.origin === 'gathered' && chosen.origin === 'gathered' && [...fact.publishers].some((p) => chosen.publishers.has(p));
    const contested = !samePublisher && comparable(fact, chosen) && differs(fact.field, fact.value, chosen.value);
    return { fact, role: contested ? ('contested' as const) : ('other' as const) };
  });
}

export interface ZoneFactInputs {
  /** zones/zone-facts.csv */
  facts: Raw[];
  /** curation/zone-facts-drop.csv: `zone_id,field,value,reason` (empty field or value = any). */
  drop: Raw[];
  /** curation/zones-new.csv: the zones the facts add to the register. */
  newZones: Raw[];
  /** zones/iip-extra-zones.csv, for a new zone the IIP portal pins. */
  iipExtra: Raw[];
}

export interface ZoneFactResult {
  zones: Raw[];
  facts: Raw[];
  /** `file:line` of each gathered fact → `zone-fact`, or `dropped: <curation reason>`. */
  ledger: Map<string, string>;
}

const FIELD_ORDER = new Map<string, number>(ZONE_FACT_FIELDS.map((f, i) => [f, i]));

/**
 * Adds the new zones, turns register values and gathered facts into facts, chooses one per field and writes
 * the chosen value (with occupancy's basis and date) back into the zone row, so every reader of a zone's
 * field sees the chosen value.
 */
export function applyZoneFacts(
  zoneRows: Raw[],
  input: ZoneFactInputs,
  sources: SourceRegistry,
  iipSourceId: string,
  pinPrecisionM: (areaHa: number | null) => number,
): ZoneFactResult {
  const byId = new Map(zoneRows.map((z) => [z.id, z]));
  const newIdOf = new Map(input.newZones.map((n) => [n.facts_id, n]));
  const iipById = new Map(input.iipExtra.map((x) => [x.proposed_id, x]));
  const zones = [...zoneRows];

  for (const n of input.newZones) {
    if (byId.has(n.id)) throw new Error(`zones-new.csv: ${n.id} already exists in the register`);
    if (!input.facts.some((f) => f.zone_id === n.facts_id)) throw new Error(`zones-new.csv: no fact in zone-facts.csv for ${n.facts_id}`);
    const pin = n.location.startsWith('iip-extra:') ? iipById.get(n.location.slice('iip-extra:'.length)) : undefined;
    if (n.location && !pin) throw new Error(`zones-new.csv: unknown location "${n.location}" for ${n.id}`);
    const located = Boolean(pin?.lon && pin?.lat);
    const row: Raw = {
      id: n.id, name_vi: n.name_vi, name_en: n.name_en, kind: n.kind, province_code: n.province_code,
      planned_area_ha: '', industrial_land_ha: '', occupancy_pct: '', occupancy_basis: '', occupancy_as_of: '', status: '',
      established_year: '', developer: '',
      lon: located ? pin!.lon : '', lat: located ? pin!.lat : '', location_method: located ? 'stated-coordinates' : '',
      precision_m: located ? String(pinPrecisionM(pin!.iip_area_ha ? Number(pin!.iip_area_ha) : null)) : '',
      price_usd_m2: '', price_term: '', iip_code: pin?.iip_code ?? '', as_of: '', location_text: pin?.iip_address ?? '',
      aliases: n.facts_id, curation: 'added-from-facts', source_ids: '', location_source_ids: located ? iipSourceId : '',
      note: n.reason, register_source_ids: '',
    };
    byId.set(n.id, row);
    zones.push(row);
  }

  const publisherOf = (id: string) => sources.get(id)?.publisher.toLowerCase() ?? id;
  const tierOf = (ids: string[]) => ids.map((id) => sources.get(id)?.tier ?? 'C').sort().at(-1) ?? 'C';

  const drafts: FactDraft[] = [];
  // The register's own values: one fact per filled field, dated by the register row, cited by its sources.
  for (const z of zones) {
    const sourceIds = z.register_source_ids ? z.register_source_ids.split(';') : [];
    if (sourceIds.length === 0) continue;
    for (const field of REGISTER_FIELDS) {
      if (!z[field]) continue;
      const flags = new Set<string>();
      let basis = '';
      if (field === 'occupancy_pct') {
        const b = registerBasis(z.occupancy_basis);
        basis = b.basis;
        if (b.flag) flags.add(b.flag);
      }
      drafts.push({
        zoneId: z.id, field, value: z[field], asOf: z.as_of, basis, sourceIds, flags, notes: [], origin: 'register',
        tier: tierOf(sourceIds), date: '', publishers: new Set(sourceIds.map(publisherOf)),
      });
    }
  }

  const ledger = new Map<string, string>();
  for (const f of input.facts) {
    const drop = input.drop.find((d) => d.zone_id === f.zone_id && (!d.field || d.field === f.field) && (!d.value || d.value === f.value));
    ledger.set(f[ORIGIN] ?? '', drop ? `dropped: ${drop.reason}` : 'zone-fact');
    if (drop) continue;
    const zoneId = newIdOf.get(f.zone_id)?.id ?? f.zone_id;
    if (!byId.has(zoneId)) throw new Error(`zone-facts.csv: unknown zone "${f.zone_id}" (add it to curation/zones-new.csv or drop the row)`);
    if (!(ZONE_FACT_FIELDS as readonly string[]).includes(f.field)) throw new Error(`zone-facts.csv: unknown field "${f.field}" for ${f.zone_id}`);
    const value = NUMERIC.has(f.field) ? numberText(f.value) : f.value.trim();
    if (NUMERIC.has(f.field) && !Number.isFinite(Number(value))) throw new Error(`zone-facts.csv: ${f.zone_id} ${f.field} is not a number: "${f.value}"`);
    const sourceId = sources.add(f.source_url, f.source_title, f.source_date, f.source_publisher);
    const { flags, notes } = annotateFact(f.field, f.notes ?? '');
    drafts.push({
      zoneId, field: f.field as ZoneFactField, value, asOf: f.as_of, basis: f.field === 'occupancy_pct' ? f.basis || 'unstated' : '',
      sourceIds: [sourceId], flags, notes, origin: 'gathered', tier: tierOf([sourceId]), date: f.source_date,
      publishers: new Set([publisherOf(sourceId)]),
    });
  }

  const groups = new Map<string, FactDraft[]>();
  for (const d of drafts) {
    const key = `${d.zoneId}|${d.field}`;
    const list = groups.get(key) ?? [];
    list.push(d);
    groups.set(key, list);
  }
  const facts: Raw[] = [];
  for (const list of groups.values()) {
    const roles = chooseFacts(list);
    const chosen = roles[0].role === 'chosen' ? roles[0].fact : null;
    const zone = byId.get(list[0].zoneId)!;
    const field = list[0].field;
    if (REGISTER_FIELDS.includes(field as (typeof REGISTER_FIELDS)[number])) {
      zone[field] = chosen?.value ?? '';
      if (field === 'occupancy_pct') {
        zone.occupancy_basis = chosen?.basis ?? '';
        zone.occupancy_as_of = chosen?.asOf ?? '';
      }
    }
    const cited = new Set(zone.source_ids ? zone.source_ids.split(';') : []);
    for (const { fact, role } of roles) {
      if (fact.origin === 'gathered') fact.sourceIds.forEach((id) => cited.add(id));
      facts.push({
        zone_id: fact.zoneId, field: fact.field, value: fact.value, as_of: fact.asOf, basis: fact.basis,
        source_ids: fact.sourceIds.join(';'), flags: [...fact.flags].sort().join(';'), role, note: fact.notes.join('; '),
      });
    }
    zone.source_ids = [...cited].sort().join(';');
  }
  // A zone without an occupancy keeps neither basis nor date.
  for (const z of zones) {
    if (!z.occupancy_pct) z.occupancy_basis = z.occupancy_as_of = '';
    else if (!groups.has(`${z.id}|occupancy_pct`)) z.occupancy_basis = registerBasis(z.occupancy_basis).basis;
  }
  facts.sort(
    (a, b) =>
      a.zone_id.localeCompare(b.zone_id) ||
      (FIELD_ORDER.get(a.field) ?? 99) - (FIELD_ORDER.get(b.field) ?? 99) ||
      ROLE_ORDER[a.role] - ROLE_ORDER[b.role] ||
      b.as_of.localeCompare(a.as_of) ||
      a.source_ids.localeCompare(b.source_ids) ||
      a.value.localeCompare(b.value),
  );
  return { zones, facts, ledger };
}
