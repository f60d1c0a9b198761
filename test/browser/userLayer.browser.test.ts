// The user's layer against real IndexedDB and a real (in-page) analysis engine: storage that fails says why and
// loses nothing; a tampered record is checked before it is shown; a tab never writes over a newer layer; a
// second file never mixes with the first.
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { UserLayer, userLayerText, type UserLayerNotice } from '../../src/app/userLayer.svelte';
import { loadLayer, writeLayer } from '../../src/app/userStore';
import { createAnalysis } from '../../src/core/analysis/api';
import { decodeBundle, encodeBundle } from '../../src/core/data/bundle';
import type { StoredLayer } from '../../src/core/import/stored';
import type { UserRow } from '../../src/core/import/types';
import type { AnalysisClient } from '../../src/worker/client';
import { dataset, metric, obs } from '../unit/analysis/fixture';

const METRIC = 'fdi_new_projects';
const data = dataset([obs({ code: '30', metric: METRIC, year: 2024, period: 'FY', value: 50, sourceId: 's-a1' })], [metric(METRIC, { kind: 'flow' })]);
const HEADER = 'edition,code,year,period,scope,metric,value,unit,note';
const line = (code: string, year: number, value: number) => `pre2025,${code},${year},FY,zones,${METRIC},${value},,`;
const row = (code: string, value: number, year = 2024): UserRow => ({
  line: 2, edition: 'pre2025', code, year, period: 'FY', scope: 'zones', metric: METRIC, value, unit: 'count', note: '',
});

/** The worker's API in this page, every call async and its result copied, as Comlink would. */
function inPageClient() {
  const api = createAnalysis(decodeBundle);
  api.load(new TextEncoder().encode(JSON.stringify(encodeBundle(data))).buffer as ArrayBuffer);
  const layers: (UserRow[] | null)[] = [];
  const client = Object.fromEntries(
    Object.entries(api).map(([name, method]) => [
      name,
      async (...args: unknown[]) => {
        await new Promise((resolve) => setTimeout(resolve, 1));
        if (name === 'setUserLayer') layers.push(args[0] as UserRow[] | null);
        return structuredClone((method as (...a: unknown[]) => unknown)(...args));
      },
    ]),
  ) as unknown as AnalysisClient;
  return { client, layers };
}

function tab() {
  const { client, layers } = inPageClient();
  const notices: UserLayerNotice[] = [];
  let changes = 0;
  const layer = new UserLayer(() => client, (notice) => notices.push(notice), () => (changes += 1));
  opened.push(layer);
  return { layer, notices, layers, changes: () => changes, keys: () => notices.map((n) => n.key) };
}

async function importText(layer: UserLayer, text: string, name = 'mine.csv') {
  await layer.read(new File([text], name, { type: 'text/csv' }));
  expect(layer.summary).not.toBeNull();
  await layer.apply();
}

const opened: UserLayer[] = [];
function deleteDatabase() {
  return new Promise<void>((resolve, reject) => {
    const request = indexedDB.deleteDatabase('kcn-atlas');
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error);
    request.onblocked = () => reject(new Error('blocked'));
  });
}

beforeEach(deleteDatabase);
afterEach(() => {
  vi.restoreAllMocks();
  while (opened.length) opened.pop()!.dispose();
});

