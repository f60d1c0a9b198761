// Every colour the map draws, by what it means. The legend imports this file too: it holds no layer
// definitions, so the legend does not pull them into the first chunk.

/** The base map and the provinces. */
export const COLORS = {
  water: '#dce9f2',
  neighbour: '#ecebe6',
  vietnam: '#f7f6f2',
  province: '#f3f1ea',
  regionProvince: '#fdfcf8',
  regionOutline: '#5f6b76',
  otherOutline: '#c9c5ba',
  selected: '#f6b93b',
  selectedOutline: '#8a4b00',
  label: '#1d2733',
  labelHalo: '#ffffff',
} as const;

/** The marks on a province's value; the same colours as `.mark.partial`, `.mark.contested` in app.css. */
export const MARK_COLORS = {
  partial: '#9a6700',
  contested: '#b00020',
  /** A latest-available value older than the year shown: a dotted outline (LegendClasses' `.swatch.carried`). */
  carried: '#37474f',
} as const;

/** "No data" hatching, as RGBA bytes (it is drawn into an image, see hatch.ts). */
export const NO_DATA_HATCH_RGBA = [120, 120, 120, 150] as const;

/** Zone symbols. */
export const ZONE_COLORS = {
  KCN: '#1b7f6b',
  'KCN-in-KKT': '#6a51a3',
  KCNC: '#c2185b',
  KKT: '#6a51a3',
} as const;

/** Clusters of zones and the disc of an approximate location: neutral, so they never read as a kind. */
export const CLUSTER_COLORS = {
  fill: '#2f4858',
  stroke: '#ffffff',
  count: '#ffffff',
} as const;

export const STATUS_STROKE = {
  operating: { color: '#1d2733', width: 1.5 },
  building: { color: '#d95f02', width: 2.5 },
  planned: { color: '#9aa3ad', width: 1 },
} as const;

/** Logistics points, one colour per kind (never a zone colour). */
export const LOGISTICS_COLORS = {
  airport: '#1f4e9c',
  seaport: '#00708a',
  icd: '#8c5a12',
  border: '#3d4550',
} as const;

/** The opened zone: its province outline and the straight lines to its nearest airport and seaport. */
export const FOCUS_COLORS = {
  provinceOutline: '#1d2733',
  link: '#1d2733',
  ring: '#8a4b00',
} as const;
