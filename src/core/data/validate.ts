// Validation of the data/ CSVs. Every problem names the file and the 1-based line (header = line 1).
import { parseCsv, type CsvTable } from './csv';
import { formulaRefs, parseFormula } from './formula';
import {
  AS_OF_PATTERN, BLOC_ROLES, OFFSHORE_CODE, DATA_FILES, LOGISTICS_STATUSES, MAX_YEAR, MIN_YEAR, OBSERVATION_FLAGS, OCCUPANCY_BASES,
  PERIOD_PATTERN, TIERS, UNIT_EDITIONS, ZONE_CURATIONS, ZONE_FACT_FIELDS, ZONE_FACT_FLAGS, ZONE_FACT_ROLES, ZONE_KINDS, ZONE_STATUSES,
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

export function formatProblem(p: Problem): string {
  return `${p.file}:${p.line}: ${p.severity === 'warning' ? 'warning: ' : ''}${p.message}`;
}
