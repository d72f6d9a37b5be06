// The first paint: index.html paints the opened screen's frame (header, heading, "how this
// works") before the wasm runs, the app then takes over the same screen and works on it, and a
// frame that does not match the app (stale, altered, missing) never leaves a dead page.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serve, launch, openApp, assertClean, waitForStored, DIST } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Opens `hash` in a fresh browser with the wasm download held back, so what is on screen is what
 * index.html painted by itself. `release()` lets the wasm through; `ready` is openApp's result.
 */
async function openWithWasmHeld(at, hash) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 375, height: 740 } });
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  let asked = false;
  await context.route(/\.wasm$/, async (route) => { asked = true; await held; await route.continue(); });
  const pageOpened = context.waitForEvent('page');
  const ready = openApp(browser, at, hash, { context });
  const page = await pageOpened;
  return { page, context, ready, release: () => release(), wasmAsked: () => asked };
}

/** The paint so far that the browser counts as the largest: its time and whether the frame holds it. */
function largestPaint(page) {
  return page.evaluate(() => new Promise((resolve) => {
    new PerformanceObserver((list) => {
      const last = list.getEntries().at(-1);
      const frame = document.getElementById('frame');
      resolve({ time: last.startTime, inFrame: Boolean(frame && last.element && frame.contains(last.element)) });
    }).observe({ type: 'largest-contentful-paint', buffered: true });
  }));
}

/** The frame on screen before any wasm ran: the screen's heading, and no app yet. */
async function assertPaintedFrame(page, heading) {
  const frameHeading = page.locator('#frame main h1');
  await frameHeading.waitFor({ state: 'visible' });
  assert.equal((await frameHeading.textContent()).trim(), heading);
  assert.equal(await page.locator('#app').count(), 0, 'the app has not started');
  assert.equal(await page.locator('template').count(), 0, 'the unused frames are gone');
  const paint = await largestPaint(page);
  assert.ok(paint.inFrame, 'the largest paint so far is part of the frame');
  return paint;
}

/** After the app took over, the largest paint is still the frame's: the app painted nothing larger. */
async function assertNoLaterLargestPaint(page, framePaint) {
  const paint = await largestPaint(page);
  assert.equal(paint.time, framePaint.time, 'the largest paint is still the one of the frame');
}

test('#/salary opened cold paints the salary frame before the wasm, then the calculator works', async () => {
  const opened = await openWithWasmHeld(server, '#/salary');
  const { page } = opened;
  const painted = await assertPaintedFrame(page, 'Salary and total cost');
  assert.match(await page.locator('#frame .how-it-works').textContent(), /South 2026 salary guide/);
  assert.equal(await page.locator('#frame [aria-current="page"]').textContent(), 'Salary', 'the navigation marks the screen');
  await page.waitForFunction(() => performance.getEntriesByType('paint').length > 0);

  opened.release();
  await opened.ready;
  assert.ok(opened.wasmAsked());
  assert.equal(await page.locator('#frame').count(), 0, 'the frame is gone once the app shows the screen');
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Salary and total cost');
  await page.getByLabel('Where you hire').selectOption({ label: 'Latin America (whole market)' });
  await page.getByLabel('Level', { exact: true }).first().selectOption({ label: 'Senior' });
  await page.locator('section[aria-labelledby="band-heading"]').getByText('$70,000–$110,000+').first().waitFor();
  await assertNoLaterLargestPaint(page, painted);
  await assertClean(page);
  await opened.context.close();
});

test('the frame gives way only once the app has drawn the screen; cards below the fold follow', async () => {
  // The screen draws a task after the header, and the salary cards below the first screenful a
  // task after that: the frame must not go before the app's heading and first card exist.
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 375, height: 740 } });
  await context.addInitScript(() => {
    new MutationObserver((changes, observer) => {
      if (document.getElementById('frame') || !document.getElementById('app')) return;
      observer.disconnect();
      const app = document.getElementById('app');
      window.atReveal = {
        heading: app.querySelector('main h1')?.textContent.trim() ?? null,
        firstCard: Boolean(app.querySelector('section[aria-labelledby="band-heading"]')),
        hidden: app.hidden,
      };
    }).observe(document, { childList: true, subtree: true });
  });
  const { page } = await openApp(browser, server, '#/salary', { context });
  const atReveal = await page.waitForFunction(() => window.atReveal).then((h) => h.jsonValue());
  assert.deepEqual(atReveal, { heading: 'Salary and total cost', firstCard: true, hidden: false });
  // Every card of the frame is there in the app too, the last one included.
  await page.getByRole('heading', { name: 'Edit band figures' }).waitFor();
  assert.equal(await page.locator('main section.card').count(), 6);
  await assertClean(page);
  await context.close();
});

/** A share link for the first preset, made with the app as a hiring manager would. */
async function makeShareLink() {
  const { page, context } = await openApp(browser, server, '#/specs');
  await page.getByRole('button', { name: 'Start from Early-stage product engineer' }).click();
  await page.getByRole('button', { name: 'Share link' }).click();
  const field = page.getByLabel('Link to this spec');
  await page.locator('.share-status', { hasText: /\S/ }).waitFor();
  const link = await field.inputValue();
  await context.close();
  return link.slice(link.indexOf('#'));
}

