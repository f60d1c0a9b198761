import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import axe from 'axe-core';
import ZoneFilters from '../../../src/ui/zones/ZoneFilters.svelte';
import ZoneList from '../../../src/ui/zones/ZoneList.svelte';
import ZoneCard from '../../../src/ui/zones/ZoneCard.svelte';
import { emptyZoneFilters } from '../../../src/core/url/state';
import { provinces, sources, zones } from '../../unit/zones/fixtures';

async function seriousViolations(element: Element) {
  const result = await axe.run(element, { resultTypes: ['violations'] });
  return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`);
}

describe('zone explorer accessibility (axe-core)', () => {
  test('filters, list and card have no serious or critical violations', async () => {
    const filters = await render(ZoneFilters, {
      lang: 'vi', filters: { ...emptyZoneFilters(), area: { min: 500, max: 100 } }, shown: 3, total: 6,
      hidden: { status: 1, area: 2, occ: 0, price: 0, seaport: 0, airport: 0, total: 2 }, kept: 0,
      dataset: { zones, provinces }, edition: 'pre2025', province: null, onChange: () => {}, onProvince: () => {},
    });
    expect(await seriousViolations(filters.container)).toEqual([]);
    const list = await render(ZoneList, {
      lang: 'vi', zones, unknown: new Map(), distances: null, provinces, edition: 'post2025', selected: 'bn-vsip',
      sort: { key: 'name', direction: 'asc' }, onSort: () => {}, onSelect: () => {},
    });
    expect(await seriousViolations(list.container)).toEqual([]);
    const card = await render(ZoneCard, { lang: 'en', zone: { ...zones[0], sourceIds: ['src-a', 'src-b'] }, provinces, sources, onClose: () => {} });
    expect(await seriousViolations(card.container)).toEqual([]);
  });
});
