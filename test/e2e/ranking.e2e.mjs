// End-to-end: the ranking table follows its controls, and its numbers are the ones in data/.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, newWatchedPage, waitForApp, useApp, rankingRows, dataCsv } from './harness.mjs';

const BLOC = ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'];
const METRIC = 'province_fdi_total_capital_musd';

const app = useApp();
let observations;

before(async () => {
  observations = await dataCsv('observations.csv');
});

/** The preferred full-year value per bloc province, read straight from data/observations.csv. */
function expectedValues(year) {
  const values = new Map();
  for (const row of observations) {
    if (row.edition !== 'pre2025' || row.metric !== METRIC || row.period !== 'FY' || row.year !== String(year)) continue;
    if (!BLOC.includes(row.code) || !row.flags.split(';').includes('preferred')) continue;
    assert.ok(!values.has(row.code), `two preferred rows for ${row.code} ${year}`);
    values.set(row.code, Number(row.value));
  }
  return values;
}

const tableRows = (page) => rankingRows(page, ['delta']);

async function waitForRanking(page, year) {
  await page.waitForFunction(
    ({ metric, year }) => {
      const table = document.querySelector('[data-testid="ranking"]');
      return table?.getAttribute('data-metric') === metric && table?.getAttribute('data-year') === String(year);
    },
    { metric: METRIC, year },
  );
}

