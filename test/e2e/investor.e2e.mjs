// End-to-end: the investor's question. Which zones of a province still have land, how far they are from a
// seaport and an airport (straight-line), the unknowns kept in view on request, the logistics layer, the zone
// list as CSV. Expected figures come from data/ and a great-circle distance computed here, independently.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { ARTIFACTS, ORIGIN, axeViolations, newWatchedPage, openBrowser, waitForApp, useApp, dataCsv } from './harness.mjs';

const app = useApp();
let zones;
let points;

before(async () => {
  zones = await dataCsv('zones.csv');
  points = await dataCsv('logistics.csv');
});

/** Haversine on the mean Earth radius, as any atlas would compute it. */
function haversineKm(lon1, lat1, lon2, lat2) {
  const rad = Math.PI / 180;
  const h = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(h));
}

/** The nearest operating point of a kind to a zone in data/, and its distance. */
function expectedNearest(zoneId, kind) {
  const zone = zones.find((z) => z.id === zoneId);
  const measured = points
    .filter((p) => p.kind === kind && p.status === 'operating')
    .map((p) => ({ id: p.id, km: haversineKm(Number(zone.lon), Number(zone.lat), Number(p.lon), Number(p.lat)) }))
    .sort((a, b) => a.km - b.km);
  return measured[0];
}

async function open(query) {
  const { page, problems } = await newWatchedPage(app.browser.context);
  await page.goto(`${ORIGIN}/${query}`);
  await waitForApp(page);
  return { page, problems };
}

const rows = (page) => page.locator('[data-testid="zone-list"] tbody tr[data-zone-id]');
const attributes = (page, name) => rows(page).evaluateAll((els, attr) => els.map((el) => el.getAttribute(attr)), name);

