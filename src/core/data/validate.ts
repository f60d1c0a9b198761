// Validation of the data/ CSVs. Every problem names the file and the 1-based line (header = line 1).
import { parseCsv, type CsvTable } from './csv';
import { formulaRefs, parseFormula } from './formula';
import {
  AS_OF_PATTERN, BLOC_ROLES, OFFSHORE_CODE, DATA_FILES, LOGISTICS_STATUSES, MAX_YEAR, MIN_YEAR, OBSERVATION_FLAGS, OCCUPANCY_BASES,
  PERIOD_PATTERN, PLAN_FLAGS, PLAN_KINDS, PLAN_PERIOD_PATTERN, PLAN_WORDINGS, TIERS, UNIT_EDITIONS, ZONE_CURATIONS, ZONE_FACT_FIELDS, ZONE_FACT_FLAGS, ZONE_FACT_ROLES, ZONE_KINDS, ZONE_STATUSES,
  type DataFileKey, type DataTexts,
} from './schema';

export interface Problem {
  file: string;
  line: number;
  severity: 'error' | 'warning';
  message: string;
}

/** Viet Nam and its waters, generously: a point outside is a swapped or mistyped coordinate. */
const LON_RANGE = [102, 118] as const;
const LAT_RANGE = [8, 24] as const;

const isNumber = (v: string) => v.trim() !== '' && Number.isFinite(Number(v));
const isInt = (v: string) => /^-?\d+$/.test(v);

