// End-to-end: each comparison view opens by URL, its charts agree with the ranking table and with data/,
// and its numbers open their sources.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, newWatchedPage, waitForApp, useApp, dataCsv } from './harness.mjs';

const METRIC = 'province_fdi_total_capital_musd';
const BLOC = ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'];
const app = useApp();
let observations;

before(async () => {
  observations = await dataCsv('observations.csv');
});

function preferred(code, year) {
  const row = observations.find(
    (r) => r.edition === 'pre2025' && r.code === code && r.metric === METRIC && r.period === 'FY' && r.year === String(year) && r.flags.split(';').includes('preferred'),
  );
  return row ? Number(row.value) : null;
}

async function open(url, ready) {
  const watched = await newWatchedPage(app.browser.context);
  await watched.page.goto(`${ORIGIN}${url}`);
  await waitForApp(watched.page);
  await watched.page.locator(ready).first().waitFor({ timeout: 30_000 });
  return watched;
}

describe('comparison panels', () => {
  for (const lang of ['vi', 'en']) {
    test(`ranking bars follow the order of the ranking table (${lang})`, async () => {
      const { page, problems } = await open(`/?view=rank&scope=province&metric=${METRIC}&year=2023&lang=${lang}`, '[data-testid="ranking-bars"] [data-code]');
      const bars = await page.$$eval('[data-testid="ranking-bars"] [data-code]', (els) => els.map((e) => e.getAttribute('data-code')));
      const table = await page.$$eval('[data-testid="ranking"] tbody tr', (els) => els.map((e) => e.getAttribute('data-code')));
      assert.deepEqual(bars, table);
      await page.screenshot({ path: path.join(ARTIFACTS, `view-rank-${lang}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('the slope chart joins each province’s values of the two years from data/', async () => {
    const { page, problems } = await open(`/?view=change&scope=province&metric=${METRIC}&from=2019&year=2023&lang=en`, '[data-testid="slope-chart"] [data-code]');
    const lines = await page.$$eval('[data-testid="slope-chart"] [data-code]', (els) =>
      els.map((e) => ({ code: e.getAttribute('data-code'), from: Number(e.getAttribute('data-from-value')), to: Number(e.getAttribute('data-to-value')) })),
    );
    assert.deepEqual(lines.map((l) => l.code).sort(), BLOC);
    for (const line of lines) {
      assert.equal(line.from, preferred(line.code, 2019), `${line.code} 2019`);
      assert.equal(line.to, preferred(line.code, 2023), `${line.code} 2023`);
    }
    const deltas = await page.$$eval('[data-testid="delta-bars"] [data-code]', (els) => els.map((e) => Number(e.getAttribute('data-delta'))));
    assert.equal(deltas.length, 11);
    await page.screenshot({ path: path.join(ARTIFACTS, 'view-change-en.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  for (const lang of ['vi', 'en']) {
    test(`trend and bump charts draw every province, gaps as gaps (${lang})`, async () => {
      const { page, problems } = await open(`/?view=trend&scope=province&metric=${METRIC}&province=27&lang=${lang}`, '[data-testid="trend-chart"] path[data-code]');
      const codes = await page.$$eval('[data-testid="trend-chart"] path[data-code]', (els) => [...new Set(els.map((e) => e.getAttribute('data-code')))].sort());
      assert.deepEqual(codes, BLOC);
      const highlighted = await page.$$eval('[data-testid="trend-chart"] path[data-highlighted="true"]', (els) => [...new Set(els.map((e) => e.getAttribute('data-code')))]);
      assert.deepEqual(highlighted, ['27']);
      await page.locator('[data-testid="bump-chart"]').first().waitFor();
      await page.screenshot({ path: path.join(ARTIFACTS, `view-trend-${lang}.png`), fullPage: true });
      assert.deepEqual(problems, []);
      await page.close();
    });
  }

  test('selecting a province in the trend view highlights it without querying the series again', async () => {
    const watched = await newWatchedPage(app.browser.context);
    const { page, problems } = watched;
    await page.addInitScript(() => {
      window.__workerCalls = [];
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (message, ...rest) {
        if (message && Array.isArray(message.path)) window.__workerCalls.push(message.path.join('.'));
        return post.call(this, message, ...rest);
      };
    });
    await page.goto(`${ORIGIN}/?view=trend&scope=province&metric=${METRIC}&lang=en`);
    await waitForApp(page);
    await page.locator('[data-testid="trend-chart"] path[data-code]').first().waitFor();
    await page.evaluate(() => (window.__workerCalls = []));
    await page.locator('[data-testid="province-list"] button[data-code="31"]').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="trend-chart"] path[data-code="31"][data-highlighted="true"]'));
    const calls = await page.evaluate(() => window.__workerCalls);
    assert.deepEqual(calls.filter((c) => c === 'series' || c === 'rankings'), [], calls.join(', '));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('side by side: small multiples of the core metrics with a reading of who leads', async () => {
    const { page, problems } = await open(`/?view=compare&scope=province&compare=27,31&lang=en`, '[data-testid="compare-panel"]');
    const panels = await page.locator('[data-testid="compare-panel"]').count();
    assert.ok(panels >= 5, `${panels} panels`);
    const readings = await page.$$eval('[data-testid="compare-reading"]', (els) => els.map((e) => e.textContent));
    assert.ok(readings.some((r) => /Bac Ninh|Haiphong/.test(r)), readings.join(' | '));
    await page.screenshot({ path: path.join(ARTIFACTS, 'view-compare-en.png'), fullPage: true });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the data table lists every province; a cell opens its provenance with a working link', async () => {
    const { page, problems } = await open(`/?view=table&scope=province&metric=${METRIC}&year=2022&lang=vi`, '[data-testid="data-table"] tbody tr');
    assert.equal(await page.locator('[data-testid="data-table"] tbody tr').count(), 11);
    await page.locator(`[data-testid="data-table"] tr[data-code="27"] td[data-metric="${METRIC}"] button.figure`).click();
    const panel = page.locator('[data-testid="provenance"]');
    await panel.waitFor();
    const href = await panel.locator('[data-role="chosen"] [data-testid="source-link"]').getAttribute('href');
    assert.match(href, /^https:\/\/github\.com\//);
    await page.screenshot({ path: path.join(ARTIFACTS, 'view-table-vi.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
