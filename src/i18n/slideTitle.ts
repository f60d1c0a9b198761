// A generated slide title in the UI language: "Xếp hạng · Vốn FDI đăng ký · 2023" (core/present/title.ts).
import { ownTitle, titleParts, type TitleParts } from '../core/present/title';
import type { Deck } from '../core/url/deck';
import type { Metric, Province } from '../core/data/types';
import type { View, ViewState } from '../core/url/state';
import { metricLabel, unitName } from './labels';
import { t, type Lang, type MessageKey } from './messages';

export const VIEW_LABEL: Record<View, MessageKey> = {
  map: 'viewMap', zones: 'zonesHeading', rank: 'viewRank', trend: 'viewTrend', change: 'viewChange', compare: 'viewCompare', table: 'viewTable', plan: 'viewPlan',
};

/** The parts in words, joined by " · "; `year: false` leaves the year out (the presenter bar shows it on its own). */
export function generatedTitle(
  lang: Lang,
  parts: TitleParts,
  context: { metrics: readonly Metric[]; provinces: readonly Province[] },
  { year = true } = {},
): string {
  const metric = parts.metric ? context.metrics.find((m) => m.id === parts.metric) : undefined;
  const province = parts.province ? unitName(lang, context.provinces, { edition: parts.edition, code: parts.province }) : '';
  return [t(lang, VIEW_LABEL[parts.view]), metric ? metricLabel(lang, metric) : '', year && parts.year !== null ? String(parts.year) : '', province]
    .filter(Boolean)
    .join(' · ');
}

/**
 * The stage's title: the shown slide's own title, else one made from what is shown, without the year (the
 * presenter bar shows the year after it, large): "Xếp hạng · Vốn FDI đăng ký" + " · 2023".
 */
export function stageTitle(
  lang: Lang,
  deck: Deck,
  slide: number | null,
  shown: Pick<ViewState, 'view' | 'metric' | 'scope' | 'year' | 'province' | 'edition'>,
  context: { metrics: readonly Metric[]; provinces: readonly Province[] },
): { title: string; generated: boolean } {
  const own = ownTitle(deck, slide);
  return own ? { title: own, generated: false } : { title: generatedTitle(lang, titleParts(shown, context.metrics), context, { year: false }), generated: true };
}
