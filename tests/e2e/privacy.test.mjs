// Private by construction (P1): nothing leaves the origin, nothing is fetched after the first
// load, the app works offline after one visit, and it is installable.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, assertClean, appReady, waitForStored } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const ROUTES = ['#/', '#/specs', '#/kit', '#/candidates', '#/salary', '#/data'];

test('after the first load, using the app makes no request at all', async () => {
  const { page, context } = await openApp(browser, server, '#/');
  const later = [];
  page.on('request', (req) => { if (!req.url().startsWith('data:')) later.push(req.url()); });
  for (const hash of ROUTES) {
    await page.getByRole('link', { name: { '#/': 'Home', '#/specs': 'Role specs', '#/kit': 'Interview kit', '#/candidates': 'Candidates', '#/salary': 'Salary', '#/data': 'Your data' }[hash], exact: true }).first().click();
    await appReady(page);
  }
  await page.getByRole('link', { name: 'Role specs', exact: true }).first().click();
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  await page.getByLabel(/Job title/).first().fill('Offline-safe title');
  await page.getByRole('link', { name: 'Your data', exact: true }).first().click();
  await appReady(page);
  assert.deepEqual(later, [], 'no request after the first load');
  await assertClean(page);
  await context.close();
});

test('after one visit the app loads and works offline', async () => {
  const context = await browser.newContext();
  const { page } = await openApp(browser, server, '#/', { context });
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
    }
  });
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await page.getByRole('link', { name: 'Role specs', exact: true }).first().click();
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  await page.getByLabel(/Job title/).first().fill('Written offline');
  await waitForStored(page, (d) => d.specs.some((s) => s.spec.title === 'Written offline'));
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel(/Job title/).first().inputValue(), 'Written offline');
  await context.setOffline(false);
  await context.close();
});

test('a web app manifest makes it installable', async () => {
  const { page, context } = await openApp(browser, server, '#/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await page.evaluate(async (h) => (await fetch(h)).json(), href);
  assert.equal(manifest.name, 'HireKit');
  assert.equal(manifest.display, 'standalone');
  assert.ok(manifest.icons.length >= 1);
  assert.ok(manifest.start_url);
  await assertClean(page);
  await context.close();
});
