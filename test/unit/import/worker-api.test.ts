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
    const session = api.importStart({ currentYear: context.currentYear, previewRows: 10 });
    let last = null;
    for (let i = 0; i < text.length; i += 4096) last = api.importChunk(session, text.slice(i, i + 4096));
    expect(last).toMatchObject({ accepted: 500, rejected: 1, records: 501 });
    const summary = api.importFinish(session)!;
    expect(summary).not.toHaveProperty('rows');
    expect(summary.preview).toHaveLength(10);
    expect(summary.problems.map((p) => `${p.line}:${p.code}`)).toEqual(['502:value-not-number']);
    expect(summary.rejected.map((r) => r.line)).toEqual([502]);
    expect(summary.stats).toMatchObject({ accepted: 500, rejected: 1, fatal: false });
    expect(api.importRows(session, 495, 100)!.map((r) => r.line)).toEqual([497, 498, 499, 500, 501]);
    expect(api.importRows(session, 0, 3)).toEqual(summary.preview.slice(0, 3));
  });

  it('a new start drops the last import; cancel drops everything', () => {
    const api = loadedApi();
    const first = api.importStart({ currentYear: 2025 });
    api.importChunk(first, file(row()));
    api.importFinish(first);
    expect(api.importRows(first, 0, 10)).toHaveLength(1);
    const second = api.importStart({ currentYear: 2025 });
    expect(second).not.toBe(first);
    expect(api.importRows(first, 0, 10)).toBeNull();
    expect(api.importRows(second, 0, 10)).toBeNull(); // not finished yet
    api.importCancel(second);
    expect(api.importChunk(second, 'x')).toBeNull();
    expect(api.importFinish(second)).toBeNull();
  });

  it('two files picked one after the other are never mixed: the chunks of the replaced one are refused', () => {
    // The first file (500 rows) is still being read when the user picks a one-row file.
    const api = loadedApi();
    const big = validFile(500);
    const a = api.importStart({ currentYear: 2025 });
    api.importChunk(a, big.slice(0, 10_000));
    const b = api.importStart({ currentYear: 2025 });
    // The first read goes on for a moment (its chunks were already on their way): refused, not fed into b.
    expect(api.importChunk(a, big.slice(10_000, 20_000))).toBeNull();
    expect(api.importChunk(b, file(row()))).toMatchObject({ accepted: 1 });
    expect(api.importChunk(a, big.slice(20_000))).toBeNull();
    expect(api.importFinish(a)).toBeNull();
    const summary = api.importFinish(b)!;
    expect(summary.stats).toMatchObject({ records: 1, accepted: 1, rejected: 0 });
    expect(api.importRows(b, 0, 1000)).toHaveLength(1);
    // A late cancel of the replaced file leaves the new one alone.
    api.importCancel(a);
    expect(api.importRows(b, 0, 1000)).toHaveLength(1);
  });

  it('limits pass through; importing needs the dataset', () => {
    const api = loadedApi();
    const session = api.importStart({ currentYear: 2025, limits: { maxRows: 2 } });
    api.importChunk(session, validFile(5));
    expect(api.importFinish(session)!.stats).toMatchObject({ accepted: 2, rejected: 3 });
    expect(() => createAnalysis(() => dataset).importStart({ currentYear: 2025 })).toThrow(/not been loaded/);
  });
});
