// A user's rows back to a CSV in the import format: importing the file gives the same rows again.
import { dsvFormat } from 'd3-dsv';
import { FORMULA_START } from './validate';
import { IMPORT_COLUMNS, type ImportDelimiter, type UserRow } from './types';

const ESCAPED_FORMULA = /^'+[=+\-@\t\r]/;

/**
 * A text cell a spreadsheet would run as a formula gets a leading `'` (shown as text, not evaluated). A cell
 * that already starts with apostrophes before a formula start gets one more, since the import drops one.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) || ESCAPED_FORMULA.test(text) ? `'${text}` : text;
}

/**
 * A number as the import reads it back in a file with this delimiter: a `;` file is read in the Vietnamese
 * style, so its decimal mark is `,` (`5.056` there would mean five thousand and fifty-six).
 */
export function formatImportValue(value: number, delimiter: ImportDelimiter): string {
  const text = String(value);
  return delimiter === ';' && !/e/i.test(text) ? text.replace('.', ',') : text;
}

/** With a UTF-8 BOM (so Excel reads the Vietnamese as UTF-8) and `\r\n` line ends. */
export function userRowsToCsv(rows: readonly UserRow[], delimiter: ImportDelimiter = ','): string {
  const format = dsvFormat(delimiter);
  const lines = [format.formatRow(IMPORT_COLUMNS.slice())];
  for (const row of rows) {
    lines.push(format.formatRow([
      row.edition, row.code, String(row.year), row.period, row.scope, row.metric, formatImportValue(row.value, delimiter), row.unit,
      neutraliseFormula(row.note),
    ]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
