import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ZoneList from '../../../src/ui/zones/ZoneList.svelte';
import { provinces, zones } from '../../unit/zones/fixtures';
import type { SortDirection, ZoneSortKey } from '../../../src/core/zones/filter';
import { zoneDistanceTable } from '../../../src/core/logistics/nearest';

type Sort = { key: ZoneSortKey; direction: SortDirection };

/** The list with its sort kept by the test, as the app keeps it. */
async function renderList(props: Record<string, unknown>) {
  const screen = await render(ZoneList, {
    lang: 'en', zones, unknown: new Map(), distances: null, provinces, edition: 'pre2025', selected: null,
    sort: { key: 'name', direction: 'asc' } as Sort, onSelect: () => {},
    onSort: (sort: Sort) => void screen.rerender({ sort }),
    ...props,
  });
  return screen;
}

const rowIds = (table: Element) => [...table.querySelectorAll('tbody tr')].map((tr) => (tr as HTMLElement).dataset.zoneId);

describe('ZoneList', () => {
  test('a click on the area header sorts by area, unknown areas last in both directions', async () => {
    const screen = await renderList({});
    const table = screen.getByTestId('zone-list').element();
    const areaHeader = screen.getByRole('columnheader', { name: /Area \(ha\)/ });
    await screen.getByRole('button', { name: /Area \(ha\)/ }).click();
    expect(areaHeader.element().getAttribute('aria-sort')).toBe('ascending');
    expect(rowIds(table)).toEqual(['hd-dai-an', 'bn-vsip', 'hp-dinh-vu', 'hp-kkt', 'vp-unknown', 'vp-lap-thach']);
    await screen.getByRole('button', { name: /Area \(ha\)/ }).click();
    expect(areaHeader.element().getAttribute('aria-sort')).toBe('descending');
    expect(rowIds(table)).toEqual(['hp-kkt', 'hp-dinh-vu', 'bn-vsip', 'hd-dai-an', 'vp-unknown', 'vp-lap-thach']);
    // Raw numbers in data attributes; an unknown area is empty, shown as "no data", never 0.
    const unknown = table.querySelector('tr[data-zone-id="vp-lap-thach"]') as HTMLElement;
    expect(unknown.dataset.area).toBe('');
    expect(unknown.querySelectorAll('td.num')[0].textContent).toContain('No data');
  });

  test('a click on a name selects the zone; the selected row is highlighted; unlocated zones are marked', async () => {
    const calls: string[] = [];
    const screen = await renderList({ lang: 'vi', selected: 'hp-kkt', onSelect: (id: string) => calls.push(id) });
    await screen.getByRole('button', { name: 'Khu công nghiệp Đại An' }).click();
    expect(calls).toEqual(['hd-dai-an']);
    const table = screen.getByTestId('zone-list').element();
    expect(table.querySelector('tr.selected')?.getAttribute('data-zone-id')).toBe('hp-kkt');
    const unlocated = [...table.querySelectorAll('[data-testid="location-unknown"]')].map((el) => el.closest('tr')?.dataset.zoneId);
    expect(unlocated).toEqual(expect.arrayContaining(['hp-dinh-vu', 'hp-kkt', 'hd-dai-an', 'vp-lap-thach', 'vp-unknown']));
    expect(unlocated).not.toContain('bn-vsip');
    // Names sort with the Vietnamese collation by default: Đ after D (Đại An, Đình Vũ) and before "Khu kinh tế".
    expect(rowIds(table).slice(0, 3)).toEqual(['vp-unknown', 'hd-dai-an', 'hp-dinh-vu']);
  });

  test('a click on a figure of a row opens that zone (its card lists each figure with its source), once', async () => {
    const calls: string[] = [];
    const screen = await renderList({ onSelect: (id: string) => calls.push(id) });
    const row = screen.getByTestId('zone-list').element().querySelector('tr[data-zone-id="bn-vsip"]') as HTMLElement;
    (row.querySelectorAll('td.num')[0] as HTMLElement).click();
    expect(calls).toEqual(['bn-vsip']);
    // The name's button opens it once, not twice (the row does not add its own call).
    await screen.getByRole('button', { name: /VSIP/ }).click();
    expect(calls).toEqual(['bn-vsip', 'bn-vsip']);
  });

  test('shows the province a zone merged into, and the available land as derived', async () => {
    const screen = await renderList({ lang: 'vi' });
    const table = screen.getByTestId('zone-list').element();
    const daiAn = table.querySelector('tr[data-zone-id="hd-dai-an"]') as HTMLElement;
    expect(daiAn.querySelectorAll('td')[0].textContent?.replace(/\s+/g, ' ').trim()).toBe('Hải Dương (Hải Phòng)');
    const haiPhong = table.querySelector('tr[data-zone-id="hp-kkt"]') as HTMLElement;
    expect(haiPhong.querySelectorAll('td')[0].textContent?.trim()).toBe('Hải Phòng');
    expect(Number(daiAn.dataset.available)).toBeCloseTo(12.49, 1);
    expect(screen.getByRole('columnheader', { name: /Đất còn trống/ }).element().textContent).toContain('số liệu tính toán');
  });

  test('straight-line km to the nearest points as sortable columns; zones kept as unknown are marked', async () => {
    const located = zones.map((z, i) => ({ ...z, lon: i % 2 ? null : 106 + i / 10, lat: i % 2 ? null : 21, precisionM: 1000 }));
    const port = { id: 'port', kind: 'seaport', nameVi: 'Cảng', nameEn: 'Port', code: '31', lon: 106.7, lat: 20.85, precisionM: 1000, status: 'operating', sourceIds: [], note: '' };
    const distances = zoneDistanceTable(located, [port]);
    const screen = await renderList({ zones: located, distances, unknown: new Map([['hp-dinh-vu', ['seaport']]]) });
    const table = screen.getByTestId('zone-list').element();
    await screen.getByRole('button', { name: /Nearest seaport \(km\)/ }).click();
    const kms = [...table.querySelectorAll('tbody tr')].map((tr) => (tr.querySelector('[data-km-kind="seaport"]') as HTMLElement).dataset.km);
    const known = kms.filter((km) => km !== '').map(Number);
    expect(known).toEqual([...known].sort((a, b) => a - b));
    expect(kms.slice(known.length).every((km) => km === '')).toBe(true);
    const kept = table.querySelector('tr[data-zone-id="hp-dinh-vu"]') as HTMLElement;
    expect(kept.dataset.unknown).toBe('seaport');
    expect(kept.querySelector('[data-testid="zone-unknown-mark"]')?.textContent).toBe('unknown: distance to a seaport');
  });

  test('data-province is the zone\'s province on the map shown', async () => {
    const screen = await renderList({ edition: 'post2025' });
    const row = screen.getByTestId('zone-list').element().querySelector('tr[data-zone-id="hd-dai-an"]') as HTMLElement;
    expect(row.dataset.province).toBe('31');
    expect(row.dataset.provincePre2025).toBe('30');
  });
});