test('a shared-spec link opened cold paints the shared-spec frame, then "Save a copy" works', async () => {
  const hash = await makeShareLink();
  assert.match(hash, /^#\/s\/[A-Za-z0-9_-]+$/);
  const opened = await openWithWasmHeld(server, hash);
  const { page } = opened;
  const painted = await assertPaintedFrame(page, 'Shared role spec');
  assert.match(await page.locator('#frame .how-it-works').textContent(), /travels inside the link itself/);
  assert.equal(await page.locator('#frame button').count(), 0, 'no button that cannot work yet');

  opened.release();
  await opened.ready;
  assert.equal((await page.locator('main h1').textContent()).trim(), 'Shared role spec');
  await page.locator('.spec-summary__title', { hasText: 'Product backend engineer' }).waitFor();
  await assertNoLaterLargestPaint(page, painted);
  await page.getByRole('button', { name: 'Save a copy' }).click();
  await page.locator('main h1', { hasText: 'Role spec builder' }).waitFor();
  await waitForStored(page, (d) => d.specs.length === 1, 'the copy to be saved');
  await assertClean(page);
  await opened.context.close();
});

test('a returning user: the frame claims nothing about saved work, the app then lists it', async () => {
  const doc = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8');
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript((raw) => {
    if (!localStorage.getItem('hirekit:document')) localStorage.setItem('hirekit:document', raw);
  }, doc);
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/\.wasm$/, async (route) => { await held; await route.continue(); });
  const pageOpened = context.waitForEvent('page');
  const ready = openApp(browser, server, '#/', { context });
  const page = await pageOpened;
  await page.locator('#frame main h1').waitFor();
  const frameText = await page.locator('#frame').textContent();
  assert.doesNotMatch(frameText, /Nothing here yet|No role specs|No candidates/, 'no empty state before the load');
  release();
  await ready;
  await page.getByRole('link', { name: 'Payments backend engineer' }).waitFor();
  await assertClean(page);
  await context.close();
});

/** A copy of the build whose index.html is changed by `edit`. */
function alteredBuild(edit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirekit-frames-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, edit(fs.readFileSync(index, 'utf8')));
  return dir;
}

test('a frame that does not match the screen (stale or altered) is replaced, never a dead page', async () => {
  // The salary frame is swapped for the home frame with stray markup, as a stale or tampered
  // copy of index.html would have it.
  const dir = alteredBuild((html) => {
    const frame = (route) => new RegExp(`<template data-route="${route}">([\\s\\S]*?)</template>`).exec(html)[1];
    const stale = `${frame('/')}<table><tr><td>stray</td></tr></table><!-- stray comment --><p>stray</p>`;
    const altered = html.replace(`<template data-route="/salary">${frame('/salary')}</template>`, `<template data-route="/salary">${stale}</template>`);
    assert.notEqual(altered, html);
    return altered;
  });
  const other = await serve({ dir });
  try {
    const opened = await openWithWasmHeld(other, '#/salary');
    const { page } = opened;
    await page.locator('#frame main h1', { hasText: 'Hire backend developers with a plan' }).waitFor();
    opened.release();
    await opened.ready;
    assert.equal((await page.locator('main h1').textContent()).trim(), 'Salary and total cost');
    assert.equal(await page.getByText('stray').count(), 0, 'nothing of the altered frame is left');
    await page.getByLabel('Level', { exact: true }).first().selectOption({ label: 'Senior' });
    await page.locator('section[aria-labelledby="band-heading"]').getByText('$70,000–$110,000+').first().waitFor();
    await assertClean(page);
    await opened.context.close();

    // An address with no frame (a screen that is not drawn at build time) starts as before.
    const { page: bare, context } = await openApp(browser, other, '#/nowhere/at/all');
    assert.equal((await bare.locator('main h1').textContent()).trim(), 'Page not found');
    await assertClean(bare);
    await context.close();
  } finally {
    await other.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('served as hosts serve the precompressed copies (brotli), the app starts and works', async () => {
  const compressed = await serve({ precompressed: true });
  try {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const encodings = {};
    context.on('response', (response) => {
      encodings[path.extname(new URL(response.url()).pathname) || '/'] = response.headers()['content-encoding'];
    });
    const { page } = await openApp(browser, compressed, '#/salary', { context });
    assert.equal(encodings['.wasm'], 'br');
    assert.equal(encodings['.js'], 'br');
    assert.equal(encodings['/'], 'br', 'index.html too');
    await page.getByLabel('Level', { exact: true }).first().selectOption({ label: 'Senior' });
    await assertClean(page);
    await context.close();
  } finally {
    await compressed.close();
  }
  // Host configuration files such as _headers are read by the host, never served: no copies.
  for (const name of fs.readdirSync(DIST).filter((n) => !/\.(br|gz)$/.test(n) && !n.startsWith('_'))) {
    assert.ok(fs.existsSync(path.join(DIST, `${name}.br`)) && fs.existsSync(path.join(DIST, `${name}.gz`)), `copies of ${name}`);
  }
});
