// CSV exports of what the user sees, UTF-8 with a BOM so that Excel shows Vietnamese diacritics, each
// row with its source. Text cells that a spreadsheet would run as a formula are neutralised.
import type { RankingResult, UnitValue } from '../analysis/types';
import type { YearTable } from '../analysis/table';

export const BOM = '\uFEFF';

export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  let text = String(value);
  // =, +, -, @ (and tab, CR) at the start of a text cell make spreadsheets evaluate it.
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return BOM + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function sourceOf(value: UnitValue): { title: string; publisher: string; date: string; url: string } {
  const source = value.selection?.source;
  if (source) return { title: source.title || source.citation, publisher: source.publisher, date: source.date, url: source.url };
  const inputs = value.inputs.map((i) => i.selection?.source).filter((s) => s !== null && s !== undefined);
  const titles = [...new Set(inputs.map((s) => s.title || s.citation))];
  return { title: titles.join(' | '), publisher: [...new Set(inputs.map((s) => s.publisher))].join(' | '), date: '', url: '' };
}

function marks(value: UnitValue): string {
  return [value.contested && 'contested', value.derived && 'derived', value.partial && 'partial', value.origin === 'aggregate' && 'aggregate']
    .filter(Boolean)
    .join(';');
}

export function rankingCsv(result: RankingResult, names: (code: string) => string): string {
  const header = ['rank', 'code', 'province', 'metric', 'year', 'period', 'value', 'as_of', 'delta_abs', 'delta_pct', 'share', 'share_country', 'marks', 'source_title', 'source_publisher', 'source_date', 'source_url'];
  const rows = result.rows.map((row) => {
    const source = sourceOf(row);
    return [
      row.rank, row.unit.code, names(row.unit.code), result.query.metric, result.query.year, result.query.period, row.value, row.asOf,
      row.deltaAbs, row.deltaPct, row.share, row.countryShare, marks(row), source.title, source.publisher, source.date, source.url,
    ];
  });
  return toCsv(header, rows);
}

export function yearTableCsv(table: YearTable, names: (code: string) => string): string {
  const header = ['code', 'province', 'metric', 'year', 'period', 'value', 'as_of', 'marks', 'source_title', 'source_publisher', 'source_date', 'source_url'];
  const rows: (string | number | null)[][] = [];
  table.units.forEach((unit, u) => {
    table.columns.forEach((column, c) => {
      const cell = table.cells[c][u];
      if (cell.value === null) return;
      const source = sourceOf(cell);
      rows.push([unit.code, names(unit.code), column.metric, table.year, column.period, cell.value, cell.asOf, marks(cell), source.title, source.publisher, source.date, source.url]);
    });
  });
  return toCsv(header, rows);
}
