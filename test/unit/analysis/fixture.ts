// A small hand-made dataset for the analysis tests: three bloc provinces, two of which merge.
import type { Dataset, Metric, Observation, Province, Source } from '../../../src/core/data/types';

export const province = (edition: 'pre2025' | 'post2025', code: string, name: string, inBloc: boolean, successor = ''): Province => ({
  edition, code, iso: '', nameVi: name, nameEn: name, inRegion: edition === 'post2025' || inBloc, inBloc, successor,
});

export const metric = (id: string, patch: Partial<Metric> = {}): Metric => ({
  id, scope: 'zones', labelVi: id, labelEn: id, unit: 'count', unitVi: '', unitEn: '', kind: 'stock',
  higherIsBetter: true, aggregate: 'sum', weightMetric: '', core: false, derived: '', descriptionEn: '', descriptionVi: '', ...patch,
});

export const source = (id: string, tier: 'A' | 'B' | 'C', publisher: string, date = '2024-01-01'): Source => ({
  id, title: `Title ${id}`, publisher, publisherEn: '', url: `https://example.org/${id}`, officialUrl: '', citation: '', date, tier, kind: 'web',
});

let counter = 0;
export const obs = (patch: Partial<Observation> & Pick<Observation, 'code' | 'metric' | 'year' | 'value'>): Observation => ({
  id: `o${++counter}`, edition: 'pre2025', period: 'cumulative-to-date', scope: 'zones', sourceId: 's-b1', asOf: '',
  flags: [], note: '', ...patch,
});

// Old: 30 Hải Dương + 31 Hải Phòng → new 31; 27 Bắc Ninh + 24 Bắc Giang (outside the bloc) → new 24.
export const provinces: Province[] = [
  province('pre2025', '30', 'Hải Dương', true, '31'),
  province('pre2025', '31', 'Hải Phòng', true, '31'),
  province('pre2025', '27', 'Bắc Ninh', true, '24'),
  province('pre2025', '24', 'Bắc Giang', false, '24'),
  province('post2025', '31', 'Hải Phòng', false),
  province('post2025', '24', 'Bắc Ninh', false),
];

export const sources: Source[] = [
  source('s-a1', 'A', 'FIA'),
  source('s-b1', 'B', 'VNA', '2024-02-01'),
  source('s-b2', 'B', 'Báo Hải Phòng', '2024-03-01'),
  source('s-b1-old', 'B', 'VNA', '2023-06-01'),
  source('s-c1', 'C', 'CafeF'),
];

export function dataset(observations: Observation[], metrics: Metric[]): Dataset {
  return { version: 1, provinces, sources, metrics, observations, zones: [], blocEvents: [], logistics: [], zoneFacts: [], plans: [], planMetrics: [] };
}
