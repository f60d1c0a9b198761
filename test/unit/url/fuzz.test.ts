// Seeded fuzzing of links and decks, through what the app does with a link: read it (readLink), check it
// against the real dataset (reconcileView), write it back (encodeViewState). Whatever the link, the view is
// whole, at most one notice names each parameter, nothing non-finite is written back, and what is written
// reads back as itself with nothing to say. The end-to-end half is test/e2e/fuzz.e2e.mjs.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { datasetFromTexts } from '../../../src/core/data/load';
import { decodeDeck, encodeDeck, MAX_DECK_CHARS, MAX_SLIDE_SEARCH, MAX_SLIDES } from '../../../src/core/url/deck';
import { readLink } from '../../../src/core/url/link';
import { shortValue } from '../../../src/core/url/notices';
import { encodeViewState, MAX_COMPARED, MAX_URL_NUMBER, PARAM_ENTRIES, type UrlNotice, type ViewState } from '../../../src/core/url/state';
import { reconcileView } from '../../../src/core/view/reconcile';
import { noticeText } from '../../../src/i18n/linkNotices';
import { loadLanguage } from '../../../src/i18n/messages';
import { readDataTexts } from '../data/shared';
import { seeded } from '../support/fuzz';
import { hostileDeck, hostileSearch, hostileSlides } from './hostile';

const dataset = datasetFromTexts(readDataTexts());
await loadLanguage('en');

const PARAMS = new Set(PARAM_ENTRIES.map((entry) => entry.name));

function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(numbersIn);
  return [];
}

function expectFewNotices(notices: UrlNotice[]) {
  const params = notices.map((notice) => notice.param);
  expect(new Set(params).size, `one notice per parameter: ${params.join(' ')}`).toBe(params.length);
  for (const notice of notices) {
    expect(PARAMS.has(notice.param) || notice.param === '').toBe(true);
    const values = [notice.value, ...Object.values(notice.detail ?? {})].flatMap((value) => [value, shortValue(value)]);
    for (const lang of ['vi', 'en'] as const) {
      const text = noticeText(lang, notice, shortValue);
      expect(text.length, text).toBeLessThan(400);
      // Every placeholder filled: what is left once the link's own values are taken out.
      const rest = values.reduce((left, value) => (value ? left.split(value).join('') : left), text);
      expect(rest).not.toMatch(/\{\w+\}|undefined|NaN/);
    }
  }
}

/** What the app does with a link once the data is in: the view, every notice, the link it writes. */
function open(search: string): { state: ViewState; link: UrlNotice[]; data: UrlNotice[]; written: string } {
  const read = readLink(search);
  const { patch, notices } = reconcileView(dataset, read.state);
  const state = { ...read.state, ...patch };
  return { state, link: read.notices, data: notices, written: encodeViewState(state) };
}

function expectWhole({ state, data, written }: ReturnType<typeof open>) {
  expectFewNotices(data);
  for (const n of numbersIn(state)) expect(Number.isFinite(n) && Math.abs(n) <= MAX_URL_NUMBER, `number ${n}`).toBe(true);
  expect(['vi', 'en']).toContain(state.lang);
  expect(state.compare.length).toBeLessThanOrEqual(MAX_COMPARED);
  if (state.year !== null && state.from !== null) expect(state.from).toBeLessThan(state.year);
  if (state.slide !== null) {
    const deck = decodeDeck(state.deck ?? '');
    expect('deck' in deck && state.slide < deck.deck.slides.length).toBe(true);
  }
  // Written back: read again, nothing to say, the same link, the same view (idempotent).
  const again = open(written);
  expect(again.link).toEqual([]);
  expect(again.data).toEqual([]);
  expect(again.written).toBe(written);
  // A number is written in plain digits (never Infinity, NaN or 1e+21), whichever parameter holds it.
  const params = new URLSearchParams(written);
  for (const { name, path } of PARAM_ENTRIES) {
    const value = path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], state);
    if (numbersIn(value).length && params.has(name)) expect(params.get(name), name).toMatch(/^[\d.,-]*$/);
  }
}

