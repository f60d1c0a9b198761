// End-to-end: layouts that fit (issue 12 §3–4). On a phone (390 × 844) no view scrolls sideways, in either
// language, with a province selected and with the zone filters in use; the header's controls open from a menu
// (Esc closes it, focus comes back), the legend from a button, every header target is at least 44 × 44 px, and
// the tables scroll in their own box with their first column held in view. On a laptop (1400 × 900) no view
// scrolls sideways and the ranking's and the zone list's columns are all visible or reachable in their box.
// axe finds nothing serious in any of them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, axeViolations, newWatchedPage, openBrowser, startServer, stopServer, waitForApp } from './harness.mjs';

const PHONE = { width: 390, height: 844 };
const LAPTOP = { width: 1400, height: 900 };
// Each view with a province selected (Bắc Ninh has plans), two provinces compared, and what shows it is drawn.
const VIEWS = {
  map: '[data-testid="ranking"] tbody tr',
  rank: '[data-testid="view-panel"] svg',
  trend: '[data-testid="view-panel"] svg',
  change: '[data-testid="view-panel"] svg',
  compare: '[data-testid="view-panel"] svg',
  table: '[data-testid="data-table"] tbody tr',
  zones: '[data-testid="zone-list"] tbody tr[data-zone-id]',
  plan: '[data-testid="plan-table"] tbody tr',
};
// The table each view shows, whose first column must stay in view while the table scrolls.
const TABLES = { map: 'ranking', rank: 'ranking', table: 'data-table', zones: 'zone-list', plan: 'plan-table' };
const url = (view, lang, extra = '') => `/?v=2&view=${view}&lang=${lang}&province=27&compare=27,31${extra}`;

let server;
let browser;
before(async () => {
  server = await startServer();
  browser = await openBrowser({ bypassCSP: true }); // axe is injected inline
});
after(async () => {
  await browser?.close();
  if (server) stopServer(server);
});

async function open(address, ready, viewport) {
  const watched = await newWatchedPage(browser.context);
  await watched.page.setViewportSize(viewport);
  await watched.page.goto(`${ORIGIN}${address}`);
  await waitForApp(watched.page);
  await watched.page.locator(ready).first().waitFor({ timeout: 30_000 });
  return watched;
}

const pageWidth = (page) => page.evaluate(() => document.scrollingElement.scrollWidth);

/**
 * The table's first column: its cells' computed position, their nearest scrolling box, and where the first
 * row's cell sits before and after that box is scrolled to its end.
 */
function firstColumn(page, testid) {
  return page.evaluate(async (id) => {
    const table = document.querySelector(`[data-testid="${id}"]`);
    const row = table.querySelector('tbody tr');
    const cell = table.classList.contains('ranking') ? row.querySelector('td.rank') : row.firstElementChild;
    let box = table.parentElement;
    while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
    const before = cell.getBoundingClientRect().left - box.getBoundingClientRect().left;
    box.scrollLeft = box.scrollWidth;
    await new Promise(requestAnimationFrame);
    const scrolled = box.scrollLeft;
    const after = cell.getBoundingClientRect().left - box.getBoundingClientRect().left;
    box.scrollLeft = 0;
    return {
      position: getComputedStyle(cell).position,
      headPosition: getComputedStyle(table.querySelector('thead th')).position,
      overflowX: getComputedStyle(box).overflowX,
      boxWidth: box.clientWidth,
      tableWidth: table.scrollWidth,
      scrolled,
      moved: Math.abs(after - before),
    };
  }, testid);
}

