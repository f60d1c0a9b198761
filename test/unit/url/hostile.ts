// fast-check generators of hostile links and decks: every parameter of the table, unknown ones, repeats,
// values that are empty, huge, non-finite, negative, long, mis-encoded or markup.
import fc from 'fast-check';
import { encodeDeck, type Deck } from '../../../src/core/url/deck';
import { PARAM_ENTRIES } from '../../../src/core/url/state';

const code = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));

/** Values that have broken a link reader somewhere, and values that are right for some parameter. */
const TROUBLE = [
  '', ' ', 'xx', 'vi', 'en', 'vn', 'pre2025', 'post2025', 'map', 'rank', 'ranking', 'compare', 'zones', 'province', 'table',
  '1', '0', '-1', '-0', '00', '1e308', '-1e308', '1e-7', '0.0000001', 'Infinity', '-Infinity', 'NaN', '0x10', '0b1', '1_000',
  '9'.repeat(400), `${'9'.repeat(400)}-`, `-${'9'.repeat(400)}`, '2020', '2023', '2024', '1989', '2101', '999', '1e3', '3.5',
  '01,27', '99,98', '01,,27', ',', '27,27,27', 'KCN,KKT', 'KCX', 'operating,planned', '10-', '-10', '5-1', '1-5', '1e400-',
  '0.5-0.25', 'abs', 'pct', 'value', 'delta', 'FY', 'H1', '9M', 'cumulative-to-date', 'fdi_projects_valid',
  'province_fdi_total_capital_musd', 'fdi_export_musd', 'zone_count', 'bn-vsip', 'hp-dinh-vu', 'nowhere',
  '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', 'javascript:alert(1)', '{value}', '{name}', '\u0000',
  '\uFFFD', '\u202E', 'ệ', '😀', '%', '%ZZ', '%E1%BB', '+', '&', '=', '#', '?', '__proto__', 'constructor',
];

export const hostileValue: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...TROUBLE) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 24 }) },
  { weight: 1, arbitrary: fc.integer().map(String) },
  { weight: 1, arbitrary: fc.double().map(String) },
  { weight: 1, arbitrary: fc.array(code, { maxLength: 120 }).map((codes) => codes.join(',')) },
  { weight: 1, arbitrary: fc.nat(3000).map((n) => 'x'.repeat(n)) },
);

const NAMES = [...PARAM_ENTRIES.map((entry) => entry.name), 'utm_source', 'LANG', 'lang ', '', '__proto__', 'constructor', 'toString'];

/** Parameters, some of them given many times (up to `repeat`). */
function pairsOf(groups: number, repeat: number): fc.Arbitrary<[string, string][]> {
  const pair = fc.tuple(fc.constantFrom(...NAMES), hostileValue);
  const repeated = fc
    .tuple(fc.constantFrom(...NAMES), hostileValue, fc.integer({ min: 2, max: repeat }))
    .map(([name, value, n]) => Array.from({ length: n }, () => [name, value] as [string, string]));
  return fc.array(fc.oneof({ weight: 5, arbitrary: pair.map((p) => [p]) }, { weight: 1, arbitrary: repeated }), { maxLength: groups }).map((list) => list.flat());
}

const pairs = pairsOf(24, 60);

/** A deck's slides as anyone could write them: hostile views and titles, and any number of slides. */
export const hostileSlides = fc.array(
  fc.record({
    search: pairsOf(8, 20).map((list) => `?${new URLSearchParams(list).toString()}`),
    title: fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 260 })),
  }),
  { maxLength: 70 },
);

/** A `deck` parameter: a deck of hostile slides, that deck with a few characters edited or cut, or garbage. */
export const hostileDeck: fc.Arbitrary<string> = fc.oneof(
  hostileSlides.map((slides) => encodeDeck({ version: 1, slides } as Deck)),
  fc
    .tuple(hostileSlides.map((slides) => encodeDeck({ version: 1, slides } as Deck)), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 4 }), fc.constantFrom('', 'A', '_', '-', '%', '=', '+', '/', 'ệ')), { maxLength: 4 }))
    .map(([param, edits]) => edits.reduce((text, [at, del, ins]) => {
      const i = at % (text.length + 1);
      return text.slice(0, i) + ins + text.slice(i + del);
    }, param)),
  fc.constantFrom('', 'W10', 'W1tdXQ', 'e30', 'null', '%%%', 'A'.repeat(500_000)),
);

/** A query string: its parameters written as URLSearchParams writes them, or raw (unescaped `&`, `=`, `%`). */
export const hostileSearch: fc.Arbitrary<string> = fc.oneof(
  { weight: 3, arbitrary: pairs.map((list) => `?${new URLSearchParams(list).toString()}`) },
  { weight: 2, arbitrary: pairs.map((list) => `?${list.map(([name, value]) => `${name}=${value}`).join('&')}`) },
  { weight: 1, arbitrary: fc.tuple(pairs, hostileDeck, fc.oneof(fc.nat(80).map(String), hostileValue)).map(([list, deck, slide]) => `?${new URLSearchParams([...list, ['deck', deck], ['slide', slide]]).toString()}`) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 300 }) },
);