export function validateData(texts: DataTexts, dir = 'data'): Problem[] {
  const problems: Problem[] = [];
  const tables = {} as Record<DataFileKey, CsvTable>;
  for (const key of Object.keys(DATA_FILES) as DataFileKey[]) {
    const { path, columns } = DATA_FILES[key];
    const file = `${dir}/${path}`;
    const table = parseCsv(texts[key] ?? '');
    tables[key] = table;
    const add = (line: number, message: string) => problems.push({ file, line, severity: 'error', message });
    if (table.header.length === 0) add(1, 'empty file: no header');
    for (const col of columns) if (table.header.length > 0 && !table.header.includes(col)) add(1, `missing required column "${col}"`);
    for (const r of table.ragged) add(r.line, `has ${r.fields} fields, the header has ${table.header.length}`);
  }
  const err = (key: DataFileKey, line: number, message: string) => problems.push({ file: `${dir}/${DATA_FILES[key].path}`, line, severity: 'error', message });
  const warn = (key: DataFileKey, line: number, message: string) => problems.push({ file: `${dir}/${DATA_FILES[key].path}`, line, severity: 'warning', message });
  const uniq = (key: DataFileKey, keyOf: (v: Record<string, string>) => string, label: string) => {
    const first = new Map<string, number>();
    for (const row of tables[key].rows) {
      const k = keyOf(row.values);
      const seen = first.get(k);
      if (seen !== undefined) err(key, row.line, `duplicate ${label} "${k}" (first on line ${seen})`);
      else first.set(k, row.line);
    }
  };

  // provinces
  const units = new Set<string>(['region:rrd-bloc', 'country:00', `offshore:${OFFSHORE_CODE}`]);
  const preCodes = new Set<string>();
  for (const { line, values: p } of tables.provinces.rows) {
    if (p.edition !== 'pre2025' && p.edition !== 'post2025') err('provinces', line, `bad edition "${p.edition}"`);
    if (!/^\d{2}$/.test(p.code)) err('provinces', line, `bad province code "${p.code}"`);
    if (!p.name_vi) err('provinces', line, 'empty name_vi');
    units.add(`${p.edition}:${p.code}`);
    if (p.edition === 'pre2025') preCodes.add(p.code);
  }
  uniq('provinces', (p) => `${p.edition}:${p.code}`, 'province');
  for (const { line, values: p } of tables.provinces.rows) {
    if (p.edition === 'pre2025' && !units.has(`post2025:${p.successor_code}`)) err('provinces', line, `unknown successor "${p.successor_code}"`);
  }

  // sources
  const sourceIds = new Set<string>();
  for (const { line, values: s } of tables.sources.rows) {
    if (!s.id) err('sources', line, 'empty source id');
    sourceIds.add(s.id);
    if (!(TIERS as readonly string[]).includes(s.tier)) err('sources', line, `bad tier "${s.tier}" (A, B or C)`);
    if (s.url && !/^https?:\/\//.test(s.url)) err('sources', line, `url is not an http(s) address: "${s.url}"`);
    if (!s.url && !s.citation) err('sources', line, 'a source without url needs a citation');
  }
  uniq('sources', (s) => s.id, 'source id');
  const checkSource = (key: DataFileKey, line: number, id: string) => {
    if (!sourceIds.has(id)) err(key, line, `unknown source "${id}"`);
  };

  // metrics
  const metrics = new Map<string, Record<string, string>>();
  for (const { values: m } of tables.metrics.rows) metrics.set(m.id, m);
  uniq('metrics', (m) => m.id, 'metric id');
  for (const { line, values: m } of tables.metrics.rows) {
    if (!/^[a-z][a-z0-9_]*$/.test(m.id)) err('metrics', line, `bad metric id "${m.id}"`);
    if (m.scope !== 'zones' && m.scope !== 'province') err('metrics', line, `bad scope "${m.scope}"`);
    if (!['stock', 'flow', 'rate'].includes(m.kind)) err('metrics', line, `bad kind "${m.kind}"`);
    if (!['sum', 'wmean', 'none'].includes(m.aggregate)) err('metrics', line, `bad aggregate "${m.aggregate}"`);
    if (m.aggregate === 'wmean' && !metrics.has(m.weight_metric)) err('metrics', line, `wmean needs a known weight_metric, got "${m.weight_metric}"`);
    if (!['', '0', '1'].includes(m.higher_is_better)) err('metrics', line, `higher_is_better must be 1, 0 or empty, got "${m.higher_is_better}"`);
    if (!['0', '1'].includes(m.core)) err('metrics', line, `core must be 0 or 1, got "${m.core}"`);
    if (!m.label_vi || !m.label_en) err('metrics', line, 'both labels (vi, en) are required');
    // The metric picker shows the definition in the reader's language.
    if (!m.description_vi || !m.description_en) err('metrics', line, 'both descriptions (vi, en) are required');
    if (m.derived) {
      try {
        for (const ref of formulaRefs(parseFormula(m.derived))) if (!metrics.has(ref)) err('metrics', line, `formula uses unknown metric "${ref}"`);
      } catch (e) {
        err('metrics', line, `bad formula: ${(e as Error).message}`);
      }
    }
  }

  // observations
  const dupFirst = new Map<string, { line: number; revised: boolean }[]>();
  for (const { line, values: o } of tables.observations.rows) {
    if (!o.id) err('observations', line, 'empty observation id');
    if (!(UNIT_EDITIONS as readonly string[]).includes(o.edition)) err('observations', line, `bad edition "${o.edition}"`);
    else if (!units.has(`${o.edition}:${o.code}`)) err('observations', line, `unknown province ${o.edition}:${o.code}`);
    const metric = metrics.get(o.metric);
    if (!metric) err('observations', line, `unknown metric "${o.metric}"`);
    else {
      if (metric.scope !== o.scope) err('observations', line, `scope mismatch: "${o.metric}" is a ${metric.scope} metric, row says "${o.scope}"`);
      if (metric.derived) err('observations', line, `"${o.metric}" is derived and takes no observations`);
    }
    if (!isNumber(o.value)) err('observations', line, `value is not a number: "${o.value}"`);
    if (!isInt(o.year) || Number(o.year) < MIN_YEAR || Number(o.year) > MAX_YEAR) err('observations', line, `bad year "${o.year}"`);
    if (!PERIOD_PATTERN.test(o.period)) err('observations', line, `bad period "${o.period}"`);
    if (o.as_of && !AS_OF_PATTERN.test(o.as_of)) err('observations', line, `bad as_of "${o.as_of}" (YYYY, YYYY-MM or YYYY-MM-DD)`);
    checkSource('observations', line, o.source_id);
    const flags = o.flags ? o.flags.split(';') : [];
    for (const f of flags) if (!(OBSERVATION_FLAGS as readonly string[]).includes(f)) warn('observations', line, `unknown flag "${f}"`);
    const key = [o.edition, o.code, o.year, o.period, o.scope, o.metric, o.as_of, o.source_id].join('|');
    const list = dupFirst.get(key) ?? [];
    list.push({ line, revised: flags.includes('revised') });
    dupFirst.set(key, list);
  }
  // The same source may state an older and a newer vintage (one flagged `revised`); anything else is a duplicate.
  for (const list of dupFirst.values()) {
    const current = list.filter((r) => !r.revised);
    for (const r of current.slice(1)) err('observations', r.line, `duplicate observation: same unit, year, period, scope, metric, as_of and source as line ${current[0].line}`);
  }
  uniq('observations', (o) => o.id, 'observation id');

  // zones
  const zoneIds = new Set(tables.zones.rows.map((r) => r.values.id));
  for (const { line, values: z } of tables.zones.rows) {
    if (!/^[a-z0-9-]+$/.test(z.id)) err('zones', line, `bad zone id "${z.id}"`);
    if (!(ZONE_KINDS as readonly string[]).includes(z.kind)) err('zones', line, `bad zone kind "${z.kind}"`);
    if (!preCodes.has(z.province_code)) err('zones', line, `unknown province pre2025:${z.province_code}`);
    if (z.status && !(ZONE_STATUSES as readonly string[]).includes(z.status)) err('zones', line, `bad status "${z.status}"`);
    if (!(ZONE_CURATIONS as readonly string[]).includes(z.curation)) err('zones', line, `bad curation "${z.curation}"`);
    for (const col of ['planned_area_ha', 'industrial_land_ha', 'price_usd_m2', 'precision_m']) {
      if (z[col] && !(isNumber(z[col]) && Number(z[col]) >= 0)) err('zones', line, `${col} is not a non-negative number: "${z[col]}"`);
    }
    if (z.occupancy_pct && !(isNumber(z.occupancy_pct) && Number(z.occupancy_pct) >= 0 && Number(z.occupancy_pct) <= 100)) {
      err('zones', line, `occupancy_pct out of range 0–100: "${z.occupancy_pct}"`);
    }
    // Occupancy is measured on different land: a figure never travels without its basis.
    if (z.occupancy_pct && !(OCCUPANCY_BASES as readonly string[]).includes(z.occupancy_basis)) {
      err('zones', line, `occupancy needs a basis (${OCCUPANCY_BASES.join(', ')}), got "${z.occupancy_basis}"`);
    }
    if (!z.occupancy_pct && (z.occupancy_basis || z.occupancy_as_of)) err('zones', line, 'occupancy_basis or occupancy_as_of without an occupancy');
    if (z.occupancy_as_of && !AS_OF_PATTERN.test(z.occupancy_as_of)) err('zones', line, `bad occupancy_as_of "${z.occupancy_as_of}"`);
    if (z.established_year && !(isInt(z.established_year) && Number(z.established_year) >= 1900 && Number(z.established_year) <= MAX_YEAR)) {
      err('zones', line, `bad established_year "${z.established_year}"`);
    }
    if (Boolean(z.lon) !== Boolean(z.lat)) err('zones', line, 'lon and lat must both be given or both be empty');
    else if (z.lon) {
      const lon = Number(z.lon);
      const lat = Number(z.lat);
      if (!(lon >= LON_RANGE[0] && lon <= LON_RANGE[1] && lat >= LAT_RANGE[0] && lat <= LAT_RANGE[1])) {
        err('zones', line, `bad lon-lat ${z.lon},${z.lat} (outside Viet Nam; swapped?)`);
      }
      if (!z.location_method) err('zones', line, 'a located zone needs a location_method');
      if (!z.precision_m) warn('zones', line, 'a located zone without precision_m');
    }
    for (const id of z.source_ids ? z.source_ids.split(';') : []) checkSource('zones', line, id);
    for (const id of z.location_source_ids ? z.location_source_ids.split(';') : []) checkSource('zones', line, id);
    for (const alias of z.aliases ? z.aliases.split(';') : []) if (zoneIds.has(alias)) err('zones', line, `alias "${alias}" is also a zone id`);
  }
  uniq('zones', (z) => z.id, 'zone id');

  for (const { line, values: b } of tables.blocEvents.rows) {
    if (!isInt(b.year) || Number(b.year) < MIN_YEAR || Number(b.year) > MAX_YEAR) err('blocEvents', line, `bad year "${b.year}"`);
    if (!preCodes.has(b.code)) err('blocEvents', line, `unknown province pre2025:${b.code}`);
    if (!(BLOC_ROLES as readonly string[]).includes(b.role)) err('blocEvents', line, `bad role "${b.role}"`);
    checkSource('blocEvents', line, b.source_id);
  }

  for (const { line, values: l } of tables.logistics.rows) {
    if (!preCodes.has(l.code)) err('logistics', line, `unknown province pre2025:${l.code}`);
    const lon = Number(l.lon);
    const lat = Number(l.lat);
    if (!(isNumber(l.lon) && isNumber(l.lat) && lon >= LON_RANGE[0] && lon <= LON_RANGE[1] && lat >= LAT_RANGE[0] && lat <= LAT_RANGE[1])) {
      err('logistics', line, `bad lon-lat ${l.lon},${l.lat}`);
    }
    if (!isNumber(l.precision_m)) err('logistics', line, `precision_m is not a number: "${l.precision_m}"`);
    if (!(LOGISTICS_STATUSES as readonly string[]).includes(l.status)) err('logistics', line, `bad status "${l.status}" (${LOGISTICS_STATUSES.join(', ')})`);
    for (const id of l.source_ids ? l.source_ids.split(';') : []) checkSource('logistics', line, id);
  }
  uniq('logistics', (l) => l.id, 'logistics id');

  validateZoneFacts(tables, err, warn, checkSource);
  validatePlans(tables, units, metrics, err, warn, checkSource);

  return problems.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.message.localeCompare(b.message));
}

