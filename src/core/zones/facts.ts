// A zone's sourced facts, grouped by field for the zone card. Pure: the refresh already chose one per field.
import type { ZoneFact, ZoneFactField } from '../data/types';
import { qualifierOfFlags, type Qualifier } from '../analysis/qualifier';

export interface FieldFacts {
  field: ZoneFactField;
  /** Every fact for the field, chosen first (the order of zone-facts.csv). */
  facts: ZoneFact[];
  chosen: ZoneFact | null;
  /** Another source states a different value at the same time. */
  contested: boolean;
  /** Only figures for single phases: no value for the whole zone. */
  phasesOnly: boolean;
  /** The chosen value's own mark (a lower bound, an approximation). */
  qualifier: Qualifier;
}

export function zoneFacts(all: readonly ZoneFact[], zoneId: string): Map<ZoneFactField, FieldFacts> {
  const byField = new Map<ZoneFactField, FieldFacts>();
  for (const fact of all) {
    if (fact.zoneId !== zoneId) continue;
    let entry = byField.get(fact.field);
    if (!entry) byField.set(fact.field, (entry = { field: fact.field, facts: [], chosen: null, contested: false, phasesOnly: false, qualifier: '' }));
    entry.facts.push(fact);
    if (fact.role === 'chosen') {
      entry.chosen = fact;
      entry.qualifier = qualifierOfFlags(fact.flags);
    }
    if (fact.role === 'contested') entry.contested = true;
  }
  for (const entry of byField.values()) entry.phasesOnly = !entry.chosen && entry.facts.every((f) => f.flags.includes('phase-only'));
  return byField;
}
