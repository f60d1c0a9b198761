// English messages of the narrow (phone) layout: the header's menu, the legend's button, the scrolling tables.
import type { layout as vi } from '../vi/layout';

export const layout: Record<keyof typeof vi, string> = {
  menu: 'Menu',
  legendToggle: 'Legend',
  rankingScroll: 'Ranking table (scroll sideways for every column)',
  dataTableScroll: 'Data table (scroll sideways for every column)',
  planTableScroll: 'Plan table (scroll sideways for every column)',
};
