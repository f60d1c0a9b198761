// Which metric, year and period the view shows when the URL does not say, or says something the data
// cannot show; and how a change of one resets the others. Pure.
import type { Metric, Scope } from '../data/types';
import type { MetricDefaults } from '../analysis/api';
import type { MetricCoverage } from '../analysis/coverage';
import { STOCK_PERIOD } from '../analysis/types';
import type { UrlNotice, ViewState } from '../url/state';

/**
 * The first metric of each scope; with no parameters the app opens on the whole province's (URL version 2:
 * `scope=province` is the default).
 */
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

/** The complete values a metric has in `year` (0 when it has none that year), of how many units. */
export function coverageIn(coverage: Pick<MetricCoverage, 'years' | 'complete' | 'total'>, year: number | null): { complete: number; total: number } {
  const i = year === null ? -1 : coverage.years.indexOf(year);
  return { complete: i < 0 ? 0 : coverage.complete[i], total: coverage.total };
}

/** A metric as the picker shows it (core/view/picker.ts). */
export interface PickerOption {
  metric: Metric;
  /** Units with a complete value in the shown year, of how many; null while coverage is loading. */
  coverage: { complete: number; total: number } | null;
  /** When the shown year has none: the latest year with complete values, and how many. */
  latest: { year: number; complete: number } | null;
  /** No unit has a value in any year (offered only when it is the metric shown). */
  noData: boolean;
}

/** One metric as the picker shows it: its coverage in `year`, or the latest year with data. */
export function pickerOption(metric: Metric, coverage: MetricCoverage | undefined, year: number | null): PickerOption {
  if (!coverage) return { metric, coverage: null, latest: null, noData: false };
  const shown = coverageIn(coverage, year);
  let latest: PickerOption['latest'] = null;
  if (shown.complete === 0) {
    for (let i = coverage.years.length - 1; i >= 0; i--) {
      if (coverage.complete[i] > 0) {
        latest = { year: coverage.years[i], complete: coverage.complete[i] };
        break;
      }
    }
  }
  return { metric, coverage: shown, latest, noData: !hasUnitData(coverage) };
}

/** A metric some unit has a value for in some year (a metric with none is never offered: issue 15 §2). */
export const hasUnitData = (coverage: Pick<MetricCoverage, 'complete'>) => coverage.complete.some((n) => n > 0);

/**
 * The metrics the presenter's ↑/↓ steps through: the core metrics of the shown scope that report at least half
 * the units in the shown year (never a map of one province), in dictionary order. While the coverage is not in
 * yet (null), every core metric of the scope.
 */
export function presenterMetrics(metrics: readonly Metric[], scope: Scope, coverage: readonly MetricCoverage[] | null, year: number | null): string[] {
  const byId = new Map((coverage ?? []).map((c) => [c.metric, c]));
  return metrics
    .filter((m) => m.scope === scope && m.core && !m.derived)
    .filter((m) => {
      if (coverage === null) return true;
      const c = byId.get(m.id);
      if (!c) return false;
      const { complete, total } = coverageIn(c, year);
      return total > 0 && complete * 2 >= total;
    })
    .map((m) => m.id);
}

/** The share of units the first screen's year needs: 10 of the delta's 11 provinces (issue 10 §5). */
export const FIRST_SCREEN_SHARE = 10 / 11;

/** The latest year in which at least `share` of the units have a complete value; null when there is none. */
export function latestCoveredYear(defaults: Pick<MetricDefaults, 'years' | 'complete' | 'total'>, share: number): number | null {
  for (let i = defaults.years.length - 1; i >= 0; i--) {
    if (defaults.total > 0 && defaults.complete[i] >= Math.ceil(share * defaults.total - 1e-9)) return defaults.years[i];
  }
  return null;
}

export interface RankingChoice {
  metric?: string;
  scope?: Scope;
  year?: number | null;
  period?: string | null;
}

/**
 * The view patch for a change of the ranking controls. A metric brings its own scope (the picker offers both)
 * and its natural period, and keeps the year. Another scope alone means another metric list: start from that
 * scope's default metric, year and period.
 */
export function rankingPatch(view: Pick<ViewState, 'scope' | 'year' | 'period'>, shownMetric: string | undefined, choice: RankingChoice): Partial<ViewState> {
  if (choice.metric && choice.metric !== shownMetric) return { metric: choice.metric, scope: choice.scope ?? view.scope, period: null, year: view.year };
  if (choice.scope && choice.scope !== view.scope) return { scope: choice.scope, metric: null, year: null, period: null };
  return { year: choice.year ?? view.year, period: choice.period ?? view.period };
}

/**
 * The year shown: the URL's when the metric has data for it, else the metric's default. On the first screen
 * (no metric in the link), the latest year in which nearly every unit has a complete value.
 */
export function shownYear(requested: number | null, defaults: MetricDefaults | null, firstScreen = false): number | null {
  if (requested !== null && defaults?.years.includes(requested)) return requested;
  if (firstScreen && defaults) return latestCoveredYear(defaults, FIRST_SCREEN_SHARE) ?? defaults.year;
  return defaults?.year ?? null;
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

/** `asof=latest` reads stocks only: with a flow (or a rate of a year) it is dropped, with a notice. */
export function checkAsOf(view: Pick<ViewState, 'asof'>, period: string | null): { patch: Partial<ViewState>; notices: UrlNotice[] } | null {
  if (view.asof === null || period === null || period === STOCK_PERIOD) return null;
  return { patch: { asof: null }, notices: [{ param: 'asof', value: view.asof, problem: 'asof-flow' }] };
}
