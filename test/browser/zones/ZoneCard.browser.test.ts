import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ZoneCard from '../../../src/ui/zones/ZoneCard.svelte';
import type { Source, ZoneFact } from '../../../src/core/data/types';
import { provinces, sources, zone } from '../../unit/zones/fixtures';
import type { LogisticsPoint } from '../../../src/core/data/types';
import { zoneDistances } from '../../../src/core/logistics/nearest';

const fact = (patch: Partial<ZoneFact> & Pick<ZoneFact, 'field' | 'value' | 'role'>): ZoneFact => ({
  zoneId: 'hd-dai-an', asOf: '', basis: '', sourceIds: [], flags: [], note: '', ...patch,
});
const github: Source = {
  id: 'src-gh', title: 'FIA table, mirrored', publisher: 'Cục Đầu tư nước ngoài', publisherEn: 'Foreign Investment Agency', officialUrl: '',
  url: 'https://github.com/owner/repo/blob/abc/FDI.xlsx', citation: '', date: '2023-12-22', tier: 'A', kind: 'github',
};

const daiAn = zone({
  id: 'hd-dai-an', nameVi: 'Khu công nghiệp Đại An', nameEn: 'Dai An Industrial Park', provinceCode: '30',
  plannedAreaHa: 174, industrialLandHa: 102.89, occupancyPct: 87.86, status: 'operating', priceUsdM2: 90,
  priceTerm: '2003-2053', lon: 106.27, lat: 20.95, locationMethod: 'stated-coordinates', precisionM: 1500,
  sourceIds: ['src-a', 'src-b'], locationSourceIds: ['src-a', 'src-gone'],
});

