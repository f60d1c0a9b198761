import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { BUNDLE_GZIP_BUDGET_BYTES, decodeBundle, encodeBundle } from '../../../src/core/data/bundle';
import { datasetFromTexts } from '../../../src/core/data/load';
import { validTexts } from './fixtures';
import { readDataTexts as realTexts } from './shared';

describe('bundle', () => {
  it('round-trips a fixture: decode(encode(dataset)) is the same dataset, through JSON, observations by index', () => {
    const dataset = datasetFromTexts(validTexts());
    const decoded = decodeBundle(JSON.parse(JSON.stringify(encodeBundle(dataset))));
    // Observation ids stay in data/observations.csv; the bundle refers to an observation by its index.
    expect(decoded).toEqual({
      ...dataset,
      observations: dataset.observations.map((o, k) => ({ ...o, id: `#${k}` })),
      plans: dataset.plans.map((p, k) => ({ ...p, id: `#p${k}` })),
    });
    expect(decoded.plans[0]).toMatchObject({ rangeTo: 1200, planPeriod: 'FY', wording: '' });
    expect(decoded.plans[2]).toMatchObject({ period: '2016-2020', metric: '', achievedPeriod: '', rangeTo: null });
    expect(decoded.sources.map((s) => s.citation)).toEqual(dataset.sources.map((s) => s.citation));
    expect(decoded.zoneFacts).toHaveLength(2);
    expect(decoded.zones[1]).toMatchObject({ id: 'bn-lost', lon: null, status: null, aliases: [] });
    expect(decoded.zones[0].aliases).toEqual(['bn-old']);
    expect(decoded.metrics.find((m) => m.id === 'kcn_operating_area_ha')?.higherIsBetter).toBeNull();
  });

  it('rejects something that is not a bundle', () => {
    expect(() => decodeBundle({ hello: 1 })).toThrow(/not a KCN Atlas data bundle/);
  });

  it('decodes the real data to the expected counts', () => {
    const dataset = decodeBundle(JSON.parse(JSON.stringify(encodeBundle(datasetFromTexts(realTexts())))));
    expect(dataset.provinces.filter((p) => p.inBloc).length).toBe(11);
    expect(dataset.provinces.filter((p) => p.edition === 'pre2025').length).toBe(63);
    expect(dataset.provinces.filter((p) => p.edition === 'post2025').length).toBe(34);
    expect(dataset.provinces.filter((p) => p.edition === 'post2025' && p.inRegion).length).toBe(7);
    expect(dataset.zones.length).toBe(169 - 2 + 18 + 5);
    expect(dataset.zoneFacts.length).toBeGreaterThan(171);
    expect(dataset.blocEvents.length).toBe(19);
    expect(dataset.logistics.length).toBe(22);
    const metricIds = new Set(dataset.metrics.map((m) => m.id));
    expect(dataset.observations.every((o) => metricIds.has(o.metric))).toBe(true);
    expect(dataset.metrics.filter((m) => m.core).length).toBe(20);
    // The boards' targets and stated ratios travel in their own table, with their range, periods and source.
    expect(dataset.plans.length).toBe(75);
    expect(dataset.plans.find((p) => p.code === '31' && p.year === 2023 && p.kind === 'target')).toMatchObject({ value: 2000, rangeTo: 2500, planPeriod: 'FY' });
    const sourceIds = new Set(dataset.sources.map((s) => s.id));
    expect(dataset.plans.every((p) => sourceIds.has(p.sourceId))).toBe(true);
    expect(dataset.planMetrics.find((m) => m.id === 'workers_new_jobs')).toMatchObject({ metric: '', labelEn: 'New jobs in the zones' });
  });

  it('stays within its gzip budget, and ships no observation or plan id', () => {
    const bundle = encodeBundle(datasetFromTexts(realTexts()));
    const json = JSON.stringify(bundle);
    expect(gzipSync(json, { level: 9 }).length).toBeLessThanOrEqual(BUNDLE_GZIP_BUDGET_BYTES);
    expect(Object.keys(bundle.tables.observations.c)).not.toContain('id');
    expect(json).not.toMatch(/"[op]-[0-9a-z]{10}"/);
  });
});
