// English messages of the change panels and the ranking bars.
import type { change as vi } from '../vi/change';

export const change: Record<keyof typeof vi, string> = {
  changeNotComparable: 'Not comparable: {reason}.',
  changeReasonMetric: 'the two metrics differ',
  changeReasonEdition: 'one year uses the map before the 2025 merger, the other the map after it',
  changeReasonScope: 'the two scopes differ (the zones and the whole province)',
  changeReasonPeriod: 'the periods differ, {from} and {to}',
  changeReasonPartialPeriod: 'one period covers only part of a year, {from} and {to}',
  changeReasonYears: 'the first year must come before the second ({from}, {to})',
  changeReasonDefinition: '{from} and {to} are counted on different definitions (see the figures’ source notes)',
  changeAnd: ' and ',
  changeFromZero: 'no % change (0 in {year})',
  changePartialOnce: 'not comparable',
  changeDefinition: 'not comparable: counted on different definitions',
  changeNoData: 'no data',
  changeDeltaTitle: 'Change in {metric} from {from} to {to} ({mode})',
  changeModeAbs: 'absolute',
  changeModePct: 'percent',
  changeDeltaDesc:
    '{n} of {total} provinces have data in both years. Bars to the right are gains, to the left losses; the largest gain first, provinces without data last.',
  slopeTitle: '{metric}: {from} and {to}',
  slopeDesc:
    'Each line joins a province’s value in {from} (left axis) to its value in {to} (right axis), both axes on one scale; {n} provinces have data in both years.',
  slopeMissingIn: 'missing in {years}',
  slopeMissingHeading: 'Not drawn (no like-for-like pair of values; why, by province):',
  barsTitle: 'Ranking of {metric}, {year} ({period})',
  barsHigherFirst: 'higher is better: rank 1 (the highest value) at the top',
  barsLowerFirst: 'lower is better: rank 1 (the lowest value) at the top',
  barsNeutralFirst: 'ordered by value, largest at the top',
  barsFirst: 'Rank 1: {name}, {value}',
  barsTied: 'tied {rank}',
  barsNoData: 'no data',
  barsMarkAll: '{mark}: every province',
  barsNational: 'Country',
  barsNationalOf: 'Rank among the {n} of {total} provinces of the whole country that report this year',
};
