// The questions the comparison views ask the worker (trend, change, compare, table), each asked only
// while its view is shown. Created by ViewPanels, so they load with the views' chunk.
import type { Metric } from '../core/data/types';
import type { RankingResult, SeriesResult, UnitRef } from '../core/analysis/types';
import type { YearTable } from '../core/analysis/table';
import type { PlanTrend } from '../core/analysis/plans';
import type { RegionSharePoint } from '../core/analysis/national';
import { extentProvinces } from '../core/provinces';
import { byValue } from '../core/byValue';
import { MIN_COMPARED } from '../core/url/state';
import { fromYearOf } from '../core/view/metric';
import type { AppState } from './appState.svelte';
import { Query } from './query.svelte';

/** What the views show, resolved by the app (never null here: the views wait for it). */
export interface PanelInputs {
  metric: Metric;
  year: number;
  period: string;
  years: number[];
}

export class PanelQueries {
  #app: AppState;
  #inputs: () => PanelInputs;

  // Primitives and values compared by content: a change of the selection or the language does not send
  // the queries again.
  viewName = $derived.by(() => this.#app.view.view);
  // The same question as the app's ranking (extent, latest available), so the views and their exports agree.
  query = $derived.by(
    byValue(() => ({
      metric: this.#inputs().metric.id, period: this.#inputs().period, scope: this.#inputs().metric.scope, edition: this.#app.edition,
      extent: this.#inputs().metric.scope === 'zones' ? ('region' as const) : this.#app.extent, asOf: this.#app.asOf,
    })),
  );
  units = $derived.by(
    byValue((): UnitRef[] => extentProvinces(this.#app.dataset?.provinces ?? [], this.#app.edition, this.query.extent).map((p) => ({ edition: p.edition, code: p.code }))),
  );
  fromYear = $derived.by(() => fromYearOf(this.#inputs().years, this.#app.view.from, this.#inputs().year));
  compareUnits = $derived.by(byValue((): UnitRef[] => this.#app.view.compare.map((code) => ({ edition: this.#app.edition, code }))));
  coreMetrics = $derived.by(byValue(() => (this.#app.dataset?.metrics ?? []).filter((m) => m.core && m.scope === this.#inputs().metric.scope)));

  trend = this.#ask<{ series: SeriesResult; bump: RankingResult[] }>('trend', (analysis) => {
    const { metric, period } = this.query;
    return Promise.all([analysis.series({ metric, period, units: this.units }), analysis.rankings(this.query, [...this.#inputs().years])]).then(
      ([series, bump]) => ({ series, bump }),
    );
  });
  /** The region's share of the country (province metrics that add up; empty otherwise). */
  regionShare = this.#ask<RegionSharePoint[]>('trend', (analysis) =>
    this.query.scope === 'province' ? analysis.regionShare(this.query.metric, this.query.period, this.query.edition) : null,
  );
  /** The units' published targets for the metric and period (the trend chart marks the highlighted units'). */
  trendPlans = this.#ask<PlanTrend>('trend', (analysis) => analysis.planTrend(this.units, this.query.metric, this.query.period));
  change = this.#ask<{ from: RankingResult; to: RankingResult }>('change', (analysis) => {
    const from = this.fromYear;
    if (from === null) return null;
    return analysis.rankings(this.query, [from, this.#inputs().year]).then(([before, after]) => ({ from: before, to: after }));
  });
  compare = this.#ask<SeriesResult[]>('compare', (analysis) =>
    this.compareUnits.length < MIN_COMPARED ? null : analysis.multiSeries(this.coreMetrics.map((m) => m.id), this.compareUnits),
  );
  table = this.#ask<YearTable>('table', (analysis) => analysis.yearTable(this.#app.edition, this.#inputs().year, this.query.scope));

  constructor(app: AppState, inputs: () => PanelInputs) {
    this.#app = app;
    this.#inputs = inputs;
  }

  /** A query that asks only while `view` is shown. */
  #ask<T>(view: string, ask: (analysis: NonNullable<AppState['analysis']>) => Promise<T> | null): Query<T> {
    return new Query(() => {
      const analysis = this.#app.analysis;
      return analysis && this.viewName === view ? ask(analysis) : null;
    }, () => this.#app.dataVersion);
  }
}
