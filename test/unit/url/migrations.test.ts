import { describe, expect, test } from 'vitest';
import { migrateSearch } from '../../../src/core/url/migrations';
import { decodeViewState, encodeViewState, URL_VERSION } from '../../../src/core/url/state';

// Links as they were shared by earlier versions, and the view each must open today.
const FIXTURES = [
  { search: '?province=27&lang=vi', expect: { province: '27', lang: 'vi', view: 'map' } },
  { search: '?view=ranking&metric=fdi_projects_valid&year=2023', expect: { view: 'rank', metric: 'fdi_projects_valid', year: 2023 } },
  { search: '?lang=vn&edition=post2025&province=24', expect: { lang: 'vi', edition: 'post2025', province: '24' } },
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

  test('a link from a future version is not migrated and gets a notice', () => {
    const { notices } = decodeViewState(`?v=${URL_VERSION + 1}&province=27`);
    expect(notices.map((n) => n.param)).toEqual(['v']);
  });
});