describe(`fuzz (seeded): hostile links`, () => {
  test('3,000 links: a whole view, one notice per parameter, written back as read', () => {
    fc.assert(
      fc.property(hostileSearch, (search) => {
        const opened = open(search);
        expectFewNotices(opened.link);
        expectWhole(opened);
      }),
      seeded(3000),
    );
  });

  test('the issue\'s links, each with its notice', () => {
    const cases: [string, string, UrlNotice['problem']][] = [
      [`?${'lang=xx&'.repeat(100_000)}`, 'lang', 'invalid'],
      [`?q=${'x'.repeat(10_000)}`, 'q', 'cut'],
      [`?area=${'9'.repeat(400)}-`, 'area', 'invalid'],
      ['?slide=1e308', 'slide', 'invalid'],
      ['?compare=99,98', 'compare', 'compare-mapped'],
      [`?compare=${Array.from({ length: 500 }, (_, i) => String(1 + (i % 96)).padStart(2, '0')).join(',')}`, 'compare', 'compare-mapped'],
      ['?year=2019&from=2023', 'from', 'from'],
      ['?deck=%%%', 'deck', 'deck'],
    ];
    for (const [search, param, problem] of cases) {
      const opened = open(search);
      const notices = [...opened.link, ...opened.data].filter((n) => n.param === param);
      expect(notices.map((n) => n.problem), search.slice(0, 40)).toEqual([problem]);
      expectWhole(opened);
    }
  });
});

describe('fuzz (seeded): hostile decks', () => {
  test('1,000 deck parameters, with any slide number: a usable deck and slide, or none, and a notice saying why', () => {
    fc.assert(
      fc.property(hostileDeck, fc.oneof(fc.nat(80), fc.constant(-1)), (param, slide) => {
        const search = `?${new URLSearchParams({ deck: param, ...(slide >= 0 && { slide: String(slide) }) }).toString()}`;
        const opened = open(search);
        expectFewNotices(opened.link);
        expectWhole(opened);
        const decoded = decodeDeck(param);
        const deckNotice = opened.link.find((n) => n.param === 'deck');
        if ('error' in decoded) {
          expect(opened.state.deck).toBeNull();
          if (param !== '') expect(deckNotice?.detail?.reason).toBe(decoded.error.reason);
        } else if (decoded.deck.slides.length) {
          expect(decodeDeck(opened.state.deck as string)).toEqual({ deck: decoded.deck });
          expect(Boolean(deckNotice)).toBe(Boolean(decoded.repaired));
        }
      }),
      seeded(1000),
    );
  });

  test('a deck of hostile slides: more than 60 is refused, by count; fewer is kept, fits the limit and reads back as itself', () => {
    fc.assert(
      fc.property(hostileSlides, (slides) => {
        const decoded = decodeDeck(encodeDeck({ version: 1, slides }));
        if (slides.length > MAX_SLIDES) {
          expect(decoded).toEqual({ error: { reason: 'too-many-slides', count: slides.length, max: MAX_SLIDES } });
          return;
        }
        const long = slides.findIndex((slide) => slide.search.length > MAX_SLIDE_SEARCH);
        if (long >= 0) {
          expect(decoded).toEqual({ error: { reason: 'slide-search', slide: long + 1, max: MAX_SLIDE_SEARCH } });
          return;
        }
        if (!('deck' in decoded)) throw new Error(`refused: ${JSON.stringify(decoded.error)}`);
        const param = encodeDeck(decoded.deck);
        expect(param.length).toBeLessThanOrEqual(MAX_DECK_CHARS);
        expect(decodeDeck(param)).toEqual({ deck: decoded.deck });
      }),
      seeded(500),
    );
  });
});
