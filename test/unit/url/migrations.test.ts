import { describe, expect, test } from 'vitest';
import { migrateSearch } from '../../../src/core/url/migrations';
import { decodeViewState, encodeViewState, URL_VERSION, type ViewState } from '../../../src/core/url/state';
import { DEFAULT_METRIC } from '../../../src/core/view/metric';

// Links as they were shared by earlier versions, and the view each must open today.
const FIXTURES = [
  { search: '?province=27&lang=vi', expect: { province: '27', lang: 'vi', view: 'map' } },
  { search: '?view=ranking&metric=fdi_projects_valid&year=2023', expect: { view: 'rank', metric: 'fdi_projects_valid', year: 2023 } },
  { search: '?lang=vn&edition=post2025&province=24', expect: { lang: 'vi', edition: 'post2025', province: '24' } },
];

/** What a link shows: its scope and metric, the scope's default metric when it names none. */
const shown = (state: ViewState) => ({ scope: state.scope, metric: state.metric ?? DEFAULT_METRIC[state.scope] });

/**
 * Real links of URL versions 0 and 1 (the end-to-end tests' and the slide decks' of the time, version 1 written
 * by the app with `v=1`) and what each showed then: before version 2 a link without `scope` meant the zones, and
 * without `metric` the scope's default, `fdi_capital_registered_musd` for the zones.
 */
const OLD_LINKS: { search: string; showed: { scope: 'zones' | 'province'; metric: string } }[] = [
  { search: '?lang=en', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
  { search: '?province=36', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
  { search: '?view=rank&lang=en', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
  { search: '?edition=post2025&province=30', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
  { search: '?zone=hd-viet-hoa-kenmark', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
  { search: '?view=zones&q=dinh%20vu', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
  { search: '?view=rank&edition=post2025&metric=fdi_projects_valid&year=2023', showed: { scope: 'zones', metric: 'fdi_projects_valid' } },
  { search: '?view=rank&scope=zones&metric=fdi_projects_valid&year=2024&period=cumulative-to-date&lang=en', showed: { scope: 'zones', metric: 'fdi_projects_valid' } },
  { search: '?scope=province&metric=province_fdi_total_capital_musd&year=2015', showed: { scope: 'province', metric: 'province_fdi_total_capital_musd' } },
  { search: '?view=trend&scope=province&lang=en&province=27', showed: { scope: 'province', metric: 'province_fdi_total_capital_musd' } },
  { search: '?v=1&province=27', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
  { search: '?v=1&view=rank&scope=province&year=2022', showed: { scope: 'province', metric: 'province_fdi_total_capital_musd' } },
  { search: '?v=1&lang=en&view=compare&compare=27,31', showed: { scope: 'zones', metric: 'fdi_capital_registered_musd' } },
];

describe('URL migrations', () => {
  test.each(FIXTURES)('old link $search opens the same view', ({ search, expect: wanted }) => {
    const migrated = migrateSearch(search);
    expect(migrated.from).toBe(0);
    const { state, notices } = decodeViewState(search);
    expect(notices).toEqual([]);
    expect(state).toMatchObject(wanted);
    // Re-encoding gives a current-version link that decodes to the same state.
    const again = decodeViewState(encodeViewState(state));
    expect(again.state).toEqual(state);
    expect(new URLSearchParams(encodeViewState(state)).get('v')).toBe(String(URL_VERSION));
  });

  test.each(OLD_LINKS)('version 0/1 link $search still shows what it showed', ({ search, showed }) => {
    const { state, notices } = decodeViewState(search);
    expect(notices).toEqual([]);
    expect(shown(state)).toEqual(showed);
    // Written again, it is a version 2 link that keeps its meaning.
    const again = decodeViewState(encodeViewState(state)).state;
    expect(shown(again)).toEqual(showed);
  });

  test('version 2 changed the first screen only: the bare address opens the whole province', () => {
    expect(shown(decodeViewState('').state)).toEqual({ scope: 'province', metric: 'province_fdi_total_capital_musd' });
    expect(shown(decodeViewState(`?v=${URL_VERSION}&lang=en`).state)).toEqual({ scope: 'province', metric: 'province_fdi_total_capital_musd' });
    // The same parameters in a version 1 link meant the zones.
    expect(shown(decodeViewState('?v=1&lang=en').state)).toEqual({ scope: 'zones', metric: 'fdi_capital_registered_musd' });
  });

  test('a link from a future version is not migrated and gets a notice', () => {
    const { notices } = decodeViewState(`?v=${URL_VERSION + 1}&province=27`);
    expect(notices.map((n) => n.param)).toEqual(['v']);
  });
});
