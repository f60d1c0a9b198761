// The country as context (issue 14 §3): the extent, national ranks, shares of the country, source-change and part-year marks.
import type { country as vi } from '../vi/country';

export const country: Record<keyof typeof vi, string> = {
  extentZones: 'Zone (IZ/EZ) figures exist for the Red River Delta only: "whole country" is ignored and the region shown.',
  shareCountryDerived: 'Share of Viet Nam (%) — derived: the value ÷ the published national total',
  shareRegionDerived: 'Share of the region (%) — derived: the value ÷ the region’s total (published, or the sum of its provinces)',
  shareRegionTotal: 'Divided by the region’s total: {total} ({origin})',
  changeDerived: 'Change {from} → {to} — derived: the {to} value minus the {from} value',
  changeRankAmong: 'rank change {n}, among the provinces with comparable figures in both years',
  shareIncludesOffshore: 'The published national total includes the offshore oil-and-gas line (no province), so the provinces add up to less than it.',
  regionShareHeading: 'The region’s share of Viet Nam',
  regionShareNote: 'Derived: the region’s total (published, or the sum of its provinces when every one reports) ÷ the published national total.',
  regionShareNoCountry: 'no published national total',
  regionShareNoRegion: 'not every province of the region reports',
  regionShareNone: 'No year has both a region total and a national total.',
  regionShareSum: 'sum of provinces',
  regionSharePublished: 'published total',
};
