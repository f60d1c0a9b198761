// The value of a metric for one unit and year: observed, aggregated from the old provinces of a 2025
// unit, or derived by the dictionary's formula. Missing stays missing; partial says what is missing.
import type { Metric } from '../data/types';
import { type DatasetIndex } from './dataset-index';
import { evaluateFormula, formulaRefs, parseFormula, type FormulaNode } from '../data/formula';
import { anyMark, increasing, qualifierOf, type Qualifier } from './qualifier';
import { selectValue, setAsideRows } from './select';
import { STOCK_PERIOD, type Input, type UnitRef, type UnitValue } from './types';

const formulas = new Map<string, FormulaNode>();

function formulaOf(metric: Metric): FormulaNode {
  let formula = formulas.get(metric.id);
  if (!formula) formulas.set(metric.id, (formula = parseFormula(metric.derived)));
  return formula;
}

export function derivedInputs(metric: Metric): string[] {
  return metric.derived ? [...formulaRefs(formulaOf(metric))] : [];
}

/** Years in which the metric (or a derived metric's inputs) has any row. */
export function yearsOf(index: DatasetIndex, metricId: string): number[] {
  const metric = index.metrics.get(metricId);
  if (metric?.derived) {
    const sets = derivedInputs(metric).map((id) => new Set(yearsOf(index, id)));
    return [...(sets[0] ?? [])].filter((year) => sets.every((set) => set.has(year))).sort((a, b) => a - b);
  }
  return index.yearsByMetric.get(metricId) ?? [];
}

/**
 * The period a metric is read in when asked for `period`: its own when it has rows for it; a stock
 * at its as_of date; otherwise its natural period when a stock period was asked for (e.g. the weight of
 * an occupancy rate), else the asked period, which then finds no rows: missing, never substituted.
 */
export function periodFor(index: DatasetIndex, metricId: string, period: string): string {
  const metric = index.metrics.get(metricId);
  if (metric?.derived) return period;
  const periods = index.periodsByMetric.get(metricId) ?? [];
  if (periods.includes(period)) return period;
  const natural = index.naturalPeriod.get(metricId);
  if (natural === STOCK_PERIOD) return STOCK_PERIOD;
  if (period === STOCK_PERIOD) return natural ?? 'FY';
  return period;
}

/** The natural period of a metric: the one most of its rows use; for a derived metric, its inputs'. */
export function naturalPeriodOf(index: DatasetIndex, metricId: string): string {
  const metric = index.metrics.get(metricId);
  if (metric?.derived) {
    const periods = derivedInputs(metric).map((id) => naturalPeriodOf(index, id));
    return periods.every((p) => p === STOCK_PERIOD) ? STOCK_PERIOD : 'FY';
  }
  return index.naturalPeriod.get(metricId) ?? (metric?.kind === 'stock' ? STOCK_PERIOD : 'FY');
}

export function missing(unit: UnitRef, metric: string, reason: UnitValue['reason'], extra: Partial<UnitValue> = {}): UnitValue {
  return {
    unit, metric, value: null, origin: 'missing', selection: null, inputs: [], asOf: '',
    contested: false, derived: false, partial: false, userProvided: false, qualifier: '', setAside: [], missingInputs: [], covered: [],
    carriedFrom: null, reason, ...extra,
  };
}

export function uniqueUnits(units: readonly UnitRef[]): UnitRef[] {
  const byKey = new Map(units.map((u) => [`${u.edition}:${u.code}`, u]));
  return [...byKey.keys()].sort().map((key) => byKey.get(key) as UnitRef);
}

function latestAsOf(inputs: Input[]): string {
  return inputs.reduce((latest, input) => {
    const asOf = input.selection?.asOf ?? '';
    return asOf > latest ? asOf : latest;
  }, '');
}

export function unitValue(index: DatasetIndex, unit: UnitRef, metricId: string, year: number, period: string): UnitValue {
  const metric = index.metrics.get(metricId);
  if (metric?.derived) return derivedValue(index, metric, unit, year, period);
  const readPeriod = periodFor(index, metricId, period);
  const selection = selectValue(index, unit, metricId, year, readPeriod);
  if (selection) {
    return {
      unit, metric: metricId, value: selection.value, origin: 'observed', selection, inputs: [], asOf: selection.asOf,
      contested: selection.contested, derived: selection.observation.flags.includes('computed'),
      partial: false, userProvided: selection.observation.flags.includes('user'), qualifier: qualifierOf(selection.observation),
      setAside: [], missingInputs: [], covered: [], carriedFrom: null, reason: '',
    };
  }
  if (unit.edition === 'post2025') return aggregateValue(index, metricId, metric, unit, year, readPeriod);
  return missing(unit, metricId, 'no-data', { setAside: setAsideRows(index, unit, metricId, year, readPeriod) });
}

