// A link read in full: what only parameters together can tell (the deck and its slide, `from` before
// `year`), and how its notices are kept few and small.
import { describe, expect, test } from 'vitest';
import { checkDeck, readLink } from '../../../src/core/url/link';
import { readLinkFirst } from '../../../src/core/url/read';
import { encodeDeck, MAX_DECK_CHARS, MAX_SLIDES, type Deck } from '../../../src/core/url/deck';
import { onePerParam, shortValue, SHOWN_VALUE_CHARS } from '../../../src/core/url/notices';
import type { UrlNotice } from '../../../src/core/url/state';
import { noticeText } from '../../../src/i18n/linkNotices';
import { loadLanguage } from '../../../src/i18n/messages';

const deckOf = (n: number): string =>
  encodeDeck({ version: 1, slides: Array.from({ length: n }, (_, i) => ({ search: `?v=2&year=${2015 + (i % 10)}`, title: `s${i}` })) } as Deck);

describe('the deck and its slide', () => {
  test('a slide within the deck is kept', () => {
    expect(readLink(`?deck=${deckOf(3)}&slide=2`)).toMatchObject({ state: { slide: 2 }, notices: [] });
  });

  test('slide 999 of 3, or 1e308: a notice, and never "1000/3" or "1e+308/3"', () => {
    expect(readLink(`?deck=${deckOf(3)}&slide=999`)).toMatchObject({
      state: { slide: 2, deck: deckOf(3) },
      notices: [{ param: 'slide', value: '999', problem: 'slide', detail: { total: '3' } }],
    });
    expect(readLink(`?deck=${deckOf(3)}&slide=1e308`)).toMatchObject({
      state: { slide: null, deck: deckOf(3) },
      notices: [{ param: 'slide', value: '1e308', problem: 'invalid' }],
    });
  });

  test('a slide without a deck is dropped with a notice', () => {
    expect(readLink('?slide=4')).toMatchObject({ state: { slide: null }, notices: [{ param: 'slide', problem: 'slide' }] });
  });

  test('a deck that cannot be used is dropped with its slide, and the notice says which limit', () => {
    const reasons = (search: string) => readLink(search).notices.map((n) => n.detail?.reason);
    expect(reasons('?deck=%%%&slide=1')).toEqual(['unreadable']);
    expect(readLink('?deck=').notices).toEqual([{ param: 'deck', value: '', problem: 'invalid' }]);
    expect(reasons(`?deck=${deckOf(MAX_SLIDES + 1)}`)).toEqual(['too-many-slides']);
    expect(reasons(`?deck=${'A'.repeat(MAX_DECK_CHARS + 4)}`)).toEqual(['too-long']);
    const { state, notices } = readLink(`?deck=${deckOf(MAX_SLIDES + 1)}&slide=3`);
    expect(state).toMatchObject({ deck: null, slide: null });
    expect(notices).toEqual([
      { param: 'deck', value: deckOf(MAX_SLIDES + 1), problem: 'deck', detail: { reason: 'too-many-slides', count: String(MAX_SLIDES + 1), max: String(MAX_SLIDES) } },
    ]);
  });

  test('a deck whose slides had values reset names them', () => {
    const deck = encodeDeck({ version: 1, slides: [{ search: '?v=1', title: '' }, { search: '?v=1&area=1e400-', title: '' }] });
    expect(readLink(`?deck=${deck}`).notices).toEqual([{ param: 'deck', value: deck, problem: 'deck', detail: { slides: '2' } }]);
  });
});

describe('from and year', () => {
  test('from later than (or equal to) year: a notice, and the default earlier year', () => {
    expect(readLink('?year=2020&from=2023')).toMatchObject({
      state: { year: 2020, from: null },
      notices: [{ param: 'from', value: '2023', problem: 'from', detail: { year: '2020' } }],
    });
    expect(readLink('?year=2020&from=2020').notices).toHaveLength(1);
    expect(readLink('?year=2020&from=2019')).toMatchObject({ state: { from: 2019 }, notices: [] });
  });
});

