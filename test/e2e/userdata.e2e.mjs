// End-to-end: your own figures under stress: a second file picked while the first is read, two tabs writing
// the one stored layer, and storage that is refused, full, failing or tampered with. Nothing mixed, nothing
// lost, nothing silent; and what the import says about bad values and where a quote opened.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { ARTIFACTS, ORIGIN, newWatchedPage, openBrowser, waitForApp, useApp } from './harness.mjs';

const app = useApp();

const METRIC = 'province_fdi_total_capital_musd';
const URL_2024 = `/?view=rank&scope=province&metric=${METRIC}&year=2024&lang=en`;
const HEADER = 'edition,code,year,period,scope,metric,value,unit,note';
const line = (code, value, year = 2024, period = 'FY', note = '') => `pre2025,${code},${year},${period},province,${METRIC},${value},,${note}`;
const BLOC = ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'];
const PERIODS = ['FY', 'H1', '9M', 'Q1', 'Q2', 'Q3', 'Q4', '1M', '2M', '3M', '4M', '5M', '6M', '7M', '8M', '10M', '11M'];

/** A file of that exact name (the app shows it), in a folder of its own. */
async function tempFile(name, content) {
  const file = path.join(await mkdtemp(path.join(tmpdir(), 'kcn-userdata-')), name);
  await writeFile(file, content);
  return file;
}

/** About 7 MB of valid rows: read in seven 1 MB chunks, long enough to pick another file meanwhile. */
function bigCsv() {
  const note = `"${'Khu công nghiệp, mở rộng; '.repeat(40)}"`;
  const rows = [HEADER];
  for (let year = 1995; year <= 2025; year++) for (const code of BLOC) for (const period of PERIODS) rows.push(line(code, (year % 50) + 1, year, period, note));
  return `${rows.join('\n')}\n`;
}

/** Opens the app in a browser context (this file opens several browsers, hence not the harness's openApp). */
async function openIn(context, url = URL_2024) {
  const watched = await newWatchedPage(context);
  await watched.page.goto(`${ORIGIN}${url}`);
  await waitForApp(watched.page);
  return watched;
}

async function openPanel(page) {
  if (!(await page.locator('[data-testid="import-panel"]').count())) await page.locator('[data-testid="user-data-toggle"]').click();
  await page.locator('[data-testid="import-panel"]').waitFor();
}

async function importFile(page, name, content) {
  await openPanel(page);
  await page.locator('[data-testid="import-file"]').setInputFiles(await tempFile(name, content));
  await page.locator('[data-testid="import-preview"]').waitFor();
}

// Polled on a timer, not on animation frames: a tab in the background draws no frames.
const POLL = { polling: 100 };
const flash = (page, pattern) =>
  page.waitForFunction((source) => new RegExp(source).test(document.querySelector('[data-testid="flash"]')?.textContent ?? ''), pattern.source, POLL);
const valueOf = (page, code) => page.locator(`[data-testid="ranking"] tr[data-code="${code}"]`).getAttribute('data-value');
const waitValue = (page, code, value) =>
  page.waitForFunction(([c, v]) => document.querySelector(`[data-testid="ranking"] tr[data-code="${c}"]`)?.getAttribute('data-value') === v, [code, value], POLL);

