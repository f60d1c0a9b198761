// End-to-end: comparisons that cannot mislead (issue 10) and metrics without data (issue 15 §2), in the built
// app: the edition switch keeps the compared provinces, a merged unit's unlike years give no change and say
// why, the colour classes stay put across years, the first screen answers, the Change view's file has the
// years on screen, and a metric no province reports reaches "ready" with a notice.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { csvParse } from 'd3-dsv';
import { ARTIFACTS, ORIGIN, waitForApp, useApp, openApp, param } from './harness.mjs';

const app = useApp();

const open = (url) => openApp(app, url);

const compared = async (page) => (await page.locator('[data-testid="compare-pick"] input:checked').count());

describe('the edition switch keeps the comparison', () => {
  test('34 → 63 provinces: new Bắc Ninh and Hải Phòng become old Bắc Ninh, Hải Dương and Hải Phòng; Bắc Giang is named, never compared', async () => {
    const { page, problems } = await open('/?v=2&edition=post2025&compare=24,31&view=compare&scope=province&metric=province_fdi_capital_valid_musd');
    await page.locator('[data-testid="edition-toggle"] button').first().click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('edition') === null);
    await waitForApp(page);
    assert.equal(param(page, 'compare'), '27,30,31');
    assert.equal(await compared(page), 3);
    const notice = await page.locator('[data-testid="notices"] [data-problem="compare-mapped"]').innerText();
    assert.match(notice, /Bắc Ninh \(24\) → Bắc Ninh \(27\)/);
    assert.match(notice, /Bắc Giang/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('63 → 34 provinces: compare=27,31,33 becomes 24,31,33 (no raw "27" on the new map)', async () => {
    const { page, problems } = await open('/?v=2&compare=27,31,33&view=compare&scope=province&metric=province_fdi_capital_valid_musd&lang=en');
    await page.locator('[data-testid="edition-toggle"] button').nth(1).click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('edition') === 'post2025');
    await waitForApp(page);
    assert.equal(param(page, 'compare'), '24,31,33');
    assert.equal(await compared(page), 3);
    // The three are provinces of the new map, by name.
    const names = await page.locator('[data-testid="compare-pick"] label:has(input:checked)').allInnerTexts();
    assert.deepEqual(names.map((n) => n.trim()), ['Bac Ninh', 'Haiphong', 'Hung Yen']);
    assert.match(await page.locator('[data-testid="notices"] [data-problem="compare-mapped"]').innerText(), /Bac Ninh \(27\) → Bac Ninh \(24\)/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('merged units and rank changes', () => {
  test('new Ninh Bình 2022 → 2023: no change, and its source says why (Hà Nam only, then Ninh Bình only)', async () => {
    const { page, problems } = await open('/?v=2&edition=post2025&scope=zones&metric=fdi_capital_registered_musd&year=2023&view=rank');
    const row = page.locator('table[data-testid="ranking"] tr[data-code="37"]');
    assert.notEqual(await row.getAttribute('data-value'), '');
    assert.equal(await row.getAttribute('data-delta'), '');
    assert.equal(await row.getAttribute('data-rank-change'), '');
    await row.locator('[data-testid="not-comparable"]').click();
    const why = await page.locator('[data-testid="not-comparable-why"]').innerText();
    assert.match(why, /2022: chỉ Hà Nam/);
    assert.match(why, /2023: chỉ Ninh Bình/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('rank changes are taken among the provinces with comparable figures in both years, and the caption says how many', async () => {
    const { page, problems } = await open('/?v=2&metric=province_fdi_new_capital_musd&year=2024&view=rank&lang=en');
    const table = page.locator('table[data-testid="ranking"]');
    assert.match(await table.locator('[data-testid="rank-change-among"]').innerText(), /among the 2 provinces with comparable figures in both years/);
    // Hưng Yên was 6th of the 2023 reporters and is 2nd of the two 2024 figures counted alike: no rise.
    const hungYen = table.locator('tr[data-code="33"]');
    assert.equal(await hungYen.getAttribute('data-rank'), '2');
    assert.equal(await hungYen.getAttribute('data-rank-change'), '0');
    // Bắc Ninh's 2024 figure includes share purchases, its 2023 one does not: no change (it read +370 %), and why.
    const bacNinh = table.locator('tr[data-code="27"]');
    assert.equal(await bacNinh.getAttribute('data-delta'), '');
    assert.equal(await bacNinh.getAttribute('data-rank-change'), '');
    assert.match(await bacNinh.locator('[data-testid="definition-change"]').innerText(), /definition differs/);
    // Nor is it ranked with the two that leave share purchases out; its value stands, marked.
    assert.equal(await bacNinh.getAttribute('data-rank'), '');
    assert.equal(await bacNinh.locator('.mark.other-definition').innerText(), 'counted otherwise');
    // On the map it has no colour class of the others: hatched, and the legend says why.
    assert.equal(await page.locator('[data-testid="legend-not-comparable"]').innerText(), 'counted otherwise (1)');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('registered FDI 2015 → 2016: the 2015 table has no share purchases, so no change is shown, each row says why, and no line joins the two years', async () => {
    const { page, problems } = await open('/?v=2&metric=province_fdi_total_capital_musd&year=2016&view=rank');
    const rows = page.locator('table[data-testid="ranking"] tbody tr[data-code]');
    assert.equal(await rows.count(), 11);
    assert.deepEqual([...new Set(await rows.evaluateAll((trs) => trs.map((tr) => `${tr.dataset.delta}|${tr.dataset.rankChange}`)))], ['|']);
    const marks = page.locator('table[data-testid="ranking"] [data-testid="definition-change"] .mark');
    assert.equal(await marks.count(), 11);
    assert.equal((await marks.first().innerText()).trim(), 'khác định nghĩa');
    assert.match(await marks.first().getAttribute('title'), /chưa gồm góp vốn, mua cổ phần/);
    assert.match(await page.locator('[data-testid="rank-change-among"]').innerText(), /không tính đổi hạng: không tỉnh nào có số liệu so sánh được với năm 2015/);
    // 2017 against 2016: one definition, changes for all eleven.
    await page.locator('[data-testid="year-select"]').selectOption('2017');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2017');
    await waitForApp(page);
    assert.equal(await rows.evaluateAll((trs) => trs.filter((tr) => tr.dataset.delta !== '').length), 11);
    assert.equal(await page.locator('table[data-testid="ranking"] [data-testid="definition-change"]').count(), 0);
    // The trend: the 2016 points carry the mark, and every province's line starts again at 2016.
    await page.goto(page.url().replace('view=rank', 'view=trend'));
    await waitForApp(page);
    const chart = page.locator('[data-testid="trend-chart"]');
    await chart.locator('g.point').first().waitFor();
    assert.equal(await chart.locator('g.point[data-year="2016"][data-marks~="definition-change"]').count(), 11);
    assert.equal(await chart.locator('g.point[data-year="2017"][data-marks~="definition-change"]').count(), 0);
    // No line leaves a 2015 point (2015 is the first year: a line from it would join it to 2016).
    const joined = await chart.evaluate((figure) =>
      [...figure.querySelectorAll('g.series')].filter((series) => {
        const circles = series.querySelectorAll('g.point[data-year="2015"] circle');
        if (!circles.length) return false;
        const x = Number(circles[circles.length - 1].getAttribute('cx'));
        return [...series.querySelectorAll('path')].some((path) => Math.abs(path.getPointAtLength(0).x - x) < 0.5 && path.getTotalLength() > 1);
      }).map((series) => series.dataset.code));
    assert.equal(await chart.locator('g.point[data-year="2015"]').count(), 11);
    assert.deepEqual(joined, []);
    // The Change view from 2015: refused once, with the reason, as text.
    await page.goto(`${ORIGIN}/?v=2&metric=province_fdi_total_capital_musd&year=2017&view=change&from=2015`);
    await waitForApp(page);
    const refused = page.locator('[data-testid="change-not-comparable"]');
    await refused.waitFor();
    assert.equal(await refused.count(), 1);
    assert.equal(await refused.getAttribute('data-reason'), 'definition');
    assert.match(await refused.innerText(), /năm 2015 \(cả năm\) và năm 2017 \(cả năm\) tính theo định nghĩa khác nhau/);
    assert.equal(await page.locator('[data-testid="slope-chart"]').count(), 0);
    // The map coloured by change: eleven provinces hatched as not comparable, none as "no data".
    await page.goto(`${ORIGIN}/?v=2&metric=province_fdi_total_capital_musd&year=2016&view=map&color=delta`);
    await waitForApp(page);
    assert.match(await page.locator('[data-testid="legend-not-comparable"]').innerText(), /không so sánh được \(11\)/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('colour classes and the first screen', () => {
  test('the legend’s breaks are the same for 2016 and 2023 of one metric', async () => {
    const breaks = [];
    for (const year of [2016, 2023]) {
      const { page, problems } = await open(`/?v=2&metric=province_fdi_total_capital_musd&year=${year}`);
      breaks.push(await page.locator('[data-testid="legend"]').getAttribute('data-breaks'));
      assert.match(await page.locator('[data-testid="legend-fixed"]').innerText(), /cố định/);
      assert.deepEqual(problems, []);
      await page.close();
    }
    assert.ok(breaks[0].split(',').length >= 2, `breaks: ${breaks[0]}`);
    assert.equal(breaks[1], breaks[0]);
  });

  test('the first screen: the whole province’s FDI, a year in which at least 10 of 11 provinces report', async () => {
    const { page, problems } = await open('/');
    const table = page.locator('table[data-testid="ranking"]');
    assert.equal(await table.getAttribute('data-metric'), 'province_fdi_total_capital_musd');
    const [n, total] = (await table.getAttribute('data-reporting')).split('/').map(Number);
    assert.equal(total, 11);
    assert.ok(n >= 10, `reporting ${n}/${total}`);
    assert.match(await page.locator('[data-testid="metric-coverage"]').innerText(), /^1[01]\/11$/);
    assert.ok((await page.locator('[data-testid="metric-definition"]').innerText()).length > 20);
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-screen-v2.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('the metric picker', () => {
  test('typing without diacritics finds a metric; choosing it changes the map, legend and table together', async () => {
    const { page, problems } = await open('/?v=2');
    await page.locator('[data-testid="metric-select"]').click();
    await page.locator('[data-testid="metric-search"]').fill('du an fdi con hieu luc toan tinh');
    const option = page.locator('[role="option"][data-metric="province_fdi_projects_valid"]');
    assert.match(await option.getAttribute('data-coverage'), /^\d+\/11$/);
    await option.click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('metric') === 'province_fdi_projects_valid');
    await waitForApp(page);
    // The table and the legend follow the URL within a frame or two; wait for them rather than read once.
    await page.locator('table[data-testid="ranking"][data-metric="province_fdi_projects_valid"]').waitFor();
    await page.locator('[data-testid="legend"] .legend-title', { hasText: /Dự án FDI còn hiệu lực/ }).waitFor();
    // A metric no province has any figure for is not offered.
    await page.locator('[data-testid="metric-select"]').click();
    await page.locator('[data-testid="metric-search"]').fill('fdi');
    assert.equal(await page.locator('[role="option"][data-metric="new_jobs"]').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('metrics without data (issue 15 §2)', () => {
  for (const metric of ['fdi_export_musd', 'fdi_disbursed_musd', 'new_jobs']) {
    test(`?metric=${metric} reaches ready with a “no data” notice, and shows no other metric’s numbers`, async () => {
      const { page, problems } = await open(`/?metric=${metric}`);
      await page.locator('[data-testid="notices"] [data-problem="no-data"]').waitFor();
      assert.equal(await page.locator('[data-testid="legend"]').getAttribute('data-breaks'), '');
      assert.equal(await page.locator('[data-testid="legend-classes"]').count(), 0);
      const table = page.locator('table[data-testid="ranking"]');
      if (await table.count()) {
        assert.equal(await table.getAttribute('data-metric'), metric);
        assert.deepEqual([...new Set(await table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.dataset.value)))], ['']);
      } else {
        await page.locator('[data-testid="ranking-no-data"]').waitFor();
      }
      const fills = await page.evaluate(() => ['01', '27', '31'].map((id) => window.__map.getFeatureState({ source: 'provinces', id }).fill ?? null));
      assert.deepEqual(fills, [null, null, null]);
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('exports match the screen', () => {
  test('the Change view’s CSV has the years on screen, and numbers without float noise', async () => {
    const { page, problems } = await open('/?v=2&view=change&year=2023&from=2015');
    await page.locator('[data-testid="export-menu"] summary').click();
    const downloadPromise = page.waitForEvent('download');
    await page.locator('[data-testid="export-csv"]').click();
    const download = await downloadPromise;
    const file = path.join(tmpdir(), `change-${Date.now()}.csv`);
    await download.saveAs(file);
    const rows = csvParse((await readFile(file, 'utf8')).slice(1));
    assert.equal(rows.length, 11);
    assert.deepEqual([...new Set(rows.map((r) => `${r.from_year}→${r.to_year}`))], ['2015→2023']);
    for (const row of rows) {
      for (const cell of [row.from_value, row.to_value, row.delta_abs]) assert.doesNotMatch(cell, /\d\.\d*(0000000|9999999)\d/, `float noise in ${cell}`);
    }
    assert.ok(rows.some((r) => r.delta_abs !== ''));
    assert.deepEqual(problems, []);
    await page.close();
  });
});
