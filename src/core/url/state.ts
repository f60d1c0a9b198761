// The view state and its one URL encoding (CONTRACTS.md). Pure: no DOM, no Svelte.
//
// One table, PARAMS, names every parameter once, with how to read it, how to write it and its default;
// decoding, encoding and the default state are generated from it (after owid-grapher's GrapherUrl). It is
// keyed by the fields of ViewState, so a field without a parameter does not compile. Adding a parameter is
// one field and one entry. Unknown or malformed values fall back to defaults with a notice; never a throw.
import type { Edition, Extent, Scope } from '../data/types';
import { ZONE_KINDS, ZONE_STATUSES } from '../data/schema';
import type { Lang } from '../names';
import type { Range, ZoneFilters } from '../zones/filter';
import { migrateSearch } from './migrations';
import { MAX_QUERY_CHARS, MAX_SEARCH_CHARS, MAX_URL_NUMBER } from './limits';

export { MAX_QUERY_CHARS, MAX_SEARCH_CHARS, MAX_URL_NUMBER } from './limits';

/** 2: the first screen is the whole province's FDI (`scope=province`); version 1 links are migrated (migrations.ts). */
export const URL_VERSION = 2;

export const VIEWS = ['map', 'rank', 'trend', 'change', 'compare', 'table', 'zones', 'plan'] as const;
export type View = (typeof VIEWS)[number];

/** The compare view puts side by side at least two units and at most four. */
export const MIN_COMPARED = 2;
export const MAX_COMPARED = 4;

export interface ViewState {
  v: number;
  lang: Lang;
  edition: Edition;
  metric: string | null;
  year: number | null;
  period: string | null;
  scope: Scope;
  province: string | null;
  compare: string[];
  zone: string | null;
  view: View;
  from: number | null;
  delta: 'abs' | 'pct';
  color: 'value' | 'delta';
  /** `latest`: for stocks, each unit's most recent value up to `year`, each with its date. */
  asof: 'latest' | null;
  /** The provinces shown: the region's, or every province of the edition (province-scope metrics). */
  extent: Extent;
  /** The zone explorer's filters; each field is a parameter of its own (`kind`, `status`, … `q`). */
  zoneFilters: ZoneFilters;
  /** Optional map layers (`logistics`); null = the view's default (core/view/layers.ts). */
  layers: string[] | null;
  deck: string | null;
  slide: number | null;
  present: boolean;
}

/**
 * A problem found while reading the URL: the parameter, the value given, and what kind of problem. The app
 * shows at most one notice per parameter (core/url/notices.ts); `LINK` names the link as a whole.
 */
export interface UrlNotice {
  param: string;
  value: string;
  problem: UrlProblem;
  detail?: Record<string, string>;
}

export type UrlProblem =
  /** Not understood: the default is used (`detail.reason` may say why; `detail.count`: the parameter was given that many times). */
  | 'invalid'
  /** Given several times with different values: the first is used (`detail.count`). */
  | 'repeated'
  /** Read, but cut to a limit (`detail.chars` for text). */
  | 'cut'
  /** The link is longer than MAX_SEARCH_CHARS: the rest is not read (`detail.length`, `detail.read`). */
  | 'too-long'
  | 'unknown-province'
  | 'province-mapped'
  /** A province of the other edition whose successors on this map are not one unit (`detail.into`). */
  | 'province-split'
  /**
   * Compared codes that were not kept as given (core/view/selection.ts): mapped to the edition's successors
   * (`detail.mapped`), outside the extent (`detail.outside`), unknown (`detail.unknown`), or beyond
   * MAX_COMPARED (`detail.cut`).
   */
  | 'compare-mapped'
  /** A metric no unit reports: the map and table stay empty. */
  | 'no-data'
  /** `asof=latest` with a flow metric: dropped. */
  | 'asof-flow'
  /** `extent=country` with a zone-level metric (zone figures exist for the delta only): the region is shown. */
  | 'extent-zones'
  /** `from` is not before `year` (`detail.year`), or the metric has no such year. */
  | 'from'
  /** The deck could not be used (`detail.reason`, core/url/deck.ts), or some of its slides had values reset (`detail.slides`). */
  | 'deck'
  /** A slide number beyond the deck (`detail.total`; the last slide is used) or without a deck. */
  | 'slide';

