// The boards' and provinces' own targets and stated plan ratios (shared plans/plans.csv) → data/plans.csv.
// Facts only: the value, its unit, the stated range's upper end, the period and the source; the notes become flags
// and fixed phrases of our own (never the gatherer's text, never the quote).
import { shortId } from '../hash';
import { PLAN_FLAGS } from '../schema';
import type { PlanWording } from '../types';
import { annotate } from './notes';
import { ORIGIN } from './observations';
import type { ProvinceIndex } from './provinces';
import type { SourceRegistry } from './sources';

type Raw = Record<string, string>;

export interface PlanDraft {
  id: string;
  edition: string;
  code: string;
  year: string;
  period: string;
  plan_period: string;
  scope: string;
  kind: string;
  plan_metric: string;
  wording: PlanWording;
  metric: string;
  achieved_period: string;
  value: string;
  unit: string;
  range_to: string;
  source_id: string;
  as_of: string;
  flags: string;
  note: string;
  /** `file:line` of every gathered row this plan row stands for; not written. */
  origins: string[];
}

/** The curation of plan metric ids: the observation metric each is compared with (empty: none). */
export interface PlanMetricRule {
  plan_metric: string;
  metric: string;
}

/** A row-level exception to the metric rules (curation/plans-rekey.csv): matched by plan id. */
export interface PlanRekey {
  match: string;
  metric: string;
  achieved_period: string;
}

/** The shared id suffix of each wording; the longest first, so `_plan_excess_pct` is not read as `_plan_pct`. */
const WORDING_SUFFIXES: [string, Exclude<PlanWording, ''>][] = [
  ['_plan_excess_pct', 'excess_pct'],
  ['_plan_times', 'times'],
  ['_plan_pct', 'pct'],
];

/** The shared `unit` words → the unit codes of metrics.csv. */
const UNIT_CODES: Record<string, string> = {
  '%': 'pct', 'million USD': 'musd', 'billion VND': 'bvnd', projects: 'projects', ha: 'ha', workers: 'persons', times: 'times',
};

/** Periods that are a part of a year: a ratio stated at one is measured against the annual plan (plans/SOURCES.md). */
export const PART_OF_YEAR = /^(H1|Q[1-4]|(?:[1-9]|1[01])M)$/;

const PLAN_FLAG_SET = new Set<string>(PLAN_FLAGS);

interface NoteRule {
  test: RegExp;
  flag?: (typeof PLAN_FLAGS)[number];
  note?: string;
}

