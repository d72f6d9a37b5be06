// Hostile and huge text (P2, issue 14): an unbroken 120-character and a 100,000-character name
// and title, and a right-to-left override, on every screen at 375 and 1280 px: no screen scrolls
// sideways, the full text stays reachable, and the override cannot reorder the app's own words.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, appReady, assertClean } from './harness.mjs';

const V1 = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8'));
const ROUTES = ['#/', '#/specs', '#/specs/spec-1', '#/kit', '#/kit/spec-1', '#/candidates', '#/candidates/cand-1',
  '#/candidates/cand-1/live', '#/salary', '#/data'];

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

function hostile(word) {
  const doc = structuredClone(V1);
  doc.specs[0].spec.title = word;
  doc.candidates[0].name = word;
  return JSON.stringify(doc);
}

const WORDS = { '120 characters': 'W'.repeat(120), '100,000 characters': 'x'.repeat(100_000) };

for (const [what, word] of Object.entries(WORDS)) {
  for (const width of [375, 1280]) {
    test(`an unbroken ${what} name and title at ${width} px: no screen scrolls sideways`, async () => {
      const { page, context } = await openApp(browser, server, '#/', { viewport: { width, height: 800 } });
      await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), hostile(word));
      const overflowing = [];
      for (const hash of ROUTES) {
        await page.goto(server.url + hash);
        await page.reload();
        await appReady(page);
        const w = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        if (w.scroll > w.client) overflowing.push(`${hash}: +${w.scroll - w.client}px`);
      }
      assert.deepEqual(overflowing, []);
      await assertClean(page);
      await context.close();
    });
  }
}

/** Text nodes holding the override that are neither isolated elements nor fenced by FSI ... PDI. */
function overrideLeaks(page) {
  return page.evaluate(() => [...document.querySelectorAll('body *')]
    .flatMap((el) => [...el.childNodes].filter((n) => n.nodeType === 3 && n.textContent.includes('\u202E')).map((n) => [el, n.textContent]))
    .filter(([el, text]) => {
      const alone = text.trim() === 'Ana \u202E evil' && (getComputedStyle(el).unicodeBidi === 'isolate' || el.tagName === 'BDI');
      return !alone && !text.includes('\u2068Ana \u202E evil\u2069');
    })
    .map(([el, text]) => `${el.tagName}: ${JSON.stringify(text.slice(0, 60))}`));
}

test('a right-to-left override in a name is isolated from the text around it', async () => {
  const { page, context } = await openApp(browser, server, '#/');
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), hostile('Ana \u202E evil'));
  for (const hash of ['#/candidates', '#/candidates/cand-1', '#/specs', '#/salary']) {
    await page.goto(server.url + hash);
    await page.reload();
    await appReady(page);
    // The override sits alone in an isolated element, or between isolate marks (FSI ... PDI)
    // inside the app's sentence: either way it cannot reach the app's words.
    assert.deepEqual(await overrideLeaks(page), [], `${hash}: text holding the override is not isolated`);
  }
  // A sentence built around the name in one text node: the undo bar after a delete.
  await page.goto(server.url + '#/candidates');
  await page.getByRole('button', { name: /^Delete Ana/ }).click();
  await page.getByText(/^Deleted candidate/).waitFor();
  assert.match(await page.getByText(/^Deleted candidate/).textContent(), /\u2068Ana \u202E evil\u2069/);
  assert.deepEqual(await overrideLeaks(page), [], 'the undo bar lets the override reach its own words');
  await assertClean(page);
  await context.close();
});

test('malformed hashes show the not-found screen without an uncaught error', async () => {
  const { page, context } = await openApp(browser, server, '#/');
  for (const hash of ['#s/AAAA', '#x', '#candidates', '#%2F']) {
    // While the app runs (a pasted link or an edited address)...
    await page.evaluate((h) => { location.hash = h; }, hash);
    await page.waitForFunction(() => location.hash === '#/404');
    await page.locator('main h1', { hasText: 'Page not found' }).waitFor();
    // ...and as the first load.
    await page.goto(server.url + '#/');
    await page.goto(server.url + hash);
    await page.reload();
    await page.waitForFunction(() => location.hash === '#/404');
    await page.locator('main h1', { hasText: 'Page not found' }).waitFor();
  }
  await assertClean(page);
  await context.close();
});
