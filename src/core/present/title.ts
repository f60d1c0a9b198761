// What the presenter says a slide is: its own title, or one generated from its view (view · metric · year;
// a plan or a zones slide names its province instead). Pure; the words are i18n/slideTitle.ts.
import type { Edition, Metric } from '../data/types';
import type { Deck } from '../url/deck';
import type { View, ViewState } from '../url/state';
import { resolveMetric } from '../view/metric';

export interface TitleParts {
  view: View;
  /** The metric shown (the scope's default when the view names none); null for views about a province. */
  metric: string | null;
  year: number | null;
  /** The province a plan or zones slide is about. */
  province: string | null;
  edition: Edition;
}

/** Views about a province rather than a metric and a year. */
const PROVINCE_VIEWS: readonly View[] = ['plan', 'zones'];

export function titleParts(state: Pick<ViewState, 'view' | 'metric' | 'scope' | 'year' | 'province' | 'edition'>, metrics: readonly Metric[]): TitleParts {
  if (PROVINCE_VIEWS.includes(state.view)) return { view: state.view, metric: null, year: null, province: state.province, edition: state.edition };
  const metric = metrics.length ? resolveMetric(metrics, state.metric, state.scope).metric.id : state.metric;
  return { view: state.view, metric, year: state.year, province: null, edition: state.edition };
}

/** The title the deck gives slide `index`, or null: untitled, no such slide, or no deck. */
export function ownTitle(deck: Deck, index: number | null): string | null {
  const title = index === null ? '' : (deck.slides[index]?.title ?? '').trim();
  return title || null;
}
