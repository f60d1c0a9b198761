import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvObjects } from '../../../src/core/data/csv';
import { datasetFromTexts } from '../../../src/core/data/load';
import { DATA_FILES, type DataFileKey, type DataTexts } from '../../../src/core/data/schema';
import { createProvinceResolver } from '../../../src/core/import/names';
import { parseUserCsv } from '../../../src/core/import/parse';
import { importTemplateCsv } from '../../../src/core/import/template';
import { context, metrics, provinces } from './fixture';

const dataDir = resolve(__dirname, '../../../data');
const real = datasetFromTexts(
  Object.fromEntries(Object.entries(DATA_FILES).map(([key, { path }]) => [key, readFileSync(resolve(dataDir, path), 'utf8')])) as Record<DataFileKey, string> as DataTexts,
);
const realContext = { metrics: real.metrics, provinces: real.provinces, currentYear: 2025 };

describe('importTemplateCsv', () => {
  it.each([['vi', ','], ['en', ','], ['vi', ';'], ['en', ';']] as const)('the %s template (delimiter %s) imports without a problem', (lang, delimiter) => {
    const files = importTemplateCsv(metrics, provinces, lang, delimiter);
    expect(files.template.text.startsWith('\uFEFFedition')).toBe(true);
    const result = parseUserCsv(files.template.text, context);
    // A semicolon file shows the decimal comma, and the import says how it read it.
    expect(result.problems.map((p) => `${p.line}:${p.severity}:${p.code}:${p.params.read}`)).toEqual(delimiter === ';' ? ['4:warning:value-normalised:82.5'] : []);
    expect(files.template.text).toContain(delimiter === ';' ? ';82,5;' : ',82.5,');
    expect(result.delimiter).toBe(delimiter);
    expect(result.rows.map((r) => `${r.edition}:${r.code}:${r.metric}:${r.value}`)).toEqual([
      'pre2025:01:fdi_projects_valid:120', 'post2025:01:province_fdi_new_projects:35', 'pre2025:01:occupancy_pct:82.5',
    ]);
    expect(result.rows[0].note).toBe(lang === 'vi' ? 'Ví dụ: thay bằng số liệu của bạn hoặc xóa dòng này' : 'Example: replace with your figures or delete this row');
  });

  it('names the first example’s province in the chosen language, to show that names work', () => {
    expect(importTemplateCsv(metrics, provinces, 'vi').template.text).toContain('pre2025,Hà Nội,2024');
    expect(importTemplateCsv(metrics, provinces, 'en').template.text).toContain('pre2025,Hanoi,2024');
  });

  it('the metric dictionary lists the metrics that take figures (not derived ones), in both languages', () => {
    const { metrics: dictionary } = importTemplateCsv(metrics, provinces, 'en');
    const rows = readCsvObjects(dictionary.text);
    expect(Object.keys(rows[0])).toEqual(['id', 'scope', 'kind', 'unit', 'unit_vi', 'unit_en', 'label_vi', 'label_en']);
    expect(rows.map((r) => r.id)).toEqual(metrics.filter((m) => !m.derived).map((m) => m.id));
    expect(rows[0]).toMatchObject({ id: 'fdi_projects_valid', label_vi: 'Dự án FDI còn hiệu lực', label_en: 'Valid FDI projects', unit: 'projects', scope: 'zones', kind: 'stock' });
  });

  it('the province list gives both editions’ codes and names', () => {
    const rows = readCsvObjects(importTemplateCsv(metrics, provinces, 'vi').provinces.text);
    expect(rows).toHaveLength(provinces.length);
    expect(rows).toContainEqual({ edition: 'post2025', code: '46', name_vi: 'Huế', name_en: 'Hue', in_region: '1' });
  });

  it('against the real dictionary: the templates import cleanly', () => {
    for (const lang of ['vi', 'en'] as const) {
      const files = importTemplateCsv(real.metrics, real.provinces, lang);
      const result = parseUserCsv(files.template.text, realContext);
      expect(result.problems).toEqual([]);
      expect(result.rows).toHaveLength(3);
      expect(readCsvObjects(files.metrics.text).length).toBe(real.metrics.filter((m) => !m.derived).length);
    }
  });
});

describe('province names of the real list', () => {
  it('every province resolves from its code and both of its names, with or without diacritics', () => {
    const resolver = createProvinceResolver(real.provinces);
    const strip = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd');
    for (const p of real.provinces) {
      for (const text of [p.code, p.nameVi, p.nameEn, strip(p.nameVi).toUpperCase(), `Tỉnh ${p.nameVi}`]) {
        expect(`${p.edition} ${text} → ${resolver.resolve(p.edition, text)}`).toBe(`${p.edition} ${text} → ${p.code}`);
      }
    }
  });

  it('the real provinces file has the expected shape for this test', () => {
    expect(readCsvObjects(readFileSync(resolve(dataDir, 'provinces.csv'), 'utf8')).length).toBe(real.provinces.length);
    expect(real.provinces.length).toBe(63 + 34);
  });
});
