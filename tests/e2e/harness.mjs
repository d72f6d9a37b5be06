// Shared helpers for the end-to-end tests: serve the release build on a free port, drive the
// system Chromium with playwright-core, and collect everything that must not happen
// (console errors, requests to other origins, CSP violations, dialogs).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';

// HIREKIT_DIST points the tests and benchmarks at another build (e.g. one to compare with).
export const DIST = path.resolve(process.env.HIREKIT_DIST || path.resolve(import.meta.dirname, '../../dist'));

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** The precompressed copy of `file` (`.br`, else `.gz`) that the request accepts, if the build wrote one. */
function precompressedCopy(req, file) {
  const accepts = req.headers['accept-encoding'] || '';
  for (const [encoding, ext] of [['br', '.br'], ['gzip', '.gz']]) {
    if (accepts.includes(encoding) && fs.existsSync(file + ext)) return { encoding, file: file + ext };
  }
  return null;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port, optionally under a sub-path like `/team/hirekit`.
 * With `precompressed`, it answers as hosts that serve the build's .br and .gz copies do.
 */
export async function serve({ dir = DIST, prefix = '', precompressed = false } = {}) {
  assert.ok(fs.existsSync(path.join(dir, 'index.html')), `no build in ${dir}: run the release build first`);
  const requests = [];
  const server = http.createServer((req, res) => {
    const url = new URL(req.url, 'http://localhost');
    requests.push(url.pathname);
    if (!url.pathname.startsWith(prefix + '/')) { res.writeHead(404).end('not here'); return; }
    let rel = decodeURIComponent(url.pathname.slice(prefix.length + 1)) || 'index.html';
    const file = path.join(dir, path.normalize(rel));
    if (!file.startsWith(dir) || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
      res.writeHead(404).end('not found'); return;
    }
    const headers = { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream' };
    const copy = precompressed ? precompressedCopy(req, file) : null;
    if (copy) Object.assign(headers, { 'content-encoding': copy.encoding, vary: 'accept-encoding' });
    res.writeHead(200, headers);
    fs.createReadStream(copy ? copy.file : file).pipe(res);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return { origin, url: `${origin}${prefix}/`, requests, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

/**
 * Opens the app at `hash` in a page of `context` (a fresh context when none is given) and returns
 * the page with a `problems` record that `assertClean` checks.
 */
export async function openApp(browser, server, hash = '#/', { context, colorScheme, viewport } = {}) {
  context ??= await browser.newContext({ colorScheme, viewport, serviceWorkers: 'block' });
  const problems = { console: [], page: [], external: [], csp: [], dialogs: [] };
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') problems.console.push(msg.text()); });
  page.on('pageerror', (err) => problems.page.push(String(err)));
  page.on('dialog', async (dialog) => { problems.dialogs.push(dialog.message()); await dialog.dismiss(); });
  page.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:')) problems.external.push(url);
  });
  page.problems = problems;
  await page.goto(server.url + hash);
  await appReady(page);
  return { page, context, problems };
}

/**
 * The app has rendered a screen: the painted frame (index.html's stand-in until the wasm has
 * started) is gone and the app's heading is there.
 */
export async function appReady(page) {
  await page.waitForFunction(() => !document.getElementById('frame'), null, { timeout: 20000 });
  await page.locator('main h1').first().waitFor({ state: 'visible', timeout: 20000 });
}

export async function assertClean(page) {
  const problems = page.problems;
  problems.csp = await page.evaluate(() => window.__csp || []).catch(() => problems.csp);
  assert.deepEqual(problems.console, [], 'console errors');
  assert.deepEqual(problems.page, [], 'uncaught errors');
  assert.deepEqual(problems.external, [], 'requests outside the app origin');
  assert.deepEqual(problems.csp, [], 'Content Security Policy violations');
  assert.deepEqual(problems.dialogs, [], 'dialogs (alert/confirm) opened');
}

/** Every localStorage key and value of the page's origin. */
export function storageDump(page) {
  return page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)])));
}

/** The stored document, parsed. */
export async function storedDocument(page) {
  const raw = await page.evaluate(() => localStorage.getItem('hirekit:document'));
  return raw ? JSON.parse(raw) : null;
}

/** What the app loads when nothing is stored: it removes the key when nothing is left to keep. */
const EMPTY_DOCUMENT = { schema_version: 1, specs: [], candidates: [], salary: { overrides: [], on_cost_percent: [], currency: null } };

/** Waits until `predicate(storedDocument)` holds: saves are synchronous after render, never sleep. */
export async function waitForStored(page, predicate, what = 'the stored document to change') {
  const deadline = Date.now() + 10000;
  for (;;) {
    // Text that is not JSON (planted by a test as another tab's) is not the awaited save yet.
    const doc = await storedDocument(page).then((d) => d ?? structuredClone(EMPTY_DOCUMENT), () => null);
    if (doc && predicate(doc)) return doc;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await page.waitForTimeout(50);
  }
}

/** Two tabs of one browser profile, both open at `hash` on the seeded document `doc`. */
export async function twoTabs(browser, server, hash, doc) {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page: a } = await openApp(browser, server, '#/', { context });
  await a.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(doc));
  await a.goto(server.url + hash);
  await a.reload();
  await appReady(a);
  const { page: b } = await openApp(browser, server, hash, { context });
  return { context, a, b };
}