/** Header and menu controls a user can see, with any that is smaller than 44 × 44 px. */
function smallTargets(page, selector) {
  return page.evaluate((sel) => [...document.querySelectorAll(sel)]
    .filter((el) => el.getClientRects().length && getComputedStyle(el).visibility !== 'hidden')
    .map((el) => ({ el, box: el.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 44 || box.height < 44)
    .map(({ el, box }) => `${el.tagName.toLowerCase()} "${el.textContent.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`), selector);
}
const HEADER_TARGETS = '.app-header :is(button, summary, select, input, a)';

describe('a phone, 390 × 844', () => {
  for (const lang of ['vi', 'en']) {
    test(`every view fits the width, its tables scroll in their own box, axe is clean (${lang})`, async () => {
      for (const [view, ready] of Object.entries(VIEWS)) {
        const { page, problems } = await open(url(view, lang), ready, PHONE);
        await page.waitForTimeout(300); // panels that load after their first row
        assert.ok((await pageWidth(page)) <= PHONE.width, `${view}: the page is ${await pageWidth(page)} px wide`);
        if (TABLES[view]) {
          const column = await firstColumn(page, TABLES[view]);
          assert.equal(column.position, 'sticky', `${view}: the first column is not sticky`);
          assert.equal(column.headPosition, 'sticky', `${view}: the first column's header is not sticky`);
          assert.equal(column.overflowX, 'auto', `${view}: the table is not in a scrolling box`);
          assert.ok(column.boxWidth <= PHONE.width, `${view}: the table's box is ${column.boxWidth} px wide`);
          if (column.tableWidth > column.boxWidth) {
            assert.ok(column.scrolled > 0, `${view}: the box did not scroll`);
            assert.ok(column.moved < 1, `${view}: the first column moved ${column.moved} px when the box scrolled`);
          }
        }
        if (view === 'plan') {
          // The plan chart is laid out at the phone's width, not scaled down from 560 px (its text was ~7 px).
          const smallest = await page.evaluate(() => Math.min(...[...document.querySelectorAll('[data-testid="plan-chart"] text')].map((el) => {
            const m = el.getScreenCTM();
            return parseFloat(getComputedStyle(el).fontSize) * Math.hypot(m.a, m.b);
          })));
          assert.ok(smallest >= 10, `plan: chart text renders at ${smallest.toFixed(1)} px`);
        }
        if (lang === 'vi') await page.screenshot({ path: path.join(ARTIFACTS, `layout-phone-${view}.png`) });
        assert.deepEqual(await axeViolations(page), [], `${view} (${lang})`);
        assert.deepEqual(problems, []);
        await page.close();
      }
    });
  }

  test('the zone view fits with its filters in use and the unknown values kept', async () => {
    for (const lang of ['vi', 'en']) {
      const { page } = await open(url('zones', lang, '&q=yen&area=50-&occ=10-90&price=40-&seaport=80&unknown=1'), '[data-testid="zone-filters"]', PHONE);
      await page.locator('[data-testid="zone-list"]').waitFor();
      assert.ok((await pageWidth(page)) <= PHONE.width, `zones (${lang}): the page is ${await pageWidth(page)} px wide`);
      assert.deepEqual(await axeViolations(page), [], `zones with filters (${lang})`);
      await page.close();
    }
  });

  test('the header opens as a menu: its actions work, Esc closes it, focus comes back to its button', async () => {
    const { page, problems } = await open(url('map', 'vi'), VIEWS.map, PHONE);
    const toggle = page.locator('[data-testid="menu-toggle"]');
    const views = page.locator('[data-testid="view-toggle"]');
    assert.ok(await toggle.isVisible());
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await views.isVisible(), false, 'the controls are folded away');
    assert.deepEqual(await smallTargets(page, HEADER_TARGETS), []);

    await toggle.click();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
    assert.ok(await views.isVisible());
    assert.ok(await page.evaluate(() => document.getElementById('header-controls').contains(document.activeElement)), 'focus moves into the menu');
    assert.deepEqual(await smallTargets(page, HEADER_TARGETS), [], 'every header target is at least 44 × 44 px');
    assert.ok((await pageWidth(page)) <= PHONE.width, 'the open menu fits the width');
    assert.deepEqual(await axeViolations(page), [], 'the open menu');

    await page.keyboard.press('Escape');
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.equal(await views.isVisible(), false);
    assert.ok(await toggle.evaluate((el) => el === document.activeElement), 'Esc gives focus back to the menu button');

    // A view chosen from the menu opens, and the menu closes.
    await toggle.click();
    await views.locator('button[data-view="rank"]').click();
    await page.waitForURL(/view=rank/);
    await page.locator(VIEWS.rank).first().waitFor();
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.ok(await toggle.evaluate((el) => el === document.activeElement));

    // The language, from the menu.
    await toggle.click();
    await page.locator('[data-testid="lang-toggle"] button[lang="en"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    assert.match(await toggle.innerText(), /Menu$/);

    // The export list opens inside the menu, its items touch-sized.
    await toggle.click();
    await page.locator('[data-testid="export-menu"] summary').click();
    assert.ok(await page.locator('[data-testid="export-csv"]').isVisible());
    assert.deepEqual(await smallTargets(page, HEADER_TARGETS), []);
    // A tap outside closes it.
    await page.mouse.click(200, 800);
    assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('the legend folds into a button over the map', async () => {
    const { page } = await open(url('map', 'en'), VIEWS.map, PHONE);
    const button = page.locator('[data-testid="legend-toggle"]');
    const legend = page.locator('[data-testid="legend"]');
    assert.equal(await legend.isVisible(), false);
    assert.equal(await button.getAttribute('aria-expanded'), 'false');
    const box = await button.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `the legend button is ${box.width}×${box.height}`);
    const map = await page.locator('[data-testid="map"]').boundingBox();
    assert.ok(box.width * box.height < 0.1 * map.width * map.height, 'folded, the legend covers little of the map');

    await button.click();
    assert.equal(await button.getAttribute('aria-expanded'), 'true');
    assert.ok(await legend.isVisible());
    assert.notEqual(await legend.getAttribute('data-breaks'), '');
    assert.ok((await legend.boundingBox()).width <= map.width);
    assert.deepEqual(await smallTargets(page, '[data-testid="legend"] button, [data-testid="legend-toggle"], .map-pane .maplibregl-ctrl button'), []);
    await button.click();
    assert.equal(await legend.isVisible(), false);
    await page.close();
  });
});

describe('a laptop, 1400 × 900', () => {
  for (const lang of ['vi', 'en']) {
    test(`no view scrolls sideways; the ranking's and the zone list's columns are visible or reachable (${lang})`, async () => {
      for (const [view, ready] of Object.entries(VIEWS)) {
        const { page, problems } = await open(url(view, lang), ready, LAPTOP);
        await page.waitForTimeout(300);
        assert.ok((await pageWidth(page)) <= LAPTOP.width, `${view}: the page is ${await pageWidth(page)} px wide`);
        const table = { map: 'ranking', rank: 'ranking', zones: 'zone-list' }[view];
        if (table) {
          const clipped = await page.evaluate(async (id) => {
            const el = document.querySelector(`[data-testid="${id}"]`);
            let box = el.parentElement;
            while (box && !['auto', 'scroll'].includes(getComputedStyle(box).overflowX)) box = box.parentElement;
            const out = [];
            const caption = el.querySelector('caption').getBoundingClientRect();
            const boxRect = box.getBoundingClientRect();
            if (caption.right > boxRect.right + 1 || caption.left < boxRect.left - 1) out.push('caption');
            for (const th of el.querySelectorAll('thead th')) {
              // Reachable: scrolled into the box, the header is whole inside it.
              th.scrollIntoView({ block: 'nearest', inline: 'nearest' });
              await new Promise(requestAnimationFrame);
              const r = th.getBoundingClientRect();
              const b = box.getBoundingClientRect();
              if (r.left < b.left - 1 || r.right > b.right + 1) out.push(th.textContent.trim());
            }
            box.scrollLeft = 0;
            return out;
          }, table);
          assert.deepEqual(clipped, [], `${view}: clipped in the ${table} table`);
        }
        await page.screenshot({ path: path.join(ARTIFACTS, `layout-laptop-${lang}-${view}.png`) });
        assert.deepEqual(await axeViolations(page), [], `${view} (${lang})`);
        assert.deepEqual(problems, []);
        await page.close();
      }
    });
  }

  test('the ranking with the country column (extent=country) fits too', async () => {
    const { page } = await open('/?v=2&view=rank&lang=en&extent=country&province=27', VIEWS.rank, LAPTOP);
    assert.ok((await pageWidth(page)) <= LAPTOP.width);
    const header = await page.evaluate(() => {
      const table = document.querySelector('[data-testid="ranking"]');
      const last = [...table.querySelectorAll('thead th')].at(-1);
      last.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      const r = last.getBoundingClientRect();
      const b = table.parentElement.getBoundingClientRect();
      return { inside: r.left >= b.left - 1 && r.right <= b.right + 1, text: last.textContent.trim() };
    });
    assert.ok(header.inside, `"${header.text}" is cut off`);
    await page.close();
  });
});
