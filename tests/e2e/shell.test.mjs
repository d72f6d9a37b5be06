// The app shell as a user meets it: every screen, the keyboard, saving, damaged storage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, assertClean, appReady, storageDump, waitForStored } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ROUTES = [
  ['#/', /Hire backend developers/],
  ['#/specs', /^Role specs$/],
  ['#/kit', /Interview kit/],
  ['#/candidates', /^Candidates$/],
  ['#/salary', /Salary/],
  ['#/data', /^Your data$/],
  ['#/specs/no-such-spec', /not found/i],
  ['#/candidates/no-such-candidate', /not found|Candidate/i],
  ['#/no/such/page', /Page not found/],
];

test('every route renders its heading and a "how this works"', async () => {
  const { page, context } = await openApp(browser, server);
  for (const [hash, heading] of ROUTES) {
    await page.goto(server.url + hash);
    await appReady(page);
    const h1 = (await page.locator('main h1').first().textContent()).trim();
    assert.match(h1, heading, `heading of ${hash}`);
    assert.ok(await page.locator('main .how-it-works').count() >= 1, `how-it-works on ${hash}`);
  }
  await assertClean(page);
  await context.close();
});

test('the navigation works with the keyboard alone', async () => {
  const { page, context } = await openApp(browser, server);
  const targets = [['Role specs', 'Role specs'], ['Salary', 'Salary'], ['Your data', 'Your data'], ['Home', 'Hire backend']];
  for (const [link, heading] of targets) {
    // Navigation moves focus to the new heading: start from the top of the page again.
    await page.locator('.skip-link').focus();
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate((name) => {
        const el = document.activeElement;
        return !!el && el.closest('nav') !== null && el.textContent.trim() === name;
      }, link);
    }
    assert.ok(found, `Tab reaches the "${link}" link`);
    await page.keyboard.press('Enter');
    await page.locator('main h1', { hasText: heading }).waitFor();
  }
  await assertClean(page);
  await context.close();
});

test('a change survives a reload', async () => {
  const { page, context } = await openApp(browser, server, '#/specs');
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  const title = page.getByLabel(/Job title/);
  await title.fill('Senior Go engineer, payments');
  await waitForStored(page, (d) => d.specs.some((s) => s.spec.title === 'Senior Go engineer, payments'));
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel(/Job title/).inputValue(), 'Senior Go engineer, payments');
  await assertClean(page);
  await context.close();
});

test('a damaged stored document shows a banner and the raw data stays in storage', async () => {
  const { page, context } = await openApp(browser, server);
  await page.evaluate(() => localStorage.setItem('hirekit:document', '{"schema_version": 1, "specs": [ broken'));
  await page.reload();
  await appReady(page);
  const banner = page.getByRole('alert');
  await banner.first().waitFor();
  assert.match(await banner.first().textContent(), /could not be read/);
  assert.ok(await page.getByRole('button', { name: /Download the kept data/ }).count() >= 1);
  const stored = await storageDump(page);
  const kept = Object.entries(stored).filter(([k]) => k.startsWith('hirekit:kept:'));
  assert.equal(kept.length, 1, 'the raw text is kept under its own key');
  assert.equal(kept[0][1], '{"schema_version": 1, "specs": [ broken');
  await assertClean(page);
  await context.close();
});

test('a document from a newer version is kept aside, untouched', async () => {
  const { page, context } = await openApp(browser, server);
  const future = JSON.stringify({ schema_version: 999, specs: [], candidates: [], future: true });
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), future);
  await page.reload();
  await appReady(page);
  assert.match(await page.getByRole('alert').first().textContent(), /newer version/);
  const kept = Object.entries(await storageDump(page)).filter(([k]) => k.startsWith('hirekit:kept:'));
  assert.deepEqual(kept.map(([, v]) => v), [future]);
  await assertClean(page);
  await context.close();
});

test('a full storage quota is reported and the work stays on screen', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__quotaFull) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      return original.call(this, key, value);
    };
  });
  const { page } = await openApp(browser, server, '#/specs', { context });
  await page.evaluate(() => { window.__quotaFull = true; });
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  await page.getByLabel(/Job title/).fill('Kept in memory');
  await page.getByText(/Not saved/).first().waitFor();
  assert.equal(await page.getByLabel(/Job title/).inputValue(), 'Kept in memory');
  await context.close();
});

test('the built app asks nothing of any other origin', async () => {
  const { page, context } = await openApp(browser, server);
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  assert.match(csp, /default-src 'none'/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.doesNotMatch(csp, /TRUNK_LOADER_HASH/, 'the build filled in the loader hash');
  await assertClean(page);
  await context.close();
});

test('the build works from a sub-path of a static host', async () => {
  const sub = await serve({ prefix: '/team/tools/hirekit' });
  try {
    const { page, context } = await openApp(browser, sub, '#/salary');
    assert.match(await page.locator('main h1').first().textContent(), /Salary/);
    assert.ok(sub.requests.every((p) => p.startsWith('/team/tools/hirekit/')), sub.requests.join(', '));
    await assertClean(page);
    await context.close();
  } finally {
    await sub.close();
  }
});
