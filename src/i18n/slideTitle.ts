// A generated slide title in the UI language: "Xếp hạng · Vốn FDI đăng ký · 2023" (core/present/title.ts).
import type { TitleParts } from '../core/present/title';
import type { Metric, Province } from '../core/data/types';
import type { View } from '../core/url/state';
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
