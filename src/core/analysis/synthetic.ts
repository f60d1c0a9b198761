// A synthetic dataset of a chosen size for benchmarks: deterministic pseudo-random values, the real
// province list, and metrics of every kind (stocks, flows, rates with weights, ranks, derived).
import type { Dataset, Metric, Observation, Province, Source } from '../data/types';

function random(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

export function syntheticDataset(options: { units: number; years: number; metrics: number; seed?: number }): Dataset {
  const next = random(options.seed ?? 42);
  const provinces: Province[] = [];
  for (let i = 0; i < options.units; i++) {
    const code = String(i + 1).padStart(2, '0');
    provinces.push({ edition: 'pre2025', code, iso: '', nameVi: `Tỉnh ${code}`, nameEn: `Province ${code}`, inRegion: true, inBloc: true, successor: String(Math.floor(i / 2) + 1).padStart(2, '0') });
  }
  for (let i = 0; i < Math.ceil(options.units / 2); i++) {
    const code = String(i + 1).padStart(2, '0');
    provinces.push({ edition: 'post2025', code, iso: '', nameVi: `Tỉnh mới ${code}`, nameEn: `New province ${code}`, inRegion: true, inBloc: false, successor: '' });
  }
  const sources: Source[] = ['A', 'B', 'C'].map((tier, i) => ({
    id: `src-${i}`, title: `Synthetic ${tier}`, publisher: `Publisher ${i}`, publisherEn: '', url: '', officialUrl: '', citation: '', date: '2024-01-01', tier: tier as Source['tier'], kind: 'web',
  }));
  const metrics: Metric[] = [];
  for (let m = 0; m < options.metrics; m++) {
    const kind = (['stock', 'flow', 'rate'] as const)[m % 3];
    metrics.push({
      id: `metric_${m}`, scope: m % 2 ? 'province' : 'zones', labelVi: `Chỉ tiêu ${m}`, labelEn: `Metric ${m}`, unit: 'count', unitVi: '', unitEn: '',
      kind, higherIsBetter: m % 5 === 0 ? false : true, aggregate: kind === 'rate' ? 'wmean' : m % 7 === 0 ? 'none' : 'sum',
      weightMetric: kind === 'rate' ? 'metric_0' : '', core: m < 10, derived: '', descriptionEn: '', descriptionVi: '',
    });
  }
  metrics.push({ ...metrics[0], id: 'derived_ratio', derived: 'metric_1 / metric_0', core: false });
  const observations: Observation[] = [];
  let id = 0;
  for (const metric of metrics) {
    if (metric.derived) continue;
    for (let y = 0; y < options.years; y++) {
      for (let u = 0; u < options.units; u++) {
        if (next() < 0.08) continue; // some gaps, as in the real data
        const stock = metric.kind !== 'flow';
        observations.push({
          id: `s${id++}`, edition: 'pre2025', code: provinces[u].code, year: 1995 + y, period: stock ? 'cumulative-to-date' : 'FY',
          scope: metric.scope, metric: metric.id, value: Math.round(next() * 100000) / 10, sourceId: sources[Math.floor(next() * 3)].id,
          asOf: stock ? `${1995 + y}-12` : '', flags: [], note: '',
        });
      }
    }
  }
  return { version: 1, provinces, sources, metrics, observations, zones: [], blocEvents: [], logistics: [], zoneFacts: [], plans: [], planMetrics: [] };
}
