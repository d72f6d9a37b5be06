// Updates and headers (P2, issue 14): with the service worker installed, a redeploy that changes
// only index.html reaches the user within two loads, offline use still works, and the build
// writes `_headers` with the page's CSP and framing forbidden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DIST, serve, launch, appReady } from './harness.mjs';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a redeploy changing only index.html reaches a user with the service worker within two loads', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'hirekit-deploy-'));
  fs.cpSync(DIST, dir, { recursive: true });
  const server = await serve({ dir });
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url + '#/');
  await appReady(page);
  await page.evaluate(() => navigator.serviceWorker.ready);
  await page.reload();
  await appReady(page);
  assert.ok(await page.evaluate(() => Boolean(navigator.serviceWorker.controller)), 'the service worker controls the page');
  const swBefore = fs.readFileSync(path.join(dir, 'sw.js'));

  // The redeploy: index.html changes, sw.js stays byte-identical.
  const index = path.join(dir, 'index.html');
  fs.writeFileSync(index, fs.readFileSync(index, 'utf8').replace('<head>', '<head><meta name="hirekit-deploy" content="2">'));
  let loads = 0;
  let seen = false;
  while (!seen && loads < 2) {
    loads += 1;
    await page.reload();
    await appReady(page);
    seen = await page.evaluate(() => Boolean(document.querySelector('meta[name="hirekit-deploy"]')));
  }
  assert.ok(seen, 'the new index.html was not served within two loads');
  assert.deepEqual(fs.readFileSync(path.join(dir, 'sw.js')), swBefore);

  // Offline, the cached shell still starts the app.
  await context.setOffline(true);
  await page.reload();
  await appReady(page);
  await context.close();
  await server.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

test('the build writes _headers with the same CSP and frame-ancestors none', () => {
  const headers = fs.readFileSync(path.join(DIST, '_headers'), 'utf8');
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  const meta = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const csp = headers.match(/Content-Security-Policy: (.+)/)[1];
  assert.equal(csp, `${meta}; frame-ancestors 'none'`);
  assert.match(headers, /X-Frame-Options: DENY/);
});
