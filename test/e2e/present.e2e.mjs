// End-to-end: presenter mode, slide decks, exports, both languages everywhere, and the app with the
// network cut after one visit.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tmpdir } from 'node:os';
import { csvParse } from 'd3-dsv';
import { ARTIFACTS, ORIGIN, newWatchedPage, waitForApp, useApp, openApp, param } from './harness.mjs';

const app = useApp();

const open = (url) => openApp(app, url);


describe('presenter mode', () => {
  test('keys change year and metric, Space plays the timeline, Esc leaves; typing in a field does nothing', async () => {
    const { page, problems } = await open('/?present=1&scope=province&metric=province_fdi_total_capital_musd&year=2019&lang=en');
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), true);
    await page.locator('[data-testid="presenter-bar"]').waitFor();
    // A pointer movement shows the controls (they hide when the pointer rests); a click is a gesture.
    const gesture = async () => {
      await page.mouse.move(200, 20);
      await page.mouse.move(210, 25);
      // The stage has no header (issue 12 §2): the slim bar's title takes the click.
      await page.locator('[data-testid="presenter-title"]').click();
    };
    await gesture(); // the first gesture: full screen is requested on it
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2020');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2018');
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((m) => new URL(location.href).searchParams.get('metric') !== m, 'province_fdi_total_capital_musd');
    const nextMetric = param(page, 'metric');
    // The year moved to stays with the next metric (it was reset to the metric's latest).
    assert.equal(param(page, 'year'), '2018');
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('metric') === 'province_fdi_total_capital_musd');
    assert.notEqual(nextMetric, 'province_fdi_total_capital_musd');
    assert.equal(param(page, 'year'), '2018');
    // Typing in a field is typing, not a shortcut.
    await gesture();
    await page.evaluate(() => {
      const input = document.createElement('input');
      input.id = 'probe';
      document.body.append(input);
      input.focus();
    });
    const urlBeforeTyping = page.url();
    await page.keyboard.type('n ');
    await page.waitForTimeout(400);
    assert.equal(page.url(), urlBeforeTyping);
    await page.evaluate(() => document.getElementById('probe').remove());
    // Space plays: the shown year advances by itself, then Space pauses.
    await gesture();
    const shownYear = await page.locator('[data-testid="presenter-year"]').innerText();
    await page.keyboard.press('Space');
    await page.waitForFunction((y) => document.querySelector('[data-testid="presenter-year"]').textContent !== y, shownYear, { timeout: 10_000 });
    await page.keyboard.press('Space');
    assert.equal(await page.locator('[data-testid="play"]').getAttribute('aria-pressed'), 'false');
    await page.screenshot({ path: path.join(ARTIFACTS, 'presenter.png') });
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('present'));
    assert.equal(await page.evaluate(() => document.documentElement.classList.contains('presenting')), false);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a deck is built, exported, imported again and played with N/P', async () => {
    const { page, problems } = await open('/?scope=province&metric=province_fdi_total_capital_musd&year=2020&lang=en');
    await page.locator('[data-testid="slides-toggle"]').click();
    await page.locator('[data-testid="slide-title"]').fill('Đầu tư FDI 2020');
    await page.locator('[data-testid="add-slide"]').click();
    await page.selectOption('[data-testid="year-select"]', '2023');
    await page.locator('[data-testid="province-list"] button[data-code="31"]').click();
    await page.locator('[data-testid="add-slide"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="slides"] li').length === 2);
    const downloadPromise = page.waitForEvent('download');
    await page.locator('[data-testid="export-deck"]').click();
    const download = await downloadPromise;
    const file = path.join(tmpdir(), `deck-${Date.now()}.json`);
    await download.saveAs(file);
    const deck = JSON.parse(await readFile(file, 'utf8'));
    assert.equal(deck.slides.length, 2);
    assert.equal(deck.slides[0].title, 'Đầu tư FDI 2020');

    // A fresh page imports the file and plays it.
    const other = await open('/?lang=en');
    await other.page.locator('[data-testid="slides-toggle"]').click();
    await other.page.locator('[data-testid="import-deck"]').setInputFiles(file);
    await other.page.waitForFunction(() => document.querySelectorAll('[data-testid="slides"] li').length === 2);
    await other.page.locator('[data-testid="present"]').click();
    await other.page.keyboard.press('n');
    await other.page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '0');
    assert.equal(param(other.page, 'year'), '2020');
    await other.page.keyboard.press('n');
    await other.page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '1');
    assert.equal(param(other.page, 'year'), '2023');
    assert.equal(param(other.page, 'province'), '31');
    await other.page.keyboard.press('p');
    await other.page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '0');
    // A bad file gets a message, and the deck stays.
    const bad = path.join(tmpdir(), `bad-${Date.now()}.json`);
    await writeFile(bad, '{"version": 9}');
    await other.page.locator('[data-testid="import-deck"]').setInputFiles(bad);
    // The import's own message may still be shown (6 s): wait for the error's.
    await other.page.locator('[data-testid="flash"] .flash', { hasText: /version/ }).waitFor();
    assert.match(await other.page.locator('[data-testid="flash"]').innerText(), /version/);
    assert.equal(await other.page.locator('[data-testid="slides"] li').count(), 2);
    assert.deepEqual([...problems, ...other.problems], []);
    await page.close();
    await other.page.close();
  });
});

