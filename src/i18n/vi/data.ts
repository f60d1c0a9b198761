// Messages about where numbers come from and how sure they are (provenance, qualifiers, zone facts).
export const data = {
  // Provenance roles beyond the chosen value
  provIncluded: 'Đã gồm trong tổng cả nước: dầu khí ngoài khơi (không phải một tỉnh)',

  // Qualifiers of a number
  markLowerBound: 'giới hạn dưới',
  markApprox: 'xấp xỉ',
  flagLowerBound: 'nguồn ghi “trên”, “hơn”: số liệu là giới hạn dưới',
  flagApprox: 'nguồn ghi “khoảng”, “gần”: số liệu xấp xỉ',
  flagEstimate: 'số ước tính',
  flagPreliminary: 'số sơ bộ',
  flagInferredYear: 'năm suy ra từ nội dung: nguồn không ghi năm',
  flagApproxDate: 'thời điểm số liệu gần đúng',
  flagTerritoryAmbiguous: 'không rõ là tỉnh cũ hay tỉnh mới sau sáp nhập',
  flagScopeAmbiguous: 'không rõ là số của các khu hay của toàn tỉnh',
  flagInclOffshore: 'tổng gồm cả dầu khí ngoài khơi',
  flagComputed: 'tổng do người thu thập cộng, không phải số công bố',
  flagExclSharePurchases: 'chưa gồm góp vốn, mua cổ phần (bảng không có cột này)',
  flagInclSharePurchases: 'gồm cả góp vốn, mua cổ phần',
  qualifiers: 'Lưu ý',

  // Sources
  copyOnGithub: 'bản sao trên GitHub',
  officialAddress: 'Địa chỉ chính thức',
  sourceTable: 'Bảng, bài',

  // Zone facts
  zoneFactSources: 'Nguồn ({n})',
  zoneFactChosen: 'được chọn',
  zoneFactContested: 'nguồn khác nói khác',
  zoneFactOlder: 'cũ hơn',
  zoneFactOther: 'khác',
  zoneFactPhaseOnly: 'chỉ một giai đoạn',
  zoneFactWeak: 'nguồn yếu, cần kiểm chứng',
  zoneFactContradicts: 'khác với danh mục khu',
  zoneFactRegister: 'danh mục khu (tổng hợp nhiều nguồn)',
  zoneFactPhasesOnly: 'chỉ có số liệu từng giai đoạn, không có số cho cả khu',
  zoneTenantsFdi: 'Dự án FDI trong khu',
  zoneTenantsDdi: 'Dự án trong nước trong khu',
  zoneFactAt: 'tại {date}',
} as const;
