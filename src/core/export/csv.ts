// CSV exports of what the user sees, UTF-8 with a BOM so that Excel shows Vietnamese diacritics, each
// row with its source. Text cells that a spreadsheet would run as a formula are neutralised. Numbers carry no
// floating-point noise and never fewer decimals than their source states (core/numbers.ts).
import type { RankingResult, UnitValue } from '../analysis/types';
import type { YearTable } from '../analysis/table';
import { likeForLike } from '../analysis/comparable';
import { plainNumber, sourceDecimals } from '../numbers';

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
  return [
    value.contested && 'contested', value.derived && 'derived', value.partial && 'partial', value.origin === 'aggregate' && 'aggregate',
    value.carriedFrom !== null && `as-of-${value.carriedFrom}`,
  ]
    .filter(Boolean)
    .join(';');
}

/** A number as stated: rounded to 10 significant digits, keeping the decimals its sources state. */
const stated = (value: number | null, ...from: (UnitValue | null)[]) => (value === null ? null : plainNumber(value, sourceDecimals(...from)));

export function rankingCsv(result: RankingResult, names: (code: string) => string): string {
  const header = ['rank', 'code', 'province', 'metric', 'year', 'period', 'value', 'as_of', 'delta_abs', 'delta_pct', 'share', 'share_country', 'marks', 'source_title', 'source_publisher', 'source_date', 'source_url'];
  const rows = result.rows.map((row) => {
    const source = sourceOf(row);
    return [
      row.rank, row.unit.code, names(row.unit.code), result.query.metric, result.query.year, result.query.period, stated(row.value, row), row.asOf,
      stated(row.deltaAbs, row, row.previous), stated(row.deltaPct), stated(row.share), stated(row.countryShare), marks(row), source.title, source.publisher, source.date, source.url,
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
      rows.push([unit.code, names(unit.code), column.metric, table.year, column.period, stated(cell.value, cell), cell.asOf, marks(cell), source.title, source.publisher, source.date, source.url]);
    });
  });
  return toCsv(header, rows);
}

/** "2022: 35 only" (the old provinces a merged unit's value covers), "2023: all". */
const covers = (year: number, value: UnitValue) => `${year}: ${value.partial ? `${value.covered.map((u) => u.code).join('+')} only` : 'all'}`;

/**
 * The Change view as a file (issue 10 §9): one row per unit with the two years shown, both values and dates,
 * and the change where the two values compare like for like; otherwise the change is empty and `note` says why.
 */
export function changeCsv(from: RankingResult, to: RankingResult, names: (code: string) => string): string {
  const header = [
    'code', 'province', 'metric', 'period', 'from_year', 'to_year', 'from_value', 'to_value', 'from_as_of', 'to_as_of',
    'delta_abs', 'delta_pct', 'note', 'marks', 'source_title', 'source_publisher', 'source_date', 'source_url',
  ];
  const before = new Map(from.rows.map((row) => [row.unit.code, row]));
  const rows = to.rows.map((after) => {
    const earlier = before.get(after.unit.code) ?? null;
    const comparable = likeForLike(earlier, after);
    const deltaAbs = comparable ? (after.value as number) - (earlier?.value as number) : null;
    const deltaPct = deltaAbs !== null && earlier?.value ? deltaAbs / Math.abs(earlier.value) : null;
    let note = '';
    if (after.value === null || earlier?.value === null || !earlier) note = 'missing';
    else if (!comparable) note = `not like for like: ${covers(from.query.year, earlier)}; ${covers(to.query.year, after)}`;
    const source = sourceOf(after);
    return [
      after.unit.code, names(after.unit.code), to.query.metric, to.query.period, from.query.year, to.query.year,
      stated(earlier?.value ?? null, earlier), stated(after.value, after), earlier?.asOf ?? '', after.asOf,
      stated(deltaAbs, after, earlier), stated(deltaPct), note, marks(after), source.title, source.publisher, source.date, source.url,
    ];
  });
  return toCsv(header, rows);
}
