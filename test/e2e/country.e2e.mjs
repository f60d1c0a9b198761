// End-to-end: the country as context (issue 14 §3). `extent=country` ranks and colours every province of the
// edition; the region view gives each delta province its national rank (the FIA table's own rank) and its
// share of the published national total; zone figures ignore the country extent with a notice.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, newWatchedPage, waitForApp, useApp, provinceClickPoint, rankingRows, dataCsv } from './harness.mjs';

const METRIC = 'province_fdi_total_capital_musd';
const app = useApp();
let observations;
let provinces;

before(async () => {
  observations = await dataCsv('observations.csv');
  provinces = await dataCsv('provinces.csv');
});

/** The preferred full-year value of a metric per pre2025 province, straight from data/observations.csv. */
function preferred(metric, year) {
  const values = new Map();
  for (const row of observations) {
    if (row.edition !== 'pre2025' || row.metric !== metric || row.period !== 'FY' || row.year !== String(year)) continue;
    const flags = row.flags.split(';');
    if (flags.includes('preferred') && !flags.includes('territory-ambiguous')) values.set(row.code, Number(row.value));
  }
  return values;
}

const tableRows = (page) => rankingRows(page, ['nationalRank']);

const waitForRanking = (page, year, rows) =>
  page.waitForFunction(
    ({ metric, year, rows }) => {
      const table = document.querySelector('[data-testid="ranking"]');
      return table?.getAttribute('data-metric') === metric && table?.getAttribute('data-year') === String(year) && table.querySelectorAll('tbody tr').length === rows;
    },
    { metric: METRIC, year, rows },
  );

