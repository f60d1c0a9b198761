// Zone symbol colours, shared by the map layers and the legend (kept apart so the legend does not
// pull the layer definitions into the first chunk).
export const ZONE_COLORS = {
  KCN: '#1b7f6b',
  'KCN-in-KKT': '#6a51a3',
  KCNC: '#c2185b',
  KKT: '#6a51a3',
} as const;

export const STATUS_STROKE = {
  operating: { color: '#1d2733', width: 1.5 },
  building: { color: '#d95f02', width: 2.5 },
  planned: { color: '#9aa3ad', width: 1 },
} as const;
