// The metric picker as data (issue 10 §6): metrics grouped by scope (the shown one first), core before the
// rest, derived last; each with its coverage in the shown year (and the latest year with data when it has
// none then); filtered by typed words, without diacritics; metrics no unit has any value for are not offered
// (issue 15 §2), save the one shown. Pure.
import type { Metric, Scope } from '../data/types';
import type { MetricCoverage } from '../analysis/coverage';
import { compareNames, type Lang } from '../names';
import { normalizeSearch } from '../zones/search';
import { pickerOption, type PickerOption } from './metric';

export type { PickerOption };

/** What the picker (and its open list) shows a metric list from. */
export interface PickerInputs {
  lang: Lang;
  metrics: Metric[];
  /** The metric shown. */
  metric: string;
  scope: Scope;
  year: number | null;
  coverage: MetricCoverage[] | null;
}

export interface PickerGroup {
  scope: Scope;
  kind: 'core' | 'other' | 'derived';
  options: PickerOption[];
}

export interface PickerOptions {
  lang: Lang;
  scope: Scope;
  year: number | null;
  query: string;
  current: string;
  label: (metric: Metric) => string;
}

export function metricPicker(metrics: readonly Metric[], coverage: readonly MetricCoverage[] | null, options: PickerOptions): { groups: PickerGroup[]; hidden: number } {
  const byId = new Map((coverage ?? []).map((c) => [c.metric, c]));
  const words = normalizeSearch(options.query).split(' ').filter(Boolean);
  const matches = (metric: Metric) => {
    // The label the reader sees, and the id (as links name it): "cap" in English finds "capital", not "cấp mới".
    const text = normalizeSearch(`${options.label(metric)} ${metric.id.replace(/_/g, ' ')}`);
    return words.every((word) => text.includes(word));
  };
  const all = metrics.map((metric) => pickerOption(metric, byId.get(metric.id), options.year));
  const offered = all.filter((option) => !option.noData || option.metric.id === options.current);
  const scopes: Scope[] = options.scope === 'zones' ? ['zones', 'province'] : ['province', 'zones'];
  const byName = (a: PickerOption, b: PickerOption) => compareNames(options.lang, options.label(a.metric), options.label(b.metric));
  const groups: PickerGroup[] = [];
  for (const scope of scopes) {
    const inScope = offered.filter((option) => option.metric.scope === scope && matches(option.metric));
    const kinds: [PickerGroup['kind'], PickerOption[]][] = [
      ['core', inScope.filter((o) => o.metric.core && !o.metric.derived)],
      ['other', inScope.filter((o) => !o.metric.core && !o.metric.derived).sort(byName)],
      ['derived', inScope.filter((o) => o.metric.derived).sort(byName)],
    ];
    for (const [kind, list] of kinds) if (list.length) groups.push({ scope, kind, options: list });
  }
  return { groups, hidden: all.length - offered.length };
}