describe('storage faults', () => {
  test('with IndexedDB refused, the first load says nothing; an import applies and says why it is not saved', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new DOMException('The user denied permission to access the database.', 'SecurityError');
    });
    const t1 = tab();
    await t1.layer.restore();
    expect(t1.notices).toEqual([]);
    await importText(t1.layer, `${HEADER}\n${line('30', 2024, 70)}\n`);
    expect(t1.notices).toEqual([{ key: 'notSaved', reason: { kind: 'unavailable' } }]);
    expect(t1.layer.layer?.count).toBe(1);
    expect(t1.layers.at(-1)).toEqual([{ ...row('30', 70) }]);
    expect(userLayerText('en', t1.notices[0])).toBe(
      'Could not save in this browser (this browser does not let the site store data: private mode or a setting); your figures stay usable until the page is closed.',
    );
    // Removing figures that were never stored works, and says so.
    await t1.layer.remove();
    expect(t1.layer.layer).toBeNull();
    expect(t1.keys().at(-1)).toBe('removed');
  });

  test('a quota error names the reason, even when the browser gives an empty message', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw new DOMException('', 'QuotaExceededError');
    });
    const t1 = tab();
    await importText(t1.layer, `${HEADER}\n${line('30', 2024, 70)}\n`);
    expect(t1.notices).toEqual([{ key: 'notSaved', reason: { kind: 'quota' } }]);
    const text = userLayerText('vi', t1.notices[0]);
    expect(text).toContain('bộ nhớ của trình duyệt dành cho trang này đã đầy');
    expect(text).not.toContain('()');
    expect(userLayerText('en', { key: 'notSaved', reason: { kind: 'other', detail: '' } })).toContain('(storage error: the browser gave no reason)');
  });

  test('a removal that fails says so, and the layer stays, in this page and after a reload', async () => {
    const t1 = tab();
    await importText(t1.layer, `${HEADER}\n${line('30', 2024, 70)}\n`);
    expect(t1.keys()).toEqual(['saved']);
    const spy = vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('', 'UnknownError');
    });
    await t1.layer.remove();
    expect(t1.notices.at(-1)).toEqual({ key: 'notRemoved', reason: { kind: 'other', detail: 'UnknownError' } });
    expect(userLayerText('en', t1.notices.at(-1)!)).toMatch(/^Could not remove your figures from this browser \(storage error: UnknownError\)/);
    expect(t1.layer.layer?.count).toBe(1);
    spy.mockRestore();
    const reloaded = tab();
    await reloaded.layer.restore();
    expect(reloaded.notices).toEqual([{ key: 'restored', n: 1 }]);
  });

  test('leaving the page while figures are being saved asks first; once saved (or removed), it does not', async () => {
    const leaving = () => {
      const event = new Event('beforeunload', { cancelable: true });
      dispatchEvent(event);
      return event.defaultPrevented;
    };
    const t1 = tab();
    await t1.layer.read(new File([`${HEADER}\n${line('30', 2024, 70)}\n`], 'mine.csv', { type: 'text/csv' }));
    expect(leaving()).toBe(false);
    const applying = t1.layer.apply();
    expect(leaving()).toBe(true);
    await applying;
    expect(t1.keys()).toEqual(['saved']);
    expect(leaving()).toBe(false);
    const toggling = t1.layer.setEnabled(false);
    const removing = t1.layer.remove();
    expect(leaving()).toBe(true);
    await toggling;
    expect(leaving()).toBe(true);
    await removing;
    expect(leaving()).toBe(false);
    expect(t1.keys().at(-1)).toBe('removed');
  });

  test('a tampered record is checked before it is shown: nothing of a broken one, only the valid rows of another', async () => {
    await writeLayer({ id: 'x', title: 'mine.csv', fileName: 'mine.csv', enabled: true, rows: 'oops' } as unknown as StoredLayer, null);
    const t1 = tab();
    await t1.layer.restore();
    expect(t1.notices).toEqual([{ key: 'damaged' }]);
    expect(t1.layer.layer).toBeNull();
    expect(t1.layers).toEqual([]);

    const good = row('30', 70);
    const tampered = {
      id: 'file-1', title: 'mine.csv', fileName: 'mine.csv', importedAt: '2026-01-02', enabled: true, revision: 'r1',
      rows: [good, { ...good, code: '27', value: -5 }, { ...good, code: '31', metric: 'no_such_metric' }, { ...good, code: '27', year: 2023, value: '12' }],
    };
    await writeLayer(tampered as unknown as StoredLayer, 'legacy', true);
    const t2 = tab();
    await t2.layer.restore();
    expect(t2.notices).toEqual([{ key: 'restoredPartly', n: 1, dropped: 3 }]);
    expect(t2.layer.rows).toEqual([good]);
    expect(t2.layer.layer).toMatchObject({ count: 1, importedAt: '2026-01-02' });
  });
});

