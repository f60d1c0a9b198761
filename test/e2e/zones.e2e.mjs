// End-to-end: the investor's path: filter zones, see the map and the list follow, open a zone card.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, newWatchedPage, waitForApp, useApp, dataCsv } from './harness.mjs';

const app = useApp();
let zones;

before(async () => {
  zones = await dataCsv('zones.csv');
});

/** Zone points the map holds (its two sources: parks, clustered, and KKT). */
async function mapZoneIds(page) {
  return page.evaluate(async () => {
    const map = window.__map;
    const parks = await map.getSource('zones').getData();
    const kkt = await map.getSource('kkt').getData();
    return [...parks.features, ...kkt.features].map((f) => f.properties.id).sort();
  });
}

const located = (z) => z.lon !== '' && z.lat !== '';

describe('zone explorer', () => {
  test('kind and status filters reduce the map points and the list to the counts in data/', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?view=zones&lang=en`);
    await waitForApp(page);
    assert.equal((await mapZoneIds(page)).length, zones.filter(located).length);

    await page.locator('[data-testid="zone-filter-kind-KKT"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('kind') === 'KKT');
    await waitForApp(page);
    const kkt = zones.filter((z) => z.kind === 'KKT');
    assert.deepEqual(await mapZoneIds(page), kkt.filter(located).map((z) => z.id).sort());
    assert.equal(await page.locator('[data-testid="zone-list"] tbody tr').count(), kkt.length);

    await page.locator('[data-testid="zone-filter-kind-KKT"]').uncheck();
    await page.locator('[data-testid="zone-filter-kind-KCN"]').check();
    await page.locator('[data-testid="zone-filter-status-operating"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('status') === 'operating');
    await waitForApp(page);
    const operatingKcn = zones.filter((z) => z.kind === 'KCN' && z.status === 'operating');
    assert.deepEqual(await mapZoneIds(page), operatingKcn.filter(located).map((z) => z.id).sort());
    await page.screenshot({ path: path.join(ARTIFACTS, 'zones-filtered.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('search ignores diacritics and a zone card shows its fields and sources', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?view=zones&q=dinh%20vu`);
    await waitForApp(page);
    const ids = await mapZoneIds(page);
    assert.ok(ids.length > 0 && ids.every((id) => zones.find((z) => z.id === id).name_vi.includes('Đình Vũ')), ids.join());
    const first = page.locator('[data-testid="zone-list"] tbody tr').first();
    const id = await first.getAttribute('data-zone-id');
    await first.locator('button').first().click();
    await page.waitForFunction((wanted) => new URL(location.href).searchParams.get('zone') === wanted, id);
    const card = page.locator('[data-testid="zone-card"]');
    await card.waitFor();
    assert.match(await card.innerText(), /USD\/m²/);
    assert.ok((await card.locator('[data-testid="zone-sources"] li').count()) > 0);
    assert.equal(await page.evaluate((wanted) => window.__map.getFeatureState({ source: 'zones', id: wanted }).selected, id), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a zone card says its note in the reader\'s language, names kept', async () => {
    const noted = zones.find((z) => /(^|; )also known as /.test(z.note));
    assert.ok(noted, 'no zone in data/zones.csv has an "also known as" note');
    const [, alias] = /(?:^|; )also known as ([^;]+)/.exec(noted.note);
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?lang=vi&zone=${noted.id}`);
    await waitForApp(page);
    const note = page.locator('[data-testid="zone-card"] [data-field="note"]');
    await note.waitFor();
    const text = await note.innerText();
    assert.ok(text.includes(`còn gọi là ${alias}`), text);
    assert.ok(!text.includes('also known as'), text);
    assert.equal(await note.locator('[lang="en"]').count(), 0);
    await page.goto(`${ORIGIN}/?lang=en&zone=${noted.id}`);
    await waitForApp(page);
    await note.waitFor();
    assert.equal(await note.innerText(), noted.note);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a merged duplicate id still opens its zone; an unknown zone id gets a notice', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?zone=hd-viet-hoa-kenmark`);
    await waitForApp(page);
    assert.equal(new URL(page.url()).searchParams.get('zone'), 'hd-an-phat-complex');
    await page.goto(`${ORIGIN}/?zone=no-such-zone`);
    await waitForApp(page);
    assert.match(await page.locator('[data-testid="notices"]').innerText(), /zone/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
