// The country as context (issue 14 §3): the extent, national ranks, shares of the country, source-change and part-year marks.
import type { country as vi } from '../vi/country';

export const country: Record<keyof typeof vi, string> = {
  extentLabel: 'Extent',
  extentRegion: 'Red River Delta',
  extentCountry: 'Whole country',
  extentZones: 'Zone (IZ/EZ) figures exist for the Red River Delta only: "whole country" is ignored and the region shown.',
  extentCountryOutline: 'Bold outline: the Red River Delta provinces',
  nationalRankShort: 'VN: {rank}',
  nationalRankOf: 'rank {rank} of the {n} provinces reporting nationwide',
  nationalRankAmong: '· national rank among {n}/{total} provinces reporting',
  nationalRankNone: '· fewer than half the provinces report nationwide ({n}/{total}): no national rank',
  markSourceChange: 'source changes',
  markSourceChangeTitle: 'The source (or how its year is counted) differs from the year before: FIA tables run to 20 December, the General Statistics Office’s 2024 table is the calendar year. Compare with care.',
  markPartYear: 'part-year',
  markPartYearTitle: 'A change in a cumulative figure between two dates less than nine months apart.',
  deltaSpan: 'from {from} to {to}',
  shareCountryDerived: 'Share of Viet Nam (%) — derived: the value ÷ the published national total',
  shareIncludesOffshore: 'The published national total includes the offshore oil-and-gas line (no province), so the provinces add up to less than it.',
  shareOpen: 'How it is computed, and its sources',
  regionShareHeading: 'The region’s share of Viet Nam',
  regionShareNote: 'Derived: the region’s total (published, or the sum of its provinces when every one reports) ÷ the published national total.',
  regionShareNoCountry: 'no published national total',
  regionShareNoRegion: 'not every province of the region reports',
  regionShareNone: 'No year has both a region total and a national total.',
  regionShareSum: 'sum of provinces',
  regionSharePublished: 'published total',
};
