// End-to-end: the choropleth, the keyboard path, the 2025 edition's partial marks, accessibility.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, axeViolations, newWatchedPage, openBrowser, waitForApp, useApp, openApp } from './harness.mjs';

const app = useApp();

const open = (url) => openApp(app, url);

const featureState = (page, code) => page.evaluate((id) => window.__map.getFeatureState({ source: 'provinces', id }), code);

describe('choropleth', () => {
  test('changing the year restyles the provinces through feature state, with a legend', async () => {
    const { page, problems } = await open('/?scope=province&metric=province_fdi_total_capital_musd&year=2015');
    const before = await Promise.all(['01', '27', '30', '36'].map((code) => featureState(page, code)));
    assert.ok(before.every((s) => typeof s.fill === 'string' && s.fill.startsWith('#')), JSON.stringify(before));
    // Count any rebuild of the province source from here on.
    await page.evaluate(() => {
      window.__setDataCalls = 0;
      for (const id of ['provinces', 'zones', 'kkt']) {
        const source = window.__map.getSource(id);
        const original = source.setData.bind(source);
        source.setData = (...args) => {
          window.__setDataCalls += 1;
          return original(...args);
        };
      }
    });
    await page.selectOption('[data-testid="year-select"]', '2024');
    await page.waitForFunction(() => document.querySelector('[data-testid="ranking"]')?.getAttribute('data-year') === '2024');
    await waitForApp(page);
    const after = await Promise.all(['01', '27', '30', '36'].map((code) => featureState(page, code)));
    // Bắc Ninh went from the middle of the range in 2015 to the top in 2024: its class changes.
    assert.notDeepEqual(after.map((s) => s.fill), before.map((s) => s.fill));
    assert.equal(await page.evaluate(() => window.__setDataCalls), 0, 'a source (provinces or zones) was rebuilt');
    const legend = await page.locator('[data-testid="legend"]').innerText();
    assert.match(legend, /triệu USD/);
    assert.match(legend, /Không có dữ liệu/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'choropleth-2024.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the delta view uses the diverging scale; a missing previous value is no data', async () => {
    const { page, problems } = await open('/?scope=province&metric=province_fdi_total_capital_musd&year=2024&color=delta&lang=en');
    const legend = await page.locator('[data-testid="legend"]').innerText();
    assert.match(legend, /Change/);
    const state = await featureState(page, '27');
    assert.match(state.fill, /^#/);
    assert.equal(state.noData, false);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('hovering a province shows its name, value and rank', async () => {
    const { page, problems } = await open('/?scope=province&metric=province_fdi_total_capital_musd&year=2022&lang=en');
    const point = await page.evaluate(async () => {
      const map = window.__map;
      const data = await map.getSource('province-labels').getData();
      const f = data.features.find((x) => x.properties.code === '35');
      const p = map.project(f.geometry.coordinates);
      const rect = map.getCanvas().getBoundingClientRect();
      return { x: rect.left + p.x + 8, y: rect.top + p.y + 8 };
    });
    await page.mouse.move(point.x, point.y);
    const tooltip = page.locator('[data-testid="map-tooltip"]');
    await tooltip.waitFor();
    const text = await tooltip.innerText();
    assert.match(text, /Ha Nam/);
    assert.match(text, /528\.2/);
    assert.match(text, /Rank \d+/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('keyboard and screen readers', () => {
  test('arrow keys move between provinces, the live region announces them, Enter selects, Escape clears', async () => {
    const { page, problems } = await open('/?scope=province&metric=province_fdi_total_capital_musd&year=2022&lang=en');
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press('ArrowRight');
    const first = await page.locator('[data-testid="map-announcement"]').innerText();
    assert.match(first, /: .+ rank \d+ of 11/);
    await page.keyboard.press('ArrowDown');
    const second = await page.locator('[data-testid="map-announcement"]').innerText();
    assert.notEqual(second, first);
    const name = second.split(':')[0];
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.has('province'));
    assert.equal(await page.locator('[data-testid="province-panel"] h2').innerText(), name);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !new URL(location.href).searchParams.has('province'));
    // Shift+arrows pan instead of moving the province focus.
    const centre = await page.evaluate(() => window.__map.getCenter().lng);
    await page.keyboard.press('Shift+ArrowRight');
    await page.waitForFunction((lng) => window.__map.getCenter().lng > lng, centre);
    // The table alternative lists every province of the map.
    assert.equal(await page.locator('[data-testid="map-table"] tbody tr').count(), 11);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('axe-core finds no serious or critical violations in any view', async () => {
    // axe is injected as an inline script, which the page's CSP rightly refuses: a separate browser
    // profile that bypasses CSP runs it.
    const axeBrowser = await openBrowser({ bypassCSP: true });
    const { page, problems } = await newWatchedPage(axeBrowser.context);
    for (const view of ['map', 'zones&zone=bn-vsip', 'rank', 'trend', 'change', 'compare&compare=27,31', 'table']) {
      await page.goto(`${ORIGIN}/?view=${view}&scope=province&metric=province_fdi_total_capital_musd&province=27`);
      await waitForApp(page);
      await page.waitForTimeout(500);
      assert.deepEqual(await axeViolations(page), [], `view ${view}`);
    }
    assert.deepEqual(problems, []);
    await axeBrowser.close();
  });
});

describe('the 2025 edition', () => {
  test('draws the 7 merged units with aggregated values; new Bắc Ninh is marked partial for a zone metric', async () => {
    const { page, problems } = await open('/?edition=post2025&metric=fdi_projects_valid&year=2023');
    const codes = await page.evaluate(() => {
      const features = window.__map.queryRenderedFeatures({ layers: ['provinces-fill'] });
      return [...new Set(features.filter((f) => f.properties.in_region).map((f) => String(f.properties.code)))].sort();
    });
    assert.deepEqual(codes, ['01', '22', '24', '25', '31', '33', '37']);
    const bacNinh = await featureState(page, '24');
    assert.equal(bacNinh.partial, true, JSON.stringify(bacNinh));
    const row = page.locator('[data-testid="ranking"] tr[data-code="24"]');
    assert.equal(await row.locator('.mark.partial').count(), 1);
    assert.match(await page.locator('[data-testid="legend"]').innerText(), /chưa đủ/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'post2025-partial.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });
});
