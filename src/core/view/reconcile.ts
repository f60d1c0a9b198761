// A view read from a link, checked against the loaded data: what the data does not know is dropped or
// mapped, each with a notice. Pure.
import type { Dataset } from '../data/types';
import { findProvince, reconcileProvince } from '../provinces';
import { MAX_COMPARED, type UrlNotice, type ViewState } from '../url/state';
import { zoneById } from '../zones/filter';
import { resolveMetric } from './metric';

/**
 * The compared units: codes the edition does not know are dropped, then all but the first MAX_COMPARED;
 * one notice names the unknown codes and counts the rest.
 */
export function reconcileCompare(
  dataset: Pick<Dataset, 'provinces'>,
  view: Pick<ViewState, 'edition' | 'compare'>,
): { compare: string[]; notice?: UrlNotice } {
  const known = view.compare.filter((code) => findProvince(dataset.provinces, view.edition, code));
  const compare = known.slice(0, MAX_COMPARED);
  if (compare.length === view.compare.length) return { compare };
  const unknown = view.compare.filter((code) => !known.includes(code));
  const detail = {
    ...(unknown.length && { unknown: unknown.join(', ') }),
    ...(known.length > MAX_COMPARED && { dropped: String(known.length - MAX_COMPARED), max: String(MAX_COMPARED) }),
  };
  return { compare, notice: { param: 'compare', value: view.compare.join(','), problem: 'compare', detail } };
}

/**
 * The patch that makes `view` fit `dataset` (empty when it fits): a zone's old id becomes its current one,
 * an unknown zone is cleared; a province is reconciled with the edition (core/provinces.ts), and so is the
 * compared set; an unknown metric gives way to the scope's default, and a known one brings its own scope.
 */
export function reconcileView(
  dataset: Pick<Dataset, 'zones' | 'provinces' | 'metrics'>,
  view: Pick<ViewState, 'zone' | 'edition' | 'province' | 'compare' | 'metric' | 'scope'>,
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
  const province = reconcileProvince(dataset, view.edition, view.province);
  if (province.notice) notices.push(province.notice);
  if (province.code !== view.province) patch.province = province.code;
  const compared = reconcileCompare(dataset, view);
  if (compared.notice) {
    notices.push(compared.notice);
    patch.compare = compared.compare;
  }
  const resolved = resolveMetric(dataset.metrics, view.metric, view.scope);
  if (resolved.unknown) notices.push({ param: 'metric', value: view.metric ?? '', problem: 'invalid' });
  if (resolved.unknown || (view.metric && resolved.metric.scope !== view.scope)) {
    patch.metric = resolved.unknown ? null : resolved.metric.id;
    patch.scope = resolved.metric.scope;
  }
  return { patch, notices };
}