/** A 2025 unit from its old provinces, by the dictionary's rule. */
function aggregateValue(index: DatasetIndex, metricId: string, metric: Metric | undefined, unit: UnitRef, year: number, period: string): UnitValue {
  const constituents = index.constituents.get(unit.code) ?? [];
  if (!metric || constituents.length === 0) return missing(unit, metricId, 'no-data');
  const parts = constituents.map((p) => unitValue(index, { edition: 'pre2025', code: p.code }, metric.id, year, period));
  const inputs: Input[] = parts.map((part) => ({ unit: part.unit, metric: metric.id, selection: part.selection }));
  const present = parts.filter((part) => part.value !== null);
  const missingInputs = parts.filter((part) => part.value === null).map((part) => part.unit);
  const flags = {
    inputs, missingInputs,
    contested: present.some((part) => part.contested),
    derived: present.some((part) => part.derived),
    userProvided: present.some((part) => part.userProvided),
  };
  if (present.length === 0) return missing(unit, metricId, 'no-data', flags);
  if (constituents.length === 1) {
    // An unchanged province (Hà Nội, Quảng Ninh): the same territory, so the same value and source.
    return { ...present[0], unit, inputs: [], missingInputs: [], covered: [] };
  }
  if (metric.aggregate === 'sum') {
    const value = present.reduce((sum, part) => sum + (part.value ?? 0), 0);
    const partial = missingInputs.length > 0 || present.some((part) => part.partial);
    return {
      unit, metric: metricId, value, origin: 'aggregate', selection: null, asOf: latestAsOf(inputs), reason: '',
      partial, ...flags, covered: partial ? present.map((part) => part.unit) : [], carriedFrom: null,
      qualifier: increasing(...present.map((part) => part.qualifier)), setAside: [],
    };
  }
  if (metric.aggregate === 'wmean' && metric.weightMetric) {
    let weighted = 0;
    let weightTotal = 0;
    const unweighted: UnitRef[] = [];
    const weightedUnits: UnitRef[] = [];
    const weightMarks: Qualifier[] = [];
    for (const part of present) {
      const weight = unitValue(index, part.unit, metric.weightMetric, year, periodFor(index, metric.weightMetric, period));
      inputs.push({ unit: part.unit, metric: metric.weightMetric, selection: weight.selection });
      if (weight.value === null || weight.value <= 0) {
        unweighted.push(part.unit);
        continue;
      }
      weighted += (part.value ?? 0) * weight.value;
      weightTotal += weight.value;
      weightedUnits.push(part.unit);
      weightMarks.push(weight.qualifier);
    }
    const allMissing = [...missingInputs, ...unweighted];
    if (weightTotal === 0) return missing(unit, metricId, 'no-weight', { ...flags, missingInputs: allMissing });
    // A mean rises with each value; an uncertain weight moves it either way.
    const qualifier = anyMark(...weightMarks) || increasing(...present.map((part) => part.qualifier));
    return {
      unit, metric: metricId, value: weighted / weightTotal, origin: 'aggregate', selection: null, asOf: latestAsOf(inputs), reason: '',
      ...flags, missingInputs: allMissing, partial: allMissing.length > 0, covered: allMissing.length > 0 ? weightedUnits : [], carriedFrom: null,
      qualifier, setAside: [],
    };
  }
  return missing(unit, metricId, 'not-aggregable', flags);
}

function derivedValue(index: DatasetIndex, metric: Metric, unit: UnitRef, year: number, period: string): UnitValue {
  const ids = derivedInputs(metric);
  const parts = ids.map((id) => unitValue(index, unit, id, year, periodFor(index, id, period)));
  const inputs: Input[] = parts.flatMap((part, i) =>
    part.origin === 'observed' ? [{ unit, metric: ids[i], selection: part.selection }] : part.inputs.length ? part.inputs : [{ unit, metric: ids[i], selection: null }],
  );
  const values = Object.fromEntries(ids.map((id, i) => [id, parts[i].value]));
  const missingInputs = parts.filter((part) => part.value === null).map(() => unit);
  const base = {
    unit, metric: metric.id, origin: 'derived' as const, selection: null, inputs, derived: true,
    contested: parts.some((part) => part.contested), asOf: latestAsOf(inputs),
    userProvided: parts.some((part) => part.userProvided),
    partial: parts.some((part) => part.partial), missingInputs: [...new Set(missingInputs)],
    // A ratio of partial aggregates covers what its partial inputs cover (all of them when none is partial).
    covered: uniqueUnits(parts.flatMap((part) => part.covered)), carriedFrom: null,
    // A ratio of a lower bound may move either way once the divisor is marked too: any mark makes it approximate.
    qualifier: anyMark(...parts.map((part) => part.qualifier)), setAside: [],
  };
  const value = missingInputs.length ? null : evaluateFormula(formulaOf(metric), values);
  if (value === null) {
    return { ...base, origin: 'missing', value: null, reason: missingInputs.length ? 'no-data' : 'division-by-zero' };
  }
  return { ...base, value, reason: '' };
}