describe('ZoneCard', () => {
  test('shows the land price with its unit and term, and the available land as a derived estimate', async () => {
    const screen = await render(ZoneCard, { lang: 'en', zone: daiAn, provinces, sources, onClose: () => {} });
    const card = screen.getByTestId('zone-card');
    const price = card.element().querySelector('[data-field="price"]')!;
    expect(price.textContent).toContain('90 USD/m²');
    expect(price.textContent).toContain('for the remaining lease term, paid once, usually excl. VAT; not a yearly rent');
    expect(price.textContent).toContain('2003–2053');
    // One click from its source: the price links to the zone's sources (the record gives it no source of its own).
    const link = price.querySelector<HTMLButtonElement>('[data-testid="price-source"]')!;
    link.click();
    const target = document.activeElement!;
    expect(target.tagName).toBe('H3');
    expect(target.nextElementSibling?.getAttribute('data-testid')).toBe('zone-sources');
    expect(location.hash).toBe('');
    const available = card.element().querySelector('[data-field="available-land"]') as HTMLElement;
    expect(Number(available.dataset.value)).toBeCloseTo(102.89 * (1 - 0.8786), 6);
    expect(available.textContent).toContain('≈ 12.5 ha');
    expect(available.querySelector('.mark.derived')?.textContent).toBe('derived');
    expect(available.textContent).toContain('industrial land × (1 − occupancy)');
    // Old province and the province it merged into.
    expect(card.element().querySelector('[data-field="province-old"]')?.textContent).toBe('Hai Duong (30)');
    expect(card.element().querySelector('[data-field="province-new"]')?.textContent).toBe('Haiphong (31)');
    expect(card.element().querySelector('[data-field="location"]')?.textContent).toContain('approximate: within about 1.5 km');
  });

  test('says the price terms in Vietnamese too, and "no data" (never 0) for missing fields', async () => {
    const screen = await render(ZoneCard, { lang: 'vi', zone: daiAn, provinces, sources, onClose: () => {} });
    const card = screen.getByTestId('zone-card').element();
    expect(card.querySelector('[data-field="price"]')?.textContent).toContain('không phải giá thuê hằng năm');
    expect(card.querySelector('[data-field="established"]')?.textContent?.trim()).toBe('Không có dữ liệu');
    expect(card.querySelector('[data-field="developer"]')?.textContent?.trim()).toBe('Không có dữ liệu');
    expect(card.querySelector('[data-field="available-land"]')?.textContent).toContain('12,5 ha');
  });

  test('a zone without coordinates says its location is unknown, and without occupancy has no available land', async () => {
    const lost = zone({ id: 'hy-sach', nameVi: 'Khu công nghiệp Sạch', plannedAreaHa: 100, industrialLandHa: 100 });
    const screen = await render(ZoneCard, { lang: 'en', zone: lost, provinces, sources, onClose: () => {} });
    const card = screen.getByTestId('zone-card').element();
    const location = card.querySelector('[data-field="location"]') as HTMLElement;
    expect(location.textContent).toContain('location unknown: not placed on the map');
    expect(location.dataset.located).toBe('false');
    const available = card.querySelector('[data-field="available-land"]') as HTMLElement;
    expect(available.dataset.value).toBe('');
    expect(available.textContent).toContain('No data');
    expect(available.textContent).not.toMatch(/\b0 ha/);
  });

  test('its note reads in Vietnamese with the names it holds; a part without a translation stays English and says so', async () => {
    const note = 'also known as KCN Thăng Long III; KKT area may include sea; a phrase no table knows';
    const noted = zone({ ...daiAn, note });
    const facts = [fact({ field: 'established_year', value: '2005', sourceIds: ['src-a'], role: 'chosen', note: 'year of the establishment decision' })];
    const vi = await render(ZoneCard, { lang: 'vi', zone: noted, provinces, sources, facts, onClose: () => {} });
    expect(vi.getByTestId('zone-card').element().querySelector('.zone-facts .note')?.textContent).toBe('năm có quyết định thành lập');
    const dd = vi.getByTestId('zone-card').element().querySelector('[data-field="note"]')!;
    expect(dd.textContent).toBe('còn gọi là KCN Thăng Long III; diện tích KKT có thể gồm cả mặt biển; a phrase no table knows');
    expect(dd.getAttribute('lang')).toBeNull();
    expect([...dd.querySelectorAll('[lang]')].map((e) => [e.getAttribute('lang'), e.textContent])).toEqual([['en', 'a phrase no table knows']]);
    expect(dd.previousElementSibling?.textContent).toBe('Ghi chú');
    vi.unmount();
    const en = await render(ZoneCard, { lang: 'en', zone: noted, provinces, sources, onClose: () => {} });
    expect(en.getByTestId('zone-card').element().querySelector('[data-field="note"]')?.textContent).toBe(note);
  });

  test('renders hostile text fields as text', async () => {
    const hostile = '<img src=x onerror=alert(1)>';
    const evil = zone({ id: 'evil', nameVi: hostile, nameEn: hostile, developer: hostile, note: hostile, locationText: hostile, sourceIds: ['src-evil'] });
    const evilSources = [{ ...sources[0], id: 'src-evil', title: hostile, publisher: hostile, url: 'javascript:alert(1)' }];
    const screen = await render(ZoneCard, { lang: 'en', zone: evil, provinces, sources: evilSources, onClose: () => {} });
    const card = screen.getByTestId('zone-card').element();
    expect(card.querySelector('img')).toBeNull();
    expect(card.querySelector('[data-field="note"]')?.textContent).toBe(hostile);
    expect(card.querySelector('[data-field="developer"]')?.textContent).toBe(hostile);
    expect(card.querySelector('h2')?.textContent).toBe(hostile);
    // A javascript: address is not made a link.
    expect(card.querySelector('a')).toBeNull();
  });

  test('lists each source once with title, publisher, date and a safe link; location-only and missing sources say so', async () => {
    const screen = await render(ZoneCard, { lang: 'en', zone: daiAn, provinces, sources, onClose: () => {} });
    const items = [...screen.getByTestId('zone-sources').element().querySelectorAll('li')] as HTMLElement[];
    expect(items.map((li) => li.dataset.sourceId)).toEqual(['src-a', 'src-b', 'src-gone']);
    expect(items[0].textContent).toContain('IIP portal: VSIP Bắc Ninh');
    expect(items[0].textContent).toContain('IIP Vietnam');
    expect(items[0].textContent).toContain('March 2025');
    const link = items[0].querySelector('a')!;
    expect(link.getAttribute('href')).toBe('https://iipvietnam.com/vsip');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // No title: the citation stands in, and there is no link.
    expect(items[1].textContent).toContain('Bloc report, 2019-01-11');
    expect(items[1].querySelector('a')).toBeNull();
    expect(items[2].textContent).toContain('source src-gone not found');
  });

  test('each sourced field opens its facts in one click: occupancy with its basis, date, role and source', async () => {
    const facts: ZoneFact[] = [
      fact({ field: 'occupancy_pct', value: '87.86', asOf: '2024-06', basis: 'leasable', sourceIds: ['src-a'], role: 'chosen' }),
      fact({ field: 'occupancy_pct', value: '70', asOf: '2024-06', basis: 'unstated', sourceIds: ['src-gh'], role: 'contested', flags: ['approx'] }),
      fact({ field: 'occupancy_pct', value: '60', asOf: '2019', basis: 'unstated', sourceIds: ['src-b'], role: 'older' }),
      fact({ field: 'planned_area_ha', value: '174', asOf: '2023', sourceIds: ['src-a'], role: 'chosen', flags: ['lower-bound'] }),
    ];
    const withOccupancyDate = { ...daiAn, occupancyBasis: 'leasable', occupancyAsOf: '2024-06' };
    const screen = await render(ZoneCard, { lang: 'en', zone: withOccupancyDate, provinces, sources: [...sources, github], facts, onClose: () => {} });
    const occupancy = screen.getByTestId('zone-card').element().querySelector('[data-field="occupancy"]') as HTMLElement;
    expect(occupancy.querySelector('[data-testid="occupancy-value"]')?.textContent).toBe('87.86%');
    expect(occupancy.querySelector('[data-testid="occupancy-basis"]')?.textContent).toBe('(of leasable industrial land)');
    expect(occupancy.querySelector('[data-testid="occupancy-as-of"]')?.textContent).toContain('June 2024');
    expect(occupancy.querySelector('.mark.contested')?.textContent).toBe('contested');
    const details = occupancy.querySelector('details')!;
    expect(details.open).toBe(false);
    await screen.getByText('Sources (3)').click();
    expect(details.open).toBe(true);
    const items = [...details.querySelectorAll(':scope > ul > li')] as HTMLElement[];
    expect(items.map((li) => li.dataset.role)).toEqual(['chosen', 'contested', 'older']);
    expect(items[0].textContent).toMatch(/IIP Vietnam\s*·\s*IIP portal: VSIP Bắc Ninh/);
    expect(items[1].textContent).toContain('≈ 70%');
    // A GitHub copy says so; the repository name is never the link's text.
    expect(items[1].querySelector('a')?.textContent).toBe('copy on GitHub');
    expect(items[1].querySelector('a')?.getAttribute('href')).toBe(github.url);
    // A lower bound reads "> 174 ha".
    expect(screen.getByTestId('zone-card').element().querySelector('[data-field="planned-area"]')?.textContent).toContain('> 174 ha');
  });

  test('the close button calls onClose', async () => {
    let closed = 0;
    const screen = await render(ZoneCard, { lang: 'vi', zone: daiAn, provinces, sources, onClose: () => closed++ });
    await screen.getByRole('button', { name: 'Đóng thẻ khu' }).click();
    expect(closed).toBe(1);
  });

  test('straight-line distances: the nearest operating point of each kind with its ±, one not operating yet apart', async () => {
    const point = (id: string, kind: string, lon: number, status = 'operating'): LogisticsPoint => ({
      id, kind, nameVi: `Điểm ${id}`, nameEn: `Point ${id}`, code: '30', lon, lat: 20.95, precisionM: 2000, status, sourceIds: [], note: '',
    });
    const points = [point('air', 'airport', 106.8), point('new-air', 'airport', 106.4, 'under construction'), point('port', 'seaport', 106.7)];
    const opened: string[] = [];
    const screen = await render(ZoneCard, {
      lang: 'en', zone: daiAn, provinces, sources, distances: zoneDistances(daiAn, points)!, logistics: points,
      onLogistics: (id: string) => opened.push(id), onClose: () => {},
    });
    const airport = screen.getByTestId('zone-card').element().querySelector('[data-nearest="airport"]') as HTMLElement;
    expect(airport.dataset.id).toBe('air');
    expect(Number(airport.dataset.km)).toBeCloseTo(55.1, 0);
    expect(airport.textContent?.replace(/\s+/g, ' ')).toContain('Point air · 55 km straight-line, ± 3.5 km');
    expect(screen.getByTestId('zone-nearest').element().querySelector('[data-not-operating="new-air"]')?.textContent).toContain('not operating yet: Point new-air');
    // A kind without any point says so; never a 0.
    expect(screen.getByTestId('zone-nearest').element().textContent).toContain('no operating point');
    await screen.getByRole('button', { name: 'Point port' }).click();
    expect(opened).toEqual(['port']);
  });

  test('a zone without a location has no distance', async () => {
    const screen = await render(ZoneCard, { lang: 'vi', zone: zone({ id: 'nowhere' }), provinces, sources, onClose: () => {} });
    expect(screen.getByTestId('nearest-unknown').element().textContent).toContain('chưa có vị trí');
  });
});
