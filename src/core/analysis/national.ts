// The country as context (issue 14 §3): a province's rank among every province of the edition, its share of
// the published national total, and the region's share of the country year by year. Pure.
//
// Like for like: a national rank is taken among complete values of the year itself (a partial merged unit or
// a value carried from an earlier year is not ranked), and only when at least half the edition's provinces
// report: a rank among a handful is not a national rank.
import type { Edition } from '../data/types';
import type { DatasetIndex } from './dataset-index';
import { difference, increasing, qualifierOf, type Qualifier } from './qualifier';
import { selectValue } from './select';
import { periodFor, unitValue, yearsOf } from './values';
import { definitionChanged, otherDefinitions, sourceChanged } from './basis';
import { provenanceOf, selectionValue, type Provenance, type ShareInfo } from './provenance';
import { COUNTRY_UNIT, REGION_UNIT, type UnitRef, type UnitValue, type ValueSelection } from './types';
import { extentProvinces, regionProvinces } from '../provinces';

export type Direction = 'higher' | 'lower' | 'neutral';

/** The national ranks of one year: by unit code, and how many of the edition's provinces report. */
export interface NationalRanks {
  ranks: Map<string, number>;
  reporting: number;
  total: number;
}

/** A value that can stand in a national ranking: known, complete, of the year itself. */
const rankable = (v: Pick<UnitValue, 'value' | 'partial' | 'carriedFrom'>) => v.value !== null && Number.isFinite(v.value) && !v.partial && v.carriedFrom === null;

/**
 * Competition ranks (1, 2, 2, 4) among the rankable values; empty when fewer than half of `total` report
 * (a value counted on another definition than most is neither ranked nor counted as reporting).
 * `values` are every province of the edition, `total` their number.
 */
export function nationalRanksOf(values: readonly UnitValue[], direction: Direction, total: number): NationalRanks {
  // A value counted otherwise than most of the year's (basis.ts) is not ranked with them.
  const other = otherDefinitions(values);
  const reporters = values.filter((v, i) => rankable(v) && !other[i]).sort((a, b) => (direction === 'lower' ? (a.value as number) - (b.value as number) : (b.value as number) - (a.value as number)));
  const ranks = new Map<string, number>();
  if (reporters.length === 0 || reporters.length * 2 < total) return { ranks, reporting: reporters.length, total };
  reporters.forEach((v, i) => {
    const previous = reporters[i - 1];
    ranks.set(v.unit.code, previous && previous.value === v.value ? (ranks.get(previous.unit.code) as number) : i + 1);
  });
  return { ranks, reporting: reporters.length, total };
}

/** Every province of the edition's value for the year (never carried), ranked; null for a zone-level metric. */
export function nationalRanks(index: DatasetIndex, metricId: string, year: number, period: string, edition: Edition, direction: Direction): NationalRanks | null {
  const metric = index.metrics.get(metricId);
  if (!metric || metric.scope !== 'province') return null;
  const units = extentProvinces(index.dataset.provinces, edition, 'country');
  const values = units.map((p) => unitValue(index, { edition, code: p.code }, metricId, year, period));
  return nationalRanksOf(values, direction, units.length);
}

/** The published national total (`00`) of a metric that adds up; null when none is published for the year. */
export function countryTotalOf(index: DatasetIndex, metricId: string, year: number, period: string): { value: number; selection: ValueSelection; qualifier: Qualifier } | null {
  const metric = index.metrics.get(metricId);
  if (!metric || metric.aggregate !== 'sum' || metric.derived) return null;
  const selection = selectValue(index, COUNTRY_UNIT, metricId, year, periodFor(index, metricId, period));
  return selection ? { value: selection.value, selection, qualifier: qualifierOf(selection.observation) } : null;
}

/** A part's share of a published total, with its mark: a lower bound over an exact total is a lower bound. */
export function shareOf(part: number | null, partMark: Qualifier, total: { value: number; qualifier: Qualifier } | null): { share: number | null; qualifier: Qualifier } {
  if (part === null || !total || total.value === 0) return { share: null, qualifier: '' };
  return { share: part / total.value, qualifier: difference(partMark, total.qualifier) };
}

/** Whether the national total includes the offshore oil-and-gas line (FIA tables): the share's provenance says so. */
export const includesOffshore = (selection: ValueSelection | null | undefined) => !!selection?.observation.flags.includes('incl-offshore');

