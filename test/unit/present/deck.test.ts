import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { decodeDeck, deckFromJson, deckToJson, encodeDeck, moveSlide, slideSearch, type Deck } from '../../../src/core/url/deck';
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
    expect(deckFromJson('{')).toMatchObject({ error: expect.stringMatching(/^not JSON/) });
    expect(deckFromJson('{"version":2,"slides":[]}')).toEqual({ error: 'unsupported deck version 2' });
    expect(deckFromJson('{"version":1,"slides":[{"title":"x"}]}')).toEqual({ error: 'slide 1 has no valid "search"' });
    expect(decodeDeck('%%%')).toEqual({ error: 'the deck parameter is not readable' });
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
