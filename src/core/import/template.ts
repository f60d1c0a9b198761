// The files a user downloads to start their own figures: an importable template (header + example rows) and,
// kept apart so the template stays importable, the metric dictionary and the province list.
import { dsvFormat } from 'd3-dsv';
import type { Metric, Province } from '../data/types';
import { localName, type Lang } from '../names';
import { formatImportValue } from './export';
import { IMPORT_COLUMNS, type ImportDelimiter } from './types';


export interface CsvFile {
  name: string;
  /** UTF-8 text with a BOM and `\r\n` line ends. */
  text: string;
}

export interface ImportTemplateFiles {
  template: CsvFile;
  /** `id,scope,kind,unit,unit_vi,unit_en,label_vi,label_en`: the metrics that take figures. */
  metrics: CsvFile;
  /** `edition,code,name_vi,name_en,in_region`: the codes (or names) the `code` column accepts. */
  provinces: CsvFile;
}

/** The year the examples use: inside the accepted range for any current year from 2023 on. */
const EXAMPLE_YEAR = 2024;

const NOTES: Record<Lang, string> = {
  vi: 'Ví dụ: thay bằng số liệu của bạn hoặc xóa dòng này',
  en: 'Example: replace with your figures or delete this row',
};

const csvText = (delimiter: ImportDelimiter, rows: string[][]): string => {
  const format = dsvFormat(delimiter);
  return `\uFEFF${rows.map((row) => format.formatRow(row)).join('\r\n')}\r\n`;
};

const pick = (metrics: readonly Metric[], preferred: string, fallback: (m: Metric) => boolean): Metric | undefined =>
  metrics.find((m) => m.id === preferred && !m.derived) ?? metrics.find((m) => !m.derived && fallback(m));

export function importTemplateCsv(
  metrics: readonly Metric[],
  provinces: readonly Province[],
  lang: Lang,
  delimiter: ImportDelimiter = ',',
): ImportTemplateFiles {
  const byCode = (a: Province, b: Province) => a.code.localeCompare(b.code);
  const pre = provinces.filter((p) => p.edition === 'pre2025').sort(byCode);
  const post = provinces.filter((p) => p.edition === 'post2025').sort(byCode);
  const prePick = pre.find((p) => p.inBloc) ?? pre[0];
  const postPick = post.find((p) => p.inRegion) ?? post[0];
  const name = (p: Province) => localName(lang, p);
  const note = NOTES[lang];

  const examples: string[][] = [];
  const stock = pick(metrics, 'fdi_projects_valid', (m) => m.scope === 'zones' && m.kind === 'stock');
  const flow = pick(metrics, 'province_fdi_new_projects', (m) => m.scope === 'province');
  const rate = pick(metrics, 'occupancy_pct', (m) => m.unit === 'pct');
  // A province named (not coded), the scope and unit spelled out.
  if (stock && prePick) {
    examples.push(['pre2025', name(prePick), String(EXAMPLE_YEAR), 'cumulative-to-date', stock.scope, stock.id, formatImportValue(120, delimiter), stock.unit, note]);
  }
  // A 2-digit code, the scope and unit left empty (taken from the dictionary).
  if (flow && postPick) {
    examples.push(['post2025', postPick.code, String(EXAMPLE_YEAR), 'FY', '', flow.id, formatImportValue(35, delimiter), '', note]);
  }
  // A decimal value.
  if (rate && rate !== stock && rate !== flow && prePick) {
    examples.push(['pre2025', prePick.code, String(EXAMPLE_YEAR), 'cumulative-to-date', rate.scope, rate.id, formatImportValue(82.5, delimiter), rate.unit, note]);
  }

  const dictionary = metrics
    .filter((m) => !m.derived)
    .map((m) => [m.id, m.scope, m.kind, m.unit, m.unitVi, m.unitEn, m.labelVi, m.labelEn]);
  const provinceRows = [...pre, ...post].map((p) => [p.edition, p.code, p.nameVi, p.nameEn, p.inRegion ? '1' : '0']);

  return {
    template: { name: `kcn-atlas-import-template-${lang}.csv`, text: csvText(delimiter, [IMPORT_COLUMNS.slice(), ...examples]) },
    metrics: {
      name: `kcn-atlas-import-metrics.csv`,
      text: csvText(delimiter, [['id', 'scope', 'kind', 'unit', 'unit_vi', 'unit_en', 'label_vi', 'label_en'], ...dictionary]),
    },
    provinces: {
      name: `kcn-atlas-import-provinces.csv`,
      text: csvText(delimiter, [['edition', 'code', 'name_vi', 'name_en', 'in_region'], ...provinceRows]),
    },
  };
}