describe('straight-line distances on the zone card', () => {
  // A located zone in each of Bắc Ninh, Hải Phòng and Hưng Yên.
  for (const [zoneId, province] of [['bn-vsip', '27'], ['hp-dinh-vu', '31'], ['hy-pho-noi-a', '33']]) {
    test(`${zoneId} names its nearest operating airport and seaport at the great-circle distance`, async () => {
      const zone = zones.find((z) => z.id === zoneId);
      assert.equal(zone.province_code, province);
      assert.ok(zone.lon && zone.lat, `${zoneId} is located`);
      const { page, problems } = await open(`?view=zones&lang=en&zone=${zoneId}`);
      const card = page.locator('[data-testid="zone-card"]');
      await card.locator('[data-nearest="airport"]').waitFor();
      for (const [kind, key] of [['airport', 'airport'], ['seaport', 'seaport']]) {
        const expected = expectedNearest(zoneId, kind);
        const element = card.locator(`[data-nearest="${key}"]`);
        assert.equal(await element.getAttribute('data-id'), expected.id, `${zoneId}: nearest ${kind}`);
        const km = Number(await element.getAttribute('data-km'));
        assert.ok(Math.abs(km - expected.km) <= 0.5, `${zoneId}: ${kind} ${km} km, great-circle ${expected.km.toFixed(2)} km`);
        assert.match(await element.innerText(), /straight-line, ± \d/);
      }
      assert.equal(await card.locator('[data-nearest="icd"]').count(), 1);
      assert.equal(await card.locator('[data-nearest="border"]').count(), 1);
      if (zoneId === 'bn-vsip') {
        // Gia Bình airport is nearer but under construction: listed apart, never "the nearest".
        const planned = card.locator('[data-not-operating="gia-binh"]');
        assert.equal(await planned.count(), 1);
        assert.match(await planned.innerText(), /not operating yet/);
      }
      await card.screenshot({ path: path.join(ARTIFACTS, `zone-card-${zoneId}.png`) });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('opening a zone frames it with its province, nearest airport and seaport; Esc closes the card', async () => {
    const { page, problems } = await open('?view=zones&zone=hp-dinh-vu');
    const view = await page.evaluate(() => {
      const map = window.__map;
      const bounds = map.getBounds();
      return {
        zoom: map.getZoom(),
        framed: map.getFeatureState({ source: 'provinces', id: '31' }).framed,
        ring: map.queryRenderedFeatures({ layers: ['focus-ring'] }).length,
        box: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()],
      };
    });
    assert.equal(view.framed, true);
    assert.ok(view.ring > 0, 'the precision ring is drawn');
    assert.ok(view.zoom < 11, `not a close zoom on a dot (zoom ${view.zoom})`);
    const [west, south, east, north] = view.box;
    for (const id of ['cat-bi', expectedNearest('hp-dinh-vu', 'seaport').id]) {
      const p = points.find((q) => q.id === id);
      assert.ok(p.lon >= west && p.lon <= east && p.lat >= south && p.lat <= north, `${id} is in view`);
    }
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('zone'));
    assert.equal(await page.locator('[data-testid="zone-card"]').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a nearest point opens its card with both names, status, precision and sources', async () => {
    const { page, problems } = await open('?view=zones&lang=vi&zone=bn-vsip');
    await page.locator('[data-nearest="airport"] button').click();
    const card = page.locator('[data-testid="logistics-card"]');
    await card.waitFor();
    assert.equal(await card.getAttribute('data-id'), 'noi-bai');
    const text = await card.innerText();
    assert.match(text, /Cảng hàng không quốc tế Nội Bài/);
    assert.match(text, /Noi Bai International Airport/);
    assert.match(text, /đang hoạt động/);
    assert.equal(await card.locator('[data-field="precision"]').getAttribute('data-precision-m'), '2000');
    assert.ok((await card.locator('[data-testid="logistics-sources"] li').count()) >= 3);
    assert.ok((await card.locator('[data-testid="logistics-sources"] a[href^="http"]').count()) > 0);
    // Esc closes the card on top first, then the zone's.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Escape');
    await card.waitFor({ state: 'detached' });
    assert.equal(await page.locator('[data-testid="zone-card"]').count(), 1);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('province facet and search', () => {
  test('q=Bắc Ninh lists no zone outside Bắc Ninh and offers the province facet', async () => {
    const { page, problems } = await open(`?view=zones&q=${encodeURIComponent('Bắc Ninh')}`);
    const provinces = await attributes(page, 'data-province');
    assert.ok(provinces.length > 0);
    assert.deepEqual([...new Set(provinces)], ['27']);
    const offer = page.locator('[data-testid="zone-search-offer"]');
    assert.equal(await offer.getAttribute('data-code'), '27');
    await offer.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '27');
    assert.equal(new URL(page.url()).searchParams.get('q'), null);
    const inBacNinh = zones.filter((z) => z.province_code === '27').map((z) => z.id).sort();
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="zone-list"] tbody tr[data-zone-id]').length === n, inBacNinh.length);
    assert.deepEqual((await attributes(page, 'data-zone-id')).sort(), inBacNinh);
    // "All provinces" clears the facet.
    await page.locator('[data-testid="zone-province"]').selectOption('');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('province'));
    assert.equal(await rows(page).count(), zones.length);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('on the 34-province map, new Bắc Ninh lists its predecessors\' zones and says Bắc Giang has none', async () => {
    const { page, problems } = await open('?view=zones&edition=post2025&province=24&lang=en');
    const provinces = await attributes(page, 'data-province');
    assert.deepEqual([...new Set(provinces)], ['24']);
    assert.equal(provinces.length, zones.filter((z) => z.province_code === '27').length);
    const bacGiang = page.locator('[data-testid="zone-predecessors"] [data-zones="0"]');
    assert.match(await bacGiang.innerText(), /Bac Giang: no zones in the data/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('province + occupancy + unknown=1: the known matches plus the unknowns, marked, and hollow on the map', async () => {
    const inBacNinh = zones.filter((z) => z.province_code === '27');
    const known = inBacNinh.filter((z) => z.occupancy_pct !== '' && Number(z.occupancy_pct) <= 95).map((z) => z.id).sort();
    const unknown = inBacNinh.filter((z) => z.occupancy_pct === '').map((z) => z.id).sort();
    const { page, problems } = await open('?view=zones&lang=en&province=27&occ=-95');
    assert.deepEqual((await attributes(page, 'data-zone-id')).sort(), known);
    const note = page.locator('[data-testid="zone-unknown-occ"]');
    assert.equal(Number(await note.getAttribute('data-count')), unknown.length);
    assert.match(await note.innerText(), new RegExp(`hides ${unknown.length} zones`));

    await page.locator('[data-testid="zone-include-unknown"]').check();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('unknown') === '1');
    await waitForApp(page);
    assert.deepEqual((await attributes(page, 'data-zone-id')).sort(), [...known, ...unknown].sort());
    const marked = await page.locator('[data-testid="zone-list"] tbody tr[data-unknown="occ"]').evaluateAll((els) => els.map((el) => el.dataset.zoneId));
    assert.deepEqual(marked.sort(), unknown);
    assert.equal(await page.locator('[data-testid="zone-unknown-mark"]').count(), unknown.length);
    const hollow = await page.evaluate(async () => {
      const data = await window.__map.getSource('zones').getData();
      return data.features.filter((f) => f.properties.unknown).map((f) => f.properties.id).sort();
    });
    assert.deepEqual(hollow, unknown.filter((id) => zones.find((z) => z.id === id).lon !== ''));
    await page.screenshot({ path: path.join(ARTIFACTS, 'zones-unknown-kept.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('seaport= keeps the located zones within that many straight-line km; the unlocated ones are counted as unknown', async () => {
    const { page, problems } = await open('?view=zones&seaport=20');
    const kms = await rows(page).evaluateAll((els) => els.map((el) => Number(el.querySelector('[data-km-kind="seaport"]').dataset.km)));
    assert.ok(kms.length > 0 && kms.every((km) => km <= 20), kms.join());
    const unlocated = zones.filter((z) => z.lon === '').length;
    assert.equal(Number(await page.locator('[data-testid="zone-unknown-seaport"]').getAttribute('data-count')), unlocated);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the logistics layer', () => {
  const visibility = (page) => page.evaluate(() => window.__map.getLayoutProperty('logistics-points', 'visibility'));
  const drawn = (page) => page.evaluate(() => new Set(window.__map.queryRenderedFeatures({ layers: ['logistics-points'] }).map((f) => f.properties.id)).size);

  test('on by default in the zones view, off elsewhere; switched with layers=', async () => {
    const { page, problems } = await open('?view=zones');
    assert.equal(await visibility(page), 'visible');
    assert.ok((await drawn(page)) >= 15, 'the points in view are drawn');
    await page.locator('[data-testid="layer-logistics"]').uncheck();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layers') === '');
    await waitForApp(page);
    assert.equal(await visibility(page), 'none');
    assert.equal(await drawn(page), 0);
    await page.locator('[data-testid="layer-logistics"]').check();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('layers'));
    await waitForApp(page);
    assert.equal(await visibility(page), 'visible');

    await page.goto(`${ORIGIN}/?view=map`);
    await waitForApp(page);
    assert.equal(await visibility(page), 'none');
    await page.goto(`${ORIGIN}/?view=map&layers=logistics`);
    await waitForApp(page);
    assert.equal(await visibility(page), 'visible');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('province names are drawn above the bubbles and placed around them, and none is dropped', async () => {
    const { page, problems } = await open('?view=zones');
    const order = await page.evaluate(() => window.__map.getStyle().layers.map((l) => l.id));
    const at = (id) => order.indexOf(id);
    // Drawn above the bubbles and the logistics symbols...
    assert.ok(at('province-labels') > at('zone-clusters') && at('province-labels') > at('logistics-points'), order.join());
    // ...and placed after the counts (MapLibre places the topmost symbols first), whose discs claim the bubbles.
    assert.ok(at('zone-cluster-count') > at('province-labels'), order.join());
    const placed = await page.evaluate(() => new Set(window.__map.queryRenderedFeatures({ layers: ['province-labels'] }).map((f) => String(f.properties.code))).size);
    assert.equal(placed, 11);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the zone list as CSV', () => {
  test('writes the filtered zones with every column, the straight-line distances and sources per row', async () => {
    const { page, problems } = await open('?view=zones&lang=vi&province=31');
    const shown = await attributes(page, 'data-zone-id');
    await page.locator('[data-testid="export-menu"] summary').click();
    const promise = page.waitForEvent('download');
    await page.locator('[data-testid="export-csv"]').click();
    const download = await promise;
    const file = path.join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
    await download.saveAs(file);
    const text = await readFile(file, 'utf8');
    assert.equal(text.charCodeAt(0), 0xfeff);
    const csv = csvParse(text.slice(1));
    assert.deepEqual(csv.map((r) => r.id), shown);
    for (const column of ['airport_km_straight_line', 'seaport_km_straight_line', 'icd_km_straight_line', 'border_km_straight_line', 'occupancy_pct', 'land_price_usd_m2', 'source_titles']) {
      assert.ok(csv.columns.includes(column), column);
    }
    const dinhVu = csv.find((r) => r.id === 'hp-dinh-vu');
    const expected = expectedNearest('hp-dinh-vu', 'seaport');
    assert.equal(dinhVu.nearest_seaport_id, expected.id);
    assert.ok(Math.abs(Number(dinhVu.seaport_km_straight_line) - expected.km) <= 0.05);
    assert.ok(csv.every((r) => r.source_titles.length > 0));
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('accessibility', () => {
  test('axe finds no serious or critical violation in the zones view with filters, the key and both cards open', async () => {
    const axeBrowser = await openBrowser({ bypassCSP: true });
    const { page, problems } = await newWatchedPage(axeBrowser.context);
    for (const lang of ['vi', 'en']) {
      await page.goto(`${ORIGIN}/?view=zones&lang=${lang}&province=27&occ=-95&unknown=1&seaport=80&zone=bn-vsip`);
      await waitForApp(page);
      await page.locator('[data-testid="map-symbols-key"] summary').click();
      await page.locator('[data-nearest="seaport"] button').click();
      await page.locator('[data-testid="logistics-card"]').waitFor();
      assert.deepEqual(await axeViolations(page), [], lang);
    }
    assert.deepEqual(problems, []);
    await axeBrowser.close();
  });
});
