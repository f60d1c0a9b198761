import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import {
  decodeViewState,
  defaultViewState,
  encodeViewState,
  LINK,
  MAX_COMPARED,
  MAX_QUERY_CHARS,
  MAX_SEARCH_CHARS,
  PARAM_ENTRIES,
  URL_VERSION,
  VIEWS,
  type ViewState,
} from '../../../src/core/url/state';
import { ZONE_KINDS, ZONE_STATUSES } from '../../../src/core/data/schema';

const code = fc.integer({ min: 1, max: 96 }).map((n) => String(n).padStart(2, '0'));
const range = fc
  .tuple(fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }), fc.option(fc.integer({ min: 0, max: 500 }), { nil: null }))
  .map(([a, b]) => (a !== null && b !== null && a > b ? { min: b, max: a } : { min: a, max: b }));
const subset = <T>(items: readonly T[]) => fc.subarray([...items], { minLength: 0 });

const viewState: fc.Arbitrary<ViewState> = fc.record({
  v: fc.constant(URL_VERSION),
  lang: fc.constantFrom('vi' as const, 'en' as const),
  edition: fc.constantFrom('pre2025' as const, 'post2025' as const),
  metric: fc.option(fc.constantFrom('fdi_projects_valid', 'occupancy_pct', 'province_fdi_rank'), { nil: null }),
  year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
  period: fc.option(fc.constantFrom('FY', 'H1', '9M', '11M', 'cumulative-to-date'), { nil: null }),
  scope: fc.constantFrom('zones' as const, 'province' as const),
  province: fc.option(code, { nil: null }),
  compare: fc.uniqueArray(code, { maxLength: 4 }),
  zone: fc.option(fc.constantFrom('bn-vsip', 'hp-dinh-vu', 'hd-an-phat-1'), { nil: null }),
  view: fc.constantFrom(...VIEWS),
  from: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: null }),
  delta: fc.constantFrom('abs' as const, 'pct' as const),
  color: fc.constantFrom('value' as const, 'delta' as const),
  asof: fc.constantFrom('latest' as const, null),
  extent: fc.constantFrom('region' as const, 'country' as const),
  zoneFilters: fc.record({
    kind: subset(ZONE_KINDS),
    status: subset(ZONE_STATUSES),
    area: range,
    occ: range,
    price: range,
    seaport: fc.option(fc.integer({ min: 0, max: 300 }), { nil: null }),
    airport: fc.option(fc.integer({ min: 0, max: 3000 }).map((n) => n / 10), { nil: null }),
    unknown: fc.boolean(),
    q: fc.string({ maxLength: 30 }).map((s) => s.trim()),
  }),
  layers: fc.option(fc.subarray(['logistics']), { nil: null }),
  deck: fc.constant(null),
  slide: fc.option(fc.nat(20), { nil: null }),
  present: fc.boolean(),
});

