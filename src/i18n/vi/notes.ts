// The data's curation notes in Vietnamese: the fixed phrases our refresh writes (src/core/data/refresh/notes.ts,
// plans.ts, zone-facts.ts, zones.ts, index.ts logisticsNote, and the curated zone renames), one English part
// → one Vietnamese part. Loaded only with the panels that show notes (through ../notes.ts), never on the
// first screen. test/unit/i18n/notes.test.ts fails when the data holds a part this table cannot say.
import { formatDate, formatNumber, LOCALES } from '../format';
import { periodLabel } from '../labels';

/** Parts written word for word by the refresh. */
export const NOTE_PHRASES_VI: Readonly<Record<string, string>> = {
  // Observations (refresh/notes.ts).
  'the compiler\'s sum of stated figures, not a stated figure': 'tổng do người tổng hợp cộng từ các số đã công bố, không phải một số được công bố',
  'whether it covers the former or the merged province is not stated': 'nguồn không nêu số liệu tính cho tỉnh cũ hay tỉnh sau sáp nhập',
  'includes the offshore oil and gas line': 'gồm cả dòng dầu khí ngoài khơi',
  'original yearbook vintage, superseded by the revised NSO series':
    'số liệu của niên giám thống kê bản gốc, đã được thay bằng chuỗi số liệu điều chỉnh của Tổng cục Thống kê (nay Cục Thống kê)',
  'earlier yearbook edition': 'ấn bản niên giám thống kê trước đó',
  "rescaled by a power of ten to the metric's unit": 'đã quy đổi theo lũy thừa của 10 về đơn vị của chỉ tiêu',
  'FDI and DDI combined': 'gộp cả FDI và vốn đầu tư trong nước (DDI)',
  'one currency part of a mixed FDI/DDI figure': 'phần tính bằng một loại tiền của một số gộp FDI/DDI',
  'cumulative (all-time) rank, not the rank of the year': 'thứ hạng lũy kế (từ trước đến nay), không phải thứ hạng trong năm',
  'rank implied by the order of a list': 'thứ hạng suy ra từ thứ tự trong một danh sách',
  'NSO value still labelled with the pre-merger province': 'số liệu của Tổng cục Thống kê (nay Cục Thống kê) vẫn ghi theo tỉnh trước sáp nhập',
  'revised post-2019-census series': 'chuỗi số liệu điều chỉnh sau Tổng điều tra dân số 2019',
  '2015 table: total is new plus additional capital': 'bảng năm 2015: tổng là vốn đăng ký cấp mới cộng vốn điều chỉnh tăng thêm',
  'growth = published index minus 100': 'tăng trưởng = chỉ số đã công bố trừ 100',
  'compiled copy of the FIA table with an earlier cut-off': 'bản chép lại bảng của Cục Đầu tư nước ngoài, chốt số liệu sớm hơn',
  'plan or target figure': 'số kế hoạch hoặc mục tiêu',
  'new registrations only': 'chỉ tính dự án đăng ký cấp mới',
  'includes share purchases': 'gồm cả góp vốn, mua cổ phần',
  'excludes share purchases': 'không gồm góp vốn, mua cổ phần',
  'probable typo in the source': 'có lẽ nguồn ghi nhầm',
  'NSO full calendar year': 'cả năm dương lịch, số liệu của Tổng cục Thống kê (nay Cục Thống kê)',
  'provincial or city figure': 'số liệu của tỉnh hoặc thành phố',
  "re-keyed: a running total of implemented capital, which the report words as the year's disbursement":
    'đã chuyển sang chỉ tiêu khác: đây là vốn thực hiện lũy kế, dù báo cáo gọi là vốn giải ngân trong năm',
  "stated as the year's disbursement": 'được nêu là vốn giải ngân trong năm',
  "the report's share of registered capital is not carried (it cannot hold for one year)":
    'tỷ lệ so với vốn đăng ký mà báo cáo nêu không được lấy (tỷ lệ đó không thể đúng cho một năm)',
  'occupancy of planned land': 'tỷ lệ lấp đầy trên diện tích đất quy hoạch',
  'occupancy of recovered (cleared) land': 'tỷ lệ lấp đầy trên diện tích đất đã thu hồi (đã giải phóng mặt bằng)',
  'publication date approximate': 'ngày công bố là gần đúng',
  'whether the months before the merger cover every former province is not stated':
    'nguồn không nêu các tháng trước sáp nhập có tính đủ mọi tỉnh cũ hay không',
  'national total row of the table': 'dòng tổng cả nước của bảng',
  'offshore oil and gas projects: a line of the FIA table, not a province':
    'dự án dầu khí ngoài khơi: một dòng trong bảng của Cục Đầu tư nước ngoài, không phải một tỉnh',
  'the row number counts the offshore oil and gas line listed above it': 'số thứ tự dòng có tính cả dòng dầu khí ngoài khơi xếp phía trên',
  'the table numbering skips a number, so this row number is one above its position':
    'bảng đánh số bỏ qua một số, nên số thứ tự của dòng này lớn hơn vị trí thật của nó một đơn vị',
  'listed last regardless of capital: this row number is not a capital rank':
    'xếp cuối bảng bất kể số vốn: số thứ tự của dòng này không phải thứ hạng theo vốn',
  'the table order disagrees with the capital here': 'ở đây thứ tự trong bảng không khớp với số vốn',
  'negative as published (capital reductions exceed new capital)': 'số âm đúng như công bố (vốn điều chỉnh giảm lớn hơn vốn mới)',
  'rank on the 34-province map': 'thứ hạng trên bản đồ 34 tỉnh, thành phố',
  'industrial and economic zones together': 'gộp chung KCN và KKT',
  'industrial zones only (the economic zone excluded)': 'chỉ tính KCN (không gồm KKT)',
  'a repost of a press item: low trust': 'bài đăng lại một tin báo chí: độ tin cậy thấp',
  'machine-translated text': 'văn bản dịch máy',
  'cumulative projects attracted': 'số dự án thu hút lũy kế',
  'validity not stated': 'không nêu dự án còn hiệu lực hay không',
  'FDI enterprises only': 'chỉ tính doanh nghiệp FDI',
  'not the official NSO series': 'không phải chuỗi số liệu chính thức của Tổng cục Thống kê (nay Cục Thống kê)',
  'read from a mirror of the original page': 'đọc từ một bản sao của trang gốc',
  'period read from the context of the report': 'kỳ số liệu suy ra từ ngữ cảnh của báo cáo',
  // Plans (refresh/plans.ts).
  'FDI and DDI combined, presumably': 'có lẽ gộp cả FDI và vốn đầu tư trong nước (DDI)',
  'whether this is the full-year target or what was still to be attracted in the second half is not stated':
    'nguồn không nêu đây là mục tiêu cả năm hay phần còn phải thu hút trong 6 tháng cuối năm',
  'read from an English translation': 'đọc từ bản dịch tiếng Anh',
  'whether the original says above plan or of plan was not seen': 'chưa xem được bản gốc ghi là vượt kế hoạch hay là đạt bấy nhiêu phần trăm kế hoạch',
  'a target for the second quarter alone (April to June), not the year to date': 'mục tiêu riêng của quý II (tháng 4 đến tháng 6), không phải lũy kế từ đầu năm',
  'read from a page that copies a press interview: low trust': 'đọc từ một trang chép lại bài phỏng vấn trên báo: độ tin cậy thấp',
  "the same year's stated ratios imply a larger plan base than this target": 'các tỷ lệ công bố trong cùng năm cho thấy số kế hoạch làm gốc lớn hơn mục tiêu này',
  'the target was set by the city or provincial authorities for the board': 'mục tiêu do chính quyền thành phố hoặc tỉnh giao cho Ban quản lý',
  "from the provincial People's Committee's growth scenario": 'theo kịch bản tăng trưởng của UBND tỉnh',
  'the source ties the target to new projects': 'nguồn gắn mục tiêu với các dự án mới',
  "filed as new plus additional capital, as the board's own ratios measure it": 'xếp vào vốn cấp mới cộng vốn tăng thêm, như cách Ban quản lý tự tính các tỷ lệ',
  'a goal stated in an interview': 'mục tiêu nêu trong một cuộc phỏng vấn',
  'the formal plan figure is not given': 'không có số kế hoạch chính thức',
  'a growth target against the previous year': 'mục tiêu tăng trưởng so với năm trước',
  'FDI (in USD) and DDI (in VND) together against one plan': 'FDI (tính bằng USD) và DDI (tính bằng VND) cộng chung, so với một kế hoạch',
  'new jobs in the year, not the workforce': 'số việc làm mới trong năm, không phải tổng số lao động',
  'an average over the operating zones': 'bình quân của các KCN đang hoạt động',
  'the base of the rate is not stated': 'không nêu tỷ lệ được tính trên cơ sở nào',
  'industrial land to be taken up by the targeted new projects': 'diện tích đất công nghiệp mà các dự án mới theo mục tiêu sẽ thuê',
  'new plus additional capital': 'vốn cấp mới cộng vốn tăng thêm',
  'the lower end of a stated range': 'cận dưới của một khoảng được nêu',
  // Zone facts (refresh/zone-facts.ts).
  'year of the investment-policy (in-principle) approval': 'năm chấp thuận chủ trương đầu tư',
  'year of the establishment decision': 'năm có quyết định thành lập',
  'year of the investment certificate': 'năm cấp giấy chứng nhận đầu tư',
  'year construction started, not an establishment decision': 'năm khởi công, không phải năm có quyết định thành lập',
  'year the developer was assigned the park, not a formal decision': 'năm chủ đầu tư hạ tầng được giao khu, không phải một quyết định chính thức',
  'a former developer': 'chủ đầu tư hạ tầng trước đây',
  'expected developer, not yet confirmed': 'chủ đầu tư hạ tầng dự kiến, chưa được xác nhận',
  'probable developer: the source does not call it the developer': 'có lẽ là chủ đầu tư hạ tầng: nguồn không gọi đơn vị này là chủ đầu tư',
  'study-stage permission, not the final approval': 'mới được phép nghiên cứu, khảo sát, chưa phải phê duyệt chính thức',
  'no developer yet': 'chưa có chủ đầu tư hạ tầng',
  'an investor was selected (name not given)': 'đã chọn được nhà đầu tư (không nêu tên)',
  "status as the gatherer read the source's sentence": 'tình trạng theo cách người thu thập hiểu câu văn của nguồn',
  'of the area with completed infrastructure only': 'chỉ tính trên phần diện tích đã hoàn thiện hạ tầng',
  "the developer's own figure": 'số liệu do chính chủ đầu tư hạ tầng đưa ra',
  'stated as filled, recorded as 100%': 'nguồn ghi là đã lấp đầy, được ghi nhận là 100%',
  'English-language source': 'nguồn tiếng Anh',
  'another publisher and date than the register': 'đơn vị công bố và ngày khác với danh mục khu',
  // Zones (refresh/zones.ts and the curated renames).
  'KKT area may include sea': 'diện tích KKT có thể gồm cả mặt biển',
  'area as listed by the portal': 'diện tích theo cổng thông tin',
  'pin radius by the shared portal-pin rule': 'bán kính sai số theo quy tắc chung cho ghim trên cổng thông tin',
  'address uses post-2025 units': 'địa chỉ theo đơn vị hành chính sau năm 2025',
  'unlocated (its communes carry post-2025 names)': 'chưa định vị được (các xã mang tên sau năm 2025)',
  'its commune is listed for the South Hải Phòng KKT so it may be a KCN inside the KKT':
    'xã của khu này có trong danh sách xã của KKT ven biển phía Nam Hải Phòng nên đây có thể là một KCN nằm trong KKT',
  'its communes are listed for the South Hải Phòng KKT so it may be a KCN inside the KKT':
    'các xã của khu này có trong danh sách xã của KKT ven biển phía Nam Hải Phòng nên đây có thể là một KCN nằm trong KKT',
  // The reasons after "added from the IIP portal:" / "added from zone facts:".
  'new park not in zones.csv': 'khu mới, chưa có trong zones.csv',
  'new park': 'khu mới',
  'listed as KCN by the IIP portal': 'cổng thông tin IIP xếp là KCN',
  // Logistics (refresh/index.ts logisticsNote).
  'airfield reference point (OurAirports)': 'điểm quy chiếu sân bay (OurAirports)',
  'commune centroid (censusVN2009)': 'tâm xã (censusVN2009)',
  'district centroid (censusVN2009)': 'tâm huyện (censusVN2009)',
  'World Port Index position, rounded to the minute': 'vị trí theo World Port Index, tọa độ làm tròn đến phút',
  'UN/LOCODE position, rounded to the minute': 'vị trí theo UN/LOCODE, tọa độ làm tròn đến phút',
  'pin of the host industrial park (IIP portal)': 'ghim của KCN nơi đặt điểm này (cổng thông tin IIP)',
  'turning-basin centre from the pilot company table, shifted from VN-2000': 'tâm vũng quay tàu theo bảng của công ty hoa tiêu, chuyển đổi từ hệ VN-2000',
  'centre of the berth water area in a notice to mariners': 'tâm vùng nước bến cảng theo thông báo hàng hải',
  'Wikipedia coordinate (copy)': 'tọa độ lấy từ Wikipedia (bản sao)',
  'location inferred from the name only: low confidence': 'vị trí chỉ suy ra từ tên: độ tin cậy thấp',
};

