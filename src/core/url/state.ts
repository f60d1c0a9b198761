// The view state and its one URL encoding (CONTRACTS.md). Pure: no DOM, no Svelte.
// Unknown or malformed values fall back to defaults and produce a notice; they never throw.

import { migrateSearch } from './migrations';

export const URL_VERSION = 1;

export const VIEWS = ['map', 'rank', 'trend', 'change', 'compare', 'table', 'zones'] as const;
export const ZONE_KINDS = ['KCN', 'KCN-in-KKT', 'KKT', 'KCNC'] as const;
export const ZONE_STATUSES = ['operating', 'building', 'planned'] as const;

export type View = (typeof VIEWS)[number];
export type Range = { min: number | null; max: number | null };

export interface ViewState {
  v: number;
  lang: 'vi' | 'en';
  edition: 'pre2025' | 'post2025';
  metric: string | null;
  year: number | null;
  period: string | null;
  scope: 'zones' | 'province';
  province: string | null;
  compare: string[];
  zone: string | null;
  view: View;
  from: number | null;
  delta: 'abs' | 'pct';
  color: 'value' | 'delta';
  kind: string[];
  status: string[];
  area: Range;
  occ: Range;
  price: Range;
  q: string;
  deck: string | null;
  slide: number | null;
  present: boolean;
}

/** A problem found while reading the URL: the parameter, the value given, and what kind of problem. */
export interface UrlNotice {
  param: string;
  value: string;
  problem: 'invalid' | 'unknown-province' | 'province-mapped';
  detail?: Record<string, string>;
}

export function defaultViewState(): ViewState {
  return {
    v: URL_VERSION,
    lang: 'vi',
    edition: 'pre2025',
    metric: null,
    year: null,
    period: null,
    scope: 'zones',
    province: null,
    compare: [],
    zone: null,
    view: 'map',
    from: null,
    delta: 'abs',
    color: 'value',
    kind: [],
    status: [],
    area: { min: null, max: null },
    occ: { min: null, max: null },
    price: { min: null, max: null },
    q: '',
    deck: null,
    slide: null,
    present: false,
  };
}

const CODE = /^\d{2}$/;
const YEAR = /^\d{4}$/;
const METRIC = /^[a-z][a-z0-9_]{1,63}$/;
const PERIOD = /^(FY|H1|H2|Q[1-4]|\d{1,2}M|cumulative-to-date)$/;
const ZONE_ID = /^[a-z0-9][a-z0-9-]{1,80}$/;