/** The `param` of a notice about the link as a whole. */
export const LINK = '';

/** One URL parameter; its name is its key in the table. */
export interface Param<T> {
  default: () => T;
  /** The value a URL gives, or undefined when it is malformed (then: a notice and the default). */
  parse: (value: string) => T | undefined;
  /** The value as written in a link; a value written like the default is left out (short links). */
  format: (value: T) => string;
  /** Free text: read as given, not trimmed. */
  raw?: boolean;
  /** Written even when it equals the default (the version). */
  always?: boolean;
  /** Left out of a link when true, written otherwise (for a default that no written value can stand for). */
  omit?: (value: T) => boolean;
  /** A valid value beyond a limit: the part kept, and what the notice says was left out (`cut`). */
  limit?: (value: T) => { value: T; detail: Record<string, string> } | undefined;
}

/** Fields of a nested part of the view state, each its own parameter. */
export interface ParamGroup<S> {
  group: ParamTable<S>;
}

export type ParamTable<S> = { [K in keyof S]-?: Param<S[K]> | ParamGroup<S[K]> };

const CODE = /^\d{2}$/;
const YEAR = /^\d{4}$/;
const METRIC = /^[a-z][a-z0-9_]{1,63}$/;
const PERIOD = /^(FY|H1|H2|Q[1-4]|\d{1,2}M|cumulative-to-date)$/;
const ZONE_ID = /^[a-z0-9][a-z0-9-]{1,80}$/;

const matching = (pattern: RegExp) => (value: string) => (pattern.test(value) ? value : undefined);

function oneOf<T extends string>(allowed: readonly T[], fallback: T): Param<T> {
  return { default: () => fallback, parse: (value) => allowed.find((item) => item === value), format: String };
}

/** Absent by default; written as the value itself. */
function optional<T extends string | number>(parse: (value: string) => T | undefined, extra: Partial<Param<T | null>> = {}): Param<T | null> {
  return { default: () => null, parse, format: (value) => (value === null ? '' : String(value)), ...extra };
}

/** A comma-separated set, in the order given, each item once. */
function list(valid: (item: string) => boolean): Param<string[]> {
  return {
    default: () => [],
    parse: (value) => {
      const items = value.split(',').filter(Boolean);
      return items.every(valid) ? [...new Set(items)] : undefined;
    },
    format: (items) => items.join(','),
  };
}

