import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import type { Range } from '../../../src/core/zones/filter';
import { ZONE_KINDS, ZONE_STATUSES } from '../../../src/core/data/schema';
import { filterZones, countHiddenByUnknown, type ZoneFilters } from '../../../src/core/zones/filter';
import type { Zone } from '../../../src/core/data/types';
import { provinces, zone } from './fixtures';

const maybe = (arb: fc.Arbitrary<number>) => fc.option(arb, { nil: null, freq: 3 });
const zoneArb: fc.Arbitrary<Zone> = fc
  .record({
    id: fc.stringMatching(/^[a-z]{2}-[a-z]{1,8}$/),
    kind: fc.constantFrom(...ZONE_KINDS),
    status: fc.option(fc.constantFrom(...ZONE_STATUSES), { nil: null }),
    provinceCode: fc.constantFrom('27', '30', '31', '26'),
    plannedAreaHa: maybe(fc.double({ min: 0, max: 30000, noNaN: true })),
    occupancyPct: maybe(fc.double({ min: 0, max: 100, noNaN: true })),
    priceUsdM2: maybe(fc.integer({ min: 40, max: 500 })),
    nameVi: fc.constantFrom('Khu công nghiệp Đình Vũ', 'Khu công nghiệp VSIP Bắc Ninh', 'Khu kinh tế Vân Đồn', 'KCN Đại An'),
  })
  .map((fields) => zone(fields));

// Half the bounds open, so that many zones pass and a wrong narrowing has something to show.
const bound = fc.option(fc.integer({ min: 0, max: 1000 }), { nil: null, freq: 2 });
const rangeArb: fc.Arbitrary<Range> = fc.record({ min: bound, max: bound });
const filtersArb: fc.Arbitrary<ZoneFilters> = fc.record({
  kind: fc.subarray([...ZONE_KINDS]),
  status: fc.subarray([...ZONE_STATUSES]),
  area: rangeArb,
  occ: rangeArb,
  price: rangeArb,
  seaport: fc.constant(null),
  airport: fc.constant(null),
  unknown: fc.constant(false),
  q: fc.constantFrom('', 'dinh', 'bac ninh', 'hai phong', 'khu cong', 'vsip ninh'),
});

const within = (value: number | null, range: Range) =>
  range.min === null && range.max === null
    ? true
    : value !== null && (range.min === null || value >= range.min) && (range.max === null || value <= range.max);

describe('filter properties', () => {
  test('never returns a zone outside the ranges, of another kind or status, or of unknown value on an active range', () => {
    fc.assert(
      fc.property(fc.array(zoneArb, { maxLength: 30 }), filtersArb, (zones, filters) => {
        for (const z of filterZones(zones, filters, { provinces })) {
          expect(within(z.plannedAreaHa, filters.area)).toBe(true);
          expect(within(z.occupancyPct, filters.occ)).toBe(true);
          expect(within(z.priceUsdM2, filters.price)).toBe(true);
          if (filters.kind.length) expect(filters.kind).toContain(z.kind);
          if (filters.status.length) expect(filters.status).toContain(z.status);
        }
      }),
    );
  });

  test('monotone: adding a constraint never adds a zone', () => {
    // An empty list means "all", so narrowing a list keeps at least one item.
    const intersect = (current: string[], picked: string[]) => {
      if (!current.length) return picked;
      const common = current.filter((item) => picked.includes(item));
      return common.length ? common : current;
    };
    const narrower = (f: ZoneFilters): fc.Arbitrary<ZoneFilters> =>
      fc.oneof(
        fc.subarray([...ZONE_KINDS], { minLength: 1 }).map((kind) => ({ ...f, kind: intersect(f.kind, kind) })),
        fc.subarray([...ZONE_STATUSES], { minLength: 1 }).map((status) => ({ ...f, status: intersect(f.status, status) })),
        bound.map((min) => ({ ...f, area: { ...f.area, min: min === null || f.area.min === null ? (min ?? f.area.min) : Math.max(min, f.area.min) } })),
        bound.map((max) => ({ ...f, occ: { ...f.occ, max: max === null || f.occ.max === null ? (max ?? f.occ.max) : Math.min(max, f.occ.max) } })),
        bound.map((min) => ({ ...f, price: { ...f.price, min: min === null || f.price.min === null ? (min ?? f.price.min) : Math.max(min, f.price.min) } })),
        fc.constantFrom('ninh', 'khu', 'dinh').map((word) => ({ ...f, q: `${f.q} ${word}` })),
      );
    fc.assert(
      fc.property(
        fc.array(zoneArb, { maxLength: 30 }),
        filtersArb.chain((f) => fc.tuple(fc.constant(f), narrower(f))),
        (zones, [wide, narrow]) => {
          const wideIds = new Set(filterZones(zones, wide, { provinces }));
          for (const z of filterZones(zones, narrow, { provinces })) expect(wideIds.has(z)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  test('hidden-by-unknown zones are never among the shown ones, and each lacks a value it is counted for', () => {
    fc.assert(
      fc.property(fc.array(zoneArb, { maxLength: 30 }), filtersArb, (zones, filters) => {
        const shown = filterZones(zones, filters, { provinces }).length;
        const hidden = countHiddenByUnknown(zones, filters, { provinces });
        expect(shown + hidden.total).toBeLessThanOrEqual(zones.length);
        for (const field of ['status', 'area', 'occ', 'price'] as const) expect(hidden[field]).toBeLessThanOrEqual(hidden.total);
        expect(hidden.area).toBeLessThanOrEqual(zones.filter((z) => z.plannedAreaHa === null).length);
      }),
    );
  });
});
