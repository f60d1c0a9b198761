import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  decodeDeck, deckFromJson, deckToJson, encodeDeck, MAX_DECK_CHARS, MAX_SLIDE_SEARCH, MAX_SLIDES, moveSlide, slideSearch, type Deck,
} from '../../../src/core/url/deck';
import { presenterAction, step, type KeyContext } from '../../../src/core/present/keys';

const slide = fc.record({
  search: fc.record({
    year: fc.integer({ min: 2015, max: 2025 }),
    province: fc.constantFrom('01', '27', '31'),
    lang: fc.constantFrom('vi', 'en'),
    view: fc.constantFrom('map', 'rank', 'trend'),
  }).map((p) => slideSearch(`?year=${p.year}&province=${p.province}&lang=${p.lang}&view=${p.view}`)),
  title: fc.string({ maxLength: 40 }),
});
const deckArb: fc.Arbitrary<Deck> = fc.array(slide, { maxLength: 12 }).map((slides) => ({ version: 1 as const, slides }));

describe('slide decks', () => {
  test('a deck survives the URL parameter and the JSON file unchanged', () => {
    fc.assert(
      fc.property(deckArb, (deck) => {
        expect(decodeDeck(encodeDeck(deck))).toEqual({ deck });
        expect(deckFromJson(deckToJson(deck))).toEqual({ deck });
      }),
      { numRuns: 200 },
    );
  });

  test('Vietnamese titles survive the compact link', () => {
    const deck: Deck = { version: 1, slides: [{ search: slideSearch('?province=36'), title: 'Nam Định: lấp đầy 2023' }] };
    expect(decodeDeck(encodeDeck(deck))).toEqual({ deck });
  });

  test('slides do not carry the deck, slide or presenter parameters', () => {
    expect(slideSearch('?v=2&province=27&deck=abc&slide=3&present=1')).toBe('?v=2&province=27');
    // A slide of a version 1 deck keeps its meaning (the zones and their default metric): migrations.ts.
    expect(slideSearch('?v=1&province=27')).toBe('?v=2&metric=fdi_capital_registered_musd&scope=zones&province=27');
  });

  test('bad decks give a reason, never a crash', () => {
    expect(deckFromJson('{')).toMatchObject({ error: { reason: 'not-json', message: expect.any(String) } });
    expect(deckFromJson('{"version":2,"slides":[]}')).toEqual({ error: { reason: 'version', version: '2' } });
    expect(deckFromJson('{"version":1,"slides":[{"title":"x"}]}')).toEqual({ error: { reason: 'slide-search', slide: 1, max: MAX_SLIDE_SEARCH } });
    expect(deckFromJson('{"version":1,"slides":[{"search":"?v=1","title":3}]}')).toEqual({ error: { reason: 'slide-title', slide: 1 } });
    expect(decodeDeck('%%%')).toEqual({ error: { reason: 'unreadable' } });
    expect(decodeDeck(btoa('{"a":1}'))).toEqual({ error: { reason: 'not-a-list' } });
  });

  test('a deck says which limit it is over: its length, its slides, a slide\'s view', () => {
    const slides = (n: number, search = 'v=1') => encodeDeck({ version: 1, slides: Array.from({ length: n }, () => ({ search, title: '' })) });
    expect(decodeDeck(slides(MAX_SLIDES))).toMatchObject({ deck: { slides: { length: MAX_SLIDES } } });
    expect(decodeDeck(slides(MAX_SLIDES + 1))).toEqual({ error: { reason: 'too-many-slides', count: MAX_SLIDES + 1, max: MAX_SLIDES } });
    expect(decodeDeck(slides(2, `q=${'x'.repeat(MAX_SLIDE_SEARCH)}`))).toEqual({ error: { reason: 'slide-search', slide: 1, max: MAX_SLIDE_SEARCH } });
    expect(decodeDeck('A'.repeat(MAX_DECK_CHARS + 1))).toEqual({ error: { reason: 'too-long', chars: MAX_DECK_CHARS + 1, max: MAX_DECK_CHARS } });
  });

  test('the longest deck the app can write is read back: 60 slides, 200-character Vietnamese searches and titles', () => {
    const search = slideSearch(`?view=compare&kind=KCN,KKT&status=operating,building&metric=${'m'.repeat(60)}&compare=01,27,30,31&q=${encodeURIComponent('ệ'.repeat(200))}&zone=${'z'.repeat(80)}`);
    const deck: Deck = { version: 1, slides: Array.from({ length: MAX_SLIDES }, () => ({ search, title: 'Đ'.repeat(200) })) };
    expect(search.length).toBeGreaterThan(2000);
    expect(encodeDeck(deck).length).toBeLessThanOrEqual(MAX_DECK_CHARS);
    expect(decodeDeck(encodeDeck(deck))).toEqual({ deck });
  });

  test('slides whose values were reset are named; titles keep whole characters', () => {
    const param = encodeDeck({ version: 1, slides: [{ search: '?year=2020', title: '' }, { search: '?lang=xx&year=1e9', title: '' }] });
    expect(decodeDeck(param)).toMatchObject({ repaired: [2] });
    const [slide] = (decodeDeck(encodeDeck({ version: 1, slides: [{ search: '?v=1', title: `${'a'.repeat(199)}😀` }] })) as { deck: Deck }).deck.slides;
    expect(slide.title).toBe(`${'a'.repeat(199)}😀`);
    expect((deckFromJson('{"version":1,"slides":[{"search":"?v=1","title":"a\\ud800b"}]}') as { deck: Deck }).deck.slides[0].title).toBe('a\uFFFDb');
  });

  test('reordering moves one slide', () => {
    const deck: Deck = { version: 1, slides: ['a', 'b', 'c'].map((t) => ({ search: '?v=1', title: t })) };
    expect(moveSlide(deck, 0, 2).slides.map((s) => s.title)).toEqual(['b', 'c', 'a']);
    expect(moveSlide(deck, 0, 5)).toBe(deck);
  });
});

const ctx = (key: string, patch: Partial<KeyContext> = {}): KeyContext => ({
  key, isComposing: false, altKey: false, ctrlKey: false, metaKey: false, inField: false, inMap: false, presenting: true, ...patch,
});

describe('presenter keys', () => {
  test('arrows change year and metric, N/P slides, Space plays, Esc leaves', () => {
    expect(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'n', 'P', ' ', 'Escape'].map((k) => presenterAction(ctx(k)))).toEqual([
      'prev-year', 'next-year', 'prev-metric', 'next-metric', 'next-slide', 'prev-slide', 'toggle-play', 'exit',
    ]);
  });

  test('nothing fires while typing, while an input method composes, or (arrows) on the map', () => {
    expect(presenterAction(ctx('n', { inField: true }))).toBeNull();
    expect(presenterAction(ctx('ArrowRight', { isComposing: true }))).toBeNull();
    expect(presenterAction(ctx('ArrowRight', { inMap: true }))).toBeNull();
    expect(presenterAction(ctx('n', { inMap: true }))).toBe('next-slide');
    expect(presenterAction(ctx('ArrowRight', { presenting: false }))).toBeNull();
    expect(presenterAction(ctx('f', { presenting: false }))).toBe('fullscreen');
  });

  test('years and metrics step without wrapping', () => {
    expect(step([2021, 2022, 2023], 2023, 1)).toBe(2023);
    expect(step([2021, 2022, 2023], 2022, -1)).toBe(2021);
  });
});
