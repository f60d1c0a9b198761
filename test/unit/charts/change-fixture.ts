// Hand-made ranking results for the chart tests: a few provinces, values chosen to exercise ties,
// missing values, lower-is-better order and zero bases.
import type { RankingQuery, RankingResult, RankingRow } from '../../../src/core/analysis/types';
import { competitionRanks } from '../../../src/core/analysis/ranking';
import type { Metric, Province } from '../../../src/core/data/types';

export const chartProvinces: Province[] = [
  ['01', 'Hà Nội', 'Ha Noi'],
  ['31', 'Hải Phòng', 'Hai Phong'],
  ['27', 'Bắc Ninh', 'Bac Ninh'],
  ['30', 'Hải Dương', 'Hai Duong'],
  ['33', 'Hưng Yên', 'Hung Yen'],
].map(([code, nameVi, nameEn]) => ({ edition: 'pre2025', code, iso: '', nameVi, nameEn, inRegion: true, inBloc: true, successor: '' }));

export const chartMetric = (patch: Partial<Metric> = {}): Metric => ({
  id: 'fdi_registered_musd', scope: 'province', labelVi: 'Vốn FDI đăng ký', labelEn: 'Registered FDI', unit: 'musd',
  unitVi: 'triệu USD', unitEn: 'million USD', kind: 'flow', higherIsBetter: true, aggregate: 'sum', weightMetric: '',
  core: true, derived: '', descriptionEn: '', descriptionVi: '', ...patch,
});

export interface RowSpec {
  code: string;
  value: number | null;
  previous?: number | null;
  contested?: boolean;
  derived?: boolean;
  partial?: boolean;
}

/** A RankingResult as the engine would return it (competition ranks, deltas from `previous`). */
export function rankingOf(
  specs: RowSpec[],
  query: Partial<RankingQuery> = {},
  direction: RankingResult['direction'] = 'higher',
): RankingResult {
  const fullQuery: RankingQuery = { metric: 'fdi_registered_musd', year: 2024, period: 'FY', edition: 'pre2025', ...query };
  const ranks = competitionRanks(specs.map((s) => s.value), direction);
  const rows: RankingRow[] = specs.map((spec, i) => {
    const previous = spec.previous ?? null;
    const deltaAbs = spec.value !== null && previous !== null ? spec.value - previous : null;
    return {
      unit: { edition: 'pre2025', code: spec.code },
      metric: fullQuery.metric,
      value: spec.value,
      origin: spec.value === null ? 'missing' : spec.derived ? 'derived' : 'observed',
      selection: null,
      inputs: [],
      asOf: '',
      contested: spec.contested ?? false,
      derived: spec.derived ?? false,
      partial: spec.partial ?? false,
      userProvided: false,
      qualifier: '',
      setAside: [],
      missingInputs: spec.partial ? [{ edition: 'pre2025', code: '33' }] : [],
      covered: spec.partial ? [{ edition: 'pre2025', code: '30' }] : [],
      carriedFrom: null,
      reason: spec.value === null ? 'no-data' : '',
      rank: ranks[i],
      share: null,
      shareQualifier: '',
      countryShare: null,
      countryShareQualifier: '',
      previous: null,
      previousRank: null,
      deltaAbs,
      deltaPct: deltaAbs !== null && previous ? deltaAbs / Math.abs(previous) : null,
      deltaQualifier: '',
      rankChange: null,
      coverageNote: null,
      nationalRank: null,
      sourceChange: false,
      deltaSpan: null,
      partYear: false,
      definitionChange: false,
      otherDefinition: false,
    };
  });
  rows.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.unit.code.localeCompare(b.unit.code));
  return {
    query: fullQuery,
    rows,
    reporting: rows.filter((r) => r.value !== null).length,
    total: rows.length,
    commonReporters: 0,
    national: null,
    direction,
    regionTotal: null,
    countryTotal: null,
    previousYear: specs.some((s) => s.previous !== undefined && s.previous !== null) ? fullQuery.year - 1 : null,
    previousPeriod: fullQuery.period,
  };
}
