// The compact JSON bundle (public/data/atlas.json): one columnar table per Dataset array.
// Strings are dictionary-encoded per column, numbers are plain arrays; `decodeBundle` rebuilds the Dataset.
// Two things are not shipped because the app never needs them as stored: observation and plan ids (a row is
// referred to by its index; data/observations.csv and data/plans.csv keep the stable ids) and source citations
// (rebuilt from title, publisher and date, the rule the refresh writes them by).
import { citationOf } from './citation';
import type { Dataset } from './types';

/** Column codecs: r raw string, s dictionary string, sn string|null, n number, nn number|null, b boolean, bn boolean|null, l string list. */
type Codec = 'r' | 's' | 'sn' | 'n' | 'nn' | 'b' | 'bn' | 'l';
type TableSpec = Record<string, Codec>;

const SPECS = {
  provinces: { edition: 's', code: 's', iso: 's', nameVi: 's', nameEn: 's', inRegion: 'b', inBloc: 'b', successor: 's' },
  sources: { id: 'r', title: 's', publisher: 's', publisherEn: 's', url: 's', officialUrl: 's', date: 's', tier: 's', kind: 's' },
  metrics: {
    id: 'r', scope: 's', labelVi: 's', labelEn: 's', unit: 's', unitVi: 's', unitEn: 's', kind: 's', higherIsBetter: 'bn',
    aggregate: 's', weightMetric: 's', core: 'b', derived: 's', descriptionEn: 's', descriptionVi: 's',
  },
  observations: {
    edition: 's', code: 's', year: 'n', period: 's', scope: 's', metric: 's', value: 'n', sourceId: 's', asOf: 's',
    flags: 'l', note: 's',
  },
  zones: {
    id: 'r', nameVi: 's', nameEn: 's', kind: 's', provinceCode: 's', plannedAreaHa: 'nn', industrialLandHa: 'nn',
    occupancyPct: 'nn', occupancyBasis: 's', occupancyAsOf: 's', status: 'sn', establishedYear: 'nn', developer: 's', lon: 'nn', lat: 'nn',
    locationMethod: 's', precisionM: 'nn', priceUsdM2: 'nn', priceTerm: 's', iipCode: 's', asOf: 's', locationText: 's',
    aliases: 'l', curation: 's', sourceIds: 'l', locationSourceIds: 'l', note: 's',
  },
  blocEvents: { year: 'n', code: 's', role: 's', sourceId: 's' },
  logistics: { id: 'r', kind: 's', nameVi: 's', nameEn: 's', code: 's', lon: 'n', lat: 'n', precisionM: 'n', status: 's', sourceIds: 'l', note: 's' },
  zoneFacts: { zoneId: 's', field: 's', value: 's', asOf: 's', basis: 's', sourceIds: 'l', flags: 'l', role: 's', note: 's' },
  plans: {
    edition: 's', code: 's', year: 'n', period: 's', planPeriod: 's', scope: 's', kind: 's', planMetric: 's', wording: 's',
    metric: 's', achievedPeriod: 's', value: 'n', unit: 's', rangeTo: 'nn', sourceId: 's', asOf: 's', flags: 'l', note: 's',
  },
  planMetrics: { id: 'r', metric: 's', labelVi: 's', labelEn: 's', unit: 's', unitVi: 's', unitEn: 's' },
} satisfies Record<Exclude<keyof Dataset, 'version'>, TableSpec>;

/** The data bundle's size budget, gzip (also enforced by the build and a unit test). */
export const BUNDLE_GZIP_BUDGET_BYTES = 150 * 1024;

type TableName = keyof typeof SPECS;
// Rows the bundle refers to by index (their stable ids stay in data/*.csv).
const INDEXED_ROWS: Partial<Record<TableName, string>> = { observations: '#', plans: '#p' };
const TABLES = Object.keys(SPECS) as TableName[];
const LIST_SEPARATOR = '\u001f';

/** A dictionary-encoded column: the distinct values and, per row, an index into them (-1 = null). */
interface DictColumn {
  d: string[];
  i: number[];
}
type EncodedColumn = DictColumn | (string | number | null)[];
export interface EncodedTable {
  n: number;
  c: Record<string, EncodedColumn>;
}
export interface AtlasBundle {
  format: 'kcn-atlas-bundle';
  version: number;
  tables: Record<TableName, EncodedTable>;
}

