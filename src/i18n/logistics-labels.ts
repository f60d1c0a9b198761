// Words for logistics points and distances in the current language.
import { NEAREST_KEY, shownKm, type NearestKind } from '../core/logistics/nearest';
import { formatNumber } from './format';
import { t, type Lang, type MessageKey } from './messages';
import './lazyMessages';

type Key = (typeof NEAREST_KEY)[NearestKind];

const KIND: Record<Key, MessageKey> = { airport: 'logisticsAirport', seaport: 'logisticsSeaport', icd: 'logisticsIcd', border: 'logisticsBorder' };
const NEAREST: Record<Key, MessageKey> = { airport: 'nearestAirport', seaport: 'nearestSeaport', icd: 'nearestIcd', border: 'nearestBorder' };

/** The kind of a point, by its data kind (`border_gate`) or its short name (`border`). */
export function logisticsKindLabel(lang: Lang, kind: string): string {
  const key = (NEAREST_KEY as Record<string, Key>)[kind] ?? kind;
  return KIND[key as Key] ? t(lang, KIND[key as Key]) : kind;
}

export const nearestLabel = (lang: Lang, kind: NearestKind) => t(lang, NEAREST[NEAREST_KEY[kind]]);

/** A status as the data states it (`operating`, `under construction`), in the language shown. */
export function logisticsStatusLabel(lang: Lang, status: string): string {
  if (status === 'operating') return t(lang, 'statusOperating');
  if (status === 'under construction') return t(lang, 'statusBuilding');
  return status;
}

/** A straight-line distance as the card, the list and the map show it (core shownKm); `data-km` carries one decimal. */
export const formatKm = (lang: Lang, km: number) => formatNumber(lang, shownKm(km), 1);