type Report = (key: DataFileKey, line: number, message: string) => void;
const NUMERIC_FACTS = new Set(['established_year', 'planned_area_ha', 'industrial_land_ha', 'occupancy_pct', 'tenant_projects_fdi', 'tenant_projects_ddi']);
const REGISTER_FACTS = new Set(['developer', 'established_year', 'planned_area_ha', 'industrial_land_ha', 'occupancy_pct', 'status']);

/** zone-facts.csv: known zones, fields and sources; one chosen fact per field, and the zone's field holds it. */
function validateZoneFacts(tables: Record<DataFileKey, CsvTable>, err: Report, warn: Report, checkSource: Report): void {
  const zones = new Map(tables.zones.rows.map((r) => [r.values.id, r.values]));
  const chosen = new Map<string, { line: number; value: string }>();
  const listed = new Set<string>();
  for (const { line, values: f } of tables.zoneFacts.rows) {
    if (!zones.has(f.zone_id)) err('zoneFacts', line, `unknown zone "${f.zone_id}"`);
    if (!(ZONE_FACT_FIELDS as readonly string[]).includes(f.field)) err('zoneFacts', line, `unknown field "${f.field}"`);
    if (!f.value) err('zoneFacts', line, 'empty value');
    else if (NUMERIC_FACTS.has(f.field) && !isNumber(f.value)) err('zoneFacts', line, `${f.field} is not a number: "${f.value}"`);
    if (f.field === 'status' && !(ZONE_STATUSES as readonly string[]).includes(f.value)) err('zoneFacts', line, `bad status "${f.value}"`);
    if (f.as_of && !AS_OF_PATTERN.test(f.as_of)) err('zoneFacts', line, `bad as_of "${f.as_of}"`);
    if (f.field === 'occupancy_pct' && !(OCCUPANCY_BASES as readonly string[]).includes(f.basis)) err('zoneFacts', line, `occupancy needs a basis, got "${f.basis}"`);
    if (f.field !== 'occupancy_pct' && f.basis) err('zoneFacts', line, `basis "${f.basis}" on a ${f.field} fact`);
    if (!(ZONE_FACT_ROLES as readonly string[]).includes(f.role)) err('zoneFacts', line, `bad role "${f.role}"`);
    const ids = f.source_ids ? f.source_ids.split(';') : [];
    if (ids.length === 0) err('zoneFacts', line, 'a fact needs a source');
    for (const id of ids) checkSource('zoneFacts', line, id);
    for (const flag of f.flags ? f.flags.split(';') : []) if (!(ZONE_FACT_FLAGS as readonly string[]).includes(flag)) warn('zoneFacts', line, `unknown flag "${flag}"`);
    const key = `${f.zone_id}|${f.field}`;
    listed.add(key);
    if (f.role === 'chosen') {
      const first = chosen.get(key);
      if (first) err('zoneFacts', line, `a second chosen fact for ${f.zone_id} ${f.field} (first on line ${first.line})`);
      else chosen.set(key, { line, value: f.value });
    }
  }
  for (const { line, values: z } of tables.zones.rows) {
    for (const field of REGISTER_FACTS) {
      const key = `${z.id}|${field}`;
      const pick = chosen.get(key);
      if (pick && z[field] !== pick.value) err('zones', line, `${field} "${z[field]}" is not the chosen fact "${pick.value}" (zone-facts.csv line ${pick.line})`);
      if (!pick && listed.has(key) && z[field]) err('zones', line, `${field} "${z[field]}" has no chosen fact in zone-facts.csv`);
    }
  }
}