/** The zone fields a merged row may fill (refresh/zones.ts: "<field> from merged row <id>"). */
export const MERGED_FIELD_VI: Readonly<Record<string, string>> = {
  planned_area_ha: 'diện tích quy hoạch',
  industrial_land_ha: 'diện tích đất công nghiệp',
  established_year: 'năm thành lập',
  developer: 'chủ đầu tư hạ tầng',
  location_text: 'địa chỉ',
};

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAY_MONTH = String.raw`(\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*`;
const ISO = String.raw`(\d{4}-\d{2}-\d{2})`;
const pad = (n: number) => String(n).padStart(2, '0');
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;

/** "1 Jul 2025" / "1 July 2025" as the app writes a date. */
function dateVi(day: string, month: string, year: string): string {
  return formatDate('vi', `${year}-${pad(monthOf(month))}-${pad(Number(day))}`);
}

/** "12 Nov" (no year stated) as the app writes a date, without the year. */
function dayMonthVi(day: string, month: string): string {
  const date = new Date(Date.UTC(2000, monthOf(month) - 1, Number(day)));
  return new Intl.DateTimeFormat(LOCALES.vi, { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(date);
}

/** A template: a part with numbers, dates or names, said again with the same numbers, dates and names. */
export interface NoteTemplate {
  test: RegExp;
  /** `sub` says a nested phrase (the reason after "added from …:") in Vietnamese, or null. */
  vi: (m: RegExpExecArray, sub: (part: string) => string | null) => string | null;
}

const nested = (prefix: string) => (m: RegExpExecArray, sub: (part: string) => string | null) => {
  const reason = sub(m[1]!);
  return reason === null ? null : `${prefix}: ${reason}`;
};

export const NOTE_TEMPLATES_VI: readonly NoteTemplate[] = [
  // Observations.
  { test: new RegExp(`^FIA year-end table, ${ISO} to ${ISO}$`), vi: (m) => `bảng số liệu cả năm của Cục Đầu tư nước ngoài, từ ${formatDate('vi', m[1]!)} đến ${formatDate('vi', m[2]!)}` },
  { test: new RegExp(`^FIA quick report, ${ISO} to ${ISO}$`), vi: (m) => `báo cáo nhanh của Cục Đầu tư nước ngoài, từ ${formatDate('vi', m[1]!)} đến ${formatDate('vi', m[2]!)}` },
  { test: /^rank = row number in the table \((\d+) localities listed\)$/, vi: (m) => `thứ hạng = số thứ tự dòng trong bảng (bảng liệt kê ${formatNumber('vi', Number(m[1]), 0)} địa phương)` },
  { test: /^(\d{4}) yearbook edition$/, vi: (m) => `niên giám thống kê, ấn bản năm ${m[1]}` },
  { test: new RegExp(`^describes the merged province \\(from ${DAY_MONTH} (\\d{4})\\)$`), vi: (m) => `mô tả tỉnh sau sáp nhập (từ ${dateVi(m[1]!, m[2]!, m[3]!)})` },
  {
    test: new RegExp(`^the former province \\(its territory before the ${DAY_MONTH} (\\d{4}) merger\\)$`),
    vi: (m) => `tỉnh cũ (địa giới trước khi sáp nhập ngày ${dateVi(m[1]!, m[2]!, m[3]!)})`,
  },
  // Plans.
  { test: /^measured part-way through the year \(([^)]+)\), against the annual plan$/, vi: (m) => `đo khi chưa hết năm (${periodLabel('vi', m[1]!)}), so với kế hoạch cả năm` },
  { test: new RegExp(`^measured from ${DAY_MONTH} to (about )?${DAY_MONTH}$`), vi: (m) => `tính từ ${dayMonthVi(m[1]!, m[2]!)} đến ${m[3] ? 'khoảng ' : ''}${dayMonthVi(m[4]!, m[5]!)}` },
  {
    test: /^a five-year plan, not a yearly one \(the source names the period (\d{4})–(\d{4})\)$/,
    vi: (m) => `kế hoạch 5 năm, không phải kế hoạch của một năm (nguồn ghi giai đoạn ${m[1]}–${m[2]})`,
  },
  // Zones: the names and ids inside stay as they are.
  { test: /^added from the IIP portal: (.+)$/, vi: nested('bổ sung từ cổng thông tin IIP') },
  { test: /^added from zone facts: (.+)$/, vi: nested('bổ sung từ dữ liệu thu thập theo từng khu') },
  { test: /^(.+) had been left out of zones\.csv for lack of a source$/, vi: (m) => `${m[1]} trước đây chưa được đưa vào zones.csv vì thiếu nguồn` },
  { test: /^(.+) was missing from zones\.csv$/, vi: (m) => `${m[1]} còn thiếu trong zones.csv` },
  { test: /^a planned park in the (.+) IZ board's (\d{4}) list$/, vi: (m) => `một khu quy hoạch trong danh sách năm ${m[2]} của Ban quản lý các KCN ${m[1]}` },
  { test: /^distinct from (\S+) \(other developer and area\)$/, vi: (m) => `khác với ${m[1]} (khác chủ đầu tư hạ tầng và diện tích)` },
  { test: /^the extended (.+) park, missing from the register$/, vi: (m) => `khu ${m[1]} mở rộng, chưa có trong danh mục khu` },
  { test: /^also known as (.+)$/, vi: (m) => `còn gọi là ${m[1]}` },
  { test: /^merged duplicate (\S+) \((.+)\)$/, vi: (m) => `đã gộp dòng trùng ${m[1]} (${m[2]})` },
  { test: /^(\w+) from merged row (\S+)$/, vi: (m) => (MERGED_FIELD_VI[m[1]!] ? `${MERGED_FIELD_VI[m[1]!]} lấy từ dòng đã gộp ${m[2]}` : null) },
  { test: /^name corrected from (.+) to (.+)$/, vi: (m) => `đã sửa tên từ ${m[1]} thành ${m[2]}` },
  { test: /^listed as (.+) on the IIP portal \(post-2025 province\)$/, vi: (m) => `cổng thông tin IIP ghi là ${m[1]} (theo tỉnh sau năm 2025)` },
  { test: /^located by the IIP portal pin of the same park \((.+)\)$/, vi: (m) => `định vị theo ghim của chính khu này trên cổng thông tin IIP (${m[1]})` },
  {
    test: /^may be one of the (.+) planning-list parks \((\S+) or (\S+)\)$/,
    vi: (m) => `có thể là một trong các khu thuộc danh sách quy hoạch ở ${m[1]} (${m[2]} hoặc ${m[3]})`,
  },
  { test: /^may really be a cụm công nghiệp \((.+)\)$/, vi: (m) => `có thể thực chất là một cụm công nghiệp (${m[1]})` },
  { test: /^possibly inside (.+) \(not checked\)$/, vi: (m) => `có thể nằm trong ${m[1]} (chưa kiểm tra)` },
  { test: /^possibly (.+) \(unconfirmed\)$/, vi: (m) => `có thể là ${m[1]} (chưa xác nhận)` },
  {
    test: /^unlocated \(only its district, (.+), is stated: a district centroid's honest radius needs the district outline, which is not at hand\)$/,
    vi: (m) => `chưa định vị được (nguồn chỉ nêu huyện ${m[1]}: muốn ghi bán kính sai số trung thực quanh tâm huyện cần có ranh giới huyện, mà dữ liệu này hiện chưa có)`,
  },
];
