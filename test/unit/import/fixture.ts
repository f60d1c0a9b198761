// A small dictionary and province list for the import tests: real names (with diacritics), both editions.
import type { Metric, Province } from '../../../src/core/data/types';
import type { ImportContext } from '../../../src/core/import/types';

const metric = (id: string, patch: Partial<Metric>): Metric => ({
  id, scope: 'zones', labelVi: id, labelEn: id, unit: 'count', unitVi: '', unitEn: '', kind: 'stock',
  higherIsBetter: true, aggregate: 'sum', weightMetric: '', core: false, derived: '', descriptionEn: '', descriptionVi: '', ...patch,
});

export const metrics: Metric[] = [
  metric('fdi_projects_valid', { unit: 'projects', unitVi: 'dự án', unitEn: 'projects', labelVi: 'Dự án FDI còn hiệu lực', labelEn: 'Valid FDI projects' }),
  metric('occupancy_pct', { unit: 'pct', unitVi: '%', unitEn: '%', kind: 'rate', aggregate: 'wmean' }),
  metric('kcn_operating_area_ha', { unit: 'ha', unitVi: 'ha', unitEn: 'ha' }),
  metric('province_fdi_new_projects', { scope: 'province', unit: 'projects', unitVi: 'dự án', unitEn: 'projects', kind: 'flow' }),
  metric('grdp_growth_pct', { scope: 'province', unit: 'pct', unitVi: '%', unitEn: '%', kind: 'rate', aggregate: 'none' }),
  metric('fdi_capital_per_operating_ha', { unit: 'musd_per_ha', kind: 'rate', derived: 'fdi_projects_valid / kcn_operating_area_ha' }),
];

const p = (edition: 'pre2025' | 'post2025', code: string, nameVi: string, nameEn: string, inBloc = false, successor = ''): Province => ({
  edition, code, iso: '', nameVi, nameEn, inRegion: inBloc || edition === 'post2025', inBloc, successor,
});

export const provinces: Province[] = [
  p('pre2025', '01', 'Hà Nội', 'Hanoi', true, '01'),
  p('pre2025', '27', 'Bắc Ninh', 'Bac Ninh', true, '24'),
  p('pre2025', '24', 'Bắc Giang', 'Bac Giang', false, '24'),
  p('pre2025', '30', 'Hải Dương', 'Hai Duong', true, '31'),
  p('pre2025', '31', 'Hải Phòng', 'Haiphong', true, '31'),
  p('pre2025', '46', 'Thừa Thiên Huế', 'Thua Thien Hue', false, '46'),
  p('pre2025', '79', 'Hồ Chí Minh', 'Ho Chi Minh City', false, '79'),
  p('pre2025', '48', 'Đà Nẵng', 'Da Nang', false, '48'),
  p('post2025', '01', 'Hà Nội', 'Hanoi'),
  p('post2025', '24', 'Bắc Ninh', 'Bac Ninh'),
  p('post2025', '31', 'Hải Phòng', 'Haiphong'),
  p('post2025', '46', 'Huế', 'Hue'),
  p('post2025', '79', 'Hồ Chí Minh', 'Ho Chi Minh City'),
  p('post2025', '48', 'Đà Nẵng', 'Da Nang'),
];

export const context: ImportContext = { metrics, provinces, currentYear: 2025 };

export const HEADER = 'edition,code,year,period,scope,metric,value,unit,note';

/** One valid row, with some cells replaced. */
export function row(patch: Partial<Record<'edition' | 'code' | 'year' | 'period' | 'scope' | 'metric' | 'value' | 'unit' | 'note', string>> = {}): string {
  const cells = { edition: 'pre2025', code: '27', year: '2023', period: 'FY', scope: 'zones', metric: 'fdi_projects_valid', value: '120', unit: 'projects', note: '', ...patch };
  return [cells.edition, cells.code, cells.year, cells.period, cells.scope, cells.metric, cells.value, cells.unit, cells.note].join(',');
}

/** A file: the header then these lines, `\n` line ends. */
export const file = (...lines: string[]): string => [HEADER, ...lines].join('\n') + '\n';

/** A valid file of `count` distinct rows (for the large-file tests), each with a quoted note of about noteChars. */
export function validFile(count: number, lineEnd = '\n', noteChars = 20): string {
  const filler = 'Khu công nghiệp "Quế Võ", mở rộng;\nHà Nội <b>x</b> '.repeat(Math.ceil(noteChars / 50)).slice(0, noteChars);
  const note = (i: number) => `"note ${i}: ${filler.replace(/"/g, '""')}"`;
  const parts = [HEADER];
  const codes = ['01', '27', '24', '30', '31'];
  const ids = ['fdi_projects_valid', 'occupancy_pct', 'kcn_operating_area_ha'];
  const periods = ['FY', 'H1', '9M', 'Q1', 'Q2', 'Q3', 'Q4', '1M', '2M', '3M', '4M', '5M', '6M', '7M', '8M', '10M', '11M', 'cumulative-to-date'];
  let i = 0;
  outer: for (let year = 1990; year <= 2026; year++) {
    for (const code of codes) for (const id of ids) for (const period of periods) {
      if (i >= count) break outer;
      // Plausible for the unit: whole projects, a rate up to 100 %, any area.
      const value = id === 'fdi_projects_valid' ? i % 1000 : id === 'occupancy_pct' ? (i * 7.25) % 100 : (i * 7.25) % 1000;
      parts.push(`pre2025,${code},${year},${period},zones,${id},${value},,${note(i)}`);
      i++;
    }
  }
  if (i < count) throw new Error(`validFile: at most ${i} distinct rows`);
  return parts.join(lineEnd) + lineEnd;
}
