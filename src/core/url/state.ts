// The view state and its one URL encoding (CONTRACTS.md). Pure: no DOM, no Svelte.
//
// One table, PARAMS, names every parameter once, with how to read it, how to write it and its default;
// decoding, encoding and the default state are generated from it (after owid-grapher's GrapherUrl). It is
// keyed by the fields of ViewState, so a field without a parameter does not compile. Adding a parameter is
// one field and one entry. Unknown or malformed values fall back to defaults with a notice; never a throw.
import type { Edition, Scope } from '../data/types';
import { ZONE_KINDS, ZONE_STATUSES } from '../data/schema';
import type { Lang } from '../names';
import type { Range, ZoneFilters } from '../zones/filter';
import { migrateSearch } from './migrations';

export const URL_VERSION = 1;

export const VIEWS = ['map', 'rank', 'trend', 'change', 'compare', 'table', 'zones'] as const;
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
  /** The zone explorer's filters; each field is a parameter of its own (`kind`, `status`, … `q`). */
  zoneFilters: ZoneFilters;
  /** Optional map layers (`logistics`); null = the view's default (core/view/layers.ts). */
  layers: string[] | null;
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
function list(valid: (item: string) => boolean, max = Infinity): Param<string[]> {
  return {
    default: () => [],
    parse: (value) => {
      const items = value.split(',').filter(Boolean);
      return items.every(valid) ? [...new Set(items)].slice(0, max) : undefined;
    },
    format: (items) => items.join(','),
  };
}

function parseYear(value: string): number | undefined {
  if (!YEAR.test(value)) return undefined;
  const year = Number(value);
  return year >= 1990 && year <= 2100 ? year : undefined;
}

/** `min-max`, either side may be empty; a min above the max is malformed. */
const range: Param<Range> = {
  default: () => ({ min: null, max: null }),
  parse: (value) => {
    const match = /^(-?\d+(?:\.\d+)?)?-(-?\d+(?:\.\d+)?)?$/.exec(value);
    if (!match) return undefined;
    const min = match[1] === undefined ? null : Number(match[1]);
    const max = match[2] === undefined ? null : Number(match[2]);
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
const maxKm = optional((value) => {
  const km = Number(value);
  return value !== '' && Number.isFinite(km) && km >= 0 ? km : undefined;
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
  q: { default: () => '', parse: (value) => value.slice(0, 200), format: String, raw: true },
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
  scope: oneOf<Scope>(['zones', 'province'], 'zones'),
  province: optional(matching(CODE)),
  compare: list((code) => CODE.test(code), MAX_COMPARED),
  zone: optional(matching(ZONE_ID)),
  from: optional(parseYear),
  delta: oneOf(['abs', 'pct'] as const, 'abs'),
  color: oneOf(['value', 'delta'] as const, 'value'),
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

/** Reads a query string into a view state. Never throws: bad values become defaults plus a notice. */
export function decodeViewState(search: string): { state: ViewState; notices: UrlNotice[] } {
  const params = new URLSearchParams(migrateSearch(search).search);
  const state = defaultViewState();
  const notices: UrlNotice[] = [];
  for (const [name, raw] of params) {
    // Parameters we do not know are ignored quietly: other tools add their own (utm_*, fbclid).
    const entry = BY_NAME.get(name);
    if (!entry) continue;
    const value = entry.param.raw ? raw : raw.trim();
    const parsed = entry.param.parse(value);
    if (parsed === undefined) notices.push({ param: name, value, problem: 'invalid' });
    else setAt(state, entry.path, parsed);
  }
  return { state, notices };
}

/** Writes the view state as a query string, leaving out what equals the default (short links). */
export function encodeViewState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const { name, path, param } of PARAM_ENTRIES) {
    const value = valueAt(state, path);
    const text = param.format(value);
    if (param.omit ? !param.omit(value) : param.always || text !== param.format(param.default())) params.set(name, text);
  }
  return `?${params.toString()}`;
}
