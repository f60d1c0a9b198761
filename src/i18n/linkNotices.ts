// A link's notices and a deck's errors in the user's language (codes and details from src/core/url).
import type { DeckError } from '../core/url/deck';
import type { UrlNotice } from '../core/url/state';
import { localName } from '../core/names';
import { formatNumber } from './format';
import { t, type Lang, type MessageKey } from './messages';

const COUNTS = new Set(['length', 'read', 'chars', 'max', 'count']);

/** Counts and lengths as the language writes them (800.001 / 800,001); anything else as given. */
function numbers(lang: Lang, detail: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(detail).map(([key, value]) => [key, COUNTS.has(key) ? formatNumber(lang, Number(value)) : String(value)]));
}

const DECK_REASONS: Record<DeckError['reason'], MessageKey> = {
  unreadable: 'deckUnreadable',
  'too-long': 'deckTooLong',
  'too-many-slides': 'deckTooManySlides',
  'not-a-list': 'deckNotAList',
  'not-an-object': 'deckNotAnObject',
  version: 'deckVersion',
  'slide-not-an-object': 'deckSlideNotAnObject',
  'slide-search': 'deckSlideSearch',
  'slide-title': 'deckSlideTitle',
  'file-too-large': 'deckFileTooLarge',
  'not-json': 'deckNotJson',
};

/** Why a deck cannot be used; `detail` as a notice carries it (strings) or as the codec returns it. */
export function deckErrorText(lang: Lang, error: DeckError | Record<string, string>): string {
  const key = DECK_REASONS[error.reason as DeckError['reason']] ?? 'deckUnreadable';
  return t(lang, key, numbers(lang, error));
}

/** A notice as one sentence (or two); `show` shortens the link's own values (core/url/notices.ts). */
export function noticeText(lang: Lang, notice: UrlNotice, show: (value: string) => string = (value) => value): string {
  const name = notice.param;
  const value = show(notice.value);
  const d = notice.detail ?? {};
  switch (notice.problem) {
    case 'unknown-province':
      return t(lang, 'urlUnknownProvince', { value });
    case 'province-mapped':
      return t(lang, 'urlProvinceMapped', { from: d.from, to: d.to, name: localName(lang, { nameVi: d.nameVi ?? '', nameEn: d.nameEn ?? '' }) });
    case 'repeated':
      return t(lang, 'linkRepeated', { name, value, count: d.count });
    case 'cut':
      return t(lang, 'linkCut', { name, chars: d.chars });
    case 'too-long':
      return t(lang, 'linkTooLong', numbers(lang, d));
    case 'compare':
      return [
        d.unknown ? t(lang, 'linkCompareUnknown', { codes: show(d.unknown) }) : '',
        d.dropped ? t(lang, 'linkCompareDropped', { max: d.max, dropped: d.dropped }) : '',
      ].filter(Boolean).join(' ');
    case 'from':
      return t(lang, 'linkFromAfterYear', { value, year: d.year });
    case 'slide':
      return d.total ? t(lang, 'linkSlideBeyond', { n: Number(notice.value) + 1, total: d.total }) : t(lang, 'linkSlideNoDeck', { n: Number(notice.value) + 1 });
    case 'deck':
      return d.slides ? t(lang, 'linkDeckRepaired', { slides: show(d.slides) }) : t(lang, 'linkDeck', { reason: deckErrorText(lang, d) });
    default: {
      const text = t(lang, 'urlUnknownParam', { name, value });
      return d.count ? `${text} ${t(lang, 'linkGivenTimes', { count: d.count })}` : text;
    }
  }
}
