// Vietnamese texts of the import problems (their English texts are core/import/messages.ts, used for tests
// and logs as well).
import type { ImportProblem, ImportProblemCode } from '../../core/import/types';

type Params = ImportProblem['params'];

const STYLE_VI: Record<string, string> = {
  'vi-decimal-comma': 'dấu phẩy thập phân',
  'vi-grouping': 'dấu chấm phân cách hàng nghìn',
  'en-grouping': 'dấu phẩy phân cách hàng nghìn',
  'space-grouping': 'dấu cách phân cách hàng nghìn',
};

export const importProblems: Record<ImportProblemCode, (p: Params) => string> = {
  'not-text': () => 'không phải tệp CSV dạng văn bản UTF-8 (hãy lưu dưới dạng "CSV UTF-8")',
  'empty-file': () => 'tệp rỗng: cần có dòng tiêu đề',
  'header-missing-column': (p) => `dòng tiêu đề thiếu cột "${p.column}"`,
  'header-duplicate-column': (p) => `dòng tiêu đề có cột "${p.column}" hai lần`,
  'header-unknown-column': (p) => `bỏ qua cột lạ "${p.column}"`,
  'line-too-long': (p) => `dòng dài hơn ${p.maxChars} ký tự nên bị bỏ qua`,
  'quote-unterminated': (p) => `dấu ngoặc kép mở ở dòng ${p.opened} không được đóng (thiếu ")`,
  'quote-runaway': (p) => `dấu ngoặc kép mở ở dòng ${p.opened} không được đóng (thiếu "): các dòng ${p.opened}–${p.through} bị đọc thành một ô dài hơn ${p.maxChars} ký tự nên bị bỏ qua`,
  'quote-stray': () => 'phần chữ sau dấu ngoặc kép đóng được giữ trong ô',
  'column-count': (p) => `dòng có ${p.found} ô, dòng tiêu đề có ${p.expected}`,
  'edition-unknown': (p) => `bản đồ "${p.value}" không hợp lệ (pre2025 hoặc post2025)`,
  'province-unknown': (p) => `không có tỉnh "${p.value}" trong bản đồ ${p.edition}`,
  'code-padded': (p) => `mã "${p.value}" được đọc là "${p.code}"`,
  'year-invalid': (p) => `năm "${p.value}" không nằm trong khoảng ${p.min}–${p.max}`,
  'period-unknown': (p) => `kỳ "${p.value}" không hợp lệ (FY, H1, 9M, Q1–Q4, 1M–11M hoặc cumulative-to-date)`,
  'scope-unknown': (p) => `phạm vi "${p.value}" không hợp lệ (zones, province hoặc để trống)`,
  'scope-mismatch': (p) => `"${p.metric}" là chỉ tiêu phạm vi ${p.expected}, dòng ghi "${p.value}"`,
  'metric-unknown': (p) => `không có chỉ tiêu "${p.value}" (xem từ điển chỉ tiêu)`,
  'metric-derived': (p) => `"${p.value}" do ứng dụng tính, không nhập số liệu`,
  'value-missing': () => 'thiếu giá trị',
  'value-not-number': (p) => `giá trị "${p.value}" không phải là số`,
  'value-normalised': (p) => `giá trị "${p.value}" được đọc là ${p.read} (${STYLE_VI[String(p.style)] ?? p.style})`,
  'value-ambiguous': (p) => `giá trị "${p.value}" có thể hiểu hai cách; đã đọc là ${p.read} (${p.reading === 'decimal' ? 'dấu thập phân' : 'dấu phân cách hàng nghìn'}, theo tệp phân cách bằng ${p.locale === 'vi' ? 'dấu chấm phẩy' : 'dấu phẩy'})`,
  'unit-mismatch': (p) => `đơn vị "${p.value}" không khớp với "${p.metric}" (đơn vị ${p.expected})`,
  'duplicate-row': (p) => `trùng với dòng ${p.firstLine} (cùng bản đồ, mã, năm, kỳ, phạm vi và chỉ tiêu)`,
  'formula-text': () => 'chữ bắt đầu như công thức bảng tính; giữ nguyên là chữ, khi xuất thêm dấu \' ở đầu',
  'encoding-suspect': () => 'có ký tự không đọc được (tệp có được lưu dạng UTF-8 không?)',
  'rows-limit': (p) => `quá ${p.max} dòng: dòng này và các dòng hợp lệ sau nó không được nhập`,
  'value-too-large': (p) => `giá trị "${p.value}" quá lớn để là một số liệu (lớn hơn ${p.max})`,
  'value-below-minimum': (p) => `giá trị "${p.value}" không thể nhỏ hơn ${p.min} với số liệu tính bằng ${p.unitVi}`,
  'value-not-whole': (p) => `giá trị "${p.value}" không phải số nguyên (${p.unitVi})`,
  'value-implausible': (p) => `giá trị "${p.value}" nằm ngoài khoảng ${p.min} đến ${p.max} ${p.unitVi}, khoảng hợp lý cho một tỉnh hay cả nước: hãy kiểm tra đơn vị và dấu thập phân`,
};
