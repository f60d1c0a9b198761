// What the user layer tells the user, as keys and parameters (so tests read them), and the sentence for a language.
import { t, type Lang, type MessageKey } from '../i18n/messages';
import '../i18n/lazyMessages';
import type { StorageReason } from './userStore';

export type UserLayerNotice =
  | { key: 'saved' | 'removed' | 'damaged' | 'removedElsewhere' }
  | { key: 'restored'; n: number }
  | { key: 'restoredPartly'; n: number; dropped: number }
  | { key: 'changedElsewhere'; n: number; file: string }
  | { key: 'replacedOther'; file: string }
  | { key: 'notSaved' | 'notRemoved'; reason: StorageReason }
  | { key: 'tooLarge'; max: number }
  | { key: 'readFailed'; detail: string };

const KEYS: Record<UserLayerNotice['key'], MessageKey> = {
  saved: 'layerSaved',
  removed: 'layerRemoved',
  damaged: 'layerDamaged',
  removedElsewhere: 'layerRemovedElsewhere',
  restored: 'layerRestored',
  restoredPartly: 'layerRestoredPartly',
  changedElsewhere: 'layerChangedElsewhere',
  replacedOther: 'layerReplacedOther',
  notSaved: 'layerNotSaved',
  notRemoved: 'layerNotRemoved',
  tooLarge: 'importTooLarge',
  readFailed: 'importReadFailed',
};

const REASONS: Record<StorageReason['kind'], MessageKey> = {
  quota: 'storageQuota',
  unavailable: 'storageUnavailable',
  other: 'storageOther',
};

export function userLayerText(lang: Lang, notice: UserLayerNotice): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(notice)) if (typeof value === 'string' || typeof value === 'number') params[name] = value;
  if ('reason' in notice) {
    const detail = notice.reason.kind === 'other' ? notice.reason.detail || t(lang, 'storageUnknown') : '';
    params.reason = t(lang, REASONS[notice.reason.kind], { detail });
  }
  return t(lang, KEYS[notice.key], params);
}
