// What the app shows when the URL does not say: the first metric of each scope.
import type { Metric, Scope } from '../core/data/types';

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
