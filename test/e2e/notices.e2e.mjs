// End-to-end: a link's bad values, each with one visible notice and the app still whole (issue 15, §6 and
// §7): the notice flood, a very long value, a deck that cannot be used and a slide beyond it, too many or
// unknown compared codes, `from` after `year`, a 400-digit area; and two flash messages in quick succession.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { ARTIFACTS, ORIGIN, newWatchedPage, waitForApp, useApp } from './harness.mjs';

const app = useApp();
const METRIC = 'province_fdi_total_capital_musd';

async function open(url) {
  const watched = await newWatchedPage(watchedContext());
  await watched.page.goto(`${ORIGIN}${url}`);
  await waitForApp(watched.page);
  return watched;
}
const watchedContext = () => app.browser.context;

/** The notices shown: parameter, problem and text of each, and the page's size. */
const shown = (page) =>
  page.evaluate(() => ({
    notices: [...document.querySelectorAll('[data-testid="notices"] .notice')].map((p) => ({
      param: p.dataset.param,
      problem: p.dataset.problem,
      text: p.querySelector('span').textContent,
      title: p.querySelector('span').getAttribute('title'),
    })),
    elements: document.getElementsByTagName('*').length,
    wider: document.documentElement.scrollWidth > document.documentElement.clientWidth,
  }));

/** A deck parameter as the app writes it (core/url/deck.ts): base64url of the slides' [search, title]. */
const deckParam = (slides) => Buffer.from(JSON.stringify(slides.map(([search, title]) => (title ? [search, title] : [search])))).toString('base64url');
const DECK3 = deckParam([['v=1&year=2019', 'one'], ['v=1&year=2020', 'two'], ['v=1&year=2021', 'three']]);

describe('notices stay few and small', () => {
  test('100,000 × lang=xx: one notice for lang and one for the length of the link; the page stays small', async () => {
    const { page, problems } = await open('/?lang=en');
    const baseline = (await shown(page)).elements;
    await page.goto(`${ORIGIN}/?${'lang=xx&'.repeat(100_000)}`);
    await waitForApp(page);
    const flood = await shown(page);
    assert.deepEqual(flood.notices.map((n) => `${n.param}:${n.problem}`), [':too-long', 'lang:invalid']);
    // lang=xx is not read, so the notices are in Vietnamese.
    assert.match(flood.notices[0].text, /^Liên kết dài 800\.001 ký tự; chỉ đọc \d{3}\.\d{3} ký tự đầu, phần còn lại bị bỏ qua\.$/);
    assert.match(flood.notices[1].text, /^Tham số "lang" có giá trị không hợp lệ \("xx"\)/);
    assert.ok(flood.elements < baseline + 20, `${flood.elements} elements (a clean page: ${baseline})`);
    assert.equal(flood.wider, false);
    // Under the cap, 10,000 of them: one notice.
    await page.goto(`${ORIGIN}/?${'lang=xx&'.repeat(10_000)}`);
    await waitForApp(page);
    assert.deepEqual((await shown(page)).notices.map((n) => n.param), ['lang']);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a 10,000-character value is shown in 60 characters and does not widen the page; a short one is whole on hover', async () => {
    const { page, problems } = await open(`/?lang=en&zone=${'z'.repeat(10_000)}&metric=${'m'.repeat(70)}`);
    const { notices, wider } = await shown(page);
    assert.equal(wider, false);
    const zone = notices.find((n) => n.param === 'zone');
    assert.match(zone.text, new RegExp(`"${'z'.repeat(60)}…"`));
    assert.ok(zone.text.length < 200, zone.text);
    assert.equal(zone.title, null, 'a 10,000-character value is not repeated on hover');
    const metric = notices.find((n) => n.param === 'metric');
    assert.match(metric.text, new RegExp(`"${'m'.repeat(60)}…"`));
    assert.match(metric.title, new RegExp(`"${'m'.repeat(70)}"`));
    await page.screenshot({ path: path.join(ARTIFACTS, 'notices-long-value.png') });
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a search text longer than 200 characters is cut, and says so', async () => {
    const { page, problems } = await open(`/?lang=en&view=zones&q=${encodeURIComponent('ệ'.repeat(300))}`);
    const [notice] = (await shown(page)).notices;
    assert.deepEqual([notice.param, notice.problem], ['q', 'cut']);
    assert.match(notice.text, /longer than 200 characters/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('two flash messages in quick succession are both seen', async () => {
    const { page, problems } = await open('/?lang=en');
    await page.locator('[data-testid="slides-toggle"]').click();
    await page.locator('[data-testid="import-deck"]').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from('{"version":9}') });
    await page.locator('[data-testid="export-menu"] summary').click();
    await page.locator('[data-testid="copy-link"]').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="flash"] .flash').length === 2);
    const texts = await page.locator('[data-testid="flash"] .flash').allInnerTexts();
    assert.match(texts[0], /The deck could not be imported: deck version 9 is not supported/);
    assert.match(texts[1], /copied|Could not copy/i);
    assert.deepEqual(problems, []);
    await page.close();
  });
});

