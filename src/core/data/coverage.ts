// data/COVERAGE.md: observations per metric, unit and year. Deterministic: dated by the newest source, not the clock.
import type { Dataset, Metric, Observation, PlanRow } from './types';

const EDITION_ORDER: Record<string, number> = { pre2025: 0, region: 1, post2025: 2, country: 3, offshore: 4 };

function unitLabel(ds: Dataset, edition: string, code: string): string {
  if (edition === 'region') return 'Khối ĐBSH (bloc)';
  if (edition === 'country') return 'Cả nước (00)';
  if (edition === 'offshore') return 'Dầu khí (dk, offshore; not a province)';
  const p = ds.provinces.find((x) => x.edition === edition && x.code === code);
  const name = p ? p.nameVi : code;
  return edition === 'post2025' ? `${name} (${code}, post2025)` : p && !p.inBloc ? `${name} (${code}, outside bloc)` : `${name} (${code})`;
}

/** Groups with more than one publisher and values more than 0.5% apart (same unit, metric, year, period, as_of). */
function contestedKeys(observations: Observation[], publisherOf: Map<string, string>): Set<string> {
  const groups = new Map<string, Observation[]>();
  for (const o of observations) {
    const key = [o.edition, o.code, o.metric, o.year, o.period, o.asOf.slice(0, 7)].join('|');
    const list = groups.get(key) ?? [];
    list.push(o);
    groups.set(key, list);
  }
  const out = new Set<string>();
  for (const [key, list] of groups) {
    const publishers = new Set(list.map((o) => publisherOf.get(o.sourceId)));
    if (publishers.size < 2) continue;
    const values = list.map((o) => o.value);
    const min = Math.min(...values);
    const max = Math.max(...values);
    if (max - min > 0.005 * Math.max(Math.abs(max), Math.abs(min))) out.add(key);
  }
  return out;
}

/**
 * Observations per scope and year, and the unit-years covered (a province with at least one value in a year):
 * the figures a closing note compares before and after a data pass.
 */
function summaryTables(ds: Dataset): string[] {
  const years = [...new Set(ds.observations.map((o) => o.year))].sort((a, b) => a - b);
  const count = (scope: string, year: number) => ds.observations.filter((o) => o.scope === scope && o.year === year).length;
  const unitYears = (scope: string, filter: (o: Observation) => boolean) =>
    new Set(ds.observations.filter((o) => o.scope === scope && filter(o)).map((o) => `${o.edition}|${o.code}|${o.year}`));
  const bloc = new Set(ds.provinces.filter((p) => p.inBloc).map((p) => p.code));
  const pre = (o: Observation) => o.edition === 'pre2025';
  const inBloc = (o: Observation) => pre(o) && bloc.has(o.code);
  const perYear = (set: Set<string>) => years.map((y) => [...set].filter((k) => k.endsWith(`|${y}`)).length);
  const row = (label: string, cells: number[]) => `| ${label} | ${cells.map((n) => (n ? String(n) : '·')).join(' | ')} | ${cells.reduce((a, b) => a + b, 0)} |`;
  return [
    '## Summary', '',
    `| | ${years.join(' | ')} | total |`, `|---|${years.map(() => '---:').join('|')}|---:|`,
    row('observations, zone scope', years.map((y) => count('zones', y))),
    row('observations, province scope', years.map((y) => count('province', y))),
    row('bloc provinces with a zone-scope value', perYear(unitYears('zones', inBloc))),
    row('bloc provinces with a province-scope value', perYear(unitYears('province', inBloc))),
    row('63-map provinces with a province-scope value', perYear(unitYears('province', pre))),
    '',
  ];
}

/**
 * The boards' own targets and stated ratios (plans.csv), per province, metric and year: kept apart from the
 * observations, which no count above includes.
 */
function planTables(ds: Dataset): string[] {
  const plans = ds.plans;
  if (plans.length === 0) return [];
  const count = (test: (p: PlanRow) => boolean) => plans.filter(test).length;
  const ratio = (p: PlanRow) => p.kind === 'achievement';
  const partOfYear = (p: PlanRow) => ratio(p) && p.period !== p.planPeriod;
  const years = [...new Set(plans.map((p) => p.year))].sort((a, b) => a - b);
  const keyOf = (p: PlanRow) => `${p.edition}|${p.code}|${p.metric || p.planMetric}`;
  const keys = [...new Set(plans.map(keyOf))].sort((a, b) => {
    const [ea, ca, ma] = a.split('|');
    const [eb, cb, mb] = b.split('|');
    return EDITION_ORDER[ea] - EDITION_ORDER[eb] || ca.localeCompare(cb) || ma.localeCompare(mb);
  });
  const lines = [
    '## Plans: targets and stated ratios (`plans.csv`)', '',
    `Not observations: counted nowhere above, never ranked, summed or charted as results. ${plans.length} rows from ` +
      `${new Set(plans.map((p) => p.sourceId)).size} sources: ${count((p) => p.kind === 'target')} targets ` +
      `(${count((p) => p.rangeTo !== null)} the lower end of a stated range), ${count(ratio)} stated ratios ` +
      `(${count((p) => p.wording === 'pct')} "x% of plan", ${count((p) => p.wording === 'excess_pct')} "x% above plan", ` +
      `${count((p) => p.wording === 'times')} "x-fold"; ${count(partOfYear)} measured part-way through the year against the annual plan).`,
    '',
    'Cell: `T` a target, `S` a ratio stated for the plan\'s whole period, `s` a ratio stated part-way through it; `·` none.',
    'Metric: the observation metric the achieved value is read from, else the plan\'s own id (no such series).', '',
    `| unit | metric | ${years.join(' | ')} |`, `|---|---|${years.map(() => ':---:').join('|')}|`,
  ];
  for (const key of keys) {
    const own = plans.filter((p) => keyOf(p) === key);
    const [edition, code, metric] = key.split('|');
    const cells = years.map((y) => {
      const inYear = own.filter((p) => p.year === y);
      const marks = [
        inYear.some((p) => p.kind === 'target') ? 'T' : '',
        inYear.some((p) => ratio(p) && !partOfYear(p)) ? 'S' : '',
        inYear.some(partOfYear) ? 's' : '',
      ].join('');
      return marks || '·';
    });
    lines.push(`| ${unitLabel(ds, edition, code)} | \`${metric}\` | ${cells.join(' | ')} |`);
  }
  lines.push('');
  return lines;
}

