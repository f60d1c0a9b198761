// Which metric, year and period the view shows when the URL does not say, or says something the data
// cannot show; and how a change of one resets the others. Pure.
import type { Metric, Scope } from '../data/types';
import type { MetricDefaults } from '../analysis/api';
import type { UrlNotice, ViewState } from '../url/state';

/** The first metric of each scope. */
export const DEFAULT_METRIC: Record<Scope, string> = {
  zones: 'fdi_capital_registered_musd',
  province: 'province_fdi_total_capital_musd',
};

/** The metric to show: the URL's when the dictionary knows it, else the scope's default. */
export function resolveMetric(metrics: readonly Metric[], requested: string | null, scope: Scope): { metric: Metric; unknown: boolean } {
  const found = requested ? metrics.find((m) => m.id === requested) : undefined;
  if (found) return { metric: found, unknown: false };
  const fallback = metrics.find((m) => m.id === DEFAULT_METRIC[scope]) ?? metrics.find((m) => m.scope === scope) ?? metrics[0];
  return { metric: fallback, unknown: requested !== null };
}

/** The metrics the presenter's ↑/↓ steps through: the sourced ones of the shown scope, core metrics first. */
export function presenterMetrics(metrics: readonly Metric[], scope: Scope): string[] {
  return metrics
    .filter((m) => m.scope === scope && !m.derived)
    .sort((a, b) => Number(b.core) - Number(a.core))
    .map((m) => m.id);
}

export interface RankingChoice {
  metric?: string;
  scope?: Scope;
  year?: number | null;
  period?: string | null;
}

/**
 * The view patch for a change of the ranking controls. Another scope means another metric list: start
 * from that scope's default metric, year and period. Another metric keeps the year and takes its own
 * natural period.
 */
export function rankingPatch(view: Pick<ViewState, 'scope' | 'year' | 'period'>, shownMetric: string | undefined, choice: RankingChoice): Partial<ViewState> {
  if (choice.scope && choice.scope !== view.scope) return { scope: choice.scope, metric: null, year: null, period: null };
  if (choice.metric && choice.metric !== shownMetric) return { metric: choice.metric, period: null, year: view.year };
  return { year: choice.year ?? view.year, period: choice.period ?? view.period };
}

/** The year shown: the URL's when the metric has data for it, else the metric's default. */
export function shownYear(requested: number | null, defaults: MetricDefaults | null): number | null {
  return requested !== null && defaults?.years.includes(requested) ? requested : (defaults?.year ?? null);
}

/** The period shown: the URL's when the metric has data for it, else the metric's natural period. */
export function shownPeriod(requested: string | null, defaults: MetricDefaults | null): string | null {
  return requested !== null && defaults?.periods.includes(requested) ? requested : (defaults?.period ?? null);
}

/**
 * A year or period in the URL that the metric has no data for: one notice each and the default instead.
 * Null when both are fine (or the defaults are for another metric).
 */
export function checkYearPeriod(
  view: Pick<ViewState, 'year' | 'period'>,
  metric: string,
  defaults: MetricDefaults,
): { patch: Partial<ViewState>; notices: UrlNotice[] } | null {
  if (defaults.metric !== metric) return null;
  const badYear = view.year !== null && !defaults.years.includes(view.year);
  const badPeriod = view.period !== null && !defaults.periods.includes(view.period);
  if (!badYear && !badPeriod) return null;
  const notices: UrlNotice[] = [];
  if (badYear) notices.push({ param: 'year', value: String(view.year), problem: 'invalid' });
  if (badPeriod) notices.push({ param: 'period', value: view.period as string, problem: 'invalid' });
  return { patch: { year: badYear ? null : view.year, period: badPeriod ? null : view.period }, notices };
}

/**
 * A `from` the change views cannot use: not before the year shown (problem `from`), or a year the metric has
 * no data for (`invalid`). One notice, and the default (the latest earlier year). Null when it is fine.
 */
export function checkFromYear(view: Pick<ViewState, 'from' | 'year'>, defaults: MetricDefaults): { patch: Partial<ViewState>; notices: UrlNotice[] } | null {
  const year = shownYear(view.year, defaults);
  if (view.from === null || year === null || fromYearChoices(defaults.years, year).includes(view.from)) return null;
  const notice: UrlNotice =
    view.from >= year
      ? { param: 'from', value: String(view.from), problem: 'from', detail: { year: String(year) } }
      : { param: 'from', value: String(view.from), problem: 'invalid' };
  return { patch: { from: null }, notices: [notice] };
}

/** The years the change views can compare `year` with: the metric's years before it, latest first. */
export function fromYearChoices(years: readonly number[], year: number): number[] {
  return years.filter((y) => y < year).reverse();
}

/** The earlier year of the change views: the URL's when it is one of the choices, else the latest choice. */
export function fromYearOf(years: readonly number[], requested: number | null, year: number): number | null {
  const choices = fromYearChoices(years, year);
  return requested !== null && choices.includes(requested) ? requested : (choices[0] ?? null);
}