describe('notices stay few and small', () => {
  test('one notice per parameter: a later one replaces an earlier one, in its place', () => {
    const n = (param: string, value: string): UrlNotice => ({ param, value, problem: 'invalid' });
    expect(onePerParam([n('a', '1'), n('b', '1'), n('a', '2'), n('c', '1'), n('a', '3')])).toEqual([n('a', '3'), n('b', '1'), n('c', '1')]);
    const many = Array.from({ length: 100_000 }, (_, i) => n(i % 2 ? 'lang' : 'year', String(i)));
    expect(onePerParam(many).map((x) => x.param)).toEqual(['year', 'lang']);
  });

  test(`a value is shown in ${SHOWN_VALUE_CHARS} characters at most, whole code points, then an ellipsis`, () => {
    expect(shortValue('2020')).toBe('2020');
    expect(shortValue('x'.repeat(SHOWN_VALUE_CHARS))).toBe('x'.repeat(SHOWN_VALUE_CHARS));
    expect(shortValue('x'.repeat(10_000))).toBe(`${'x'.repeat(SHOWN_VALUE_CHARS)}…`);
    expect(shortValue('😀'.repeat(100))).toBe(`${'😀'.repeat(SHOWN_VALUE_CHARS)}…`);
  });

  test('every kind of notice reads as a sentence in both languages, with the values in it', async () => {
    await loadLanguage('en');
    const notices = [
      ...readLink(`?lang=xx&lang=en&year=2020&from=2024&slide=2&q=${'q'.repeat(300)}&view=a&view=b&delta=pct&delta=abs`).notices,
      ...readLink(`?deck=${deckOf(3)}&slide=9`).notices,
      ...readLink(`?deck=${deckOf(61)}`).notices,
      ...readLink(`?${'x'.repeat(500_000)}`).notices,
      { param: 'compare', value: '99,98,01', problem: 'compare-mapped', detail: { from: 'pre2025', to: 'pre2025', mapped: '', outside: '', unknown: '99,98', cut: '31,33,34' } } as UrlNotice,
    ];
    expect(notices.map((n) => n.problem).sort()).toEqual(['compare-mapped', 'cut', 'deck', 'from', 'invalid', 'invalid', 'repeated', 'slide', 'slide', 'too-long']);
    for (const lang of ['vi', 'en'] as const) {
      for (const notice of notices) {
        const text = noticeText(lang, notice, shortValue);
        expect(text, `${lang} ${notice.problem}`).not.toMatch(/\{\w+\}|undefined|NaN/);
        expect(text.length).toBeLessThan(300);
      }
    }
    expect(noticeText('en', notices.find((n) => n.problem === 'compare-mapped')!)).toBe(
      'There is no province with code 99, 98 on this map; left out of the comparison. At most 4 provinces can be compared; the 3 after them were left out.',
    );
    expect(noticeText('en', notices.find((n) => n.param === 'slide' && n.detail?.total)!)).toBe('There is no slide 10: the deck has 3; the last slide is shown.');
    expect(noticeText('en', notices.find((n) => n.param === 'deck')!)).toBe('The slide deck in the link cannot be used: it has 61 slides, more than 60.');
  });
});

// The app reads a link without the deck's rules (read.ts, in the first chunk) and checks a deck once they
// load (AppState #reconcile): together they must say what readLink says.
describe('a link read first, its deck checked after', () => {
  test('leaves the deck as given, and checkDeck then gives what readLink gives', () => {
    const searches = [
      `?deck=${deckOf(3)}&slide=999&year=2020&from=2023`, `?deck=${deckOf(MAX_SLIDES + 1)}&slide=3`, '?deck=%7Bnope', '?slide=4&from=2030&year=2020', `?deck=${deckOf(2)}`,
    ];
    for (const search of searches) {
      const first = readLinkFirst(search);
      const checked = checkDeck(first.state);
      const byParam = (notices: UrlNotice[]) => [...notices].sort((a, b) => a.param.localeCompare(b.param));
      const whole = readLink(search);
            expect({ ...first.state, ...checked.patch }, search).toEqual(whole.state);
      // The deck's notices come after the others (the order they are shown in), the same ones.
      expect(byParam(onePerParam([...first.notices, ...checked.notices])), search).toEqual(byParam(whole.notices));
    }
    expect(readLinkFirst('?deck=%7Bnope')).toMatchObject({ state: { deck: '{nope' }, notices: [] });
  });
});