describe('two files, one after the other', () => {
  test('a second file picked while the first is read replaces it: one row previewed, applied and restored', async () => {
    const { page, problems } = await openIn(app.browser.context);
    await openPanel(page);
    const input = page.locator('[data-testid="import-file"]');
    await input.setInputFiles(await tempFile('big.csv', bigCsv()));
    await page.locator('[data-testid="import-progress"]').waitFor();
    await input.setInputFiles(await tempFile('one.csv', `${HEADER}\n${line('27', 6000.5)}\n`));
    const preview = page.locator('[data-testid="import-preview"]');
    await preview.waitFor();
    // The first file's remaining chunks never reach the second file's preview.
    await page.waitForTimeout(1500);
    assert.equal(await preview.getAttribute('data-accepted'), '1');
    assert.equal(await preview.getAttribute('data-rejected'), '0');
    await page.locator('[data-testid="import-apply"]').click();
    await waitValue(page, '27', '6000.5');
    // Reload once the browser has stored it (a reload during the write would test the race, not the file pick).
    await flash(page, /saved/);
    await page.reload();
    await waitForApp(page);
    await openPanel(page);
    assert.equal(await page.locator('[data-testid="user-layer"]').getAttribute('data-count'), '1');
    await page.locator('[data-testid="layer-remove"]').click();
    await flash(page, /removed/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('reading can be stopped', async () => {
    const { page, problems } = await openIn(app.browser.context);
    await openPanel(page);
    await page.locator('[data-testid="import-file"]').setInputFiles(await tempFile('big.csv', bigCsv()));
    await page.locator('[data-testid="import-read-cancel"]').click();
    await page.locator('[data-testid="import-progress"]').waitFor({ state: 'detached' });
    await page.waitForTimeout(1500);
    assert.equal(await page.locator('[data-testid="import-preview"]').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('two tabs', () => {
  for (const channel of [true, false]) {
    test(`a tab never writes its older layer over a newer one (${channel ? 'tabs tell each other' : 'no BroadcastChannel: the write is refused'})`, async () => {
      const browser = await openBrowser();
      try {
        if (!channel) await browser.context.addInitScript(() => delete window.BroadcastChannel);
        const b = await openIn(browser.context);
        await importFile(b.page, 'w.csv', `${HEADER}\n${line('27', 111)}\n`);
        await b.page.locator('[data-testid="import-apply"]').click();
        await flash(b.page, /saved/);
        const a = await openIn(browser.context);
        await waitValue(a.page, '27', '111');
        await importFile(a.page, 'x.csv', `${HEADER}\n${line('27', 222)}\n${line('31', 333)}\n`);
        await a.page.locator('[data-testid="import-apply"]').click();
        await flash(a.page, /saved/);
        // Tab B still thinks W is stored (without the channel) and switches "its" layer off.
        if (channel) await flash(b.page, /changed in another tab: this tab now shows 2 figures from x\.csv/);
        await b.page.bringToFront();
        await openPanel(b.page);
        await b.page.locator('[data-testid="layer-toggle"]').uncheck();
        if (!channel) await flash(b.page, /changed in another tab: this tab now shows 2 figures from x\.csv/);
        const c = await openIn(browser.context);
        await openPanel(c.page);
        assert.match(await c.page.locator('[data-testid="user-layer"]').innerText(), /2 figures from x\.csv/);
        if (channel) {
          // The toggle was made on X, having seen it: X is stored, switched off.
          assert.equal(await c.page.locator('[data-testid="layer-toggle"]').isChecked(), false);
        } else {
          // The refused toggle left X as A saved it, and B now shows X.
          assert.equal(await c.page.locator('[data-testid="layer-toggle"]').isChecked(), true);
          await waitValue(c.page, '27', '222');
          await waitValue(b.page, '27', '222');
        }
        for (const { problems } of [a, b, c]) assert.deepEqual(problems, []);
      } finally {
        await browser.close();
      }
    });
  }
});

describe('storage faults', () => {
  test('IndexedDB refused: nothing said on first load; an import applies and says why it is not kept', async () => {
    const browser = await openBrowser();
    try {
      await browser.context.addInitScript(() => {
        indexedDB.open = () => {
          throw new DOMException('The user denied permission to access the database.', 'SecurityError');
        };
      });
      const { page, problems } = await openIn(browser.context);
      await page.waitForTimeout(1500);
      assert.equal(await page.locator('[data-testid="flash"]').count(), 0, 'no "could not save" before anything was imported');
      await importFile(page, 'mine.csv', `${HEADER}\n${line('27', 6000.5)}\n`);
      await page.locator('[data-testid="import-apply"]').click();
      await flash(page, /Could not save in this browser \(this browser does not let the site store data: private mode or a setting\)/);
      await waitValue(page, '27', '6000.5');
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  test('a full storage names the reason', async () => {
    const browser = await openBrowser();
    try {
      const { page, problems } = await openIn(browser.context);
      const cdp = await browser.context.newCDPSession(page);
      await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN, quotaSize: 1024 });
      try {
        const rows = Array.from({ length: 200 }, (_, i) => line(['27', '31', '01', '30'][i % 4], i + 1, 2000 + Math.floor(i / 4) % 25, PERIODS[Math.floor(i / 100)], 'a note long enough to fill a kilobyte quickly'));
        await importFile(page, 'many.csv', `${HEADER}\n${rows.join('\n')}\n`);
        await page.locator('[data-testid="import-apply"]').click();
        await flash(page, /Could not save in this browser \(the browser's storage for this site is full\)/);
        assert.doesNotMatch(await page.locator('[data-testid="flash"]').innerText(), /\(\)/);
      } finally {
        await cdp.send('Storage.overrideQuotaForOrigin', { origin: ORIGIN });
      }
      assert.deepEqual(problems, []);
    } finally {
      await browser.close();
    }
  });

  test('a removal that fails says so, and the figures stay, before and after a reload', async () => {
    const { page, problems } = await openIn(app.browser.context);
    await importFile(page, 'mine.csv', `${HEADER}\n${line('27', 6000.5)}\n`);
    await page.locator('[data-testid="import-apply"]').click();
    await flash(page, /saved/);
    await page.evaluate(() => {
      IDBObjectStore.prototype.delete = () => {
        throw new DOMException('', 'UnknownError');
      };
    });
    await page.locator('[data-testid="layer-remove"]').click();
    await flash(page, /Could not remove your figures from this browser \(storage error: UnknownError\)/);
    assert.equal(await page.locator('[data-testid="user-layer"]').getAttribute('data-count'), '1');
    assert.equal(await valueOf(page, '27'), '6000.5');
    await page.reload();
    await waitForApp(page);
    await flash(page, /1 of your figures restored/);
    await waitValue(page, '27', '6000.5');
    await openPanel(page);
    await page.locator('[data-testid="layer-remove"]').click();
    await flash(page, /Your figures were removed/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a tampered record is checked before anything of it is shown', async () => {
    const { page, problems } = await openIn(app.browser.context);
    const put = (record) =>
      page.evaluate(
        (value) =>
          new Promise((resolve, reject) => {
            const request = indexedDB.open('kcn-atlas', 1);
            request.onupgradeneeded = () => request.result.createObjectStore('user-layers');
            request.onsuccess = () => {
              const tx = request.result.transaction('user-layers', 'readwrite');
              tx.objectStore('user-layers').put(value, 'current');
              tx.oncomplete = () => {
                request.result.close();
                resolve();
              };
              tx.onerror = () => reject(tx.error);
            };
          }),
        record,
      );
    await put({ id: 'x', title: 'mine.csv', fileName: 'mine.csv', enabled: true, rows: 'oops' });
    await page.reload();
    await waitForApp(page);
    await flash(page, /could not be restored: the record kept in this browser is damaged/);
    assert.equal(await page.locator('[data-testid="ranking"] .mark.user').count(), 0);
    const good = { line: 2, edition: 'pre2025', code: '27', year: 2024, period: 'FY', scope: 'province', metric: METRIC, value: 6000.5, unit: 'musd', note: '' };
    await put({
      id: 'y', title: 'mine.csv', fileName: 'mine.csv', importedAt: '2026-01-02', enabled: true, revision: 'r1',
      rows: [good, { ...good, code: '31', value: 1e308 }, { ...good, code: '30', value: 'oops' }],
    });
    await page.reload();
    await waitForApp(page);
    await flash(page, /1 of your figures restored; 2 stored figures were not valid and are not shown/);
    await waitValue(page, '27', '6000.5');
    assert.notEqual(await valueOf(page, '31'), String(1e308));
    await openPanel(page);
    const summary = await page.locator('[data-testid="user-layer"]').innerText();
    assert.match(summary, /imported 2026-01-02/);
    assert.doesNotMatch(summary, /\{/);
    await page.locator('[data-testid="layer-remove"]').click();
    await flash(page, /removed/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('what the import says', () => {
  test('values against their unit, where a quote opened, and your figures as their own tier', async () => {
    const { page, problems } = await openIn(app.browser.context);
    const csv = [
      HEADER,
      line('27', 6000.5),
      'pre2025,31,2024,FY,province,province_fdi_new_projects,-3,,',
      line('30', '1e308'),
      line('01', 5, 2023, 'FY', '"opened here'),
      ...Array.from({ length: 300 }, (_, i) => line(BLOC[i % 11], i + 1, 1995 + Math.floor(i / 11) % 25, PERIODS[Math.floor(i / 275)])),
    ].join('\n');
    await importFile(page, 'checked.csv', `${csv}\n`);
    const problemsShown = await page.$$eval('[data-testid="import-problems"] li', (els) => els.map((e) => [e.dataset.line, e.dataset.code, e.textContent]));
    const find = (code) => problemsShown.find(([, c]) => c === code);
    assert.equal(find('value-below-minimum')?.[0], '3');
    assert.match(find('value-below-minimum')[2], /cannot be below 0 for a figure in projects/);
    assert.equal(find('value-too-large')?.[0], '4');
    assert.equal(find('quote-runaway')?.[0], '5');
    assert.match(find('quote-runaway')[2], /a quote opened on line 5 is never closed/);
    assert.equal(find('line-too-long'), undefined);
    await page.screenshot({ path: path.join(ARTIFACTS, 'import-checked.png'), fullPage: true });
    await page.locator('[data-testid="import-apply"]').click();
    await waitValue(page, '27', '6000.5');
    await page.locator('[data-testid="ranking"] tr[data-code="27"] button.figure').click();
    const tier = page.locator('[data-testid="provenance"] [data-role="chosen"] [data-testid="source-tier"]');
    assert.equal(await tier.getAttribute('data-tier'), 'user');
    assert.match(await tier.innerText(), /^yours/);
    await page.keyboard.press('Escape');
    await openPanel(page);
    await page.locator('[data-testid="layer-remove"]').click();
    await flash(page, /removed/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
