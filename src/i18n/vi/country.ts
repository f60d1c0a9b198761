// Cả nước làm bối cảnh (issue 14 §3): phạm vi, hạng cả nước, tỷ trọng trong cả nước, dấu đổi nguồn và chưa trọn năm.
export const country = {
  extentZones: 'Số liệu KCN/KKT chỉ có cho đồng bằng sông Hồng: phạm vi "cả nước" bị bỏ qua, hiển thị vùng.',
  shareCountryDerived: 'Tỷ trọng trong cả nước (%) — số tính toán: giá trị ÷ tổng cả nước đã công bố',
  shareRegionDerived: 'Tỷ trọng trong vùng (%) — số tính toán: giá trị ÷ tổng của vùng (công bố, hoặc tổng các tỉnh)',
  shareRegionTotal: 'Chia cho tổng của vùng: {total} ({origin})',
  changeDerived: 'Thay đổi {from} → {to} — số tính toán: giá trị năm {to} trừ giá trị năm {from}',
  changeRankAmong: 'đổi hạng {n}, trong các tỉnh có số liệu so sánh được cả hai năm',
  shareIncludesOffshore: 'Tổng cả nước đã công bố gồm cả dòng dầu khí ngoài khơi (không thuộc tỉnh nào), nên tổng các tỉnh nhỏ hơn tổng này.',
  regionShareHeading: 'Tỷ trọng của vùng trong cả nước',
  regionShareNote: 'Số tính toán: tổng của vùng (công bố, hoặc tổng các tỉnh khi tỉnh nào cũng có số liệu) ÷ tổng cả nước đã công bố.',
  regionShareNoCountry: 'không có tổng cả nước công bố',
  regionShareNoRegion: 'không đủ số liệu các tỉnh của vùng',
  regionShareNone: 'Không có năm nào có cả tổng của vùng và tổng cả nước.',
  regionShareSum: 'tổng các tỉnh',
  regionSharePublished: 'tổng công bố',
};
