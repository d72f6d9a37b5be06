// For people (P5): no serious or critical axe-core violations on any screen, light and dark;
// nothing overflows sideways at 375 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, appReady, assertClean } from './harness.mjs';

const AXE = fs.readFileSync(path.resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js'), 'utf8');
const V1 = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8');
const ROUTES = [
  '#/', '#/specs', '#/specs/spec-1', '#/kit', '#/kit/spec-1', '#/candidates', '#/candidates/cand-1',
  '#/candidates/cand-1/live', '#/salary', '#/data', '#/s/not-a-real-link', '#/nowhere',
];

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function withData(options) {
  const opened = await openApp(browser, server, '#/', options);
  await opened.page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), V1);
  return opened;
}

/** Opens every <details> so what it hides is checked too. */
async function openAllDetails(page) {
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
}

async function seriousViolations(page) {
  // Evaluated through the DevTools protocol, so the page's CSP does not apply to the checker.
  await page.evaluate(AXE);
  const results = await page.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  test(`no serious or critical accessibility violations, ${colorScheme}`, async () => {
    const { page, context } = await withData({ colorScheme });
    const found = [];
    for (const hash of ROUTES) {
      await page.goto(server.url + hash);
      await appReady(page);
      await openAllDetails(page);
      for (const v of await seriousViolations(page)) found.push(`${hash}: ${v}`);
    }
    assert.deepEqual(found, []);
    await assertClean(page);
    await context.close();
  });
}

test('nothing overflows sideways at 375 px wide', async () => {
  const { page, context } = await withData({ viewport: { width: 375, height: 740 } });
  const overflowing = [];
  for (const hash of ROUTES) {
    await page.goto(server.url + hash);
    await appReady(page);
    await openAllDetails(page);
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    if (widths.scroll > widths.client) overflowing.push(`${hash}: ${widths.scroll}px > ${widths.client}px`);
  }
  assert.deepEqual(overflowing, []);
  await assertClean(page);
  await context.close();
});

test('focus is always visible', async () => {
  const { page, context } = await withData();
  await page.goto(server.url + '#/specs');
  await appReady(page);
  for (let i = 0; i < 8; i++) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return 'none-focused';
      const style = getComputedStyle(el);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2 ? 'visible' : `${el.tagName} ${style.outlineStyle}`;
    });
    assert.ok(outline === 'visible' || outline === 'none-focused', `focus outline: ${outline}`);
  }
  await assertClean(page);
  await context.close();
});
