// Vietnamese messages of the logistics layer, the straight-line distances and the map's symbol key.
export const logistics = {
  // Kinds and the card
  logisticsAirport: 'Sân bay',
  logisticsSeaport: 'Cảng biển',
  logisticsIcd: 'Cảng cạn (ICD)',
  logisticsBorder: 'Cửa khẩu',
  logisticsKind: 'Loại',
  logisticsPrecision: 'Độ chính xác vị trí',
  logisticsPrecisionValue: 'sai số khoảng {km} km',
  logisticsMethod: 'Cách xác định vị trí',
  logisticsLowConfidence: 'vị trí chưa chắc chắn: chỉ suy ra từ tên',
  logisticsCardClose: 'Đóng thẻ điểm hạ tầng',

  // Distances on the zone card and in the list
  nearestHeading: 'Khoảng cách đường chim bay',
  nearestExplain: 'Tới điểm đang hoạt động gần nhất, không phải quãng đường bộ; ± là tổng bán kính sai số vị trí của khu và của điểm.',
  nearestAirport: 'Sân bay gần nhất',
  nearestSeaport: 'Cảng biển gần nhất',
  nearestIcd: 'Cảng cạn gần nhất',
  nearestBorder: 'Cửa khẩu gần nhất',
  nearestDistance: '{km} km đường chim bay, ± {pm} km',
  nearestDistanceNoPm: '{km} km đường chim bay (không rõ sai số)',
  nearestTie: 'cùng khoảng cách: {names}',
  nearestNotOperating: 'chưa hoạt động: {name} · {km} km',
  nearestNone: 'không có điểm nào đang hoạt động',
  nearestNoLocation: 'Khu chưa có vị trí nên không tính được khoảng cách.',

  // The map's symbol key
  symbolsKey: 'Ký hiệu trên bản đồ',
  layerLogistics: 'Hiện sân bay, cảng biển, cảng cạn, cửa khẩu',
  keyNotOperating: 'nền trắng, viền đứt: chưa hoạt động (đang xây dựng)',
  keyLink: 'nét đứt: khoảng cách đường chim bay từ khu đang mở tới sân bay và cảng biển gần nhất',
  keyCluster: 'vòng tròn có số: bấy nhiêu khu nằm sát nhau; bấm để phóng to',
  keyKkt: 'KKT: hình tròn có diện tích bằng diện tích công bố, không phải ranh giới của khu',
  keyHollow: 'vòng rỗng: khu vẫn hiện dù thiếu số liệu đang lọc',
  keyFramed: 'viền đứt đậm: tỉnh của khu đang mở',
  keyLogistics: 'Hạ tầng logistics',
} as const;
