// Every string of the UI, in Vietnamese (default) and English. Keys are shared; a test checks that
// both languages define the same keys.

import { zonesVi } from './messages-zones';
import { trendVi } from './messages-trend';
import { changeVi } from './messages-change';
import { presentVi } from './messages-present';
import { importVi } from './messages-import';

import type { Lang } from '../core/names';

export type { Lang } from '../core/names';

const vi = {
  ...zonesVi,
  ...trendVi,
  ...changeVi,
  ...presentVi,
  ...importVi,
  appTitle: 'KCN Atlas',
  appTagline: 'Khu công nghiệp, khu chế xuất và khu kinh tế vùng Đồng bằng sông Hồng',
  appIntro:
    'Bản đồ và số liệu có nguồn về các khu công nghiệp (KCN), khu chế xuất (KCX) và khu kinh tế (KKT) của 11 tỉnh, thành phố trong Khối thi đua các Ban Quản lý KCN, KCX, KKT vùng Đồng bằng sông Hồng, trước và sau sáp nhập tỉnh năm 2025.',
  loading: 'Đang tải dữ liệu…',
  loadError: 'Không tải được dữ liệu',
  mapLoading: 'Đang tải bản đồ…',
  mapLabel: 'Bản đồ các tỉnh vùng Đồng bằng sông Hồng',
  provincesHeading: 'Các tỉnh, thành phố',
  provincesHeadingPost: 'Các tỉnh, thành phố (sau sáp nhập 2025)',
  selected: 'Đang chọn',
  clearSelection: 'Bỏ chọn',
  code: 'Mã GSO',
  mergedInto: 'Sáp nhập vào (từ 1/7/2025)',
  unchanged: 'Không sáp nhập (giữ nguyên từ 1/7/2025)',
  formedFrom: 'Hình thành từ',
  zonesInData: 'Khu trong dữ liệu',
  zonesLocated: 'có vị trí',
  population: 'Dân số trung bình',
  area: 'Diện tích',
  source: 'Nguồn',
  sources: 'Nguồn',
  sourceOf: 'Nguồn của số liệu',
  close: 'Đóng',
  noData: 'Không có dữ liệu',
  publisher: 'Đơn vị công bố',
  date: 'Ngày',
  link: 'Liên kết',
  noLink: 'Không có địa chỉ công khai (trích dẫn)',
  tier: 'Mức tin cậy',
  aboutHeading: 'Về dữ liệu',
  aboutData:
    'Mọi con số đều có nguồn: bảng thống kê chính thức (Cục Đầu tư nước ngoài, Tổng cục Thống kê, VCCI), cổng thông tin của các Ban Quản lý, báo chí nhà nước và năm báo cáo của Khối thi đua. Thiếu số liệu thì ghi "không có dữ liệu", không ước tính.',
  aboutCounts: '{observations} số liệu từ {sources} nguồn; {zones} khu; {metrics} chỉ tiêu.',
  attributionHeading: 'Ghi công bản đồ',
  edition: 'Bản đồ',
  editionPre: '63 tỉnh (trước 7/2025)',
  editionPost: '34 tỉnh (sau 7/2025)',
  language: 'Ngôn ngữ',
  noticeHeading: 'Lưu ý',
  dismiss: 'Đóng thông báo',
  urlUnknownParam: 'Tham số "{name}" có giá trị không hợp lệ ("{value}"); đã dùng mặc định.',
  urlUnknownProvince: 'Không có tỉnh mã "{value}" trong bản đồ này; đã bỏ chọn.',
  urlProvinceMapped: 'Tỉnh mã {from} đã sáp nhập vào {name} ({to}) từ 1/7/2025.',
  skipToList: 'Đến danh sách tỉnh',
  kmSq: 'km²',
  thousandPersons: 'nghìn người',
  provChosen: 'Giá trị được chọn',
  provContested: 'Nguồn khác, số liệu khác (đang tranh cãi)',
  provRevised: 'Số liệu cũ hơn của cùng nguồn (đã điều chỉnh)',
  provOther: 'Số liệu khác',
  provInput: 'Đầu vào',
  provMissingInput: 'Đầu vào thiếu số liệu',
  asOf: 'tại thời điểm',
  markContested: 'số liệu chênh lệch',
  markDerived: 'số liệu tính toán',
  markPartial: 'chưa đủ',
  markAggregate: 'cộng gộp các tỉnh cũ',
  markMissing: 'không có dữ liệu',
  regionBloc: 'Khối thi đua ĐBSH',
  country: 'Cả nước',
  periodFY: 'cả năm',
  periodStock: 'lũy kế',
  periodH1: '6 tháng đầu năm',
  periodMonths: '{n} tháng',
  periodQuarter: 'quý {n}',
  rankingHeading: 'Xếp hạng',
  metric: 'Chỉ tiêu',
  year: 'Năm',
  period: 'Kỳ',
  scope: 'Phạm vi',
  scopeZones: 'Các KCN, KKT',
  scopeProvince: 'Toàn tỉnh',
  coreMetrics: 'Chỉ tiêu chính',
  otherMetrics: 'Chỉ tiêu khác',
  derivedMetrics: 'Chỉ tiêu tính toán',
  rank: 'Hạng',
  province: 'Tỉnh',
  value: 'Giá trị',
  change: 'Thay đổi',
  changeFrom: 'so với {year}',
  rankChange: 'Đổi hạng',
  share: 'Tỷ trọng',
  shareCountry: 'Tỷ trọng cả nước',
  reporting: '{n}/{total} tỉnh có số liệu',
  regionTotal: 'Tổng của vùng',
  regionTotalPublished: 'số liệu Khối công bố',
  regionTotalSum: 'tổng các tỉnh',
  rankUp: 'lên {n} bậc',
  rankDown: 'xuống {n} bậc',
  rankSame: 'giữ hạng',
  noComparable: 'không có kỳ so sánh',
  higherBetter: 'cao hơn là tốt hơn',
  lowerBetter: 'thấp hơn là tốt hơn',
  neutral: 'sắp xếp theo giá trị',
  viewMap: 'Bản đồ',
  viewRank: 'Xếp hạng',
  views: 'Chế độ xem',
  computing: 'Đang tính…',
  queryFailed: 'Không tính được: {reason}',
  openSource: 'Xem nguồn',
  missingConstituents: 'thiếu: {names}',
  locationUnknownHeading: 'Chưa rõ vị trí (không đặt lên bản đồ)',
  tableCaption: 'Tất cả chỉ tiêu có số liệu năm {year}: mỗi dòng một tỉnh; bấm tiêu đề cột để sắp xếp, bấm số liệu để xem nguồn.',
  blocHeading: 'Khối thi đua ĐBSH',
  blocNone: 'Không có sự kiện nào của Khối trong các báo cáo.',
  blocChair: 'Khối trưởng',
  blocViceChair: 'Khối phó',
  blocFlag: 'Cờ thi đua',
  blocMerit: 'Bằng khen',
  viewTrend: 'Xu hướng',
  viewChange: 'Thay đổi',
  viewCompare: 'So sánh',
  viewTable: 'Bảng số liệu',
  compareChoose: 'Chọn 2 đến 4 tỉnh để so sánh',
  fromYear: 'Từ năm',
  deltaKind: 'Thay đổi tính theo',
  deltaAbs: 'giá trị',
  deltaPct: 'phần trăm',
  mapKeys: 'Bản đồ: phím mũi tên để đi giữa các tỉnh, Enter để chọn, Esc để bỏ chọn, Shift + mũi tên để di chuyển bản đồ, + và − để phóng to, thu nhỏ.',
  legend: 'Chú giải',
  legendShows: 'Bản đồ tô màu theo',
  showValue: 'Giá trị',
  showDelta: 'Thay đổi',
  legendZones: 'Ký hiệu các khu',
  legendApprox: 'vị trí gần đúng (bán kính sai số)',
  kindKcnInKkt: 'KCN trong KKT',
  kindKcnc: 'Khu công nghệ cao',
  statusOperating: 'đang hoạt động',
  statusBuilding: 'đang xây dựng',
  statusPlanned: 'quy hoạch',
  announceProvince: '{name}: {value}, hạng {rank} trên {total}',
  announceNoData: '{name}: không có dữ liệu',
  mapTableCaption: 'Bảng thay thế cho bản đồ: {metric}, {year}',
} as const;

export type MessageKey = keyof typeof vi;


/** Loaded message tables: Vietnamese (the default) always; English once asked for. */
export const MESSAGES: Partial<Record<Lang, Record<MessageKey, string>>> = { vi };

/** Makes a language's messages available; call (and await) before showing it. */
export async function loadLanguage(lang: Lang): Promise<void> {
  if (lang === 'en' && !MESSAGES.en) MESSAGES.en = (await import('./en')).en;
}

/** Looks a message up and fills `{name}` placeholders. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = MESSAGES[lang]?.[key] ?? vi[key];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