describe('two tabs', () => {
  test('a tab that missed the news never writes over a newer layer: its change is refused and it shows the newer one', async () => {
    const b = tab();
    await importText(b.layer, `${HEADER}\n${line('30', 2024, 70)}\n`, 'w.csv');
    // Another tab saves X without this one hearing of it (a browser without BroadcastChannel, a message lost).
    const x: StoredLayer = {
      id: 'file-x', title: 'x.csv', fileName: 'x.csv', importedAt: '2026-01-03', enabled: true, revision: 'rx',
      rows: [row('31', 10), row('27', 11)],
    };
    await writeLayer(x, null, true);
    await b.layer.setEnabled(false);
    expect(b.notices.at(-1)).toEqual({ key: 'changedElsewhere', n: 2, file: 'x.csv' });
    expect(b.layer.layer).toMatchObject({ title: 'x.csv', enabled: true, count: 2 });
    expect(await loadLayer()).toMatchObject({ revision: 'rx', enabled: true, title: 'x.csv' });
    // A removal is refused the same way.
    await writeLayer({ ...x, revision: 'ry', title: 'y.csv' }, 'rx');
    await b.layer.remove();
    expect(b.notices.at(-1)).toEqual({ key: 'changedElsewhere', n: 2, file: 'y.csv' });
    expect(await loadLayer()).toMatchObject({ revision: 'ry' });
    // Having seen it, the tab may now switch it off.
    await b.layer.setEnabled(false);
    expect(await loadLayer()).toMatchObject({ title: 'y.csv', enabled: false });
  });

  test('tabs hear of each other: an import in one shows in the other, and a toggle there keeps it', async () => {
    const a = tab();
    const b = tab();
    await a.layer.restore();
    await b.layer.restore();
    await importText(b.layer, `${HEADER}\n${line('30', 2024, 70)}\n`, 'w.csv');
    await vi.waitFor(() => expect(a.layer.layer?.title).toBe('w.csv'));
    await importText(a.layer, `${HEADER}\n${line('31', 2024, 1)}\n${line('27', 2024, 2)}\n`, 'x.csv');
    await vi.waitFor(() => expect(b.notices.at(-1)).toEqual({ key: 'changedElsewhere', n: 2, file: 'x.csv' }));
    await b.layer.setEnabled(false);
    expect(b.layer.layer).toMatchObject({ title: 'x.csv', enabled: false });
    const fresh = tab();
    await fresh.layer.restore();
    expect(fresh.layer.layer).toMatchObject({ title: 'x.csv', enabled: false, count: 2 });
    await vi.waitFor(() => expect(a.layer.layer).toMatchObject({ title: 'x.csv', enabled: false }));
    b.layer.remove();
    await vi.waitFor(() => expect(a.notices.at(-1)).toEqual({ key: 'removedElsewhere' }));
    expect(a.layer.layer).toBeNull();
  });
});

describe('two files, one after the other', () => {
  const big = () => {
    const lines = [HEADER];
    for (let year = 1990; year <= 2025; year++) for (const code of ['30', '31', '27', '24']) lines.push(line(code, year, year - 1989));
    // About 3 MB: several 1 MB chunks, so the second pick comes while the first is being read.
    const note = 'x'.repeat(20_000);
    return `${lines.join('\n')}\n${Array.from({ length: 150 }, (_, i) => `pre2025,30,1990,Q${(i % 4) + 1},zones,${METRIC},${i},,"${note}"`).join('\n')}\n`;
  };

  test('a second file picked while the first is read replaces it: the preview and the layer are the second file only', async () => {
    const t1 = tab();
    const first = t1.layer.read(new File([big()], 'big.csv'));
    await vi.waitFor(() => expect(t1.layer.progress?.stats).toBeTruthy());
    const second = t1.layer.read(new File([`${HEADER}\n${line('30', 2024, 70)}\n`], 'one.csv'));
    await Promise.all([first, second]);
    expect(t1.layer.summary?.stats).toMatchObject({ records: 1, accepted: 1, rejected: 0 });
    expect(t1.layer.fileName).toBe('one.csv');
    expect(t1.layer.progress).toBeNull();
    await t1.layer.apply();
    expect(t1.layer.layer).toMatchObject({ title: 'one.csv', count: 1 });
    expect(t1.layer.rows).toEqual([row('30', 70)]);
  });

  test('the other order: a second pick just after the first finished still shows only the second', async () => {
    const t1 = tab();
    await t1.layer.read(new File([`${HEADER}\n${line('31', 2024, 1)}\n${line('27', 2024, 2)}\n`], 'two.csv'));
    // Apply of the first preview is clicked, and the second file picked while its rows come from the worker.
    const applying = t1.layer.apply();
    const late = t1.layer.read(new File([`${HEADER}\n${line('30', 2024, 70)}\n`], 'one.csv'));
    await Promise.all([applying, late]);
    expect(t1.layer.summary?.stats.accepted).toBe(1);
    expect(t1.layer.layer).toBeNull();
  });

  test('reading can be stopped: no preview, no progress, and the worker session is dropped', async () => {
    const t1 = tab();
    const reading = t1.layer.read(new File([big()], 'big.csv'));
    await vi.waitFor(() => expect(t1.layer.progress?.stats).toBeTruthy());
    t1.layer.cancel();
    await reading;
    expect(t1.layer.progress).toBeNull();
    expect(t1.layer.summary).toBeNull();
  });
});