// Fixed phrases chosen by what the gatherer's notes say; nothing of their text is written.
const PLAN_RULES: NoteRule[] = [
  { test: /scope probably/i, flag: 'scope-ambiguous' },
  {
    test: /may be the full-year [^;]*goal or the amount still sought/i, flag: 'period-ambiguous',
    note: 'whether this is the full-year target or what was still to be attracted in the second half is not stated',
  },
  { test: /verify wording/i, flag: 'wording-unverified', note: 'read from an English translation; whether the original says above plan or of plan was not seen' },
  { test: /five-year plan period/i, note: 'a five-year plan, not a yearly one (the source names the period 2015–2020)' },
  { test: /Q2 = April–June only/i, note: 'a target for the second quarter alone (April to June), not the year to date' },
  { test: /content-scraper|scraper page/i, note: 'read from a page that copies a press interview: low trust' },
  { test: /imply a larger plan base/i, note: "the same year's stated ratios imply a larger plan base than this target" },
  { test: /target set by (the city|provincial People's Committee)/i, note: 'the target was set by the city or provincial authorities for the board' },
  { test: /growth scenario/i, note: "from the provincial People's Committee's growth scenario" },
  { test: /wording ties the 300m to the new projects/i, note: "the source ties the target to new projects; filed as new plus additional capital, as the board's own ratios measure it" },
  { test: /formal plan figure not given/i, note: 'a goal stated in an interview; the formal plan figure is not given' },
  { test: /growth target vs 20\d\d/i, note: 'a growth target against the previous year' },
  { test: /publication date approximate/i, note: 'publication date approximate' },
  { test: /FDI \(USD\) \+ DDI \(VND\)/, note: 'FDI (in USD) and DDI (in VND) together against one plan' },
  { test: /new jobs in year/i, note: 'new jobs in the year, not the workforce' },
  { test: /average over operating IZs/i, note: 'an average over the operating zones; the base of the rate is not stated' },
  { test: /industrial land to be taken up/i, note: 'industrial land to be taken up by the targeted new projects' },
  { test: /province-wide FDI new\+added|new\+added \(201/i, note: 'new plus additional capital' },
];

/** Phrases of the observation notes that read the same for a plan row. */
const SHARED_NOTES = new Set([
  "rescaled by a power of ten to the metric's unit",
  'FDI and DDI combined',
  'includes share purchases',
  'the former province (its territory before the 1 July 2025 merger)',
]);

const MONTHS = 'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec';
const MEASURED = new RegExp(`period(?: =)? (1 Jan) ?(?:to|–) ?(~)?(\\d{1,2} (?:${MONTHS}))`);

/** "range 2,000–2,500 stated; lower end stored": the two ends, as numbers (the notes write thousands with commas). */
export function statedRange(rawNotes: string): { from: number; to: number } | null {
  const m = /range ([\d,.]+)\s*[–-]\s*([\d,.]+) stated/.exec(rawNotes);
  if (!m) return null;
  const num = (text: string) => Number(text.replace(/,/g, ''));
  return { from: num(m[1]), to: num(m[2]) };
}

function annotatePlan(rawNotes: string, partial: { period: string } | null): { flags: string[]; notes: string[] } {
  const base = annotate(rawNotes);
  const flags = new Set([...base.flags].filter((f) => PLAN_FLAG_SET.has(f)));
  // "FDI+DDI presumably": the gatherer's inference, said as such.
  const presumed = /FDI ?\+ ?DDI presumably|presumably FDI ?\+ ?DDI/i.test(rawNotes);
  const notes = base.notes
    .filter((n) => SHARED_NOTES.has(n))
    .map((n) => (presumed && n === 'FDI and DDI combined' ? 'FDI and DDI combined, presumably' : n));
  for (const rule of PLAN_RULES) {
    if (!rule.test.test(rawNotes)) continue;
    if (rule.flag) flags.add(rule.flag);
    if (rule.note && !notes.includes(rule.note)) notes.push(rule.note);
  }
  if (partial) notes.unshift(`measured part-way through the year (${partial.period}), against the annual plan`);
  const measured = MEASURED.exec(rawNotes);
  if (measured) notes.push(`measured from ${measured[1]} to ${measured[2] ? 'about ' : ''}${measured[3]}`);
  if (statedRange(rawNotes)) notes.push('the lower end of a stated range');
  return { flags: PLAN_FLAGS.filter((f) => flags.has(f)), notes };
}

function splitWording(sharedMetric: string): { planMetric: string; wording: PlanWording } {
  for (const [suffix, wording] of WORDING_SUFFIXES) {
    if (sharedMetric.endsWith(suffix)) return { planMetric: sharedMetric.slice(0, -suffix.length), wording };
  }
  return { planMetric: sharedMetric, wording: '' };
}

function numberText(value: string): string {
  const n = Number(value.trim());
  return value.trim() !== '' && Number.isFinite(n) ? String(n) : value.trim();
}

/**
 * Plan rows from the shared plans file. Throws, naming the shared file and line, on anything it cannot read
 * faithfully: an unknown kind or unit, a wording that does not fit the kind, a plan metric id without a curation
 * rule, a stated range whose lower end is not the stored value.
 */
export function buildPlans(
  rows: Raw[],
  provinces: ProvinceIndex,
  sources: SourceRegistry,
  metricRules: PlanMetricRule[],
  rekeys: PlanRekey[],
): PlanDraft[] {
  const rules = new Map(metricRules.map((r) => [r.plan_metric, r]));
  const rekeyById = new Map(rekeys.map((r) => [r.match, r]));
  const byIdentity = new Map<string, PlanDraft>();
  const out: PlanDraft[] = [];
  for (const r of rows) {
    const where = r[ORIGIN] ?? 'plans';
    const fail = (message: string): never => {
      throw new Error(`${where}: ${message}`);
    };
    if (r.kind !== 'target' && r.kind !== 'achievement') fail(`unknown kind "${r.kind}" (target or achievement)`);
    const { planMetric, wording } = splitWording(r.metric);
    if (r.kind === 'achievement' && !wording) fail(`a stated ratio needs a wording suffix (_plan_pct, _plan_excess_pct, _plan_times): "${r.metric}"`);
    if (r.kind === 'target' && wording) fail(`a target cannot carry a ratio wording: "${r.metric}"`);
    const unit = UNIT_CODES[r.unit.trim()] ?? fail(`unknown unit "${r.unit}"`);
    if (wording && unit !== (wording === 'times' ? 'times' : 'pct')) fail(`a "${wording}" ratio in "${r.unit}"`);
    const rule = rules.get(planMetric) ?? fail(`plan metric "${planMetric}" has no row in data/curation/plan-metrics.csv`);
    const unitRef = provinces.unitOf(r.province, /POST-MERGER/.test(r.notes ?? ''));
    const value = numberText(r.value);
    const range = statedRange(r.notes ?? '');
    if (range && range.from !== Number(value)) fail(`the stated range ${range.from}–${range.to} does not start at the stored value ${value}`);
    const partOfYear = r.kind === 'achievement' && PART_OF_YEAR.test(r.period);
    const sourceId = sources.addReusing(r.source_url, r.source_title, r.source_date);
    const asOf = (r.as_of ?? '').trim();
    const identity = [unitRef.edition, unitRef.code, r.year, r.period, r.scope, r.metric, value, sourceId, asOf].join('|');
    const repeat = byIdentity.get(identity);
    if (repeat) {
      repeat.origins.push(where);
      continue;
    }
    const id = shortId('p-', identity);
    const rekey = rekeyById.get(id);
    const metric = rekey ? rekey.metric : rule.metric;
    const { flags, notes } = annotatePlan(r.notes ?? '', partOfYear ? { period: r.period } : null);
    const draft: PlanDraft = {
      id,
      edition: unitRef.edition,
      code: unitRef.code,
      year: r.year,
      period: r.period,
      plan_period: partOfYear ? 'FY' : r.period,
      scope: r.scope,
      kind: r.kind,
      plan_metric: planMetric,
      wording,
      metric,
      achieved_period: metric ? rekey?.achieved_period || r.period : '',
      value,
      unit,
      range_to: range ? String(range.to) : '',
      source_id: sourceId,
      as_of: asOf,
      flags: flags.join(';'),
      note: notes.join('; '),
      origins: [where],
    };
    byIdentity.set(identity, draft);
    out.push(draft);
  }
  const unused = rekeys.filter((r) => !out.some((p) => p.id === r.match));
  if (unused.length > 0) throw new Error(`data/curation/plans-rekey.csv: no plan row with id ${unused.map((r) => r.match).join(', ')}`);
  return out;
}

const EDITION_ORDER: Record<string, number> = { pre2025: 0, post2025: 1, region: 2, country: 3, offshore: 4 };

/** One unit's plans together, by metric, year and plan period; the target before the ratios stated against it. */
export function sortPlans<T extends PlanDraft>(rows: T[]): T[] {
  return [...rows].sort(
    (a, b) =>
      EDITION_ORDER[a.edition] - EDITION_ORDER[b.edition] ||
      a.code.localeCompare(b.code) ||
      (a.metric || a.plan_metric).localeCompare(b.metric || b.plan_metric) ||
      a.year.localeCompare(b.year) ||
      a.plan_period.localeCompare(b.plan_period) ||
      b.kind.localeCompare(a.kind) ||
      a.period.localeCompare(b.period) ||
      a.source_id.localeCompare(b.source_id) ||
      a.id.localeCompare(b.id),
  );
}