function encodeDict(values: (string | null)[]): DictColumn {
  const index = new Map<string, number>();
  const d: string[] = [];
  const i = values.map((v) => {
    if (v === null) return -1;
    let k = index.get(v);
    if (k === undefined) {
      k = d.length;
      d.push(v);
      index.set(v, k);
    }
    return k;
  });
  return { d, i };
}

function encodeColumn(codec: Codec, values: unknown[]): EncodedColumn {
  switch (codec) {
    case 'r': return values as string[];
    case 's': return encodeDict(values as string[]);
    case 'sn': return encodeDict(values as (string | null)[]);
    case 'l': return encodeDict((values as string[][]).map((v) => v.join(LIST_SEPARATOR)));
    case 'n':
    case 'nn': return values as (number | null)[];
    case 'b': return (values as boolean[]).map((v) => (v ? 1 : 0));
    case 'bn': return (values as (boolean | null)[]).map((v) => (v === null ? null : v ? 1 : 0));
  }
}

function decodeColumn(codec: Codec, column: EncodedColumn, n: number): unknown[] {
  const out = new Array<unknown>(n);
  if (codec === 's' || codec === 'sn' || codec === 'l') {
    const { d, i } = column as DictColumn;
    if (!Array.isArray(d) || !Array.isArray(i) || i.length !== n) throw new Error('bundle: malformed dictionary column');
    for (let k = 0; k < n; k++) {
      const v = i[k] < 0 ? null : d[i[k]];
      out[k] = codec === 'l' ? (v ? v.split(LIST_SEPARATOR) : []) : codec === 's' ? (v ?? '') : v;
    }
    return out;
  }
  const values = column as (string | number | null)[];
  if (!Array.isArray(values) || values.length !== n) throw new Error('bundle: malformed column');
  for (let k = 0; k < n; k++) {
    const v = values[k];
    out[k] = codec === 'b' ? v === 1 : codec === 'bn' ? (v === null ? null : v === 1) : v;
  }
  return out;
}

export function encodeBundle(dataset: Dataset): AtlasBundle {
  const tables = {} as Record<TableName, EncodedTable>;
  for (const name of TABLES) {
    const rows = dataset[name] as unknown as Record<string, unknown>[];
    const c: Record<string, EncodedColumn> = {};
    for (const [key, codec] of Object.entries(SPECS[name]) as [string, Codec][]) c[key] = encodeColumn(codec, rows.map((r) => r[key]));
    tables[name] = { n: rows.length, c };
  }
  return { format: 'kcn-atlas-bundle', version: dataset.version, tables };
}

export function decodeBundle(json: unknown): Dataset {
  const bundle = json as AtlasBundle;
  if (!bundle || bundle.format !== 'kcn-atlas-bundle' || !bundle.tables) throw new Error('not a KCN Atlas data bundle');
  const dataset = { version: bundle.version } as Record<string, unknown>;
  for (const name of TABLES) {
    const table = bundle.tables[name];
    if (!table) throw new Error(`bundle: table "${name}" is missing`);
    const columns = Object.entries(SPECS[name]) as [string, Codec][];
    const decoded = columns.map(([key, codec]) => {
      const column = table.c[key];
      if (column === undefined) throw new Error(`bundle: column "${name}.${key}" is missing`);
      return decodeColumn(codec, column, table.n);
    });
    const rows = new Array(table.n);
    for (let k = 0; k < table.n; k++) {
      const row: Record<string, unknown> = {};
      columns.forEach(([key], j) => (row[key] = decoded[j][k]));
      rows[k] = row;
    }
    dataset[name] = rows;
  }
  const decoded = dataset as unknown as Dataset;
  for (const [name, prefix] of Object.entries(INDEXED_ROWS) as [TableName, string][]) {
    (decoded[name] as { id: string }[]).forEach((row, k) => (row.id = `${prefix}${k}`));
  }
  for (const source of decoded.sources) source.citation = citationOf(source);
  return decoded;
}
