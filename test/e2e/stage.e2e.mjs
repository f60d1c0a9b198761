// End-to-end: the stage (issue 12 §1–2). A deck shared as a link opens its slide whole, with the slide's
// title; with `present=1` the map or the chart fills the viewport and every text a viewer must read is
// large enough from the back row, at 1920 × 1080 and 1280 × 720 (a common projector), in both languages.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, axeViolations, newWatchedPage, openBrowser, startServer, stopServer, waitForApp, param } from './harness.mjs';

const app = { server: null, browser: null };
before(async () => {
  app.server = await startServer();
  // bypassCSP: axe is injected inline.
  app.browser = await openBrowser({ bypassCSP: true });
  await app.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});
after(async () => {
  await app.browser?.close();
  if (app.server) stopServer(app.server);
});

const barText = (page, testid) => page.locator(`[data-testid="${testid}"]`).evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());

async function open(page, url) {
  await page.goto(`${ORIGIN}${url}`);
  await waitForApp(page);
}

/** Adds the view at `url` (keeping the deck built so far) as slide `n` (1-based). */
async function addSlide(page, url, n, title = '') {
  const deck = param(page, 'deck');
  await open(page, `${url}${deck ? `&deck=${deck}` : ''}`);
  await page.locator('[data-testid="slides-toggle"]').click();
  await page.locator('[data-testid="slide-title"]').fill(title);
  await page.locator('[data-testid="add-slide"]').click();
  await page.waitForFunction((count) => document.querySelectorAll('[data-testid="slides"] li').length === count, n);
}

