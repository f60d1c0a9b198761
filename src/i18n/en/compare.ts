// English messages of comparisons under gaps (see vi/compare.ts).
import type { compare as vi } from '../vi/compare';

export const compare: Record<keyof typeof vi, string> = {
  compareMappedOn: 'Compared provinces on the map of {edition}: {changes}.',
  compareOutside: '{names}: outside the Red River Delta',
  provinceSplit: '{name} ({code}) was formed from {names}: selection cleared.',
  provinceSplitCompared: '{name} ({code}) was formed from {names}: selection cleared, and these are now compared.',
  provinceNoCounterpart: '{name} ({code}) has no counterpart in the delta on this map: selection cleared.',
  asofFlow: '"Latest available" applies to cumulative metrics only; dropped.',
  coverageOnly: '{year}: {names} only',
  coverageAll: '{year}: every old province',
  provNoChange: 'No change {from}–{to}: the two years cover different old provinces ({why}).',
  provAsOfMismatch: 'Not summed: the old provinces’ latest values stand at different dates.',
  bumpReportingRow: 'Provinces reporting',
  bumpUnranked: 'Not ranked: {years} (fewer than half the provinces report).',
  bumpUnrankedTitle: 'Fewer than half the provinces report: not ranked',
  bumpSetChanged: 'Faded dashes: the provinces reporting change between these years; the ranks on either side are among different provinces.',
  metricSearch: 'Search metrics',
  metricGroupCore: '{scope} · core',
  metricGroupOther: '{scope} · other',
  metricGroupDerived: '{scope} · derived',
  metricNoMatch: 'No metric matches.',
  metricHidden: '{n} metrics without data are not listed.',
  trendTopThree: 'In colour: the three with the highest latest value ({names}); choose a province to highlight it.',
  trendTopThreeLowest: 'In colour: the three with the lowest latest value, as lower is better ({names}); choose a province to highlight it.',
};
