// A link's notices and a deck's errors in the user's language (codes and details from src/core/url).
import type { DeckError } from '../core/url/deck';
import type { Edition, Metric, Province } from '../core/data/types';
import { MAX_COMPARED, type UrlNotice } from '../core/url/state';
import { localName } from '../core/names';
import { metricLabel, unitName } from './labels';
import { formatNumber } from './format';
import { t, type Lang, type MessageKey } from './messages';
import './lazyMessages';

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

/** What a notice's names are looked up in (a compared province's name, a metric's label). */
export interface NoticeNames {
  provinces: readonly Province[];
  metrics: readonly Metric[];
}

/** How many provinces a notice names before it counts the rest. */
const NAMES_SHOWN = 4;

const list = (value: string | undefined) => (value ? value.split(',').filter(Boolean) : []);

/**
 * "Compared provinces on the map of 2025: Bắc Ninh (24) → Bắc Ninh (27); Bắc Giang: outside the Red River
 * Delta." then the codes no map knows and the units beyond MAX_COMPARED, each in its own sentence.
 */
function compareText(lang: Lang, d: Record<string, string>, show: (value: string) => string, { provinces }: NoticeNames): string {
  const from = d.from as Edition;
  const to = d.to as Edition;
  const named = (edition: Edition, code: string) => `${unitName(lang, provinces, { edition, code })} (${code})`;
  // The app's own names are never cut mid-word: a long list names the first few and counts the rest.
  const names = (edition: Edition, codes: string[]) => {
    const shown = codes.slice(0, NAMES_SHOWN).map((code) => unitName(lang, provinces, { edition, code }));
    return codes.length > NAMES_SHOWN ? `${shown.join(', ')} ${t(lang, 'linkNamesMore', { n: codes.length - NAMES_SHOWN })}` : shown.join(', ');
  };
  const changes = list(d.mapped).map((pair) => {
    const [code, targets] = pair.split('>');
    return `${named(from, code)} → ${targets.split('+').map((target) => named(to, target)).join(', ')}`;
  });
  if (d.outside) changes.push(t(lang, 'compareOutside', { names: names(to, list(d.outside)) }));
  return [
    changes.length ? t(lang, 'compareMappedOn', { edition: t(lang, to === 'post2025' ? 'editionPost' : 'editionPre'), changes: changes.join('; ') }) : '',
    d.unknown ? t(lang, 'linkCompareUnknown', { codes: show(list(d.unknown).join(', ')) }) : '',
    d.cut ? t(lang, 'linkCompareDropped', { max: MAX_COMPARED, dropped: formatNumber(lang, list(d.cut).length) }) : '',
  ].filter(Boolean).join(' ');
}

function splitText(lang: Lang, d: Record<string, string>, { provinces }: NoticeNames): string {
  const edition = d.edition as Edition;
  const into = list(d.into);
  const other: Edition = edition === 'post2025' ? 'pre2025' : 'post2025';
  const params = { name: unitName(lang, provinces, { edition, code: d.code }), code: d.code, names: into.map((code) => unitName(lang, provinces, { edition: other, code })).join(', ') };
  if (into.length === 0) return t(lang, 'provinceNoCounterpart', params);
  return t(lang, d.compared ? 'provinceSplitCompared' : 'provinceSplit', params);
}

/** A notice as one sentence (or two); `show` shortens the link's own values (core/url/notices.ts). */
export function noticeText(
  lang: Lang,
  notice: UrlNotice,
  show: (value: string) => string = (value) => value,
  context: NoticeNames = { provinces: [], metrics: [] },
): string {
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
    case 'compare-mapped':
      return compareText(lang, d, show, context);
    case 'province-split':
      return splitText(lang, d, context);
    case 'no-data':
      return t(lang, 'metricNoData', { metric: metricLabel(lang, context.metrics.find((m) => m.id === notice.value)) || value });
    case 'asof-flow':
      return t(lang, 'asofFlow');
    case 'extent-zones':
      return t(lang, 'extentZones');
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
