// The extent shown (`extent`, issue 14 §3): the region's provinces or every province of the edition. Zone
// figures exist for the delta only, so with `scope=zones` the country extent is ignored, with a notice. Pure.
import type { Extent, Province, Scope } from '../data/types';
import type { UrlNotice, ViewState } from '../url/state';
import { extentProvinces } from '../provinces';

type Selected = Pick<ViewState, 'edition' | 'province' | 'compare'>;

/** Switching to `next`: a selected or compared province outside it is let go (the region holds fewer). */
export function extentPatch(provinces: readonly Province[], view: Selected, next: Extent): Partial<ViewState> {
  const inside = new Set(extentProvinces(provinces, view.edition, next).map((p) => p.code));
  const patch: Partial<ViewState> = { extent: next };
  if (view.province !== null && !inside.has(view.province)) patch.province = null;
  const compare = view.compare.filter((code) => inside.has(code));
  if (compare.length !== view.compare.length) patch.compare = compare;
  return patch;
}

/** `extent=country` with a zone-level metric: said once, and the region shown instead. Null when nothing to do. */
export function checkExtent(provinces: readonly Province[], view: Selected & Pick<ViewState, 'extent'>, scope: Scope): { patch: Partial<ViewState>; notices: UrlNotice[] } | null {
  if (scope !== 'zones' || view.extent !== 'country') return null;
  return { patch: extentPatch(provinces, view, 'region'), notices: [{ param: 'extent', value: view.extent, problem: 'extent-zones' }] };
}
