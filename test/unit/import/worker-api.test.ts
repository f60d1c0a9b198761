// The import through the analysis API the worker exposes: started, fed in chunks, finished; rows stay behind.
import { describe, expect, it } from 'vitest';
import { createAnalysis } from '../../../src/core/analysis/api';
import type { Dataset } from '../../../src/core/data/types';
import { context, file, metrics, provinces, row, validFile } from './fixture';

const dataset: Dataset = { version: 1, provinces, sources: [], metrics, observations: [], zones: [], blocEvents: [], logistics: [], zoneFacts: [], plans: [], planMetrics: [] };

function loadedApi() {
  const api = createAnalysis(() => dataset);
  api.load(new TextEncoder().encode('{}').buffer as ArrayBuffer);
  return api;
}

describe('AnalysisApi import', () => {
  it('feeds a file in chunks and returns a small summary; the rows are paged from the worker', () => {
    const api = loadedApi();
    const text = validFile(500).replace(/\n/g, '\r\n') + `${row({ year: '2026', value: 'n/a', code: '01', metric: 'kcn_operating_area_ha', unit: '' })}\r\n`;
    api.importStart({ currentYear: context.currentYear, previewRows: 10 });
    let last = null;
    for (let i = 0; i < text.length; i += 4096) last = api.importChunk(text.slice(i, i + 4096));
    expect(last).toMatchObject({ accepted: 500, rejected: 1, records: 501 });
    const summary = api.importFinish();
    expect(summary).not.toHaveProperty('rows');
    expect(summary.preview).toHaveLength(10);
    expect(summary.problems.map((p) => `${p.line}:${p.code}`)).toEqual(['502:value-not-number']);
    expect(summary.rejected.map((r) => r.line)).toEqual([502]);
    expect(summary.stats).toMatchObject({ accepted: 500, rejected: 1, fatal: false });
    expect(api.importRows(495, 100).map((r) => r.line)).toEqual([497, 498, 499, 500, 501]);
    expect(api.importRows(0, 3)).toEqual(summary.preview.slice(0, 3));
  });

  it('a new start drops the last import; cancel drops everything', () => {
    const api = loadedApi();
    api.importStart({ currentYear: 2025 });
    api.importChunk(file(row()));
    api.importFinish();
    expect(api.importRows(0, 10)).toHaveLength(1);
    api.importStart({ currentYear: 2025 });
    expect(api.importRows(0, 10)).toEqual([]);
    api.importCancel();
    expect(() => api.importChunk('x')).toThrow(/before importStart/);
  });

  it('limits pass through; importing needs the dataset', () => {
    const api = loadedApi();
    api.importStart({ currentYear: 2025, limits: { maxRows: 2 } });
    api.importChunk(validFile(5));
    expect(api.importFinish().stats).toMatchObject({ accepted: 2, rejected: 3 });
    expect(() => createAnalysis(() => dataset).importStart({ currentYear: 2025 })).toThrow(/not been loaded/);
  });
});
