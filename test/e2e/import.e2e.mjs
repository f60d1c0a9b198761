// End-to-end: a planner's own figures: import with a preview, marked in the ranking, kept across a
// reload, exported back; and hostile files that must neither break nor run anything.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { csvParse } from 'd3-dsv';
import { ARTIFACTS, ORIGIN, newWatchedPage, waitForApp, useApp } from './harness.mjs';

const app = useApp();

const METRIC = 'province_fdi_total_capital_musd';
const URL_2024 = `/?view=rank&scope=province&metric=${METRIC}&year=2024&lang=en`;

async function importFile(page, name, content) {
  const file = path.join(tmpdir(), `${Date.now()}-${name}`);
  await writeFile(file, content);
  if (!(await page.locator('[data-testid="import-panel"]').count())) await page.locator('[data-testid="user-data-toggle"]').click();
  await page.locator('[data-testid="import-file"]').setInputFiles(file);
  await page.locator('[data-testid="import-preview"]').waitFor();
}

describe('your own figures', () => {
  test('import, preview, see them marked and contested, reload, export, remove', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}${URL_2024}`);
    await waitForApp(page);
    const csv = [
      'edition;code;year;period;scope;metric;value;unit;note',
      `pre2025;Bắc Ninh;2024;FY;province;${METRIC};6.000,5;;our estimate`,
      `pre2025;30;2024;FY;province;no_such_metric;12;;`,
      `pre2025;36;2024;FY;province;${METRIC};57,6;;Nam Định, own count`,
    ].join('\r\n');
    await importFile(page, 'mine.csv', `\uFEFF${csv}\r\n`);
    const preview = page.locator('[data-testid="import-preview"]');
    assert.equal(await preview.getAttribute('data-accepted'), '2');
    assert.equal(await preview.getAttribute('data-rejected'), '1');
    const lines = await page.$$eval('[data-testid="import-problems"] li', (els) => els.map((e) => [e.dataset.line, e.dataset.code]));
    assert.ok(lines.some(([line, code]) => line === '3' && code === 'metric-unknown'), JSON.stringify(lines));
    assert.ok(lines.some(([line, code]) => line === '2' && code === 'value-normalised'), JSON.stringify(lines));
    await page.locator('[data-testid="import-apply"]').click();
    const bacNinh = page.locator('[data-testid="ranking"] tr[data-code="27"]');
    await page.waitForFunction(() => document.querySelector('[data-testid="ranking"] tr[data-code="27"]')?.getAttribute('data-value') === '6000.5');
    assert.equal(await bacNinh.locator('.mark.user').count(), 1);
    assert.equal(await bacNinh.locator('.mark.contested').count(), 1);
    // The bars beside the table mark it too.
    assert.match(await page.locator('[data-testid="ranking-bars"] [data-code="27"]').innerHTML(), /class="mark user/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-applied.png'), fullPage: true });

    // Kept across a reload.
    await page.reload();
    await waitForApp(page);
    await page.waitForFunction(() => document.querySelector('[data-testid="ranking"] tr[data-code="27"]')?.getAttribute('data-value') === '6000.5');

    // Exported back: the same rows.
    await page.locator('[data-testid="user-data-toggle"]').click();
    const downloadPromise = page.waitForEvent('download');
    await page.locator('[data-testid="layer-export"]').click();
    const file = path.join(tmpdir(), `export-${Date.now()}.csv`);
    await (await downloadPromise).saveAs(file);
    const exported = await readFile(file, 'utf8');
    assert.equal(exported.charCodeAt(0), 0xfeff);
    const rows = csvParse(exported.slice(1));
    assert.deepEqual(
      rows.map((r) => [r.edition, r.code, r.year, r.period, r.metric, Number(r.value), r.note]),
      [
        ['pre2025', '27', '2024', 'FY', METRIC, 6000.5, 'our estimate'],
        ['pre2025', '36', '2024', 'FY', METRIC, 57.6, 'Nam Định, own count'],
      ],
    );

    // Switched off: the curated value returns; removed: gone after a reload too.
    await page.locator('[data-testid="layer-toggle"]').uncheck();
    await page.waitForFunction(() => document.querySelector('[data-testid="ranking"] tr[data-code="27"]')?.getAttribute('data-value') === '5115.4');
    await page.locator('[data-testid="layer-remove"]').click();
    await page.reload();
    await waitForApp(page);
    assert.equal(await page.locator('[data-testid="ranking"] tr[data-code="27"]').getAttribute('data-value'), '5115.4');
    assert.equal(await page.locator('[data-testid="ranking"] .mark.user').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('hostile files: injection stays text, random bytes give one error, the app keeps working', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await page.goto(`${ORIGIN}${URL_2024}`);
    await waitForApp(page);
    const hostile = [
      'edition,code,year,period,scope,metric,value,unit,note',
      `pre2025,27,2024,FY,province,${METRIC},1,,"=HYPERLINK(""http://evil.example"",""x"")"`,
      `pre2025,"<img src=x onerror=""window.__pwned=1"">",2024,FY,province,${METRIC},1,,`,
      `pre2025,31,2024,FY,province,${METRIC},2,,"<img src=x onerror=""window.__pwned=2""><script>window.__pwned=3</script>"`,
    ].join('\n');
    await importFile(page, 'hostile.csv', hostile);
    const text = await page.locator('[data-testid="import-preview"]').innerText();
    assert.match(text, /<img src=x onerror=/);
    assert.equal(await page.locator('[data-testid="import-preview"] img').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    const codes = await page.$$eval('[data-testid="import-problems"] li', (els) => els.map((e) => e.dataset.code));
    assert.ok(codes.includes('formula-text') && codes.includes('province-unknown'), codes.join());
    await page.locator('[data-testid="import-panel"] button', { hasText: 'Cancel' }).click();

    await importFile(page, 'noise.csv', randomBytes(64 * 1024));
    assert.match(await page.locator('[data-testid="import-preview"]').innerText(), /not a text CSV|could not be read/);
    assert.equal(await page.locator('[data-testid="import-apply"]').isDisabled(), true);
    // Still usable.
    await page.locator('[data-testid="province-list"] button[data-code="31"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '31');
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
