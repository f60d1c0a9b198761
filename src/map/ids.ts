// The map's sources, layers and images, one name each: the layer specs, the feature-state writer and
// the pointer and keyboard handlers all refer to them from here. The e2e tests and `npm run bench` read
// some of them by name through `window.__map` (`provinces`, `provinces-fill`, `zones`, …): rename them there too.

export const SOURCE = {
  /** Viet Nam's outline and its neighbours, one source (each feature's `context` says which). */
  context: 'context',
  provinces: 'provinces',
  provinceLabels: 'province-labels',
  /** Industrial parks (KCN, KCN-in-KKT, KCNC), clustered. */
  zones: 'zones',
  /** Economic zones (KKT), never clustered. */
  kkt: 'kkt',
  /** Airports, seaports, inland container depots and border gates. */
  logistics: 'logistics',
  /** The opened zone, drawn apart from the clusters so that it and its ring always show. */
  focusZone: 'focus-zone',
  /** Straight lines from the opened zone to its nearest airport and seaport. */
  focusLinks: 'focus-links',
} as const;

export const LAYER = {
  contextFill: 'context-fill',
  provincesFill: 'provinces-fill',
  provincesNoData: 'provinces-no-data',
  provincesOutline: 'provinces-outline',
  provincesPartial: 'provinces-partial',
  provincesContested: 'provinces-contested',
  provincesCarried: 'provinces-carried',
  provincesHover: 'provinces-hover',
  provincesSelectedOutline: 'provinces-selected-outline',
  provincesFramed: 'provinces-framed',
  provinceLabels: 'province-labels',
  kktArea: 'kkt-area',
  kktSymbol: 'kkt-symbol',
  zoneClusters: 'zone-clusters',
  zoneClusterCount: 'zone-cluster-count',
  zonePrecision: 'zone-precision',
  zonePoints: 'zone-points',
  logisticsPrecision: 'logistics-precision',
  logisticsPoints: 'logistics-points',
  focusLinks: 'focus-links',
  focusRing: 'focus-ring',
  focusPoint: 'focus-point',
  focusLinkLabels: 'focus-link-labels',
} as const;

/** The layers `layers=logistics` switches on and off. */
export const LOGISTICS_LAYERS = [LAYER.logisticsPrecision, LAYER.logisticsPoints, LAYER.focusLinks, LAYER.focusLinkLabels] as const;

export const IMAGE = {
  noDataHatch: 'no-data-hatch',
  /** An invisible disc under each cluster count: it keeps province labels off the bubbles (layers.ts). */
  clusterDisc: 'cluster-disc',
} as const;

/** The image of a logistics symbol: `logistics-airport`, `logistics-airport-planned`, … */
export const logisticsImage = (kind: string, operating: boolean) => `logistics-${kind}${operating ? '' : '-planned'}`;
