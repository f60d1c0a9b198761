// A published figure as an engine value: what the ranking's region and country totals hand the provenance
// panel. Apart from provenance.ts, which loads only when a panel opens. Pure.
import { qualifierOf } from './qualifier';
import type { UnitRef, UnitValue, ValueSelection } from './types';

/** A single sourced figure (a published region or national total) as an engine value, for provenance. */
export function selectionValue(unit: UnitRef, metric: string, selection: ValueSelection): UnitValue {
  return {
    unit, metric, value: selection.value, origin: 'observed', selection, inputs: [], asOf: selection.asOf,
    contested: selection.contested, derived: false, partial: false,
    userProvided: selection.observation.flags.includes('user'), qualifier: qualifierOf(selection.observation), setAside: [],
    missingInputs: [], covered: [], carriedFrom: null, reason: '',
  };
}
