// Turns an engine value into the plain list a provenance panel shows: the chosen row, its
// disagreeing and revised alternatives, and for aggregates and derived values their inputs.
import type { PlanProvenanceInfo } from './planProvenance';
import type { Source } from '../data/types';
import type { CoverageNote, Qualifier, UnitRef, UnitValue } from './types';

export { selectionValue } from './selectionValue';

/** The sources of the values shown (their publishers, else titles), each once, in order: the line an export carries. */
export function sourcesOf(values: readonly Pick<UnitValue, 'selection' | 'inputs'>[]): string[] {
  const names = new Set<string>();
  for (const value of values) {
    const sources = value.selection ? [value.selection.source] : value.inputs.map((input) => input.selection?.source);
    for (const source of sources) if (source) names.add(source.publisher || source.title);
  }
  return [...names];
}

export interface ProvenanceEntry {
  role: 'chosen' | 'contested' | 'revised' | 'other' | 'set-aside' | 'included' | 'input' | 'missing-input';
  unit: UnitRef;
  metric: string;
  value: number | null;
  year: number | null;
  period: string;
  asOf: string;
  source: Source | null;
  flags: string[];
  note: string;
}

/** What a share's provenance says on top of its inputs: it is derived, of what, and what the total includes. */
export interface ShareInfo {
  of: 'country' | 'region';
  /** The national total counts the offshore oil-and-gas line (`dk`), never a province. */
  includesOffshore: boolean;
  /** A share of the region: the total it is divided by, and whether that is published or the provinces' sum. */
  total?: { value: number; origin: 'published' | 'sum' };
}

/** What a change's provenance says on top of its inputs: from which year to which, and its relative size. */
export interface ChangeInfo {
  fromYear: number;
  toYear: number;
  /** Relative to |the earlier value|; null from zero. */
  pct: number | null;
  /** Among the units comparable in both years (a ranking row's); null when none. */
  rankChange: number | null;
}

export interface Provenance {
  /** A share of the country or of the region (value in %, derived): national.ts, derivedProvenance.ts. */
  share?: ShareInfo;
  /** A change between two years (value: the absolute change, derived): derivedProvenance.ts. */
  change?: ChangeInfo;
  /** A plan figure (a target, a stated or a computed plan ratio): what it is, for the panel's heading. */
  plan?: PlanProvenanceInfo;
  unit: UnitRef;
  metric: string;
  value: number | null;
  origin: UnitValue['origin'];
  contested: boolean;
  derived: boolean;
  partial: boolean;
  userProvided: boolean;
  qualifier: Qualifier;
  asOf: string;
  /** Why there is no value (e.g. old provinces standing at different dates). */
  reason: UnitValue['reason'];
  /** A latest-available value: the earlier year it stands at. */
  carriedFrom: number | null;
  /** A ranking row whose change is not shown: which old provinces each year covers. */
  coverageNote: CoverageNote | null;
  entries: ProvenanceEntry[];
}

export function provenanceOf(value: UnitValue & { coverageNote?: CoverageNote | null }): Provenance {
  const metric = value.metric;
  const entries: ProvenanceEntry[] = [];
  if (value.selection) {
    const { observation, source, alternatives } = value.selection;
    entries.push({
      role: 'chosen', unit: value.unit, metric, value: observation.value, year: observation.year, period: observation.period,
      asOf: observation.asOf, source, flags: observation.flags, note: observation.note,
    });
    for (const alternative of alternatives) {
      const row = alternative.observation;
      // An included row belongs to its own unit (the offshore line inside a national total).
      const unit = alternative.relation === 'included' ? { edition: row.edition, code: row.code } : value.unit;
      entries.push({
        role: alternative.relation, unit, metric, value: row.value, year: row.year, period: row.period,
        asOf: row.asOf, source: alternative.source, flags: row.flags, note: row.note,
      });
    }
  }
  for (const alternative of value.setAside) {
    const row = alternative.observation;
    entries.push({
      role: 'set-aside', unit: value.unit, metric, value: row.value, year: row.year, period: row.period,
      asOf: row.asOf, source: alternative.source, flags: row.flags, note: row.note,
    });
  }
  for (const input of value.inputs) {
    const row = input.selection?.observation;
    entries.push({
      role: row ? 'input' : 'missing-input', unit: input.unit, metric: input.metric, value: row?.value ?? null,
      year: row?.year ?? null, period: row?.period ?? '', asOf: row?.asOf ?? '', source: input.selection?.source ?? null,
      flags: row?.flags ?? [], note: row?.note ?? '',
    });
  }
  for (const unit of value.missingInputs) {
    if (!entries.some((e) => e.role === 'missing-input' && e.unit.code === unit.code && e.unit.edition === unit.edition)) {
      entries.push({ role: 'missing-input', unit, metric, value: null, year: null, period: '', asOf: '', source: null, flags: [], note: '' });
    }
  }
  return {
    unit: value.unit, metric, value: value.value, origin: value.origin, contested: value.contested,
    derived: value.derived, partial: value.partial, userProvided: value.userProvided, qualifier: value.qualifier, asOf: value.asOf,
    reason: value.reason, carriedFrom: value.carriedFrom, coverageNote: value.coverageNote ?? null, entries,
  };
}
