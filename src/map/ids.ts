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
} as const;

export const LAYER = {
  contextFill: 'context-fill',
  provincesFill: 'provinces-fill',
  provincesNoData: 'provinces-no-data',
  provincesOutline: 'provinces-outline',
  provincesPartial: 'provinces-partial',
  provincesContested: 'provinces-contested',
  provincesHover: 'provinces-hover',
  provincesSelectedOutline: 'provinces-selected-outline',
  provinceLabels: 'province-labels',
  kktArea: 'kkt-area',
  kktSymbol: 'kkt-symbol',
  zoneClusters: 'zone-clusters',
  zoneClusterCount: 'zone-cluster-count',
  zonePrecision: 'zone-precision',
  zonePoints: 'zone-points',
} as const;

export const IMAGE = {
  noDataHatch: 'no-data-hatch',
} as const;
