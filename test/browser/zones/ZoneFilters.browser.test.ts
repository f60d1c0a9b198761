import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-svelte';
import ZoneFilters from '../../../src/ui/zones/ZoneFilters.svelte';
import type { ZoneFilters as Filters } from '../../../src/core/zones/filter';
import { emptyZoneFilters } from '../../../src/core/url/state';
import { provinces, zones } from '../../unit/zones/fixtures';

const noneHidden = { status: 0, area: 0, occ: 0, price: 0, seaport: 0, airport: 0, total: 0 };

function setup(filters: Filters = emptyZoneFilters(), hidden = noneHidden, kept = 0) {
  const patches: Partial<Filters>[] = [];
  const picked: (string | null)[] = [];
  return {
    patches,
    picked,
    props: {
      lang: 'en' as const, filters, shown: 12, total: 185, hidden, kept, dataset: { zones, provinces }, edition: 'pre2025' as const,
      province: null, onChange: (patch: Partial<Filters>) => patches.push(patch), onProvince: (code: string | null) => picked.push(code),
    },
  };
}

describe('ZoneFilters', () => {
  test('typing in the search box reports the typed text', async () => {
    const { patches, props } = setup();
    const screen = await render(ZoneFilters, props);
    const search = screen.getByRole('searchbox', { name: 'Search zone names or developers' });
    await search.fill('Đình Vũ');
    expect(patches.at(-1)).toEqual({ q: 'Đình Vũ' });
    expect(search.element().getAttribute('data-testid')).toBe('zone-search');
  });

  test('while a Vietnamese input method composes a word, the search waits for the composed text', async () => {
    const { patches, props } = setup();
    const screen = await render(ZoneFilters, props);
    const input = screen.getByTestId('zone-search').element() as HTMLInputElement;
    input.value = 'Đình Vu';
    input.dispatchEvent(new InputEvent('input', { bubbles: true, isComposing: true, data: 'u' }));
    expect(patches).toEqual([]);
    input.value = 'Đình Vũ';
    input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: 'ũ' }));
    expect(patches).toEqual([{ q: 'Đình Vũ' }]);
  });

  test('checkboxes and ranges report their new values; labels name every control', async () => {
    const { patches, props } = setup({ ...emptyZoneFilters(), kind: ['KCN'] });
    const screen = await render(ZoneFilters, props);
    await screen.getByRole('checkbox', { name: 'Economic zone (KKT)' }).click();
    expect(patches.at(-1)).toEqual({ kind: ['KCN', 'KKT'] });
    await screen.getByRole('checkbox', { name: 'Industrial park (KCN)' }).click();
    expect(patches.at(-1)).toEqual({ kind: [] });
    await screen.getByTestId('zone-filter-status-planned').click();
    expect(patches.at(-1)).toEqual({ status: ['planned'] });
    await screen.getByRole('spinbutton', { name: 'Planned area (ha): from' }).fill('100');
    expect(patches.at(-1)).toEqual({ area: { min: 100, max: null } });
    await screen.getByTestId('zone-price-max').fill('120.5');
    expect(patches.at(-1)).toEqual({ price: { min: null, max: 120.5 } });
    await screen.getByTestId('zone-occ-min').fill('40');
    expect(patches.at(-1)).toEqual({ occ: { min: 40, max: null } });
    // An emptied box means no limit (null), not 0.
    await screen.getByTestId('zone-occ-min').fill('');
    expect(patches.at(-1)).toEqual({ occ: { min: null, max: null } });
  });

  test('shows the counts and the zones hidden for unknown values; "clear filters" resets everything', async () => {
    const { patches, props } = setup(
      { ...emptyZoneFilters(), area: { min: 500, max: 100 }, q: 'vsip' },
      { status: 0, area: 4, occ: 0, price: 2, seaport: 0, airport: 0, total: 5 },
    );
    const screen = await render(ZoneFilters, props);
    expect(screen.getByTestId('zone-count').element().textContent?.trim()).toBe('12 of 185 zones');
    const hidden = screen.getByTestId('zone-hidden-unknown').element().textContent?.replace(/\s+/g, ' ');
    expect(hidden).toContain('Hidden because the value is unknown: 5');
    expect(hidden).toContain('no area: 4; no land price: 2');
    // min above max is flagged on the inputs.
    expect(screen.getByTestId('zone-area-min').element().getAttribute('aria-invalid')).toBe('true');
    await screen.getByRole('button', { name: 'Clear filters' }).click();
    expect(patches.at(-1)).toEqual(emptyZoneFilters());
  });

  test('"clear filters" is disabled when nothing is filtered', async () => {
    const { props } = setup();
    const screen = await render(ZoneFilters, { ...props, lang: 'vi' });
    expect(screen.getByTestId('zone-filters-clear').element().hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('zone-count').element().textContent?.trim()).toBe('Hiển thị 12/185 khu');
  });

  test('the province facet, and a search for a province name offers it', async () => {
    const { patches, picked, props } = setup({ ...emptyZoneFilters(), q: 'Bac Ninh' });
    const screen = await render(ZoneFilters, props);
    await screen.getByRole('combobox', { name: 'Province' }).selectOptions('Haiphong');
    expect(picked).toEqual(['31']);
    await screen.getByRole('button', { name: 'Show the zones of Bac Ninh' }).click();
    expect(picked.at(-1)).toBe('27');
    expect(patches.at(-1)).toEqual({ q: '' });
    await screen.rerender({ filters: { ...emptyZoneFilters(), q: 'vsip' } });
    expect(screen.container.querySelector('[data-testid="zone-search-offer"]')).toBeNull();
  });

  test('a merged province says which predecessor has no zones in the data', async () => {
    const { props } = setup();
    const withBacGiang = [...provinces, { ...provinces[0], code: '24', nameVi: 'Bắc Giang', nameEn: 'Bac Giang', inBloc: false }];
    const screen = await render(ZoneFilters, { ...props, dataset: { zones, provinces: withBacGiang }, edition: 'post2025', province: '24' });
    const note = screen.getByTestId('zone-predecessors').element().textContent?.replace(/\s+/g, ' ');
    expect(note).toContain('Bac Ninh: zones in the data: 1');
    expect(note).toContain('Bac Giang: no zones in the data');
  });

  test('each numeric filter says how many zones it hides for an unknown value, and one switch keeps them', async () => {
    const hidden = { status: 0, area: 0, occ: 18, price: 0, seaport: 3, airport: 0, total: 19 };
    const { patches, props } = setup({ ...emptyZoneFilters(), occ: { min: null, max: 95 }, seaport: 40 }, hidden);
    const screen = await render(ZoneFilters, props);
    expect(screen.getByTestId('zone-unknown-occ').element().textContent).toContain('hides 18 zones without this value');
    expect(screen.getByTestId('zone-unknown-seaport').element().textContent).toContain('hides 3 zones without a location');
    await screen.getByTestId('zone-include-unknown').click();
    expect(patches.at(-1)).toEqual({ unknown: true });
    await screen.rerender({ filters: { ...props.filters, unknown: true }, kept: 19 });
    expect(screen.getByTestId('zone-unknown-occ').element().textContent).toContain('keeps 18 zones without this value, marked "unknown"');
    expect(screen.getByTestId('zone-kept-unknown').element().textContent).toContain('19');
    await screen.getByTestId('zone-airport-max').fill('30');
    expect(patches.at(-1)).toEqual({ airport: 30 });
  });
});