describe('the whole country (extent=country)', () => {
  test('province FDI 2019: every province of the 63 is listed, all with a value ranked, and the map colours them all', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${ORIGIN}/?scope=province&metric=${METRIC}&year=2019&extent=country&lang=en`);
    await waitForApp(page);
    await waitForRanking(page, 2019, 63);
    const expected = preferred(METRIC, 2019);
    const published = preferred('province_fdi_rank', 2019);
    const rows = await tableRows(page);
    const pre = provinces.filter((p) => p.edition === 'pre2025').map((p) => p.code).sort();
    assert.deepEqual(rows.map((r) => r.code).sort(), pre);
    const ranked = rows.filter((r) => r.rank !== null);
    // Every province with a 2019 value is ranked, with that value, and the others come last unranked.
    assert.equal(ranked.length, expected.size);
    for (const row of ranked) assert.equal(row.value, expected.get(row.code), row.code);
    assert.deepEqual(rows.slice(0, ranked.length), ranked);
    // In the whole country the rank is the national rank, and it is the FIA table's own rank (TT) for 2019.
    for (const row of ranked) {
      assert.equal(row.nationalRank, row.rank, row.code);
      assert.equal(row.rank, published.get(row.code), `FIA rank of ${row.code}`);
    }
    assert.equal(await page.getAttribute('[data-testid="ranking"]', 'data-reporting'), `${expected.size}/63`);
    assert.equal(await page.getAttribute('[data-testid="extent-switch"] [data-extent="country"]', 'aria-pressed'), 'true');

    // The map: framed on the country, every province with a value filled with its class colour.
    const map = await page.evaluate(() => {
      const m = window.__map;
      const rendered = [...new Set(m.queryRenderedFeatures({ layers: ['provinces-fill'] }).map((f) => String(f.properties.code)))];
      const fills = Object.fromEntries(rendered.map((code) => [code, m.getFeatureState({ source: 'provinces', id: code }).fill ?? null]));
      return { rendered, fills };
    });
    assert.equal(map.rendered.length, 63, 'all 63 provinces are in view');
    for (const code of expected.keys()) assert.match(String(map.fills[code]), /^#|^rgb/, `province ${code} is coloured`);
    const outside = provinces.find((p) => p.edition === 'pre2025' && p.in_region === '0' && expected.has(p.code) && p.code === '79');
    assert.ok(outside, 'Hồ Chí Minh City reports in 2019');
    // Drawn, not only in state: the pixels around Hồ Chí Minh City's label show its class colour.
    const fill = map.fills['79'];
    const rgb = await page.evaluate((color) => {
      const el = document.createElement('div');
      el.style.color = color;
      document.body.append(el);
      const parsed = getComputedStyle(el).color.match(/\d+/g).slice(0, 3).map(Number);
      el.remove();
      return parsed;
    }, fill);
    const point = await provinceClickPoint(page, '79');
    const { countPixels } = await import('./harness.mjs');
    assert.ok((await countPixels(page, point, rgb, 6, 6)) > 20, `Hồ Chí Minh City is drawn in ${fill}`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'country-map-en.png') });
    // The delta's zone bubbles do not cover the colours at the country's frame; two zoom steps in, they are back.
    const zoneSymbols = () => page.evaluate(() => window.__map.queryRenderedFeatures({ layers: ['zone-clusters', 'zone-points'] }).length);
    assert.equal(await zoneSymbols(), 0);
    assert.match(await page.locator('[data-testid="legend-region-outline"]').innerText(), /Zoom in to see their zones/);
    const camera = await page.evaluate(() => ({ center: window.__map.getCenter().toArray(), zoom: window.__map.getZoom() }));
    const jump = (to) => page.evaluate((c) => new Promise((resolve) => window.__map.jumpTo(c).once('idle', resolve)), to);
    await jump({ center: [106.1, 20.9], zoom: camera.zoom + 2 });
    assert.ok((await zoneSymbols()) > 0, 'zone symbols show once zoomed in');
    await jump(camera);

    // Any province of the edition can be selected: a click on Hồ Chí Minh City selects it.
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '79');
    // …and from the side list: the delta's 11 first, then the other 52 (folded), each a button that selects it.
    await page.locator('[data-testid="province-list-others"]').waitFor({ state: 'hidden' });
    await page.locator('.province-list details.others summary').click();
    const listed = (testid) => page.$$eval(`[data-testid="${testid}"] button`, (buttons) => buttons.map((b) => b.dataset.code));
    const bloc = provinces.filter((p) => p.edition === 'pre2025' && p.in_bloc === '1').map((p) => p.code);
    assert.deepEqual((await listed('province-list')).sort(), bloc.sort());
    assert.deepEqual((await listed('province-list-others')).sort(), pre.filter((code) => !bloc.includes(code)));
    assert.equal(await page.locator('[data-testid="province-list-others"] button[data-code="79"]').getAttribute('aria-pressed'), 'true');
    await page.locator('[data-testid="province-list-others"] button[data-code="74"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '74');
    assert.equal(await page.locator('[data-testid="province-list-others"] button[data-code="74"]').getAttribute('aria-pressed'), 'true');
    // Back to the region: the list is the delta's 11 again.
    await page.locator('[data-testid="extent-switch"] [data-extent="region"]').click();
    await page.locator('[data-testid="province-list-others"]').waitFor({ state: 'detached' });
    assert.equal((await listed('province-list')).length, 11);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the switch to the whole country keeps the year shown, and says how few report in it', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    // The first screen (no metric, no year): a year in which the delta's provinces report (2024).
    await page.goto(`${ORIGIN}/?v=2&view=rank&lang=en`);
    await waitForApp(page);
    const year = await page.locator('[data-testid="ranking"]').getAttribute('data-year');
    await page.locator('[data-testid="extent-switch"] [data-extent="country"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('extent') === 'country');
    await page.waitForFunction((y) => document.querySelector('[data-testid="ranking"]')?.getAttribute('data-year') === y && document.querySelectorAll('[data-testid="ranking"] tbody tr').length > 11, year);
    assert.equal(new URL(page.url()).searchParams.get('year'), year);
    assert.match(await page.locator('[data-testid="ranking"]').getAttribute('data-reporting'), /^\d+\/63$/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('with the zones, extent=country is ignored with a notice and the region is shown', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?scope=zones&extent=country&lang=en`);
    await waitForApp(page);
    const notice = page.locator('[data-testid="notices"] .notice[data-param="extent"]');
    await notice.waitFor();
    assert.equal(await notice.getAttribute('data-problem'), 'extent-zones');
    assert.match(await notice.innerText(), /Red River Delta only/);
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('extent'));
    assert.equal(await page.locator('[data-testid="ranking"] tbody tr').count(), 11);
    assert.equal(await page.locator('[data-testid="extent-switch"]').count(), 0, 'no extent switch for zone figures');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the region with the country as context', () => {
  test('Bắc Ninh carries its national rank (the FIA table’s rank for 2019) and its share of the published national total', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?scope=province&metric=${METRIC}&year=2019&lang=en`);
    await waitForApp(page);
    await waitForRanking(page, 2019, 11);
    const rows = await tableRows(page);
    const bacNinh = rows.find((r) => r.code === '27');
    const published = preferred('province_fdi_rank', 2019).get('27');
    assert.equal(typeof published, 'number');
    assert.equal(bacNinh.nationalRank, published);
    // Every delta province has one (all 63 report in 2019), and it is never better than its regional rank.
    for (const row of rows) assert.ok(row.nationalRank >= row.rank, row.code);
    // The share of the country: derived, one click from both sources, and says the total includes the offshore line.
    const share = page.locator('tr[data-code="27"] [data-testid="country-share"]');
    const national = observations.find((o) => o.edition === 'country' && o.code === '00' && o.metric === METRIC && o.year === '2019' && o.period === 'FY');
    const expectedShare = (preferred(METRIC, 2019).get('27') / Number(national.value)) * 100;
    assert.match(await share.innerText(), new RegExp(`^${expectedShare.toFixed(1).replace('.', '\\.')}%$`));
    await share.click();
    const panel = page.locator('[data-testid="provenance"]');
    await panel.waitFor();
    assert.match(await panel.innerText(), /derived/i);
    await panel.locator('[data-testid="share-offshore"]').waitFor();
    assert.equal(await panel.locator('[data-role="input"]').count(), 2);
    // The offshore line's own row is listed where the table has one (2019's has none: the total's flag says what it counts).
    const offshoreRows = observations.filter((o) => o.edition === 'offshore' && o.metric === METRIC && o.year === '2019' && o.period === 'FY').length;
    assert.equal(await panel.locator('[data-role="included"]').count(), offshoreRows);
    assert.match(await panel.innerText(), /includes offshore oil and gas/);
    await page.keyboard.press('Escape');

    // The switch: the whole country, then any province of it can be chosen from the table.
    await page.locator('[data-testid="extent-switch"] [data-extent="country"]').click();
    await waitForRanking(page, 2019, 63);
    assert.equal(new URL(page.url()).searchParams.get('extent'), 'country');
    await page.locator('[data-testid="ranking"] tr[data-code="79"] th button').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '79');
    // Back to the region: the selection outside it is let go.
    await page.locator('[data-testid="extent-switch"] [data-extent="region"]').click();
    await waitForRanking(page, 2019, 11);
    assert.equal(new URL(page.url()).searchParams.get('province'), null);

    // The ranking bars carry the same national ranks in their own column; with the whole country, no second column.
    await page.locator('[data-testid="view-toggle"] [data-view="rank"]').click();
    const bars = page.locator('[data-testid="ranking-bars"][data-year="2019"] g.bar-row');
    await bars.first().waitFor();
    const barRanks = Object.fromEntries(await bars.evaluateAll((groups) => groups.map((g) => [g.dataset.code, Number(g.dataset.nationalRank)])));
    assert.deepEqual(barRanks, Object.fromEntries(rows.map((r) => [r.code, r.nationalRank])));
    await page.locator('[data-testid="extent-switch"] [data-extent="country"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="ranking-bars"] g.bar-row').length === 63);
    assert.equal(await page.locator('[data-testid="ranking-bars"] g.bar-row[data-national-rank]').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the trend view has the region’s share of the country as a derived series, the change of source in 2024 marked', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?view=trend&scope=province&metric=${METRIC}&year=2023&lang=en`);
    await waitForApp(page);
    const share = page.locator('[data-testid="region-share"]');
    await share.locator('tr[data-year="2019"]').waitFor();
    assert.match(await share.locator('h3').innerText(), /share of Viet Nam.*derived/s);
    const bloc = ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'];
    const values = preferred(METRIC, 2019);
    const national = observations.find((o) => o.edition === 'country' && o.code === '00' && o.metric === METRIC && o.year === '2019' && o.period === 'FY');
    const expected = bloc.reduce((sum, code) => sum + values.get(code), 0) / Number(national.value);
    assert.ok(Math.abs(Number(await share.locator('tr[data-year="2019"]').getAttribute('data-share')) - expected) < 1e-9);
    assert.equal(await share.locator('tr[data-year="2019"]').getAttribute('data-origin'), 'sum');
    // 2024's national total is the NSO's calendar year, 2023's the FIA's year to 20 December: marked, still shown.
    const y2024 = share.locator('tr[data-year="2024"]');
    assert.equal(await y2024.getAttribute('data-source-change'), 'true');
    assert.notEqual(await y2024.getAttribute('data-share'), '');
    assert.equal(await y2024.locator('.mark.source-change').count(), 1);
    assert.equal(await share.locator('tr[data-year="2023"]').getAttribute('data-source-change'), 'false');
    await share.locator('tr[data-year="2019"] button').click();
    const panel = page.locator('[data-testid="provenance"]');
    await panel.waitFor();
    // Eleven provinces and the national total, each with its source.
    assert.equal(await panel.locator('[data-role="input"]').count(), 12);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