export function coverageMarkdown(ds: Dataset): string {
  const publisherOf = new Map(ds.sources.map((s) => [s.id, s.publisher]));
  const contested = contestedKeys(ds.observations, publisherOf);
  const newest = ds.sources.map((s) => s.date).filter(Boolean).sort().at(-1) ?? '';
  const byMetric = new Map<string, Observation[]>();
  for (const o of ds.observations) {
    const list = byMetric.get(o.metric) ?? [];
    list.push(o);
    byMetric.set(o.metric, list);
  }
  const lines: string[] = [];
  lines.push('# Data coverage', '');
  lines.push('Generated by `npm run data:report` from `data/`; do not edit by hand.', '');
  lines.push(`- Observations: ${ds.observations.length} (zone scope ${ds.observations.filter((o) => o.scope === 'zones').length}, province scope ${ds.observations.filter((o) => o.scope === 'province').length})`);
  lines.push(`- Metrics: ${ds.metrics.length} (${ds.metrics.filter((m) => m.core).length} core, ${ds.metrics.filter((m) => m.derived).length} derived)`);
  lines.push(`- Sources: ${ds.sources.length} (tier A ${ds.sources.filter((s) => s.tier === 'A').length}, B ${ds.sources.filter((s) => s.tier === 'B').length}, C ${ds.sources.filter((s) => s.tier === 'C').length})`);
  lines.push(`- Zones: ${ds.zones.length} (${ds.zones.filter((z) => z.lon !== null).length} located); logistics points: ${ds.logistics.length}`);
  const factRoles = (role: string) => ds.zoneFacts.filter((f) => f.role === role).length;
  lines.push(
    `- Zone facts: ${ds.zoneFacts.length} for ${new Set(ds.zoneFacts.map((f) => f.zoneId)).size} zones ` +
      `(${factRoles('chosen')} chosen, ${factRoles('contested')} contested, ${factRoles('older')} older, ${factRoles('other')} other)`,
  );
  lines.push(`- Contested groups (two publishers, values > 0.5% apart): ${contested.size}`);
  lines.push(`- Newest source date: ${newest}`, '');
  lines.push(...summaryTables(ds));
  lines.push('Cell = number of observations (all periods); `n!k` = k of them in contested groups; `·` = none.', '');

  const order = (m: Metric) => [m.scope === 'zones' ? 0 : 1, m.core ? 0 : 1, m.id] as const;
  const metrics = [...ds.metrics].sort((a, b) => {
    const x = order(a);
    const y = order(b);
    return x[0] - y[0] || x[1] - y[1] || x[2].localeCompare(y[2]);
  });
  let currentScope = '';
  for (const m of metrics) {
    if (m.scope !== currentScope) {
      currentScope = m.scope;
      lines.push(`## ${m.scope === 'zones' ? 'Zone scope (IZ/EZ figures)' : 'Province scope (whole province)'}`, '');
    }
    const obs = byMetric.get(m.id) ?? [];
    lines.push(`### \`${m.id}\`${m.core ? ' (core)' : ''}: ${m.labelEn} / ${m.labelVi}`, '');
    if (m.derived) {
      lines.push(`Derived: \`${m.derived}\` (computed by the app; no observations).`, '');
      continue;
    }
    if (obs.length === 0) {
      lines.push('No observations.', '');
      continue;
    }
    const years = [...new Set(obs.map((o) => o.year))].sort((a, b) => a - b);
    const unitKeys = new Set(obs.map((o) => `${o.edition}|${o.code}`));
    for (const p of ds.provinces) if (p.inBloc) unitKeys.add(`pre2025|${p.code}`);
    const units = [...unitKeys]
      .map((k) => k.split('|') as [string, string])
      .sort((a, b) => EDITION_ORDER[a[0]] - EDITION_ORDER[b[0]] || a[1].localeCompare(b[1]));
    lines.push(`| unit | ${years.join(' | ')} | total |`, `|---|${years.map(() => '---:').join('|')}|---:|`);
    for (const [edition, code] of units) {
      const own = obs.filter((o) => o.edition === edition && o.code === code);
      const cells = years.map((y) => {
        const inYear = own.filter((o) => o.year === y);
        if (inYear.length === 0) return '·';
        const k = inYear.filter((o) => contested.has([o.edition, o.code, o.metric, o.year, o.period, o.asOf.slice(0, 7)].join('|'))).length;
        return k > 0 ? `${inYear.length}!${k}` : String(inYear.length);
      });
      lines.push(`| ${unitLabel(ds, edition, code)} | ${cells.join(' | ')} | ${own.length || '·'} |`);
    }
    lines.push('');
  }
  lines.push(...planTables(ds));
  return lines.join('\n');
}
