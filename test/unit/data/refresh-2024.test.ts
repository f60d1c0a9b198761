// The refresh of the files issue 14 brought: 2024–2025 metrics, the gap pass, the national province series
// and the NSO 2024 table, the zone facts, and the seeds' new columns.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv, readCsvObjects } from '../../../src/core/data/csv';
import { METRIC_FILES, PLAN_FILE, PROVINCE_STATS_FILES, refresh, type RefreshOutput } from '../../../src/core/data/refresh/index';
import { readCuration, readShared } from './shared';

type Row = Record<string, string>;
let out: RefreshOutput;
let observations: Row[];
let zones: Row[];
let facts: Row[];
const shared = readShared();
const flagsOf = (o: Row) => o.flags.split(';');
const find = (where: Partial<Row>) => observations.filter((o) => Object.entries(where).every(([k, v]) => o[k] === v));

beforeAll(() => {
  out = refresh(shared, readCuration());
  observations = readCsvObjects(out.files['observations.csv']);
  zones = readCsvObjects(out.files['zones.csv']);
  facts = readCsvObjects(out.files['zone-facts.csv']);
});

describe('refresh of the 2024–2025 files', () => {
  it('reads `Cả nước` as the country (00), never as a province', () => {
    const total2025 = find({ edition: 'country', code: '00', year: '2025', metric: 'province_fdi_total_capital_musd' });
    expect(total2025.map((o) => o.value)).toEqual(['38420']);
    const h1 = find({ edition: 'country', code: '00', year: '2024', period: 'H1', metric: 'province_fdi_total_capital_musd' });
    expect(h1.map((o) => o.value)).toEqual(['15185.22']);
    expect(readCsvObjects(out.files['provinces.csv']).some((p) => p.code === '00')).toBe(false);
  });

  it('keeps the offshore oil-and-gas line (dk) as its own unit: never a province, named where a national total includes it', () => {
    const dk = observations.filter((o) => o.code === 'dk');
    expect(dk.length).toBe(35);
    expect(dk.every((o) => o.edition === 'offshore')).toBe(true);
    expect(readCsvObjects(out.files['provinces.csv']).some((p) => p.code === 'dk')).toBe(false);
    const dk2015 = find({ edition: 'offshore', code: 'dk', year: '2015', metric: 'province_fdi_total_capital_musd' });
    expect(dk2015).toHaveLength(1);
    const national2015 = find({ edition: 'country', code: '00', year: '2015', metric: 'province_fdi_total_capital_musd' });
    expect(national2015.some((o) => flagsOf(o).includes('incl-offshore'))).toBe(true);
  });

  it('reads the other 49 provinces and the NSO 2024 table as pre2025 units, NSO preferred for 2024', () => {
    const haGiang2017 = find({ edition: 'pre2025', code: '02', year: '2017', metric: 'province_fdi_new_projects' });
    expect(haGiang2017.map((o) => o.value)).toEqual(['3']);
    const tuyenQuang2024 = find({ edition: 'pre2025', code: '08', year: '2024', metric: 'province_fdi_total_capital_musd' });
    expect(tuyenQuang2024.map((o) => [o.value, flagsOf(o).includes('preferred')])).toEqual([['17.1', true]]);
    const provinces2023 = new Set(find({ edition: 'pre2025', year: '2023', metric: 'population_thousand' }).map((o) => o.code));
    expect(provinces2023.size).toBe(63);
  });

  it('puts POST-MERGER rows into the post2025 edition (new Bắc Ninh = code 24 on the 34-province map)', () => {
    const rows = find({ year: '2025', period: 'FY', metric: 'province_fdi_total_capital_musd', value: '5730' });
    expect(rows.map((o) => [o.edition, o.code])).toEqual([['post2025', '24']]);
    const post = observations.filter((o) => flagsOf(o).includes('post-merger'));
    expect(post.length).toBe(77);
    expect(post.every((o) => o.edition === 'post2025')).toBe(true);
  });

  it('sets apart the Bắc Ninh H1-2025 rows that do not say whether they cover the old or the merged province', () => {
    const ambiguous = observations.filter((o) => flagsOf(o).includes('territory-ambiguous'));
    expect(ambiguous.map((o) => `${o.edition}:${o.code} ${o.year} ${o.period} ${o.metric}`).sort()).toEqual([
      'pre2025:27 2025 H1 province_fdi_adjusted_capital_musd',
      'pre2025:27 2025 H1 province_fdi_new_capital_musd',
      'pre2025:27 2025 H1 province_fdi_new_projects',
      'pre2025:27 2025 H1 province_fdi_rank',
    ]);
    expect(ambiguous.every((o) => o.note.includes('whether it covers the former or the merged province is not stated'))).toBe(true);
  });

  it('marks lower bounds and approximations of the value, and an approximate date as a date qualifier only', () => {
    const workers = find({ edition: 'pre2025', code: '31', year: '2024', metric: 'workers', value: '210000' });
    expect(flagsOf(workers[0])).toContain('lower-bound');
    const hyStock = find({ edition: 'pre2025', code: '33', year: '2024', metric: 'province_fdi_projects_valid', value: '616', as_of: '2024-12' });
    expect(flagsOf(hyStock[0])).toContain('approx-date');
    expect(flagsOf(hyStock[0])).not.toContain('approx');
    const vpWorkers2021 = find({ edition: 'pre2025', code: '26', year: '2021', metric: 'workers', value: '110000' });
    expect(flagsOf(vpWorkers2021[0])).toEqual(expect.arrayContaining(['approx', 'inferred-year']));
  });
});

