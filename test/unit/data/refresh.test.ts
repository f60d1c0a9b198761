import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsvObjects } from '../../../src/core/data/csv';
import { METRIC_FILES, PLAN_FILE, PROVINCE_STATS_FILES, refresh, type RefreshOutput } from '../../../src/core/data/refresh/index';
import { projectRoot, readCuration, readShared } from './shared';

let first: RefreshOutput;
let observations: Record<string, string>[];
let zones: Record<string, string>[];
const shared = readShared();

beforeAll(() => {
  first = refresh(shared, readCuration());
  observations = readCsvObjects(first.files['observations.csv']);
  zones = readCsvObjects(first.files['zones.csv']);
});

describe('refresh', () => {
  it('is deterministic: a second run gives byte-identical files', () => {
    const second = refresh(readShared(), readCuration());
    expect(second.files).toEqual(first.files);
  });

  it('matches the committed data/ files (ids stay stable across refreshes)', () => {
    for (const [name, text] of Object.entries(first.files)) {
      expect(readFileSync(join(projectRoot, 'data', name), 'utf8'), name).toBe(text);
    }
  });

  it('carries no quote or detail text of the gathered data into data/', () => {
    const quotes = [
      ...[...METRIC_FILES, ...PROVINCE_STATS_FILES, 'data/seeds/seed-metrics.csv', 'data/zones/zone-facts.csv', PLAN_FILE].flatMap((f) =>
        readCsvObjects(shared[f as keyof typeof shared]).map((r) => r.quote),
      ),
      ...readCsvObjects(shared['data/seeds/emulation-bloc.csv']).map((r) => r.detail),
    ].filter((q) => q && q.length >= 25);
    const written = Object.values(first.files).join('\n');
    // A quote that is (part of) a source's own title travels as that title: a citation, not a quote.
    const titles = readCsvObjects(first.files['sources.csv']).map((s) => s.title);
    expect(quotes.length).toBeGreaterThan(10000);
    expect(quotes.filter((q) => written.includes(q) && !titles.some((t) => t.includes(q)))).toEqual([]);
    expect(written).not.toContain('Cấp mới Giấy chứng nhận đăng ký đầu tư cho 454 dự án');
  });

  it('keeps one row per stated number, with stable unique ids', () => {
    const ids = observations.map((o) => o.id);
    expect(new Set(ids).size).toBe(ids.length);
    // 118 seed + 1,172 metrics + 10,040 province rows, less 3 exact repeats carried over between the shared files
    expect(observations.length).toBe(118 + (519 + 216 + 369 + 68) + (2127 + 703 + 7136 + 74) - 3);
  });

  it('keys units by edition: bloc → region, 00 → country, POST-MERGER → post2025', () => {
    expect(observations.filter((o) => o.edition === 'region').every((o) => o.code === 'rrd-bloc')).toBe(true);
    expect(observations.some((o) => o.edition === 'country' && o.code === '00')).toBe(true);
    const post = observations.filter((o) => o.flags.split(';').includes('post-merger'));
    expect(post.length).toBeGreaterThan(0);
    expect(post.every((o) => o.edition === 'post2025')).toBe(true);
  });

  it('flags the computed Hải Dương 2023 count, FIA year-end rows and the older yearbook vintages', () => {
    const computed = observations.filter((o) => o.flags.includes('computed'));
    expect(computed).toEqual([expect.objectContaining({ edition: 'pre2025', code: '30', year: '2023', metric: 'kcn_count_planned', value: '24' })]);
    const fia = observations.filter((o) => o.flags.includes('fy-to-20-dec'));
    expect(fia.length).toBeGreaterThan(1000);
    const grdp2015 = observations.filter((o) => o.metric === 'grdp_bvnd' && o.year === '2015' && ['01', '22'].includes(o.code) && o.edition === 'pre2025');
    expect(grdp2015.filter((o) => o.flags.includes('revised')).map((o) => o.value).sort()).toEqual(['570046', '99444']);
    expect(grdp2015.filter((o) => o.flags.includes('preferred')).map((o) => o.value).sort()).toEqual(['104497.52', '545241']);
  });

  it('prefers the FIA row over the ODV copy for FDI 2015', () => {
    const group = observations.filter((o) => o.edition === 'pre2025' && o.code === '24' && o.metric === 'province_fdi_new_projects' && o.year === '2015');
    expect(group.length).toBe(2);
    expect(group.find((o) => o.flags.includes('preferred'))?.value).toBe('57');
  });

  it('curates zones: 169 − 2 merged + 18 IIP extras + 5 from the zone facts, aliases kept, name corrected', () => {
    expect(zones.length).toBe(169 - 2 + 18 + 5);
    const ids = new Set(zones.map((z) => z.id));
    expect(ids.has('hd-viet-hoa-kenmark')).toBe(false);
    expect(zones.find((z) => z.id === 'hd-an-phat-complex')?.aliases).toBe('hd-viet-hoa-kenmark');
    expect(zones.find((z) => z.id === 'hd-an-phat-1')?.aliases).toBe('hd-quoc-tuan-an-binh');
    expect(zones.find((z) => z.id === 'hd-long-dien-ngoc-lien')?.name_vi).toBe('Khu công nghiệp Lương Điền – Ngọc Liên');
    expect(zones.filter((z) => z.curation === 'added-from-iip').length).toBe(18);
    expect(ids.has('tb-gia-le') && ids.has('qn-nam-tien-phong')).toBe(true);
    expect(ids.has('bn-thuan-thanh-3b') || ids.has('hy-sach-kim-dong')).toBe(false);
  });

  it('places zones by the best location and never without one', () => {
    const tienSon = zones.find((z) => z.id === 'bn-tien-son')!;
    expect(tienSon.location_method).toBe('stated-coordinates');
    expect(tienSon.price_usd_m2).toBe('115');
    expect(tienSon.price_term).toBe('1998-2048');
    const osm = zones.find((z) => z.id === 'bn-dai-dong-hoan-son')!;
    expect(osm.location_method).toBe('osm-bbox-centre');
    expect(osm.precision_m).not.toBe('');
    const unlocated = zones.find((z) => z.id === 'hp-giang-bien')!;
    expect([unlocated.lon, unlocated.lat, unlocated.location_method]).toEqual(['', '', '']);
  });
});