describe('URL view state', () => {
  test('encode then decode gives back the same state, with no notice', () => {
    fc.assert(
      fc.property(viewState, (state) => {
        const { state: decoded, notices } = decodeViewState(encodeViewState(state));
        expect(notices).toEqual([]);
        expect(decoded).toEqual(state);
      }),
      { numRuns: 300 },
    );
  });

  test('the default state encodes to a short link', () => {
    expect(encodeViewState(defaultViewState())).toBe(`?v=${URL_VERSION}`);
  });

  test('with no parameters, the first screen: the whole province, its default metric', () => {
    for (const search of ['', '?', '?utm_source=x']) {
      const { state, notices } = decodeViewState(search);
      expect(notices).toEqual([]);
      expect([state.scope, state.metric, state.extent, state.asof]).toEqual(['province', null, 'region', null]);
    }
  });

  test('malformed values fall back to defaults, each with a notice naming the parameter', () => {
    const { state, notices } = decodeViewState('?v=2&lang=fr&province=Bac&year=20x5&area=9-1&view=globe&kind=KCX&present=yes&asof=oldest&extent=world');
    expect(state.lang).toBe('vi');
    expect(state.province).toBeNull();
    expect(state.year).toBeNull();
    expect(state.zoneFilters.area).toEqual({ min: null, max: null });
    expect(state.view).toBe('map');
    expect(state.zoneFilters.kind).toEqual([]);
    expect(state.present).toBe(false);
    expect(state.asof).toBeNull();
    expect(state.extent).toBe('region');
    expect(notices.map((n) => n.param).sort()).toEqual(['area', 'asof', 'extent', 'kind', 'lang', 'present', 'province', 'view', 'year']);
  });

  test('unknown parameters are ignored without a notice; one-sided ranges are kept', () => {
    const { state, notices } = decodeViewState('?utm_source=x&occ=50-&price=-120');
    expect(notices).toEqual([]);
    expect(state.zoneFilters.occ).toEqual({ min: 50, max: null });
    expect(state.zoneFilters.price).toEqual({ min: null, max: 120 });
  });

  test('every parameter of CONTRACTS.md is in the table, each named once, in the order links write them', () => {
    expect(PARAM_ENTRIES.map((e) => e.name)).toEqual([
      'v', 'lang', 'edition', 'view', 'metric', 'year', 'period', 'scope', 'province', 'compare', 'zone', 'from', 'delta',
      'color', 'asof', 'extent', 'kind', 'status', 'area', 'occ', 'price', 'seaport', 'airport', 'unknown', 'q', 'layers', 'deck', 'slide', 'present',
    ]);
    expect(encodeViewState({ ...defaultViewState(), year: 2024, zoneFilters: { ...defaultViewState().zoneFilters, occ: { min: 50, max: null } }, present: true }))
      .toBe(`?v=${URL_VERSION}&year=2024&occ=50-&present=1`);
  });

  test(`compare keeps each unit once, in order; the data cuts it to ${MAX_COMPARED} (core/view/reconcile.ts)`, () => {
    expect(decodeViewState('?compare=01,27,27,31,30,22').state.compare).toEqual(['01', '27', '31', '30', '22']);
    // Two digits: however long the list, at most 100 codes.
    const many = Array.from({ length: 500 }, (_, i) => String(i % 100).padStart(2, '0')).join(',');
    expect(decodeViewState(`?compare=${many}`).state.compare).toHaveLength(100);
  });

  test('a parameter given many times counts once: the first value, and one notice when the values differ', () => {
    // The same bad value 10,000 times: one notice (nothing differs, so no count).
    expect(decodeViewState(`?${'lang=xx&'.repeat(10_000)}`).notices).toEqual([{ param: 'lang', value: 'xx', problem: 'invalid' }]);
    expect(decodeViewState('?lang=en&lang=vi&lang=vi')).toMatchObject({
      state: { lang: 'en' },
      notices: [{ param: 'lang', value: 'en', problem: 'repeated', detail: { count: '3' } }],
    });
    expect(decodeViewState('?year=2020&year=2020').notices).toEqual([]);
    expect(decodeViewState('?year=20x0&year=2021')).toMatchObject({
      state: { year: null },
      notices: [{ param: 'year', value: '20x0', problem: 'invalid', detail: { count: '2' } }],
    });
  });

  test(`a link longer than ${MAX_SEARCH_CHARS} characters is read up to its last whole parameter before that, with one notice`, () => {
    const search = `?province=27&q=${'a'.repeat(MAX_SEARCH_CHARS)}&year=2020`;
    const { state, notices } = decodeViewState(search);
    expect(state).toMatchObject({ province: '27', year: null, zoneFilters: { q: '' } });
    expect(notices).toEqual([{ param: LINK, value: '', problem: 'too-long', detail: { length: String(search.length), read: '12' } }]);
    // The flood of the issue: 100,000 × lang=xx is cut, and still one notice about lang.
    const flood = decodeViewState(`?${'lang=xx&'.repeat(100_000)}`);
    expect(flood.notices.map((n) => `${n.param}:${n.problem}`)).toEqual([`${LINK}:too-long`, 'lang:invalid']);
    expect(flood.notices[1]).toEqual({ param: 'lang', value: 'xx', problem: 'invalid' });
  });

  test('numbers are finite and of a sane size, and written back as they are read', () => {
    const digits400 = '9'.repeat(400);
    for (const search of [`?area=${digits400}-`, '?area=-5-10', '?occ=0.0000001-', `?price=-${1e10}`, '?slide=1e308', '?v=1e308', '?slide=-1', '?year=-2020']) {
      const { state, notices } = decodeViewState(search);
      expect(notices.map((n) => n.problem), search).toEqual(['invalid']);
      expect(encodeViewState(state), search).not.toMatch(/Infinity|NaN|e[+-]/);
    }
    // Decimals and leading zeros are read, and written back plainly.
    expect(encodeViewState(decodeViewState('?v=2&area=010.50-20&occ=99.5-').state)).toBe(`?v=${URL_VERSION}&area=10.5-20&occ=99.5-`);
  });

  test(`a search text longer than ${MAX_QUERY_CHARS} characters is cut, with a notice`, () => {
    const { state, notices } = decodeViewState(`?q=${'ệ'.repeat(MAX_QUERY_CHARS + 5)}`);
    expect(state.zoneFilters.q).toBe('ệ'.repeat(MAX_QUERY_CHARS));
    expect(notices).toEqual([{ param: 'q', value: 'ệ'.repeat(MAX_QUERY_CHARS + 5), problem: 'cut', detail: { chars: String(MAX_QUERY_CHARS) } }]);
  });

  test('layers: absent is the view\'s default (null), empty is none, and both survive a round trip', () => {
    expect(decodeViewState('?view=zones').state.layers).toBeNull();
    expect(decodeViewState('?view=zones&layers=').state.layers).toEqual([]);
    expect(decodeViewState('?layers=logistics').state.layers).toEqual(['logistics']);
    expect(encodeViewState({ ...defaultViewState(), layers: [] })).toBe(`?v=${URL_VERSION}&layers=`);
    expect(encodeViewState({ ...defaultViewState(), layers: null })).toBe(`?v=${URL_VERSION}`);
    const { state, notices } = decodeViewState('?layers=tiles&seaport=far&airport=-3&unknown=yes');
    expect(state.layers).toBeNull();
    expect(state.zoneFilters).toMatchObject({ seaport: null, airport: null, unknown: false });
    expect(notices.map((n) => n.param).sort()).toEqual(['airport', 'layers', 'seaport', 'unknown']);
  });

  test('distance limits and unknown=1 are zone filters', () => {
    const { state } = decodeViewState('?v=2&seaport=30&airport=45.5&unknown=1');
    expect(state.zoneFilters).toMatchObject({ seaport: 30, airport: 45.5, unknown: true });
    expect(encodeViewState(state)).toBe(`?v=${URL_VERSION}&seaport=30&airport=45.5&unknown=1`);
  });

  test('decoding never throws, whatever the query string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (search) => {
        const { state } = decodeViewState(search);
        expect(['vi', 'en']).toContain(state.lang);
      }),
      { numRuns: 500 },
    );
  });
});