describe('refresh of the seeds’ new columns', () => {
  const bloc = (metric: string, year: string) => find({ edition: 'region', code: 'rrd-bloc', metric, year });

  it('carries the seeds’ as_of dates', () => {
    expect(bloc('fdi_projects_valid', '2018').map((o) => o.as_of)).toEqual(['2018-12-31']);
    expect(bloc('workers', '2020').map((o) => o.as_of)).toEqual(['2020-12-20']);
  });

  it('re-keys the 2020 "disbursed" figures as running totals of implemented capital: no yearly disbursement for 2020', () => {
    expect(bloc('fdi_capital_implemented_musd', '2020').map((o) => [o.period, o.value])).toEqual([['cumulative-to-date', '38535.9']]);
    expect(bloc('ddi_capital_implemented_bvnd', '2020').map((o) => [o.period, o.value])).toEqual([['cumulative-to-date', '334314']]);
    expect(bloc('fdi_disbursed_musd', '2020')).toEqual([]);
    expect(bloc('ddi_disbursed_bvnd', '2020')).toEqual([]);
    expect(bloc('fdi_capital_implemented_musd', '2020')[0].note).toMatch(/^re-keyed: a running total of implemented capital/);
  });

  it('adds the four bloc rows of total new projects and reads the qualifiers of the notes', () => {
    expect(find({ edition: 'region', metric: 'total_new_projects' }).map((o) => `${o.year} ${o.period} ${o.value}`)).toEqual([
      '2018 FY 454', '2019 FY 532', '2020 FY 330', '2024 H1 321',
    ]);
    const capital = find({ edition: 'pre2025', code: '27', year: '2018', metric: 'capital_registered_total_musd' });
    expect(flagsOf(capital[0])).toContain('lower-bound');
    const workers2013 = find({ edition: 'pre2025', code: '27', year: '2013', metric: 'workers' });
    expect(flagsOf(workers2013[0])).toContain('inferred-year');
  });
});

describe('nothing lost, nothing invented', () => {
  it('accounts for every row of every shared value file: an observation or a plan in data/, or a reason in data/curation/', () => {
    const ids = new Set([...observations, ...readCsvObjects(out.files['plans.csv'])].map((o) => o.id));
    const files = [...METRIC_FILES, ...PROVINCE_STATS_FILES, 'data/seeds/seed-metrics.csv', 'data/zones/zone-facts.csv', PLAN_FILE] as const;
    let rows = 0;
    for (const file of files) {
      for (const { line } of parseCsv(shared[file]).rows) {
        rows++;
        const outcome = out.ledger.get(`${file}:${line}`);
        expect(outcome, `${file}:${line}`).toBeDefined();
        expect(ids.has(outcome!) || outcome === 'zone-fact' || outcome!.startsWith('dropped: '), `${file}:${line} → ${outcome}`).toBe(true);
      }
    }
    expect(rows).toBe(118 + 519 + 216 + 369 + 68 + 2127 + 703 + 7136 + 74 + 171 + 75);
    const dropped = [...out.ledger.values()].filter((o) => o.startsWith('dropped: '));
    expect(dropped).toHaveLength(2);
    expect(dropped[0]).toMatch(/identity inferred/);
  });

  it('writes every stated number as stated: each observation or plan value is the value of a row it came from', () => {
    const byId = new Map([...observations, ...readCsvObjects(out.files['plans.csv'])].map((o) => [o.id, o]));
    const files = [...METRIC_FILES, ...PROVINCE_STATS_FILES, 'data/seeds/seed-metrics.csv', PLAN_FILE] as const;
    for (const file of files) {
      for (const { line, values } of parseCsv(shared[file]).rows) {
        const o = byId.get(out.ledger.get(`${file}:${line}`)!)!;
        expect(Number(o.value), `${file}:${line}`).toBe(Number(values.value));
      }
    }
  });
});