describe('ranking view', () => {
  test('metric and year chosen through the controls give the values, ranks and deltas in data/', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?view=rank&lang=en`);
    await waitForApp(page);
    await page.selectOption('[data-testid="scope-select"]', 'province');
    // The metric picker: open it, type part of the id, choose the option.
    await page.locator('[data-testid="metric-select"]').click();
    await page.locator('[data-testid="metric-search"]').fill(METRIC.replace(/_/g, ' '));
    await page.locator(`[role="option"][data-metric="${METRIC}"]`).click();
    for (const year of [2022, 2019]) {
      await page.selectOption('[data-testid="year-select"]', String(year));
      await waitForRanking(page, year);
      const rows = await tableRows(page);
      const expected = expectedValues(year);
      const previous = expectedValues(year - 1);
      assert.equal(expected.size, 11, `data/ has all 11 provinces for ${year}`);
      assert.deepEqual(new Set(rows.map((r) => r.code)), new Set(BLOC));
      for (const row of rows) {
        assert.equal(row.value, expected.get(row.code), `value of ${row.code} in ${year}`);
        assert.ok(Math.abs(row.delta - (expected.get(row.code) - previous.get(row.code))) < 1e-6, `delta of ${row.code}`);
      }
      // Rank order: larger capital first; a rank is 1 + the number of larger values.
      const values = rows.map((r) => r.value);
      assert.deepEqual(values, [...values].sort((a, b) => b - a));
      for (const row of rows) assert.equal(row.rank, 1 + values.filter((v) => v > row.value).length);
      assert.match(await page.locator('[data-testid="reporting"]').innerText(), /11 of 11 reporting/);
      assert.equal(new URL(page.url()).searchParams.get('year'), String(year));
    }
    await page.screenshot({ path: path.join(ARTIFACTS, 'ranking-2019.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('each value opens its provenance, with the source and a link', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?view=rank&scope=province&metric=${METRIC}&year=2022`);
    await waitForApp(page);
    await page.locator('[data-testid="ranking"] tr[data-code="27"] button.figure').click();
    const panel = page.locator('[data-testid="provenance"]');
    await panel.waitFor();
    assert.match(await panel.locator('[data-role="chosen"] [data-testid="source-title"]').innerText(), /FIA|Foreign Investment|Đầu tư nước ngoài|FDI/i);
    const href = await panel.locator('[data-role="chosen"] [data-testid="source-link"]').getAttribute('href');
    assert.match(href, /^https:\/\//);
    // The national total behind the shares is one click from its source too.
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    await page.locator('[data-testid="country-total"]').click();
    await page.locator('[data-testid="provenance"] [data-role="chosen"] [data-testid="source-title"]').waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the provenance panel says an FIA year-end note in Vietnamese, its dates as the app writes dates', async () => {
    const row = observations.find((r) => r.code === '27' && r.year === '2022' && r.metric === METRIC && r.period === 'FY' && r.flags.split(';').includes('preferred'));
    const [, from, to] = /^FIA year-end table, (\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/.exec(row.note) ?? [];
    assert.ok(from, `the note of ${row.id} is not an FIA year-end note: ${row.note}`);
    const day = (iso) => new Intl.DateTimeFormat('vi-VN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?lang=vi&view=rank&scope=province&metric=${METRIC}&year=2022`);
    await waitForApp(page);
    await page.locator('[data-testid="ranking"] tr[data-code="27"] button.figure').click();
    const note = page.locator('[data-testid="provenance"] [data-role="chosen"] [data-testid="entry-note"]');
    await note.waitFor();
    assert.equal(await note.innerText(), `bảng số liệu cả năm của Cục Đầu tư nước ngoài, từ ${day(from)} đến ${day(to)}`);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a change, a rank change and a share of the region open their derivation, with every value’s source', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?view=rank&scope=province&metric=province_fdi_total_capital_musd&year=2023&lang=en`);
    await waitForApp(page);
    const row = page.locator('[data-testid="ranking"] tr[data-code="31"]');
    const panel = page.locator('[data-testid="provenance"]');
    // The change: both years' values, each with its source.
    await row.locator('[data-testid="delta-open"]').click();
    await panel.waitFor();
    assert.match(await panel.locator('.value').innerText(), /Change 2022 → 2023 — derived/);
    const delta = Number(await row.getAttribute('data-delta'));
    const shown = Number((await panel.locator('[data-testid="provenance-value"]').innerText()).trim().split(' ')[0].replace(/,/g, '').replace('−', '-'));
    assert.ok(Math.abs(shown - delta) < 0.01, `the panel shows ${shown}, the table ${delta}`);
    const inputs = panel.locator('li.entry[data-role="input"]');
    assert.equal(await inputs.count(), 2);
    assert.match(await inputs.nth(0).innerText(), /2022/);
    assert.match(await inputs.nth(1).innerText(), /2023/);
    assert.equal(await inputs.locator('[data-testid="source-title"]').count(), 2);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // The rank change opens the same two values, and says among whom it is taken.
    await row.locator('[data-testid="rank-change-open"]').click();
    assert.match(await panel.locator('[data-testid="provenance-rank-change"]').innerText(), /among the provinces with comparable figures in both years/);
    assert.equal(await panel.locator('li.entry[data-role="input"]').count(), 2);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    // The share of the region: the value over the region's total, every part listed.
    await row.locator('[data-testid="region-share-open"]').click();
    assert.match(await panel.locator('.value').innerText(), /Share of the region \(%\) — derived/);
    assert.ok((await panel.locator('li.entry[data-role="input"]').count()) >= 2);
    // It says what it divided by: the region's total, and whether published or the provinces' sum.
    const total = panel.locator('[data-testid="share-total"]');
    assert.match(await total.innerText(), /Divided by the region’s total: [\d,.]+ \((published total|sum of provinces)\)/);
    const share = Number((await row.locator('[data-testid="region-share-open"]').innerText()).replace('%', ''));
    assert.ok(Math.abs(Number(await row.getAttribute('data-value')) / Number(await total.getAttribute('data-total')) * 100 - share) < 0.06, 'value ÷ total is the share shown');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('zone-scope ranking on the 2025 map marks partial aggregates and says who reports', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}/?view=rank&edition=post2025&metric=fdi_projects_valid&year=2023`);
    await waitForApp(page);
    const reporting = await page.locator('[data-testid="reporting"]').innerText();
    assert.match(reporting, /\d+\/7/);
    // New Bắc Ninh (24) includes Bắc Giang, which has no zone figures: in 2023, before the merged unit states its own
    // figures (2025, POST-MERGER rows), its sum of old provinces is partial wherever it has a value.
    const bacNinh = page.locator('[data-testid="ranking"] tr[data-code="24"]');
    if ((await bacNinh.getAttribute('data-value')) !== '') {
      assert.equal(await bacNinh.locator('.mark.partial').count(), 1);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });
});
