import { describe, expect, test } from 'vitest';
import { MESSAGES, t } from '../../../src/i18n/messages';
import { en, PARTS as EN_PARTS } from '../../../src/i18n/en';
import { FIRST_PARTS } from '../../../src/i18n/vi';
import { LAZY_PARTS } from '../../../src/i18n/vi/lazy';
import '../../../src/i18n/lazyMessages';

const VI_PARTS = { ...FIRST_PARTS, ...LAZY_PARTS };
import { importProblems as viImportProblems } from '../../../src/i18n/vi/importProblems';
import { formatNumber, formatDate } from '../../../src/i18n/format';
import { englishIn } from './english';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { SRC } from '../support/imports';

/** The app's sources outside the message tables, as one text. */
function sourcesText(dir = SRC): string {
  return readdirSync(dir).map((name) => {
    const file = path.join(dir, name);
    if (statSync(file).isDirectory()) return /i18n[\\/](vi|en)$/.test(file) ? '' : sourcesText(file);
    return /\.(ts|svelte)$/.test(file) ? readFileSync(file, 'utf8') : '';
  }).join('\n');
}

/** Keys defined in more than one part of a language's table. */
function keysDefinedTwice(parts: Record<string, object>): string[] {
  const seen = new Map<string, string>();
  const twice: string[] = [];
  for (const [part, messages] of Object.entries(parts)) {
    for (const key of Object.keys(messages)) {
      if (seen.has(key)) twice.push(`${key} (${seen.get(key)}, ${part})`);
      seen.set(key, part);
    }
  }
  return twice;
}

describe('messages and formats', () => {
  test('every message is used: each key is written somewhere in the app as a string (a table of keys counts)', () => {
    const text = sourcesText();
    const unused = Object.keys(en).filter((key) => !new RegExp(`['"\`]${key}['"\`]`).test(text));
    expect(unused).toEqual([]);
  });

  test('both languages define every message', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(MESSAGES.vi!).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].length, key).toBeGreaterThan(0);
    }
  });

  test('no key is defined in two message files', () => {
    expect(keysDefinedTwice(VI_PARTS)).toEqual([]);
    expect(keysDefinedTwice(EN_PARTS)).toEqual([]);
    // The check itself finds a key written twice.
    expect(keysDefinedTwice({ app: { close: 'Đóng' }, zones: { close: 'Đóng lại' } })).toEqual(['close (app, zones)']);
  });

  test('no Vietnamese message is left in English', () => {
    const left = Object.entries(MESSAGES.vi!).filter(([, message]) => englishIn(message).length > 0);
    expect(left).toEqual([]);
    const problems = Object.entries(viImportProblems).map(([code, text]) => [code, text({ value: 'x', column: 'x', line: 2 })]);
    expect(problems.filter(([, message]) => englishIn(message).length > 0)).toEqual([]);
  });

  test('the English detector finds English and leaves Vietnamese alone', () => {
    expect(englishIn('The data could not be loaded')).toEqual(['The', 'data', 'could', 'not', 'be']);
    expect(englishIn('Loading…')).toEqual(['Loading']);
    expect(englishIn('Zone list')).toEqual(['Zone', 'list']);
    expect(englishIn('Tải tệp of your figures')).toEqual(['of', 'your']);
    expect(englishIn('Không tải được dữ liệu')).toEqual([]);
    expect(englishIn('KCN trong KKT')).toEqual([]);
    expect(englishIn('Xuất bộ trang (JSON)')).toEqual([]);
    expect(englishIn('{name}, {year}: {value}')).toEqual([]);
  });

  test('placeholders are filled', () => {
    expect(t('en', 'urlUnknownParam', { name: 'year', value: '20x5' })).toBe(
      'Parameter "year" has an invalid value ("20x5"); the default is used.',
    );
  });

  test('numbers follow each language: 5.056,1 in Vietnamese, 5,056.1 in English', () => {
    expect(formatNumber('vi', 5056.1)).toBe('5.056,1');
    expect(formatNumber('en', 5056.1)).toBe('5,056.1');
    expect(formatNumber('vi', null)).toBe('–');
  });

  test('dates keep the precision they have', () => {
    expect(formatDate('en', '2024')).toBe('2024');
    expect(formatDate('en', '2024-05')).toBe('May 2024');
    expect(formatDate('vi', '2024-05-21')).toMatch(/21/);
  });
});
