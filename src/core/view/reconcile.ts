// A view read from a link, checked against the loaded data: what the data does not know is dropped or
// mapped, each with a notice. Pure.
import type { Dataset } from '../data/types';
import { reconcileProvince } from '../provinces';
import type { UrlNotice, ViewState } from '../url/state';
import { zoneById } from '../zones/filter';
import { resolveMetric } from './metric';
import { reconcileCompare } from './selection';

/**
 * The patch that makes `view` fit `dataset` (empty when it fits): a zone's old id becomes its current one,
 * an unknown zone is cleared; a province is reconciled with the edition (core/provinces.ts), and so are the
 * compared codes (selection.ts); an unknown
 * metric gives way to the scope's default, and a known one brings its own scope; `extent=country` with a zone
 * metric gives way to the region.
 */
export function reconcileView(
  dataset: Pick<Dataset, 'zones' | 'provinces' | 'metrics'>,
  view: Pick<ViewState, 'zone' | 'edition' | 'province' | 'metric' | 'scope' | 'compare' | 'extent'>,
): { patch: Partial<ViewState>; notices: UrlNotice[] } {
  const patch: Partial<ViewState> = {};
  const notices: UrlNotice[] = [];
  if (view.zone) {
    const zone = zoneById(dataset.zones, view.zone);
    if (!zone) {
      notices.push({ param: 'zone', value: view.zone, problem: 'invalid' });
      patch.zone = null;
    } else if (zone.id !== view.zone) {
      patch.zone = zone.id;
    }
  }
  const resolved = resolveMetric(dataset.metrics, view.metric, view.scope);
  if (resolved.unknown) notices.push({ param: 'metric', value: view.metric ?? '', problem: 'invalid' });
  if (resolved.unknown || (view.metric && resolved.metric.scope !== view.scope)) {
    patch.metric = resolved.unknown ? null : resolved.metric.id;
    patch.scope = resolved.metric.scope;
  }
  // Zone figures exist for the delta only: `extent=country` gives way to the region before the selection is checked.
  const extent = view.extent === 'country' && resolved.metric.scope === 'zones' ? 'region' : view.extent;
  if (extent !== view.extent) {
    notices.push({ param: 'extent', value: view.extent, problem: 'extent-zones' });
    patch.extent = extent;
  }
  const province = reconcileProvince(dataset, view.edition, view.province, extent);
  if (province.notice) notices.push(province.notice);
  if (province.code !== view.province) patch.province = province.code;
  const compare = reconcileCompare(dataset.provinces, view.edition, extent, view.compare);
  if (compare.notice) notices.push(compare.notice);
  if (compare.compare.join(',') !== view.compare.join(',')) patch.compare = compare.compare;
  return { patch, notices };
}
