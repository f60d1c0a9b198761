// The provenance of the ranking table's derived cells: a change from the previous year (and the rank change
// taken from it), and a share of the region. Each lists the values it is computed from, with their sources,
// so that every number on screen is one click from where it comes from. Pure; loaded with the first use.
import { provenanceOf, selectionValue, type Provenance, type ProvenanceEntry } from './provenance';
import { REGION_UNIT, type RankingResult, type RankingRow, type UnitValue } from './types';

/** A value's entries as the inputs of a derived number (the chosen row becomes an input of its unit). */
function asInputs(value: UnitValue): ProvenanceEntry[] {
  const provenance = provenanceOf(value);
  return provenance.entries.map((e) => (e.role === 'chosen' ? { ...e, role: 'input' as const, unit: provenance.unit } : e));
}

function derived(row: RankingRow, value: number, parts: readonly UnitValue[], extra: Pick<Provenance, 'change' | 'share' | 'qualifier'>): Provenance {
  return {
    unit: row.unit, metric: row.metric, value, origin: 'derived', derived: true, partial: false,
    contested: parts.some((p) => p.contested), userProvided: parts.some((p) => p.userProvided),
    asOf: '', reason: '', carriedFrom: null, coverageNote: null,
    entries: parts.flatMap(asInputs),
    ...extra,
  };
}

/** A row's change from the previous year: the earlier value, then this year's; null without a change. */
export function changeProvenance(row: RankingRow, result: Pick<RankingResult, 'previousYear' | 'query'>): Provenance | null {
  if (row.deltaAbs === null || !row.previous || result.previousYear === null) return null;
  return derived(row, row.deltaAbs, [row.previous, row], {
    qualifier: row.deltaQualifier,
    change: { fromYear: result.previousYear, toYear: result.query.year, pct: row.deltaPct, rankChange: row.rankChange },
  });
}

/**
 * A row's share of the region: the value over the region's published total, or over the sum of every
 * province's value (all of them listed); null without a share.
 */
export function regionShareProvenance(row: RankingRow, result: Pick<RankingResult, 'regionTotal' | 'rows'>): Provenance | null {
  const total = result.regionTotal;
  if (row.share === null || !total) return null;
  const parts = total.selection
    ? [row, selectionValue(REGION_UNIT, row.metric, total.selection)]
    : [row, ...result.rows.filter((other) => other !== row && other.value !== null)];
  return derived(row, row.share * 100, parts, {
    qualifier: row.shareQualifier,
    share: { of: 'region', includesOffshore: false, total: { value: total.value, origin: total.origin } },
  });
}
