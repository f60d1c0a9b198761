// Choosing one value for (unit, metric, year, period), with its alternatives (DATA.md, "Decisions the
// data model follows"): trust tier, then the preferred row, then the latest as_of (stocks), then the
// latest publication. Different publishers disagreeing by more than 0.5% at the same as_of month make a
// value contested; an older vintage from the same publisher is a revision.
import type { Observation, Source } from '../data/types';
import { rowKey, rowYear, type DatasetIndex } from './dataset-index';
import { STOCK_PERIOD, type Alternative, type UnitRef, type ValueSelection } from './types';

const TIER_ORDER: Record<string, number> = { A: 0, B: 1, C: 2 };
export const CONTEST_TOLERANCE = 0.005;

function compareRows(index: DatasetIndex, a: Observation, b: Observation): number {
  const sa = index.sources.get(a.sourceId);
  const sb = index.sources.get(b.sourceId);
  return (
    // The user's own figures are shown when their layer is on (marked, and contested where they differ): they
    // are their own tier, "yours", which is the user's choice to see and not a trust tier among the curated ones.
    Number(b.flags.includes('user')) - Number(a.flags.includes('user')) ||
    (TIER_ORDER[sa?.tier ?? 'C'] ?? 2) - (TIER_ORDER[sb?.tier ?? 'C'] ?? 2) ||
    Number(b.flags.includes('preferred')) - Number(a.flags.includes('preferred')) ||
    Number(a.flags.includes('revised')) - Number(b.flags.includes('revised')) ||
    b.asOf.localeCompare(a.asOf) ||
    (sb?.date ?? '').localeCompare(sa?.date ?? '') ||
    a.id.localeCompare(b.id)
  );
}

const month = (asOf: string) => asOf.slice(0, 7);

function differs(a: number, b: number): boolean {
  const scale = Math.max(Math.abs(a), Math.abs(b));
  return scale !== 0 && Math.abs(a - b) / scale > CONTEST_TOLERANCE;
}

function publisherOf(source: Source | null | undefined, row: Observation): string {
  return (source?.publisher || source?.id || row.sourceId).toLowerCase();
}

/** A row that does not say whether it covers the former or the merged province: never chosen, never ranked. */
export const SET_ASIDE_FLAG = 'territory-ambiguous';
/** A national total that includes the offshore oil-and-gas line of the FIA tables. */
export const INCLUDES_OFFSHORE_FLAG = 'incl-offshore';
const OFFSHORE: UnitRef = { edition: 'offshore', code: 'dk' };

/** Rows that state (unit, metric) for the year and period, stocks by the year of their as_of. */
export function candidateRows(index: DatasetIndex, unit: UnitRef, metric: string, year: number, period: string) {
  const rows = index.rows.get(rowKey(unit.edition, unit.code, metric)) ?? [];
  return rows.filter((row) => row.period === period && rowYear(row) === year);
}

/** The rows of (unit, metric, year, period) that are set aside (listed in provenance, never chosen). */
export function setAsideRows(index: DatasetIndex, unit: UnitRef, metric: string, year: number, period: string): Alternative[] {
  return candidateRows(index, unit, metric, year, period)
    .filter((row) => row.flags.includes(SET_ASIDE_FLAG))
    .map((row) => ({ observation: row, source: index.sources.get(row.sourceId) ?? null, relation: 'set-aside' as const }));
}

/** The offshore line's rows a national total includes (same metric, year and period). */
function includedRows(index: DatasetIndex, chosen: Observation, metric: string, year: number, period: string): Alternative[] {
  if (!chosen.flags.includes(INCLUDES_OFFSHORE_FLAG)) return [];
  return candidateRows(index, OFFSHORE, metric, year, period).map((row) => ({
    observation: row, source: index.sources.get(row.sourceId) ?? null, relation: 'included' as const,
  }));
}

export function selectValue(
  index: DatasetIndex,
  unit: UnitRef,
  metric: string,
  year: number,
  period: string,
): ValueSelection | null {
  const rows = candidateRows(index, unit, metric, year, period).filter((row) => !row.flags.includes(SET_ASIDE_FLAG));
  if (rows.length === 0) return null;
  const sorted = [...rows].sort((a, b) => compareRows(index, a, b));
  const chosen = sorted[0];
  const chosenSource = index.sources.get(chosen.sourceId) ?? null;
  const chosenPublisher = publisherOf(chosenSource, chosen);
  const isStock = period === STOCK_PERIOD;
  const alternatives: Alternative[] = sorted.slice(1).map((row) => {
    const source = index.sources.get(row.sourceId) ?? null;
    const samePublisher = publisherOf(source, row) === chosenPublisher;
    // A user's figure has no as_of: it contests whatever curated figure stands for the same year.
    const userInvolved = chosen.flags.includes('user') || row.flags.includes('user');
    const sameMoment = !isStock || userInvolved || month(row.asOf) === month(chosen.asOf);
    let relation: Alternative['relation'] = 'other';
    if (sameMoment && samePublisher && (row.flags.includes('revised') || (source?.date ?? '') < (chosenSource?.date ?? ''))) {
      relation = 'revised';
    } else if (sameMoment && !samePublisher && differs(row.value, chosen.value)) {
      relation = 'contested';
    }
    return { observation: row, source, relation };
  });
  alternatives.push(...setAsideRows(index, unit, metric, year, period), ...includedRows(index, chosen, metric, year, period));
  return {
    value: chosen.value,
    observation: chosen,
    source: chosenSource,
    asOf: chosen.asOf || String(chosen.year),
    alternatives,
    contested: alternatives.some((a) => a.relation === 'contested'),
    revised: alternatives.some((a) => a.relation === 'revised'),
  };
}
