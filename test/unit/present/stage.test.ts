// The stage (issue 12 §1–2): a deck link opens its slide whole, slides get a title, and the stage's
// magnification makes the text a viewer reads ≥ 20 px at 1920 × 1080 and ≥ 14 px at 1280 × 720.
import { describe, expect, test } from 'vitest';
import { encodeDeck, slideSearch, type Deck } from '../../../src/core/url/deck';
import { deckLink } from '../../../src/core/url/deckLink';
import { readLink } from '../../../src/core/url/link';
import { presenterAction, type KeyContext } from '../../../src/core/present/keys';
import { stageZoom, STAGE_HEIGHT, STAGE_WIDTH } from '../../../src/core/present/stage';
import { scaledSize } from '../../../src/core/present/mapScale';
import { ownTitle, titleParts } from '../../../src/core/present/title';
import { generatedTitle } from '../../../src/i18n/slideTitle';
import { loadLanguage } from '../../../src/i18n/messages';
import type { Metric, Province } from '../../../src/core/data/types';

const deck: Deck = {
  version: 1,
  slides: [
    { search: slideSearch('?view=map&metric=province_fdi_total_capital_musd&year=2019&scope=province'), title: 'Bản đồ FDI 2019' },
    { search: slideSearch('?view=rank&metric=province_fdi_new_projects&year=2021&scope=province'), title: '' },
    { search: slideSearch('?view=trend&metric=grdp_growth_pct&year=2022&scope=province&province=27&edition=post2025'), title: '' },
  ],
};

describe('a deck shared as a link', () => {
  test('the link is the deck\'s: slide 1\'s own view, the deck, slide=0, present=1, in the sharer\'s language', () => {
    const link = new URLSearchParams(deckLink(deck, 0, 'en'));
    expect(Object.fromEntries(link)).toMatchObject({ metric: 'province_fdi_total_capital_musd', year: '2019', lang: 'en', slide: '0', present: '1', deck: encodeDeck(deck) });
    expect(link.get('view')).toBeNull(); // the map is the default view
  });

  test('a link naming a slide opens that slide\'s view, whatever else it says, in the viewer\'s language', () => {
    const search = `?deck=${encodeDeck(deck)}&slide=2&present=1&lang=en&view=table&metric=pci_score&year=2016&province=01&compare=27,31&zone=x`;
    const { state, notices } = readLink(search, { opening: true });
    expect(state).toMatchObject({ view: 'trend', metric: 'grdp_growth_pct', year: 2022, province: '27', edition: 'post2025', compare: [], zone: null, lang: 'en', slide: 2, present: true });
    expect(notices).toEqual([]);
    // Back and Forward read the app's own history as it is.
    expect(readLink(search).state).toMatchObject({ view: 'table', metric: 'pci_score', year: 2016 });
  });

  test('a notice about the link\'s replaced values goes; one about the deck stays', () => {
    const replaced = readLink(`?deck=${encodeDeck(deck)}&slide=0&metric=%%%&year=abc`, { opening: true });
    expect(replaced.notices).toEqual([]);
    const beyond = readLink(`?deck=${encodeDeck(deck)}&slide=9`, { opening: true });
    expect(beyond.state).toMatchObject({ slide: 2, view: 'trend' });
    expect(beyond.notices).toMatchObject([{ param: 'slide', problem: 'slide' }]);
  });

  test('without a slide number the link is read as it is', () => {
    expect(readLink(`?deck=${encodeDeck(deck)}&view=table`, { opening: true }).state).toMatchObject({ view: 'table', slide: null });
  });
});