function parseYear(value: string): number | undefined {
  if (!YEAR.test(value)) return undefined;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/** A bound of a zone filter's range as a link writes it: not negative (ha, %, USD/m²), sane, in plain digits. */
export function isRangeBound(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= MAX_URL_NUMBER && /^\d+(\.\d+)?$/.test(String(value));
}

/** `min-max`, either side may be empty; a min above the max is malformed. */
const range: Param<Range> = {
  default: () => ({ min: null, max: null }),
  parse: (value) => {
    const match = /^(\d+(?:\.\d+)?)?-(\d+(?:\.\d+)?)?$/.exec(value);
    if (!match) return undefined;
    const min = match[1] === undefined ? null : Number(match[1]);
    const max = match[2] === undefined ? null : Number(match[2]);
    if ((min !== null && !isRangeBound(min)) || (max !== null && !isRangeBound(max))) return undefined;
    return min !== null && max !== null && min > max ? undefined : { min, max };
  },
  format: (value) => (value.min === null && value.max === null ? '' : `${value.min ?? ''}-${value.max ?? ''}`),
};

/** A flag written `1`, absent by default. */
const flag: Param<boolean> = {
  default: () => false,
  parse: (value) => (value === '1' ? true : value === '0' ? false : undefined),
  format: (value) => (value ? '1' : ''),
};

/** At most this many km; absent = no limit. */
/** A distance in km, written plainly (`30`, `45.5`): no sign, no exponent. */
const maxKm = optional((value) => {
  if (!/^\d+(?:\.\d+)?$/.test(value)) return undefined;
  const km = Number(value);
  return isRangeBound(km) ? km : undefined;
});

/** The optional map layers a link can switch on (CONTRACTS.md `layers`). */
export const MAP_LAYERS = ['logistics'] as const;

const ZONE_FILTER_PARAMS: ParamTable<ZoneFilters> = {
  kind: list((item) => (ZONE_KINDS as readonly string[]).includes(item)),
  status: list((item) => (ZONE_STATUSES as readonly string[]).includes(item)),
  area: range,
  occ: range,
  price: range,
  seaport: maxKm,
  airport: maxKm,
  unknown: flag,
  q: {
    default: () => '',
    parse: (value) => value,
    format: String,
    raw: true,
    limit: (value) => (value.length > MAX_QUERY_CHARS ? { value: value.slice(0, MAX_QUERY_CHARS), detail: { chars: String(MAX_QUERY_CHARS) } } : undefined),
  },
};

/** Every parameter, in the order a link writes them. */
export const PARAMS: ParamTable<ViewState> = {
  v: {
    default: () => URL_VERSION,
    parse: (value) => {
      const version = Number(value);
      return Number.isInteger(version) && version >= 1 && version <= URL_VERSION ? URL_VERSION : undefined;
    },
    format: String,
    always: true,
  },
  lang: oneOf<Lang>(['vi', 'en'], 'vi'),
  edition: oneOf<Edition>(['pre2025', 'post2025'], 'pre2025'),
  view: oneOf(VIEWS, 'map'),
  metric: optional(matching(METRIC)),
  year: optional(parseYear),
  period: optional(matching(PERIOD)),
  scope: oneOf<Scope>(['zones', 'province'], 'province'),
  province: optional(matching(CODE)),
  // Cut to MAX_COMPARED once the data says which codes exist (core/view/reconcile.ts): unknown codes go first.
  compare: list((code) => CODE.test(code)),
  zone: optional(matching(ZONE_ID)),
  from: optional(parseYear),
  delta: oneOf(['abs', 'pct'] as const, 'abs'),
  color: oneOf(['value', 'delta'] as const, 'value'),
  asof: optional((value) => (value === 'latest' ? value : undefined)),
  extent: oneOf<Extent>(['region', 'country'], 'region'),
  zoneFilters: { group: ZONE_FILTER_PARAMS },
  // `layers=` (empty) is a choice, none; absent is the view's default.
  layers: {
    default: () => null,
    parse: (value) => {
      const items = value.split(',').filter(Boolean);
      return items.every((item) => (MAP_LAYERS as readonly string[]).includes(item)) ? [...new Set(items)] : undefined;
    },
    format: (items) => (items ?? []).join(','),
    omit: (items) => items === null,
  },
  deck: optional((value) => value, { raw: true }),
  slide: optional((value) => {
    const slide = Number(value);
    return Number.isInteger(slide) && slide >= 0 ? slide : undefined;
  }),
  present: flag,
};

type AnyParam = Param<unknown>;
type AnyTable = Record<string, AnyParam | ParamGroup<unknown>>;

interface Entry {
  name: string;
  /** Where the value sits in the view state: ['year'], ['zoneFilters', 'area']. */
  path: string[];
  param: AnyParam;
}

function entriesOf(table: AnyTable, prefix: string[] = []): Entry[] {
  return Object.entries(table).flatMap(([name, spec]) =>
    'group' in spec ? entriesOf(spec.group as AnyTable, [...prefix, name]) : [{ name, path: [...prefix, name], param: spec }],
  );
}

function defaultsOf(table: AnyTable): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(table).map(([name, spec]) => [name, 'group' in spec ? defaultsOf(spec.group as AnyTable) : spec.default()]),
  );
}

/** The parameters as the URL names them, in link order. */
export const PARAM_ENTRIES: readonly Entry[] = entriesOf(PARAMS as unknown as AnyTable);
const BY_NAME = new Map(PARAM_ENTRIES.map((entry) => [entry.name, entry]));

export function defaultViewState(): ViewState {
  return defaultsOf(PARAMS as unknown as AnyTable) as unknown as ViewState;
}

export function emptyZoneFilters(): ZoneFilters {
  return defaultsOf(ZONE_FILTER_PARAMS as unknown as AnyTable) as unknown as ZoneFilters;
}

const valueAt = (state: ViewState, path: string[]): unknown =>
  path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], state);

function setAt(state: ViewState, path: string[], value: unknown): void {
  const parent = path.slice(0, -1).reduce<Record<string, unknown>>((node, key) => node[key] as Record<string, unknown>, state as never);
  parent[path[path.length - 1]] = value;
}

