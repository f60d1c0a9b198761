// Words for zone fields (kind, status, occupancy basis, location method, curation) in the current language.
import type { ZoneKind, ZoneStatus } from '../core/data/types';
import { t, type Lang, type MessageKey } from './messages';
import './lazyMessages';

const KIND: Record<ZoneKind, MessageKey> = {
  KCN: 'zoneKindKCN', 'KCN-in-KKT': 'zoneKindKCNinKKT', KKT: 'zoneKindKKT', KCNC: 'zoneKindKCNC',
};
const KIND_SHORT: Record<ZoneKind, MessageKey> = {
  KCN: 'zoneKindShortKCN', 'KCN-in-KKT': 'zoneKindShortKCNinKKT', KKT: 'zoneKindShortKKT', KCNC: 'zoneKindShortKCNC',
};
const STATUS: Record<ZoneStatus, MessageKey> = {
  operating: 'zoneStatusOperating', building: 'zoneStatusBuilding', planned: 'zoneStatusPlanned',
};
const OCCUPANCY_BASIS: Record<string, MessageKey> = {
  leasable: 'occBasisIndustrial', planned: 'occBasisPlanned', cleared: 'occBasisCleared', unstated: 'occBasisNone',
};
const LOCATION_METHOD: Record<string, MessageKey> = {
  'osm-bbox-centre': 'locOsmBboxCentre', 'stated-coordinates': 'locStatedCoordinates', 'map-pin': 'locMapPin',
  'commune-centroid': 'locCommuneCentroid', 'district-centroid': 'locDistrictCentroid',
};
const CURATION: Record<string, MessageKey> = {
  gathered: 'curGathered', 'added-from-iip': 'curAddedFromIip', 'added-from-facts': 'curAddedFromFacts', merged: 'curMerged', renamed: 'curRenamed',
};

// Values the data adds later show as they are rather than as nothing.
const lookup = (lang: Lang, table: Record<string, MessageKey>, value: string) => (table[value] ? t(lang, table[value]) : value);

export const zoneKindLabel = (lang: Lang, kind: string) => lookup(lang, KIND, kind);
export const zoneKindShort = (lang: Lang, kind: string) => lookup(lang, KIND_SHORT, kind);
export const zoneStatusLabel = (lang: Lang, status: string | null) => (status ? lookup(lang, STATUS, status) : t(lang, 'zoneStatusUnknown'));
export const occupancyBasisLabel = (lang: Lang, basis: string) => (basis ? lookup(lang, OCCUPANCY_BASIS, basis) : t(lang, 'occBasisNone'));
export const locationMethodLabel = (lang: Lang, method: string) => lookup(lang, LOCATION_METHOD, method);
export const curationLabel = (lang: Lang, curation: string) => lookup(lang, CURATION, curation);
