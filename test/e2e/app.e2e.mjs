// End-to-end tests of the built app in Debian's Chromium. Each test fails on any console error,
// failed request or request that leaves the app's origin.
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, ROOT, provinceClickPoint, countPixels, renderedRegionCodes, waitForApp, useApp, openApp } from './harness.mjs';
import { checkEntryBudget } from './budget.mjs';

const BLOC_CODES = ['01', '22', '26', '27', '30', '31', '33', '34', '35', '36', '37'];
const POST_CODES = ['01', '22', '24', '25', '31', '33', '37'];

const app = useApp();

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
});

const open = (url) => openApp(app, url);

describe('first screen', () => {
  test('draws the 11 delta provinces on the map and in the list, offline', async () => {
    const { page, problems } = await open('/');
    assert.deepEqual(await renderedRegionCodes(page), BLOC_CODES);
    const listed = await page.$$eval('[data-testid="province-list"] button', (buttons) =>
      buttons.map((b) => b.dataset.code).sort(),
    );
    assert.deepEqual(listed, BLOC_CODES);
    assert.equal(await page.locator('[data-testid="province-list"] button[data-code="36"] .name').innerText(), 'Nam Định');
    // The page says what the tool is and where the data comes from, and credits the geometry.
    await page.getByRole('heading', { name: 'Về dữ liệu' }).waitFor();
    const attribution = await page.locator('.maplibregl-ctrl-attrib').innerText();
    assert.match(attribution, /Open Development Mekong/);
    assert.match(attribution, /Natural Earth/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'first-screen.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('clicking a province on the map selects it in the URL, the list, the panel and the map', async () => {
    const { page, problems } = await open('/');
    const point = await provinceClickPoint(page, '30');
    // COLORS.selectedOutline is #8a4b00: the selected province gets a thick outline of it.
    const outline = [138, 75, 0];
    const before = await countPixels(page, point, outline);
    await page.mouse.click(point.x, point.y);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '30');
    await waitForApp(page);
    assert.equal(await page.locator('[data-testid="province-panel"] h2').innerText(), 'Hải Dương');
    assert.equal(await page.locator('[data-testid="province-list"] button[data-code="30"]').getAttribute('aria-pressed'), 'true');
    const selectedOnMap = await page.evaluate(() => window.__map.getFeatureState({ source: 'provinces', id: '30' }).selected);
    assert.equal(selectedOnMap, true);
    const after = await countPixels(page, point, outline);
    assert.ok(after > before + 200, `selection outline drawn: ${before} → ${after} pixels`);
    await page.screenshot({ path: path.join(ARTIFACTS, 'selected-hai-duong.png') });
    // Back undoes the selection.
    await page.goBack();
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('province'));
    assert.equal(await page.locator('[data-testid="province-panel"]').count(), 0);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('clicking a province in the list selects it; its figures open their source', async () => {
    const { page, problems } = await open('/?lang=en');
    await page.locator('[data-testid="province-list"] button[data-code="27"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '27');
    assert.equal(await page.locator('[data-testid="province-panel"] h2').innerText(), 'Bac Ninh');
    await page.locator('[data-testid="province-panel"] button.figure').first().click();
    const panel = page.locator('[data-testid="provenance"]');
    await panel.waitFor();
    assert.ok((await panel.locator('[data-testid="source-title"]').innerText()).length > 5);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the 2025 edition shows the 7 merged units and maps an old selection to its successor', async () => {
    const { page, problems } = await open('/?edition=post2025&province=30');
    assert.deepEqual(await renderedRegionCodes(page), POST_CODES);
    assert.equal(new URL(page.url()).searchParams.get('province'), '31');
    await page.locator('[data-testid="notices"]').waitFor();
    assert.match(await page.locator('[data-testid="province-panel"]').innerText(), /Hải Dương/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'post2025.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('switching the language loads English and keeps the view; Back returns to Vietnamese', async () => {
    const { page, problems } = await open('/?province=36');
    await page.locator('[data-testid="lang-toggle"] button[lang="en"]').click();
    await page.getByRole('heading', { name: 'About the data' }).waitFor();
    assert.equal(await page.locator('[data-testid="province-panel"] h2').innerText(), 'Nam Dinh');
    assert.equal(new URL(page.url()).searchParams.get('lang'), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.locator('[data-testid="lang-toggle"] button[lang="vi"]').click();
    await page.getByRole('heading', { name: 'Về dữ liệu' }).waitFor();
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a malformed URL gets a visible notice and the app keeps working', async () => {
    const { page, problems } = await open('/?lang=xx&province=ab&year=20x5');
    const notices = await page.locator('[data-testid="notices"]').innerText();
    assert.match(notices, /lang/);
    assert.match(notices, /province/);
    assert.deepEqual(await renderedRegionCodes(page), BLOC_CODES);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('no network by default', () => {
  test('the built page allows connections to its own origin only', async () => {
    const html = await (await fetch(`${ORIGIN}/`)).text();
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    assert.ok(csp, 'no Content-Security-Policy in index.html');
    assert.match(csp, /connect-src 'self';/);
    assert.doesNotMatch(csp, /https?:\/\//);
  });
});

describe('budgets', () => {
  test('JavaScript loaded before the map stays within 60 kB gzip; MapLibre is its own lazy chunk', async () => {
    const budget = await checkEntryBudget();
    assert.ok(budget.entryGzip <= 60 * 1024, `entry JS ${budget.entryGzip} B gzip > 60 kB: ${budget.files.join(', ')}`);
    assert.ok(budget.lazyMapLibre, 'maplibre-gl is not in a lazily loaded chunk');
    assert.ok(!budget.files.some((f) => /maplibre/i.test(f)), 'maplibre loads before the map');
    // The data notes' Vietnamese (src/i18n/vi/notes.ts) loads with the panels that show notes, not before.
    for (const file of budget.files) {
      assert.ok(!(await readFile(path.join(ROOT, 'dist', file), 'utf8')).includes('tâm vũng quay tàu'), `the notes table is in ${file}`);
    }
  });
});