/** The query string as read: at most MAX_SEARCH_CHARS, cut after the last whole parameter; a notice says so. */
function capped(search: string): { search: string; notice?: UrlNotice } {
  if (search.length <= MAX_SEARCH_CHARS) return { search };
  const end = search.lastIndexOf('&', MAX_SEARCH_CHARS);
  const read = search.slice(0, end > 0 ? end : MAX_SEARCH_CHARS);
  return { search: read, notice: { param: LINK, value: '', problem: 'too-long', detail: { length: String(search.length), read: String(read.length) } } };
}

/** Every number in a value is finite and of a size a link can mean (a 400-digit area is not read as Infinity). */
function saneNumbers(value: unknown): boolean {
  if (typeof value === 'number') return Number.isFinite(value) && Math.abs(value) <= MAX_URL_NUMBER;
  if (Array.isArray(value)) return value.every(saneNumbers);
  if (value && typeof value === 'object') return Object.values(value).every(saneNumbers);
  return true;
}

/** Whether a link writes the value (it leaves out what equals the default). */
function isWritten(param: AnyParam, value: unknown): boolean {
  if (param.omit) return !param.omit(value);
  return param.always === true || param.format(value) !== param.format(param.default());
}

const sameValue = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A value the link would write back reads back as itself (`1e-7` would be written `1e-7`, which no range reads). */
function readsBack(param: AnyParam, value: unknown): boolean {
  if (!isWritten(param, value)) return sameValue(value, param.default());
  const text = param.format(value);
  return sameValue(param.parse(param.raw ? text : text.trim()), value);
}

/** One parameter's value: read, checked (finite, sane, readable when written back) and limited. */
function readParam(param: AnyParam, raw: string): { value?: unknown; problem?: 'invalid' | 'cut'; detail?: Record<string, string> } {
  const parsed = param.parse(param.raw ? raw : raw.trim());
  if (parsed === undefined || !saneNumbers(parsed) || !readsBack(param, parsed)) return { problem: 'invalid' };
  const limited = param.limit?.(parsed);
  return limited ? { value: limited.value, problem: 'cut', detail: limited.detail } : { value: parsed };
}

/**
 * Reads a query string into a view state. Never throws: bad values become defaults plus a notice, at most
 * one per parameter. A parameter given several times counts once: its first value (as URLSearchParams.get).
 */
export function decodeViewState(search: string): { state: ViewState; notices: UrlNotice[] } {
  const read = capped(search);
  const given0 = new URLSearchParams(read.search);
  // The bare address (nothing the app reads) is today's first screen, not a link from before versioning.
  const bare = !given0.has('v') && ![...given0.keys()].some((name) => BY_NAME.has(name));
  const params = bare ? given0 : new URLSearchParams(migrateSearch(read.search).search);
  const state = defaultViewState();
  const notices: UrlNotice[] = read.notice ? [read.notice] : [];
  // Parameters we do not know are ignored quietly: other tools add their own (utm_*, fbclid).
  const given = new Map<string, string[]>();
  for (const [name, raw] of params) {
    if (!BY_NAME.has(name)) continue;
    const values = given.get(name);
    if (values) values.push(raw);
    else given.set(name, [raw]);
  }
  for (const [name, values] of given) {
    const entry = BY_NAME.get(name) as Entry;
    const value = entry.param.raw ? values[0] : values[0].trim();
    const count = values.length > 1 && new Set(values).size > 1 ? { count: String(values.length) } : undefined;
    const result = readParam(entry.param, values[0]);
    if (result.problem !== 'invalid') setAt(state, entry.path, result.value);
    const detail = result.detail || count ? { ...result.detail, ...count } : undefined;
    if (result.problem) notices.push({ param: name, value, problem: result.problem, ...(detail && { detail }) });
    else if (count) notices.push({ param: name, value, problem: 'repeated', detail: count });
  }
  return { state, notices };
}

/** Writes the view state as a query string, leaving out what equals the default (short links). */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const { name, path, param } of PARAM_ENTRIES) {
    const value = valueAt(state, path);
    if (isWritten(param, value)) params.set(name, param.format(value));
  }
  return `?${params.toString()}`;
}