describe('zone facts', () => {
  const zone = (id: string) => zones.find((z) => z.id === id)!;
  const factsOf = (id: string, field: string) => facts.filter((f) => f.zone_id === id && f.field === field);

  it('adds the zones missing from the register: located by a shared pin where one exists, else listed unlocated', () => {
    const added = zones.filter((z) => z.curation === 'added-from-facts');
    expect(added.map((z) => z.id).sort()).toEqual(['hd-phuc-dien-mo-rong', 'hnm-dong-van-3-phia-dong', 'hy-kim-dong-an-thi', 'hy-so-4', 'hy-tien-lu-kim-dong-an-thi']);
    expect(zone('hd-phuc-dien-mo-rong')).toMatchObject({ aliases: 'new-30-phuc-dien-mo-rong', lon: '106.189407', lat: '20.923492', location_method: 'stated-coordinates' });
    expect(zone('hy-so-4')).toMatchObject({ lon: '', lat: '', location_method: '', planned_area_ha: '390', status: 'planned' });
  });

  it('writes the chosen fact into the zone, occupancy with its basis and date', () => {
    expect(zone('bn-que-vo-1')).toMatchObject({ occupancy_pct: '100', occupancy_basis: 'leasable', occupancy_as_of: '2025' });
    expect(factsOf('bn-que-vo-1', 'occupancy_pct').map((f) => [f.role, f.value, f.as_of])).toEqual([['chosen', '100', '2025'], ['older', '97.79', '2022']]);
    // The latest year's figure, not the older official one: the register's 2022 industrial land of Nomura stands.
    expect(zone('hp-nomura').industrial_land_ha).toBe('123');
  });

  it('marks facts that contradict each other as contested, and never takes one phase for the whole zone', () => {
    expect(factsOf('hp-nomura-2', 'established_year').map((f) => [f.role, f.value])).toEqual([['chosen', '2025'], ['contested', '2024']]);
    expect(factsOf('hp-trang-due', 'planned_area_ha').every((f) => f.role === 'other' && f.flags.includes('phase-only'))).toBe(true);
    expect(zone('hp-trang-due').planned_area_ha).toBe('');
  });

  it('carries the logistics points’ status: Gia Bình airport is under construction', () => {
    const logistics = readCsvObjects(out.files['logistics.csv']);
    expect(logistics.find((l) => l.id === 'gia-binh')?.status).toBe('under construction');
    expect(logistics.filter((l) => l.status === 'operating')).toHaveLength(21);
  });
});

describe('credible citations', () => {
  it('names the official publisher in both languages and the official address a copied table’s title gives', () => {
    const sources = readCsvObjects(out.files['sources.csv']);
    const fia = sources.find((s) => s.url.includes('HungNT1st/CS571_Project') && s.url.includes('FDI.2020'))!;
    expect([fia.publisher, fia.publisher_en]).toEqual(['Cục Đầu tư nước ngoài, Bộ Kế hoạch và Đầu tư', 'Foreign Investment Agency, MPI']);
    const nso = sources.find((s) => s.url.includes('E0201.csv'))!;
    expect([nso.publisher, nso.publisher_en, nso.official_url]).toEqual(['Tổng cục Thống kê', 'General Statistics Office', 'https://www.nso.gov.vn/en/px-web?pxid=E0201']);
  });
});