/**
 * The provenance of a share of the country: a derived number (parts ÷ national total, in %) whose inputs are
 * the parts' own sources and the national total's row, with the offshore line it includes listed.
 */
export function shareProvenance(
  unit: UnitRef, parts: readonly UnitValue[], total: ValueSelection, share: number, qualifier: Qualifier, metric: string,
): Provenance & { share: ShareInfo } {
  const asInputs = (p: Provenance) => p.entries.map((e) => (e.role === 'chosen' ? { ...e, role: 'input' as const, unit: p.unit } : e));
  const entries = [...parts, selectionValue(COUNTRY_UNIT, metric, total)].flatMap((part) => asInputs(provenanceOf(part)));
  return {
    unit, metric, value: share * 100, origin: 'derived', contested: parts.some((p) => p.contested) || total.contested, derived: true,
    partial: false, userProvided: parts.some((p) => p.userProvided), qualifier, asOf: '', reason: '', carriedFrom: null, coverageNote: null,
    entries, share: { of: 'country', includesOffshore: includesOffshore(total) },
  };
}

/** One year of the region's share of the country: the region's total (published, else a complete sum) over the national total. */
export interface RegionSharePoint {
  year: number;
  /** 0–1; null when either total is missing (said by `reason`). */
  share: number | null;
  qualifier: Qualifier;
  region: number | null;
  regionOrigin: 'published' | 'sum' | null;
  /** The national total includes the offshore line. */
  includesOffshore: boolean;
  reason: '' | 'no-country-total' | 'no-region-total';
  /** The national total's source (or counting basis) differs from the previous year's (FIA to 20 December → NSO calendar year). */
  sourceChange: boolean;
  /** The national total is counted on another definition than the previous year's (2015 without share purchases). */
  definitionChange: boolean;
  /** The region's total as one published value, or its provinces' values (the share's provenance lists them). */
  parts: UnitValue[];
  country: number | null;
  countrySelection: ValueSelection | null;
}

/**
 * The region's share of the country per year of the metric: derived, never published. The region's total is
 * the bloc's published total, else the sum of the region's provinces when every one has a complete value of the
 * year (a sum missing a province is not the region); the national total is the published `00` row.
 */
export function regionCountryShare(index: DatasetIndex, metricId: string, period: string, edition: Edition): RegionSharePoint[] {
  const metric = index.metrics.get(metricId);
  if (!metric || metric.scope !== 'province' || metric.aggregate !== 'sum' || metric.derived) return [];
  const units: UnitRef[] = regionProvinces(index.dataset.provinces, edition).map((p) => ({ edition, code: p.code }));
  let previous: { year: number; total: UnitValue } | null = null;
  return yearsOf(index, metricId).map((year): RegionSharePoint => {
    const country = countryTotalOf(index, metricId, year, period);
    const published = selectValue(index, REGION_UNIT, metricId, year, periodFor(index, metricId, period));
    let region: { value: number; qualifier: Qualifier; origin: 'published' | 'sum'; parts: UnitValue[] } | null = null;
    if (published) {
      region = { value: published.value, qualifier: qualifierOf(published.observation), origin: 'published', parts: [selectionValue(REGION_UNIT, metricId, published)] };
    } else {
      const values = units.map((unit) => unitValue(index, unit, metricId, year, period));
      if (values.length && values.every((v) => v.value !== null && !v.partial) && !otherDefinitions(values).some(Boolean)) {
        region = { value: values.reduce((s, v) => s + (v.value as number), 0), qualifier: increasing(...values.map((v) => v.qualifier)), origin: 'sum', parts: values };
      }
    }
    const { share, qualifier } = shareOf(region?.value ?? null, region?.qualifier ?? '', country);
    const total = country ? selectionValue(COUNTRY_UNIT, metricId, country.selection) : null;
    const sourceChange = share !== null && previous?.year === year - 1 && sourceChanged(previous.total, total, period);
    const definitionChange = share !== null && previous?.year === year - 1 && definitionChanged(previous.total, total);
    previous = total ? { year, total } : null;
    return {
      sourceChange, definitionChange,
      year, share, qualifier, region: region?.value ?? null, regionOrigin: region?.origin ?? null, country: country?.value ?? null,
      includesOffshore: includesOffshore(country?.selection), reason: !country ? 'no-country-total' : !region ? 'no-region-total' : '',
      parts: region?.parts ?? [], countrySelection: country?.selection ?? null,
    };
  });
}
