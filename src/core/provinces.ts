// Province look-ups across the two editions. Pure.
import type { Dataset, Edition, Extent, Province } from './data/types';
import type { UrlNotice } from './url/state';

/** The provinces a user picks from: the 11 bloc provinces (pre2025) or their 7 successors (post2025). */
export function regionProvinces(provinces: readonly Province[], edition: Edition): Province[] {
  return provinces.filter((p) => p.edition === edition && (edition === 'pre2025' ? p.inBloc : p.inRegion));
}

/**
 * The units a view of `extent` covers: the region's provinces, or every province of the edition (issue 14's
 * whole-country view). The engine takes this as a parameter so that either set can be ranked and classed.
 */
export function extentProvinces(provinces: readonly Province[], edition: Edition, extent: Extent = 'region'): Province[] {
  return extent === 'country' ? provinces.filter((p) => p.edition === edition) : regionProvinces(provinces, edition);
}

export function findProvince(provinces: readonly Province[], edition: Edition, code: string): Province | undefined {
  return provinces.find((p) => p.edition === edition && p.code === code);
}

/** The pre2025 provinces that merged into a post2025 unit (the unit itself when it was unchanged). */
export function constituentsOf(provinces: readonly Province[], postCode: string): Province[] {
  return provinces.filter((p) => p.edition === 'pre2025' && p.successor === postCode);
}

/**
 * Checks a selected province code against the edition and extent shown. A pre2025 code given with post2025 is
 * carried to its successor (with a notice); an unknown code, or one outside the extent, is cleared (with a notice).
 */
export function reconcileProvince(
  dataset: Pick<Dataset, 'provinces'>,
  edition: Edition,
  code: string | null,
  extent: Extent = 'region',
): { code: string | null; notice?: UrlNotice } {
  if (code === null) return { code: null };
  const selectable = extentProvinces(dataset.provinces, edition, extent);
  if (selectable.some((p) => p.code === code)) return { code };
  if (edition === 'post2025') {
    const old = findProvince(dataset.provinces, 'pre2025', code);
    if (old && (old.inBloc || extent === 'country') && old.successor) {
      const successor = findProvince(dataset.provinces, 'post2025', old.successor);
      return {
        code: old.successor,
        notice: {
          param: 'province',
          value: code,
          problem: 'province-mapped',
          detail: { from: code, to: old.successor, nameVi: successor?.nameVi ?? '', nameEn: successor?.nameEn ?? '' },
        },
      };
    }
  }
  return { code: null, notice: { param: 'province', value: code, problem: 'unknown-province' } };
}