describe('bad values, each with a notice (CONTRACTS.md)', () => {
  test('slide 999 of a 3-slide deck shows slide 3 of 3; slide=1e308 is not read; neither shows 1000/3 nor 1e+308/3', async () => {
    for (const [slide, counter, problem] of [['999', 'Slide 3 / 3', 'slide'], ['1e308', 'Slide 1 / 3', 'invalid']]) {
      const { page, problems } = await open(`/?lang=en&present=1&deck=${DECK3}&slide=${slide}`);
      await page.locator('[data-testid="slide-counter"]').waitFor();
      // "3 / 3" on screen, "Slide 3 / 3" to a screen reader (the stage's counter, issue 12).
      assert.equal((await page.locator('[data-testid="slide-counter"]').textContent()).replace(/\s+/g, ' ').trim(), counter);
      const { notices } = await shown(page);
      assert.deepEqual(notices.map((n) => `${n.param}:${n.problem}`), [`slide:${problem}`]);
      if (problem === 'slide') assert.match(notices[0].text, /There is no slide 1000: the deck has 3; the last slide is shown/);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  test('a deck that is malformed, too long or over 60 slides is dropped, and the notice says which', async () => {
    const many = deckParam(Array.from({ length: 61 }, (_, i) => [`v=1&year=${2015 + (i % 9)}`]));
    const cases = [
      [`${DECK3.slice(0, -7)}!!`, /not readable/],
      [many, /it has 61 slides, more than 60/],
      ['A'.repeat(420_000), /it is 420,000 characters long, more than 417,280/],
      [deckParam([['v=1&year=2020', 'x'.repeat(300)], ['v=1&lang=xx']]), /Slides 1, 2 of the deck had values that could not be used as given/],
    ];
    const { page, problems } = await open('/?lang=en');
    for (const [deck, reason] of cases) {
      await page.goto(`${ORIGIN}/?lang=en&deck=${deck}&slide=1`);
      await waitForApp(page);
      const { notices } = await shown(page);
      assert.equal(notices.length, 1, JSON.stringify(notices));
      assert.equal(notices[0].param, 'deck');
      assert.match(notices[0].text, reason);
    }
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('500 compared codes are cut to 4 with a count of the rest; unknown codes are named', async () => {
    const codes = Array.from({ length: 500 }, (_, i) => String(1 + (i % 96)).padStart(2, '0')).join(',');
    const { page, problems } = await open(`/?lang=en&view=compare&scope=province&metric=${METRIC}&compare=${codes}`);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('compare')?.split(',').length === 4);
    await page.locator('[data-testid="compare"]').waitFor();
    let { notices } = await shown(page);
    assert.deepEqual(notices.map((n) => n.param), ['compare']);
    // Provinces of the country outside the delta are named as such; codes no map knows, then the cut, counted.
    assert.match(notices[0].text, /outside the Red River Delta\. There is no province with code [\d, …]+ on this map; left out of the comparison\. At most 4 provinces can be compared; the 7 after them were left out\.$/);
    await page.goto(`${ORIGIN}/?lang=en&view=compare&scope=province&metric=${METRIC}&compare=99,27,98,01`);
    await waitForApp(page);
    ({ notices } = await shown(page));
    assert.equal(notices[0].text, 'There is no province with code 99, 98 on this map; left out of the comparison.');
    assert.equal(new URL(page.url()).searchParams.get('compare'), '27,01');
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('from later than year: a notice, and the change view compares with an earlier year', async () => {
    const { page, problems } = await open(`/?lang=en&view=change&scope=province&metric=${METRIC}&year=2019&from=2023`);
    const { notices } = await shown(page);
    assert.deepEqual(notices.map((n) => `${n.param}:${n.problem}`), ['from:from']);
    assert.match(notices[0].text, /The earlier year \("from" = 2023\) is not before 2019/);
    const from = Number(await page.locator('[data-testid="from-select"]').inputValue());
    assert.ok(from < 2019, String(from));
    assert.deepEqual(problems, []);
    await page.close();
  });

  test('a 400-digit area is not read (never Infinity), and the link written afterwards reads back', async () => {
    const { page, problems } = await open(`/?lang=en&view=zones&area=${'9'.repeat(400)}-&occ=-5-50`);
    const { notices } = await shown(page);
    assert.deepEqual(notices.map((n) => `${n.param}:${n.problem}`).sort(), ['area:invalid', 'occ:invalid']);
    // A change writes the link: the bad values are gone from it, not turned into "Infinity-".
    await page.locator('[data-testid="province-list"] button[data-code="27"]').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('province') === '27');
    assert.doesNotMatch(page.url(), /Infinity|area=|occ=/);
    assert.deepEqual(problems, []);
    await page.close();
  });
});