/**
 * plans.csv and its metric curation: known units, metrics and sources; a wording only on a stated ratio, in % (or
 * "times" for a multiple); a target in its metric's unit and scope; a range only on a target, above its lower end;
 * a ratio measured part-way through a year against the annual plan, a five-year plan kept as its own period.
 */
function validatePlans(
  tables: Record<DataFileKey, CsvTable>,
  units: Set<string>,
  metrics: Map<string, Record<string, string>>,
  err: Report,
  warn: Report,
  checkSource: Report,
): void {
  const planMetrics = new Map<string, Record<string, string>>();
  const seen = new Map<string, number>();
  for (const { line, values: m } of tables.planMetrics.rows) {
    if (seen.has(m.plan_metric)) err('planMetrics', line, `duplicate plan metric "${m.plan_metric}" (first on line ${seen.get(m.plan_metric)})`);
    seen.set(m.plan_metric, line);
    planMetrics.set(m.plan_metric, m);
    if (!/^[a-z][a-z0-9_]*$/.test(m.plan_metric)) err('planMetrics', line, `bad plan metric id "${m.plan_metric}"`);
    const metric = m.metric ? metrics.get(m.metric) : undefined;
    if (m.metric && !metric) err('planMetrics', line, `unknown metric "${m.metric}"`);
    else if (metric?.derived) err('planMetrics', line, `"${m.metric}" is derived: a plan is compared with a stated figure`);
    if (!m.metric && !(m.label_vi && m.label_en)) err('planMetrics', line, 'a plan metric with no observation metric needs both labels (vi, en)');
    if (!m.reason) err('planMetrics', line, 'a curation row needs its reason');
  }
  const ids = new Map<string, number>();
  for (const { line, values: p } of tables.plans.rows) {
    const at = (message: string) => err('plans', line, message);
    if (!/^p-[0-9a-z]{10}$/.test(p.id)) at(`bad plan id "${p.id}"`);
    else if (ids.has(p.id)) at(`duplicate plan id "${p.id}" (first on line ${ids.get(p.id)})`);
    ids.set(p.id, line);
    if (!units.has(`${p.edition}:${p.code}`)) at(`unknown unit ${p.edition}:${p.code}`);
    if (!isInt(p.year) || Number(p.year) < MIN_YEAR || Number(p.year) > MAX_YEAR) at(`bad year "${p.year}"`);
    for (const col of ['period', 'plan_period'] as const) if (!PLAN_PERIOD_PATTERN.test(p[col])) at(`bad ${col} "${p[col]}"`);
    const multiYear = /^(\d{4})-(\d{4})$/.exec(p.period);
    if (multiYear && !(Number(multiYear[1]) < Number(multiYear[2]) && multiYear[2] === p.year)) at(`a multi-year plan "${p.period}" is filed under its last year, not ${p.year}`);
    if (p.scope !== 'zones' && p.scope !== 'province') at(`bad scope "${p.scope}"`);
    if (!(PLAN_KINDS as readonly string[]).includes(p.kind)) at(`bad kind "${p.kind}" (${PLAN_KINDS.join(', ')})`);
    if (p.kind === 'target' && p.wording) at(`a target has no wording, got "${p.wording}"`);
    if (p.kind === 'achievement' && !(PLAN_WORDINGS as readonly string[]).includes(p.wording)) at(`a stated ratio needs a wording (${PLAN_WORDINGS.join(', ')}), got "${p.wording}"`);
    if (p.kind === 'achievement' && p.unit !== (p.wording === 'times' ? 'times' : 'pct')) at(`a "${p.wording}" ratio is in ${p.wording === 'times' ? 'times' : 'pct'}, got "${p.unit}"`);
    // A ratio stated part-way through a year is measured against the annual plan; anything else against its own period.
    const partOfYear = /^(H1|Q[1-4]|(?:[1-9]|1[01])M)$/.test(p.period);
    const expectedPlanPeriod = p.kind === 'achievement' && partOfYear ? 'FY' : p.period;
    if (p.plan_period !== expectedPlanPeriod) at(`plan_period "${p.plan_period}" should be "${expectedPlanPeriod}"`);
    if (!isNumber(p.value)) at(`value is not a number: "${p.value}"`);
    if (p.range_to) {
      if (p.kind !== 'target') at('only a target states a range');
      else if (!(isNumber(p.range_to) && Number(p.range_to) > Number(p.value))) at(`range_to "${p.range_to}" is not above the stored lower end ${p.value}`);
    }
    const planMetric = planMetrics.get(p.plan_metric);
    if (!planMetric) at(`plan metric "${p.plan_metric}" has no row in curation/plan-metrics.csv`);
    if (p.metric) {
      const metric = metrics.get(p.metric);
      if (!metric) at(`unknown metric "${p.metric}"`);
      else {
        if (metric.scope !== p.scope) at(`scope mismatch: "${p.metric}" is a ${metric.scope} metric, row says "${p.scope}"`);
        if (p.kind === 'target' && metric.unit !== p.unit) at(`a target of "${p.metric}" is in ${metric.unit}, got "${p.unit}"`);
      }
      if (!PERIOD_PATTERN.test(p.achieved_period)) at(`bad achieved_period "${p.achieved_period}"`);
    } else {
      if (p.achieved_period) at('achieved_period without a metric');
      if (planMetric && !(planMetric.label_vi && planMetric.label_en)) at(`"${p.plan_metric}" has no observation metric and no labels`);
      if (planMetric && p.kind === 'target' && planMetric.unit !== p.unit) at(`a target of "${p.plan_metric}" is in ${planMetric.unit || '(no unit)'}, got "${p.unit}"`);
    }
    if (p.as_of && !AS_OF_PATTERN.test(p.as_of)) at(`bad as_of "${p.as_of}" (YYYY, YYYY-MM or YYYY-MM-DD)`);
    checkSource('plans', line, p.source_id);
    for (const f of p.flags ? p.flags.split(';') : []) if (!(PLAN_FLAGS as readonly string[]).includes(f)) warn('plans', line, `unknown flag "${f}"`);
  }
}

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
