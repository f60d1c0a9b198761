// The data's notes in Vietnamese: every part the committed data holds has a translation (a refresh that
// writes a new phrase fails here until it is translated), the templates carry the numbers, dates and names
// of the English part and invent none, and the table stays off the first screen.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, test } from 'vitest';
import { noteParts, notePartVi, splitNote } from '../../../src/i18n/notes';
import { englishIn } from './english';
import { firstScreen, SRC } from '../support/imports';

const DATA = path.resolve(__dirname, '../../../data');
const NOTED_FILES = ['observations.csv', 'plans.csv', 'zone-facts.csv', 'zones.csv', 'logistics.csv'];

/** Every distinct note part of the committed data, with the first file that holds it. */
function dataNoteParts(): Map<string, string> {
  const parts = new Map<string, string>();
  for (const file of NOTED_FILES) {
    for (const row of csvParse(readFileSync(path.join(DATA, file), 'utf8'))) {
      for (const part of splitNote(row.note ?? '')) if (!parts.has(part)) parts.set(part, file);
    }
  }
  return parts;
}

/** The numbers written in a text, as values ("01" = 1); those inside a word (H1, censusVN2009) are not counted. */
const numbersIn = (text: string) => (text.match(/(?<![\p{L}\d])\d+(?![\p{L}\d])/gu) ?? []).map(Number).sort((a, b) => a - b);

describe('data notes in Vietnamese', () => {
  const parts = dataNoteParts();

  test('the data has notes in every file that carries them', () => {
    expect(new Set(parts.values())).toEqual(new Set(NOTED_FILES));
    expect(parts.size).toBeGreaterThan(100);
  });

  test('every note part in data/*.csv has a Vietnamese translation', () => {
    const missing = [...parts].filter(([part]) => notePartVi(part) === null).map(([part, file]) => `${file}: ${part}`);
    expect(missing).toEqual([]);
  });

  test('no translation leaves English words in it', () => {
    const english = [...parts.keys()]
      .map((part) => [part, englishIn(notePartVi(part) ?? '')] as const)
      .filter(([, words]) => words.length > 0);
    expect(english).toEqual([]);
  });

  test('every number of an English part is in its Vietnamese', () => {
    const lost = [...parts.keys()].filter((part) => {
      const vi = numbersIn(notePartVi(part) ?? '');
      return numbersIn(part).some((n) => !vi.includes(n));
    });
    expect(lost).toEqual([]);
  });

  test('FIA tables and the yearbook edition carry their dates and years as the app writes dates', () => {
    expect(notePartVi('FIA year-end table, 2023-01-01 to 2023-12-20')).toBe('bảng số liệu cả năm của Cục Đầu tư nước ngoài, từ 1 tháng 1, 2023 đến 20 tháng 12, 2023');
    expect(notePartVi('FIA year-end table, 2016-01-01 to 2016-12-26')).toBe('bảng số liệu cả năm của Cục Đầu tư nước ngoài, từ 1 tháng 1, 2016 đến 26 tháng 12, 2016');
    expect(notePartVi('FIA quick report, 2024-01-01 to 2024-06-20')).toBe('báo cáo nhanh của Cục Đầu tư nước ngoài, từ 1 tháng 1, 2024 đến 20 tháng 6, 2024');
    expect(notePartVi('2017 yearbook edition')).toBe('niên giám thống kê, ấn bản năm 2017');
    expect(notePartVi('describes the merged province (from 1 Jul 2025)')).toBe('mô tả tỉnh sau sáp nhập (từ 1 tháng 7, 2025)');
    expect(notePartVi('the former province (its territory before the 1 July 2025 merger)')).toBe('tỉnh cũ (địa giới trước khi sáp nhập ngày 1 tháng 7, 2025)');
  });

  test('counts, periods and day-month spans are carried, not invented', () => {
    expect(notePartVi('rank = row number in the table (48 localities listed)')).toBe('thứ hạng = số thứ tự dòng trong bảng (bảng liệt kê 48 địa phương)');
    expect(notePartVi('rank = row number in the table (63 localities listed)')).toContain('(bảng liệt kê 63 địa phương)');
    expect(notePartVi('measured part-way through the year (10M), against the annual plan')).toBe('đo khi chưa hết năm (10 tháng), so với kế hoạch cả năm');
    expect(notePartVi('measured part-way through the year (H1), against the annual plan')).toBe('đo khi chưa hết năm (6 tháng đầu năm), so với kế hoạch cả năm');
    expect(notePartVi('measured from 1 Jan to 12 Nov')).toBe('tính từ 1 tháng 1 đến 12 tháng 11');
    expect(notePartVi('measured from 1 Jan to about 22 Jun')).toBe('tính từ 1 tháng 1 đến khoảng 22 tháng 6');
    expect(notePartVi('a five-year plan, not a yearly one (the source names the period 2015–2020)')).toBe('kế hoạch 5 năm, không phải kế hoạch của một năm (nguồn ghi giai đoạn 2015–2020)');
  });

  test('names and ids inside a note stay as they are', () => {
    expect(notePartVi('also known as KCN Thăng Long III')).toBe('còn gọi là KCN Thăng Long III');
    expect(notePartVi('merged duplicate hd-viet-hoa-kenmark (KCN Việt Hòa – Kenmark)')).toBe('đã gộp dòng trùng hd-viet-hoa-kenmark (KCN Việt Hòa – Kenmark)');
    expect(notePartVi('planned_area_ha from merged row hd-quoc-tuan-an-binh')).toBe('diện tích quy hoạch lấy từ dòng đã gộp hd-quoc-tuan-an-binh');
    expect(notePartVi('name corrected from Long Điền to Lương Điền')).toBe('đã sửa tên từ Long Điền thành Lương Điền');
    expect(notePartVi('added from the IIP portal: KCN Gia Lễ had been left out of zones.csv for lack of a source'))
      .toBe('bổ sung từ cổng thông tin IIP: KCN Gia Lễ trước đây chưa được đưa vào zones.csv vì thiếu nguồn');
    expect(notePartVi('added from zone facts: a planned park in the Hưng Yên IZ board\'s 2025 list'))
      .toBe('bổ sung từ dữ liệu thu thập theo từng khu: một khu quy hoạch trong danh sách năm 2025 của Ban quản lý các KCN Hưng Yên');
  });

  test('a part nothing translates stays in English and says so; the others are translated; English reads as stored', () => {
    const note = 'includes share purchases; a phrase no table knows; also known as Green iP-1';
    expect(noteParts('vi', note)).toEqual([
      { text: 'gồm cả góp vốn, mua cổ phần', lang: 'vi' },
      { text: 'a phrase no table knows', lang: 'en' },
      { text: 'còn gọi là Green iP-1', lang: 'vi' },
    ]);
    expect(noteParts('en', note).map((p) => p.text).join('; ')).toBe(note);
    expect(noteParts('en', note).every((p) => p.lang === 'en')).toBe(true);
    // A template whose nested reason is unknown, or whose field is unknown, is not half translated.
    expect(notePartVi('added from the IIP portal: a reason no table knows')).toBeNull();
    expect(notePartVi('price_usd_m2 from merged row x')).toBeNull();
    expect(noteParts('vi', '')).toEqual([]);
  });

  test('the table is not loaded by the first screen', () => {
    const first = [...firstScreen()].map((file) => path.relative(SRC, file));
    expect(first).not.toContain(path.join('i18n', 'notes.ts'));
    expect(first).not.toContain(path.join('i18n', 'vi', 'notes.ts'));
    expect(first).not.toContain(path.join('ui', 'DataNote.svelte'));
  });
});