function oneOf<T extends string>(allowed: readonly T[], value: string): T | undefined {
  return (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}

function parseRange(value: string): Range | undefined {
  const match = /^(-?\d+(?:\.\d+)?)?-(-?\d+(?:\.\d+)?)?$/.exec(value);
  if (!match) return undefined;
  const min = match[1] === undefined ? null : Number(match[1]);
  const max = match[2] === undefined ? null : Number(match[2]);
  if (min !== null && max !== null && min > max) return undefined;
  return { min, max };
}

function formatRange(range: Range): string {
  return `${range.min ?? ''}-${range.max ?? ''}`;
}

function parseYear(value: string): number | undefined {
  if (!YEAR.test(value)) return undefined;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/** Reads a query string into a view state. Never throws: bad values become defaults plus a notice. */
export function decodeViewState(search: string): { state: ViewState; notices: UrlNotice[] } {
  const params = new URLSearchParams(migrateSearch(search).search);
  const state = defaultViewState();
  const notices: UrlNotice[] = [];
  const invalid = (param: string, value: string) => notices.push({ param, value, problem: 'invalid' });

  for (const [param, raw] of params) {
    const value = raw.trim();
    switch (param) {
      case 'v': {
        const version = Number(value);
        if (!Number.isInteger(version) || version < 1 || version > URL_VERSION) invalid(param, value);
        break;
      }
      case 'lang':
        state.lang = oneOf(['vi', 'en'] as const, value) ?? (invalid(param, value), state.lang);
        break;
      case 'edition':
        state.edition = oneOf(['pre2025', 'post2025'] as const, value) ?? (invalid(param, value), state.edition);
        break;
      case 'metric':
        if (METRIC.test(value)) state.metric = value;
        else invalid(param, value);
        break;
      case 'year':
      case 'from': {
        const year = parseYear(value);
        if (year === undefined) invalid(param, value);
        else state[param] = year;
        break;
      }
      case 'period':
        if (PERIOD.test(value)) state.period = value;
        else invalid(param, value);
        break;
      case 'scope':
        state.scope = oneOf(['zones', 'province'] as const, value) ?? (invalid(param, value), state.scope);
        break;
      case 'province':
        if (CODE.test(value)) state.province = value;
        else invalid(param, value);
        break;
      case 'compare': {
        const codes = value.split(',').filter(Boolean);
        if (codes.every((code) => CODE.test(code))) state.compare = [...new Set(codes)].slice(0, 4);
        else invalid(param, value);
        break;
      }
      case 'zone':
        if (ZONE_ID.test(value)) state.zone = value;
        else invalid(param, value);
        break;
      case 'view':
        state.view = oneOf(VIEWS, value) ?? (invalid(param, value), state.view);
        break;
      case 'delta':
        state.delta = oneOf(['abs', 'pct'] as const, value) ?? (invalid(param, value), state.delta);
        break;
      case 'color':
        state.color = oneOf(['value', 'delta'] as const, value) ?? (invalid(param, value), state.color);
        break;
      case 'kind':
      case 'status': {
        const allowed: readonly string[] = param === 'kind' ? ZONE_KINDS : ZONE_STATUSES;
        const items = value.split(',').filter(Boolean);
        if (items.every((item) => allowed.includes(item))) state[param] = [...new Set(items)];
        else invalid(param, value);
        break;
      }
      case 'area':
      case 'occ':
      case 'price': {
        const range = parseRange(value);
        if (range) state[param] = range;
        else invalid(param, value);
        break;
      }
      case 'q':
        state.q = raw.slice(0, 200);
        break;
      case 'deck':
        state.deck = raw;
        break;
      case 'slide': {
        const slide = Number(value);
        if (Number.isInteger(slide) && slide >= 0) state.slide = slide;
        else invalid(param, value);
        break;
      }
      case 'present':
        if (value === '1') state.present = true;
        else if (value !== '0') invalid(param, value);
        break;
      default:
        // Parameters we do not know are ignored quietly: other tools add their own (utm_*, fbclid).
        break;
    }
  }
  return { state, notices };
}

/** Writes the view state as a query string, leaving out what equals the default (short links). */
export function encodeViewState(state: ViewState): string {
  const defaults = defaultViewState();
  const params = new URLSearchParams();
  params.set('v', String(URL_VERSION));
  if (state.lang !== defaults.lang) params.set('lang', state.lang);
  if (state.edition !== defaults.edition) params.set('edition', state.edition);
  if (state.view !== defaults.view) params.set('view', state.view);
  if (state.metric) params.set('metric', state.metric);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.period) params.set('period', state.period);
  if (state.scope !== defaults.scope) params.set('scope', state.scope);
  if (state.province) params.set('province', state.province);
  if (state.compare.length) params.set('compare', state.compare.join(','));
  if (state.zone) params.set('zone', state.zone);
  if (state.from !== null) params.set('from', String(state.from));
  if (state.delta !== defaults.delta) params.set('delta', state.delta);
  if (state.color !== defaults.color) params.set('color', state.color);
  if (state.kind.length) params.set('kind', state.kind.join(','));
  if (state.status.length) params.set('status', state.status.join(','));
  for (const key of ['area', 'occ', 'price'] as const) {
    if (state[key].min !== null || state[key].max !== null) params.set(key, formatRange(state[key]));
  }
  if (state.q) params.set('q', state.q);
  if (state.deck) params.set('deck', state.deck);
  if (state.slide !== null) params.set('slide', String(state.slide));
  if (state.present) params.set('present', '1');
  return `?${params.toString()}`;
}