describe('a deck shared as a link', () => {
  test('opens slide 1 with its own view and title; `slide=2` opens slide 3 whatever else the link says, but in the viewer\'s language', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await addSlide(page, '/?lang=vi&scope=province&view=map&metric=province_fdi_total_capital_musd&year=2019', 1, 'Bản đồ FDI 2019');
    await addSlide(page, '/?lang=vi&scope=province&view=rank&metric=province_fdi_new_projects&year=2021', 2);
    await addSlide(page, '/?lang=vi&scope=province&view=trend&metric=grdp_growth_pct&year=2022', 3);
    // The deck panel names the untitled slides from their view, in the UI's language.
    assert.deepEqual(await page.locator('[data-testid="slides"] li button.link').allInnerTexts(), [
      'Bản đồ FDI 2019', 'Xếp hạng · Dự án FDI cấp mới (toàn tỉnh) · 2021', 'Xu hướng · Tăng trưởng GRDP · 2022',
    ]);
    // Copied while another view is open: the link is the deck's, not the address bar's.
    const deck = param(page, 'deck');
    await open(page, `/?lang=vi&scope=province&view=table&metric=pci_score&year=2020&deck=${deck}`);
    await page.locator('[data-testid="slides-toggle"]').click();
    await page.getByRole('button', { name: 'Sao chép liên kết bộ trang' }).click();
    await page.locator('[data-testid="flash"]').waitFor();
    const link = new URL(await page.evaluate(() => navigator.clipboard.readText()));
    assert.equal(link.origin, ORIGIN);
    assert.equal(link.searchParams.get('slide'), '0');
    assert.equal(link.searchParams.get('present'), '1');
    assert.equal(link.searchParams.get('deck'), deck);
    assert.notEqual(link.searchParams.get('view'), 'table');

    const viewer = await newWatchedPage(app.browser.context);
    await open(viewer.page, `${link.pathname}${link.search}`);
    assert.equal(param(viewer.page, 'view') ?? 'map', 'map');
    assert.equal(param(viewer.page, 'metric'), 'province_fdi_total_capital_musd');
    assert.equal(param(viewer.page, 'year'), '2019');
    assert.equal(await viewer.page.locator('[data-testid="map"]').isVisible(), true);
    assert.equal(await barText(viewer.page, 'presenter-title'), 'Bản đồ FDI 2019 2019');
    assert.equal(await viewer.page.locator('[data-testid="presenter-title"] strong').innerText(), 'Bản đồ FDI 2019');
    // "1 / 3" on screen; a screen reader hears "Trang 1 / 3".
    assert.equal(await barText(viewer.page, 'slide-counter'), 'Trang 1 / 3');
    assert.equal(await viewer.page.locator('[data-testid="slide-counter"] .visually-hidden').textContent(), 'Trang ');
    // N: the untitled slide 2 is named from its state; its chart is the stage.
    await viewer.page.keyboard.press('n');
    await viewer.page.waitForFunction(() => new URL(location.href).searchParams.get('slide') === '1');
    await viewer.page.locator('[data-testid="ranking-bars"]').waitFor();
    assert.equal(await barText(viewer.page, 'presenter-title'), 'Xếp hạng · Dự án FDI cấp mới (toàn tỉnh) · 2021');
    assert.equal(await barText(viewer.page, 'slide-counter'), 'Trang 2 / 3');

    // slide=2 (the third slide) wins over the link's own view, metric, year, edition and selection; not over `lang`.
    const edited = new URL(link);
    for (const [name, value] of Object.entries({ slide: '2', view: 'table', metric: 'pci_score', year: '2016', province: '27', edition: 'post2025', lang: 'en' })) {
      edited.searchParams.set(name, value);
    }
    await open(viewer.page, `${edited.pathname}${edited.search}`);
    await viewer.page.locator('[data-testid="view-panel"][data-view="trend"]').waitFor();
    assert.equal(param(viewer.page, 'view'), 'trend');
    assert.equal(param(viewer.page, 'metric'), 'grdp_growth_pct');
    assert.equal(param(viewer.page, 'year'), '2022');
    assert.equal(param(viewer.page, 'province'), null);
    assert.equal(param(viewer.page, 'edition'), null);
    assert.equal(param(viewer.page, 'lang'), 'en');
    assert.equal(await viewer.page.evaluate(() => document.documentElement.lang), 'en');
    assert.equal(await barText(viewer.page, 'presenter-title'), 'Trends · GRDP growth · 2022');
    assert.equal(await barText(viewer.page, 'slide-counter'), 'Slide 3 / 3');
    assert.deepEqual(await viewer.page.locator('[data-testid="notices"]').count(), 0);
    assert.deepEqual([...problems, ...viewer.problems], []);
    await page.close();
    await viewer.page.close();
  });

  test('a reload keeps what the reader changed on a slide; the same link opened anew opens the slide whole', async () => {
    const deck = Buffer.from(JSON.stringify([['v=2&scope=province&view=map&metric=province_fdi_total_capital_musd&year=2019', 'FDI 2019']])).toString('base64url');
    const { page, problems } = await newWatchedPage(app.browser.context);
    await open(page, `/?v=2&deck=${deck}&slide=0&present=1&lang=en&year=2015`);
    assert.equal(param(page, 'year'), '2019', 'the slide wins over the link');
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('year') === '2020');
    await page.reload();
    await waitForApp(page);
    assert.equal(param(page, 'year'), '2020', 'a reload keeps the year the reader moved to');
    assert.equal((await page.locator('[data-testid="presenter-year"]').innerText()).trim(), '2020');
    // The same address opened in another tab is a link opened anew: the slide's own state.
    const other = await newWatchedPage(app.browser.context);
    await open(other.page, new URL(page.url()).pathname + new URL(page.url()).search);
    assert.equal(param(other.page, 'year'), '2019');
    assert.deepEqual([...problems, ...other.problems], []);
    await page.close();
    await other.page.close();
  });

  test('N and P without a deck say so in the live region; ? shows the keys', async () => {
    const { page, problems } = await newWatchedPage(app.browser.context);
    await open(page, '/?present=1&lang=en');
    await page.keyboard.press('n');
    const flash = page.locator('[data-testid="flash"]');
    await flash.waitFor();
    assert.equal(await flash.getAttribute('role'), 'status');
    assert.match(await flash.innerText(), /No slides/);
    assert.equal(await page.locator('[data-testid="presenter-keys"]').isVisible(), false);
    await page.keyboard.press('?');
    assert.equal(await page.locator('[data-testid="presenter-keys"]').isVisible(), true);
    assert.match(await page.locator('[data-testid="presenter-keys"]').innerText(), /N\/P/);
    await page.keyboard.press('?');
    assert.equal(await page.locator('[data-testid="presenter-keys"]').isVisible(), false);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

/**
 * What the back row sees, measured in the page: the share of the viewport the stage's map or chart covers,
 * and every visible text smaller than `min` CSS px as rendered (computed font size × CSS zoom, and for SVG
 * text × the SVG's own scale), the attribution and the scale bar aside (checked against 14 px).
 */
function measureStage({ min, stage }) {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const clip = (r) => Math.max(0, Math.min(r.right, vw) - Math.max(r.left, 0)) * Math.max(0, Math.min(r.bottom, vh) - Math.max(r.top, 0));
  const stageEl = document.querySelector(stage);
  const coverage = stageEl ? clip(stageEl.getBoundingClientRect()) / (vw * vh) : 0;
  const renderedSize = (el) => {
    const computed = parseFloat(getComputedStyle(el).fontSize);
    if (el instanceof SVGElement) {
      const m = el.getScreenCTM();
      return m ? computed * Math.hypot(m.a, m.b) : computed;
    }
    return computed * (el.currentCSSZoom ?? 1);
  };
  const small = [];
  const exemptSmall = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent.trim()) continue;
    const el = node.parentElement;
    if (!el || el.closest('script, style, title, desc, .visually-hidden, [hidden]')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    // Shown: a box of its text inside the viewport, and what is drawn there is this text (not covered, not clipped away).
    const shown = [...range.getClientRects()].some((r) => {
      if (r.width < 2 || r.height < 2 || clip(r) === 0) return false;
      const x = Math.min(vw - 1, Math.max(0, r.left + r.width / 2));
      const y = Math.min(vh - 1, Math.max(0, r.top + r.height / 2));
      const hit = document.elementFromPoint(x, y);
      return hit !== null && (hit === el || el.contains(hit) || hit.contains(el));
    });
    const style = getComputedStyle(el);
    if (!shown || style.visibility !== 'visible' || Number(style.opacity) === 0) continue;
    const size = Math.round(renderedSize(el) * 10) / 10;
    const exempt = el.closest('.maplibregl-ctrl-attrib, .maplibregl-ctrl-scale');
    const text = node.textContent.trim().slice(0, 40);
    if (exempt ? size < 14 : size < min) (exempt ? exemptSmall : small).push(`${size}px "${text}" (${el.tagName.toLowerCase()}.${[...el.classList].join('.')})`);
  }
  const exemptShown = [...document.querySelectorAll('.maplibregl-ctrl-attrib, .maplibregl-ctrl-scale')].map((el) => clip(el.getBoundingClientRect()) > 0);
  return { coverage, small, exemptSmall, exemptShown };
}

/** Every label layer's text size at the map's current zoom, px (layers switched off left out). */
function labelSizes() {
  const map = window.__map;
  const zoom = map.getZoom();
  const at = (size) => {
    if (typeof size === 'number') return size;
    // ['interpolate', ['linear'], ['zoom'], z0, s0, z1, s1, …]
    const stops = size.slice(3);
    if (zoom <= stops[0]) return stops[1];
    for (let i = 2; i < stops.length; i += 2) {
      if (zoom <= stops[i]) return stops[i - 1] + ((zoom - stops[i - 2]) / (stops[i] - stops[i - 2])) * (stops[i + 1] - stops[i - 1]);
    }
    return stops[stops.length - 1];
  };
  return map.getStyle().layers
    .filter((layer) => layer.type === 'symbol' && layer.layout?.['text-field'] && layer.layout.visibility !== 'none')
    .map((layer) => ({ id: layer.id, size: Math.round(at(map.getLayoutProperty(layer.id, 'text-size')) * 10) / 10 }));
}

const SIZES = [
  { width: 1920, height: 1080, min: 20 },
  { width: 1280, height: 720, min: 14 },
];
// The stage of each view: the map's canvas, or the view's chart or table.
const VIEWS = [
  { view: 'map', stage: '[data-testid="map"]' },
  { view: 'zones', stage: '[data-testid="map"]' },
  // A zone opened on the stage: its card beside the map (the two together are the stage).
  { view: 'zones', name: 'zones-card', stage: 'main.layout', extra: '&zone=hd-an-phat-complex', ready: '[data-testid="zone-card"]', card: true },
  { view: 'rank', stage: '[data-testid="view-panel"]', ready: '[data-testid="ranking-bars"]' },
  { view: 'trend', stage: '[data-testid="view-panel"]', ready: '[data-testid="view-panel"] svg' },
  { view: 'change', stage: '[data-testid="view-panel"]', ready: '[data-testid="view-panel"] svg' },
  { view: 'compare', stage: '[data-testid="view-panel"]', extra: '&compare=27,31,01', ready: '[data-testid="view-panel"] svg' },
  { view: 'table', stage: '[data-testid="view-panel"]', ready: '[data-testid="view-panel"] table' },
  { view: 'plan', stage: '[data-testid="plan-view"]', extra: '&province=27', ready: '[data-testid="plan-chart"]' },
];

describe('the stage (present=1)', () => {
  for (const { width, height, min } of SIZES) {
    for (const lang of ['vi', 'en']) {
      test(`${width}×${height}, ${lang}: every view's map or chart fills ≥ 85 %, its text is ≥ ${min} px, the map's labels too; axe clean`, async () => {
        const { page, problems } = await newWatchedPage(app.browser.context);
        await page.setViewportSize({ width, height });
        const failures = [];
        for (const { view, name = view, stage, extra = '', ready, card } of VIEWS) {
          await open(page, `/?present=1&scope=province&lang=${lang}&view=${view}${extra}`);
          if (ready) await page.locator(ready).first().waitFor();
          await page.waitForTimeout(400); // bars and lines slide into place (300 ms)
          await page.screenshot({ path: path.join(ARTIFACTS, `stage-${width}x${height}-${lang}-${name}.png`) });
          // No chrome but the slim bar.
          assert.equal(await page.locator('.app-header').isVisible(), false, `${view}: the app's header is hidden`);
          assert.equal(await page.locator('[data-testid="presenter-bar"]').isVisible(), true, `${view}: the slim bar shows`);
          const measured = await page.evaluate(measureStage, { min, stage });
          if (measured.coverage < 0.85) failures.push(`${view}: the stage covers ${(measured.coverage * 100).toFixed(1)} % of the viewport`);
          if (measured.small.length) failures.push(`${view}: text below ${min} px: ${measured.small.slice(0, 8).join('; ')}`);
          if (measured.exemptSmall.length) failures.push(`${view}: attribution or scale bar below 14 px: ${measured.exemptSmall.join('; ')}`);
          if (stage === '[data-testid="map"]') {
            if (!(measured.exemptShown.length === 2 && measured.exemptShown.every(Boolean))) failures.push(`${view}: the attribution and the scale bar are not both visible`);
            if (width === 1920) {
              const labels = await page.evaluate(labelSizes);
              assert.ok(labels.some((l) => l.id === 'province-labels'), 'the province names are a label layer');
              for (const { id, size } of labels) if (size < 20) failures.push(`${view}: map label layer ${id} is ${size} px`);
              // Province names are placed before the zones' labels (the topmost symbol layer first) and never dropped.
              const order = await page.evaluate(() => window.__map.getStyle().layers.map((l) => l.id));
              assert.ok(order.indexOf('province-labels') > order.indexOf('kkt-symbol'), 'province names are placed before the zones\' names');
              const named = await page.evaluate(() => new Set(window.__map.queryRenderedFeatures({ layers: ['province-labels'] }).map((f) => f.properties.code)).size);
              if (named !== 11) failures.push(`${view}: ${named} of the 11 province names drawn`);
            }
          }
          if (card) {
            // The card is beside the map, whole in height, and the map keeps most of the width.
            const boxes = await page.evaluate(() => {
              const box = (selector) => document.querySelector(selector).getBoundingClientRect().toJSON();
              return { map: box('[data-testid="map"]'), card: box('[data-testid="zone-card"]'), pane: box('.side-pane') };
            });
            if (boxes.card.left < boxes.map.right - 1) failures.push(`${name}: the card overlaps the map`);
            if (boxes.pane.bottom > height + 1 || boxes.pane.top < 0) failures.push(`${name}: the card's pane leaves the viewport`);
            if (boxes.map.width < width * 0.55) failures.push(`${name}: the map is ${Math.round(boxes.map.width)} px wide`);
            // The opened zone is framed inside the map, clear of the legend.
            const zone = await page.evaluate(() => {
              const features = window.__map.queryRenderedFeatures({ layers: ['focus-point'] });
              if (!features.length) return null;
              const [lng, lat] = features[0].geometry.coordinates;
              return window.__map.project([lng, lat]);
            });
            const legend = await page.locator('[data-testid="legend"]').boundingBox();
            if (!zone) failures.push(`${name}: the opened zone is not drawn`);
            else if (zone.x < legend.x + legend.width && zone.y < legend.y + legend.height) failures.push(`${name}: the opened zone is under the legend`);
          }
          const violations = await axeViolations(page);
          if (violations.length) failures.push(`${view}: axe: ${violations.join(' | ')}`);
        }
        assert.deepEqual(failures, []);
        assert.deepEqual(problems, []);
        await page.close();
      });
    }
  }
});
