// Vietnamese messages of the narrow (phone) layout: the header's menu, the legend's button, the scrolling tables.
export const layout = {
  menu: 'Trình đơn',
  legendToggle: 'Chú giải',
  rankingScroll: 'Bảng xếp hạng (cuộn ngang để xem mọi cột)',
  dataTableScroll: 'Bảng số liệu (cuộn ngang để xem mọi cột)',
  planTableScroll: 'Bảng kế hoạch (cuộn ngang để xem mọi cột)',
} as const;