describe('slide titles', () => {
  const metrics = [
    { id: 'province_fdi_total_capital_musd', scope: 'province', labelVi: 'Tổng vốn FDI đăng ký (toàn tỉnh)', labelEn: 'Total registered FDI capital (province)' },
    { id: 'fdi_capital_registered_musd', scope: 'zones', labelVi: 'Vốn FDI đăng ký', labelEn: 'Registered FDI capital' },
  ] as Metric[];
  const provinces = [{ edition: 'pre2025', code: '27', nameVi: 'Bắc Ninh', nameEn: 'Bac Ninh' }] as unknown as Province[];
  const state = (search: string) => readLink(search).state;

  test('an untitled slide is named view · metric · year in the UI language', async () => {
    await loadLanguage('vi');
    const parts = titleParts(state('?view=rank&scope=zones&metric=fdi_capital_registered_musd&year=2023'), metrics);
    expect(generatedTitle('vi', parts, { metrics, provinces })).toBe('Xếp hạng · Vốn FDI đăng ký · 2023');
    expect(generatedTitle('en', parts, { metrics, provinces })).toBe('Ranking · Registered FDI capital · 2023');
    expect(generatedTitle('vi', parts, { metrics, provinces }, { year: false })).toBe('Xếp hạng · Vốn FDI đăng ký');
  });

  test('a slide without a metric or year is named from the scope\'s default metric, without a year', () => {
    expect(generatedTitle('en', titleParts(state('?scope=province'), metrics), { metrics, provinces })).toBe('Map · Total registered FDI capital (province)');
  });

  test('a plan slide is named by its province', () => {
    expect(generatedTitle('en', titleParts(state('?view=plan&province=27&year=2020'), metrics), { metrics, provinces })).toMatch(/ · Bac Ninh$/);
  });

  test('the deck\'s own title wins; blank titles and missing slides have none', () => {
    expect(ownTitle(deck, 0)).toBe('Bản đồ FDI 2019');
    expect(ownTitle(deck, 1)).toBeNull();
    expect(ownTitle(deck, 7)).toBeNull();
    expect(ownTitle(deck, null)).toBeNull();
    expect(ownTitle({ version: 1, slides: [{ search: '?v=2', title: '   ' }] }, 0)).toBeNull();
  });
});

describe('the stage', () => {
  test('magnified to fit the viewport: 2 at 1920 × 1080, 1.33 at 1280 × 720, never below 1', () => {
    expect(stageZoom(1920, 1080)).toBe(2);
    expect(stageZoom(1280, 720)).toBe(1.33);
    expect(stageZoom(3840, 2160)).toBe(4);
    expect(stageZoom(1920, 1200)).toBe(2); // the width limits
    expect(stageZoom(1400, 700)).toBe(1.29); // the height limits
    expect(stageZoom(800, 600)).toBe(1);
    expect(stageZoom(0, 0)).toBe(1);
    expect(stageZoom(Number.NaN, 720)).toBe(1);
    expect(STAGE_WIDTH / STAGE_HEIGHT).toBeCloseTo(16 / 9);
  });

  test('text of 11 px on the stage reads ≥ 20 px at 1920 × 1080 and ≥ 14 px at 1280 × 720', () => {
    expect(11 * stageZoom(1920, 1080)).toBeGreaterThanOrEqual(20);
    expect(11 * stageZoom(1280, 720)).toBeGreaterThanOrEqual(14);
  });

  test('map sizes are scaled: numbers, zoom curves stop by stop, data expressions by a product', () => {
    expect(scaledSize(11, 2)).toBe(22);
    expect(scaledSize(11, 1)).toBe(11);
    const curve = ['interpolate', ['linear'], ['zoom'], 6, 10.5, 9, 15];
    expect(scaledSize(curve, 2)).toEqual(['interpolate', ['linear'], ['zoom'], 6, 21, 9, 30]);
    expect(curve).toEqual(['interpolate', ['linear'], ['zoom'], 6, 10.5, 9, 15]);
    const byCount = ['interpolate', ['linear'], ['get', 'point_count'], 2, 8, 20, 14];
    expect(scaledSize(byCount, 1.5)).toEqual(['*', 1.5, byCount]);
  });

  test('? shows the keys on stage, and is typed in a field', () => {
    const ctx = (over: Partial<KeyContext>): KeyContext => ({ key: '?', isComposing: false, altKey: false, ctrlKey: false, metaKey: false, inField: false, inMap: false, presenting: true, ...over });
    expect(presenterAction(ctx({}))).toBe('help');
    expect(presenterAction(ctx({ inMap: true }))).toBe('help');
    expect(presenterAction(ctx({ inField: true }))).toBeNull();
    expect(presenterAction(ctx({ presenting: false }))).toBeNull();
  });
});