describe('exports', () => {
  test('map PNG, chart SVG and PNG, and CSV with diacritics download and decode', async () => {
    const { page, problems } = await open('/?view=rank&scope=province&metric=province_fdi_total_capital_musd&year=2022');
    await page.locator('[data-testid="ranking-bars"]').waitFor();
    const grab = async (testid) => {
      await page.locator('[data-testid="export-menu"] summary').click();
      const promise = page.waitForEvent('download');
      await page.locator(`[data-testid="${testid}"]`).click();
      const download = await promise;
      const file = path.join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
      await download.saveAs(file);
      await page.locator('[data-testid="export-menu"]').evaluate((el) => (el.open = false));
      return file;
    };
    const png = await readFile(await grab('export-map-png'));
    assert.deepEqual([...png.subarray(0, 8)], [137, 80, 78, 71, 13, 10, 26, 10]);
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const mapSize = await page.evaluate(() => ({ w: window.__map.getCanvas().width, h: window.__map.getCanvas().height }));
    assert.ok(width > mapSize.w && height > mapSize.h, `PNG ${width}×${height} holds the map ${mapSize.w}×${mapSize.h} plus legend and sources`);
    const decoded = await page.evaluate(async (bytes) => {
      const blob = new Blob([new Uint8Array(bytes)], { type: 'image/png' });
      const bitmap = await createImageBitmap(blob);
      return [bitmap.width, bitmap.height];
    }, [...png]);
    assert.deepEqual(decoded, [width, height]);

    const svgText = await readFile(await grab('export-chart-svg'), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return { error: doc.querySelector('parsererror') !== null, root: doc.documentElement.nodeName, text: doc.documentElement.textContent };
    }, svgText);
    assert.equal(parsed.error, false);
    assert.equal(parsed.root, 'svg');
    assert.match(parsed.text, /Nguồn/);
    const chartPng = await readFile(await grab('export-chart-png'));
    assert.deepEqual([...chartPng.subarray(1, 4)], [80, 78, 71]);

    const csv = await readFile(await grab('export-csv'), 'utf8');
    assert.equal(csv.charCodeAt(0), 0xfeff);
    const rows = csvParse(csv.slice(1));
    assert.equal(rows.length, 11);
    assert.ok(rows.some((r) => r.province === 'Hải Dương'));
    assert.ok(rows.every((r) => r.source_title.length > 0));
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('both languages', () => {
  // Words that belong to one language only: seeing one in the other UI means an untranslated string.
  const ENGLISH_ONLY = /\b(the|Province|Ranking|Metric|Year|Source|No data|Zones|Change|Compare|Trends|Present|Slides|Export|Loading)\b/;
  const VIETNAMESE_ONLY = /(Tỉnh|Năm|Nguồn|Không có dữ liệu|Xếp hạng|Chỉ tiêu|Trình chiếu|Xuất|Bản đồ|Thay đổi)/;
  const VIEWS = ['map', 'zones', 'rank', 'trend', 'change', 'compare&compare=27,31', 'table'];

  for (const lang of ['vi', 'en']) {
    test(`every view in ${lang === 'vi' ? 'Vietnamese' : 'English'} has no string of the other language`, async () => {
      const watched = await newWatchedPage(app.browser.context);
      const { page, problems } = watched;
      for (const view of VIEWS) {
        await page.goto(`${ORIGIN}/?view=${view}&scope=province&lang=${lang}&province=27`);
        await waitForApp(page);
        await page.waitForTimeout(300);
        // Text a person sees, minus data (names of sources and zones are in their own language) and the map's attribution.
        const text = await page.evaluate(() => {
          const clone = document.body.cloneNode(true);
          for (const el of clone.querySelectorAll('[data-testid="about"] ul, .maplibregl-ctrl-attrib, .bloc-timeline .cite, [data-testid="zone-list"] tbody, script, style, [lang]')) el.remove();
          return clone.innerText;
        });
        const stray = lang === 'vi' ? ENGLISH_ONLY.exec(text) : VIETNAMESE_ONLY.exec(text);
        assert.equal(stray, null, `view ${view} in ${lang} shows "${stray?.[0]}" near "${stray ? text.slice(Math.max(0, stray.index - 60), stray.index + 60) : ''}"`);
        await page.screenshot({ path: path.join(ARTIFACTS, `walk-${lang}-${view.split('&')[0]}.png`) });
      }
      assert.deepEqual(problems, []);
      await page.close();
    });
  }
});

describe('a deck in two languages', () => {
  test('moving to a slide in the other language loads it first: <html lang> matches the text', async () => {
    // Opened in Vietnamese: the English messages are not loaded until a slide asks for them.
    const deck = Buffer.from(JSON.stringify([['lang=vi&view=map'], ['lang=en&view=map']])).toString('base64url');
    const { page, problems } = await open(`/?deck=${deck}&slide=0&present=1&lang=vi`);
    const shown = () => page.evaluate(() => ({ lang: document.documentElement.lang, title: document.title, bar: document.querySelector('[data-testid="presenter-bar"]')?.textContent ?? '' }));
    assert.match((await shown()).title, /Đồng bằng sông Hồng/);
    await page.keyboard.press('n');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '1');
    await waitForApp(page);
    const english = await shown();
    assert.equal(english.lang, 'en');
    assert.match(english.title, /Red River Delta/);
    assert.match(english.bar, /Slide 2/i);
    await page.keyboard.press('p');
    await page.waitForFunction(() => document.documentElement.lang === 'vi');
    assert.match((await shown()).title, /Đồng bằng sông Hồng/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('no network on stage', () => {
  test('after one visit the app reloads and works with the network cut', async () => {
    const { page, problems } = await open('/?scope=province&metric=province_fdi_total_capital_musd&year=2021');
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      return registration.active?.state;
    });
    await app.browser.context.setOffline(true);
    try {
      await page.reload();
      await waitForApp(page);
      assert.equal(await page.locator('[data-testid="ranking"] tbody tr').count(), 11);
      await page.screenshot({ path: path.join(ARTIFACTS, 'offline.png') });
    } finally {
      await app.browser.context.setOffline(false);
    }
    assert.deepEqual(problems.filter((p) => !/ERR_INTERNET_DISCONNECTED/.test(p)), []);
    await page.close();
  });
});
