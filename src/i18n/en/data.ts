// English messages about where numbers come from and how sure they are.
import type { data as vi } from '../vi/data';

export const data: Record<keyof typeof vi, string> = {
  provIncluded: 'Included in the national total: offshore oil and gas (not a province)',

  markLowerBound: 'lower bound',
  markApprox: 'approximate',
  flagLowerBound: 'stated as “over”, “more than”: a lower bound',
  flagApprox: 'stated as “about”, “nearly”: an approximation',
  flagEstimate: 'an estimate',
  flagPreliminary: 'preliminary',
  flagInferredYear: 'year inferred from the text: the source prints none',
  flagApproxDate: 'approximate as-of date',
  flagTerritoryAmbiguous: 'does not say whether it covers the former or the merged province',
  flagScopeAmbiguous: 'does not say whether it covers the zones or the whole province',
  flagInclOffshore: 'the total includes offshore oil and gas',
  flagComputed: "the compiler's sum, not a published figure",
  flagExclSharePurchases: 'without share purchases (the table has no such column)',
  flagInclSharePurchases: 'includes share purchases',
  qualifiers: 'Notes',

  copyOnGithub: 'copy on GitHub',
  officialAddress: 'Official address',
  sourceTable: 'Table or article',

  zoneFactSources: 'Sources ({n})',
  zoneFactChosen: 'chosen',
  zoneFactContested: 'contested',
  zoneFactOlder: 'older',
  zoneFactOther: 'other',
  zoneFactPhaseOnly: 'one phase only',
  zoneFactWeak: 'weak source, to be checked',
  zoneFactContradicts: 'differs from the zone register',
  zoneFactRegister: 'zone register (compiled from several sources)',
  zoneFactPhasesOnly: 'only figures for single phases, none for the whole zone',
  zoneTenantsFdi: 'FDI projects in the zone',
  zoneTenantsDdi: 'Domestic projects in the zone',
  zoneFactAt: 'at {date}',
};
