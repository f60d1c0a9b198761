import { describe, expect, test } from 'vitest';
import { MESSAGES, t } from '../../src/i18n/messages';
import { en } from '../../src/i18n/en';
import { formatNumber, formatDate } from '../../src/i18n/format';

describe('messages and formats', () => {
  test('both languages define every message, and no Vietnamese message is left in English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(MESSAGES.vi!).sort());
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].length, key).toBeGreaterThan(0);
    }
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
