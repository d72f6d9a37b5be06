// Own your data, never lose work (P2, P3): export / erase / import, damaged storage of every kind,
// a full quota, two tabs at once, and hostile text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, assertClean, appReady, storageDump, storedDocument, waitForStored } from './harness.mjs';

const V1 = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8');
const HOSTILE = '<img src=x onerror=alert(1)>';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function seeded(raw, hash = '#/data', options = {}) {
  const opened = await openApp(browser, server, '#/', options);
  await opened.page.evaluate((text) => localStorage.setItem('hirekit:document', text), raw);
  await opened.page.goto(server.url + hash);
  await opened.page.reload();
  await appReady(opened.page);
  return opened;
}

test('export, erase, import gives back exactly the same data', async () => {
  const { page, context } = await seeded(V1);
  const before = await storedDocument(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export everything' }).click(),
  ]);
  const file = await download.path();
  const exported = JSON.parse(fs.readFileSync(file, 'utf8'));
  assert.equal(exported.candidates[0].name, before.candidates[0].name);
  assert.deepEqual(exported.specs[0].spec, before.specs[0].spec);

  await page.getByRole('button', { name: 'Erase all data' }).click();
  await page.getByRole('status').filter({ hasText: 'erased' }).waitFor();
  assert.deepEqual(await storageDump(page), {}, 'storage is empty after erase');

  await page.setInputFiles('#import-file', file);
  const preview = page.getByRole('region', { name: /What the import will change/ });
  await preview.waitFor();
  assert.match(await preview.textContent(), /Role specs: 1 new/);
  await page.getByRole('button', { name: 'Merge into my data' }).click();
  const after = await waitForStored(page, (d) => d.specs.length === 1 && d.candidates.length === 1);
  // The write stamp says which save this one followed (two-tab merging): storage-only, never exported.
  const { write, ...reimported } = after;
  assert.ok(write?.id, 'a saved document carries its write stamp');
  assert.deepEqual(reimported, exported, 'the re-imported data equals the export');
  await assertClean(page);
  await context.close();
});

test('erase can be undone while still on the page', async () => {
  const { page, context } = await seeded(V1);
  await page.getByRole('button', { name: 'Erase all data' }).click();
  await page.getByRole('button', { name: 'Undo erase' }).click();
  const doc = await waitForStored(page, (d) => d.specs.length === 1);
  assert.equal(doc.candidates[0].name, 'Ana P.');
  await assertClean(page);
  await context.close();
});

test('erase warns about kept copies of damaged data, and Undo erase puts them back byte for byte', async () => {
  const { page, context } = await openApp(browser, server, '#/');
  await page.evaluate((doc) => {
    localStorage.setItem('hirekit:document', doc);
    localStorage.setItem('hirekit:kept:1', 'damaged \uD800 text');
  }, V1);
  await page.goto(server.url + '#/data');
  await page.reload();
  await appReady(page);
  await page.getByText(/This also erases the 1 kept copy of damaged data/).waitFor();
  await page.getByRole('button', { name: 'Erase all data' }).click();
  await page.getByRole('status').filter({ hasText: 'erased' }).waitFor();
  assert.deepEqual(await storageDump(page), {}, 'storage is empty after erase');
  await page.getByRole('button', { name: 'Undo erase' }).click();
  await page.getByRole('status').filter({ hasText: /everything erased alongside it/ }).waitFor();
  await waitForStored(page, (d) => d.specs.length === 1 && d.candidates.length === 1);
  assert.ok(await page.evaluate(() => localStorage.getItem('hirekit:kept:1') === 'damaged \uD800 text'), 'the kept copy is back, exactly');
  await assertClean(page);
  await context.close();
});

test('a kept copy that is gone says so instead of downloading nothing', async () => {
  const { page, context } = await openApp(browser, server, '#/');
  await page.evaluate((doc) => {
    localStorage.setItem('hirekit:document', doc);
    localStorage.setItem('hirekit:kept:2', 'old text');
  }, V1);
  await page.goto(server.url + '#/data');
  await page.reload();
  await appReady(page);
  // Another tab removed it after this page listed it.
  await page.evaluate(() => localStorage.removeItem('hirekit:kept:2'));
  await page.locator('li', { hasText: 'hirekit:kept:2' }).getByRole('button', { name: 'Download' }).click();
  await page.getByRole('status').filter({ hasText: /no longer in this browser's storage/ }).waitFor();
  await assertClean(page);
  await context.close();
});

test('an import file that is not an export changes nothing', async () => {
  const { page, context } = await seeded(V1);
  const before = await storageDump(page);
  await page.setInputFiles('#import-file', { name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": 1}') });
  await page.getByText(/not a HireKit export/).waitFor();
  assert.deepEqual(await storageDump(page), before);
  await assertClean(page);
  await context.close();
});

const DAMAGED = {
  'truncated JSON': V1.slice(0, V1.length / 2),
  'wrong types': V1.replace('"years": 5', '"years": "five"'),
  'NaN where a number belongs': V1.replace('"years": 5', '"years": NaN'),
  'an unknown enum value': V1.replace('"stage": "sourced"', '"stage": "teleported"'),
  // Chromium allows about 5 MB per origin, so the browser gets a 4 MB string (10 MB runs natively).
  'a 4 MB string': V1.replace('Ana P.', 'A'.repeat(4 * 1024 * 1024)),
  'a newer version': V1.replace('"schema_version": 1', '"schema_version": 7'),
};

for (const [name, raw] of Object.entries(DAMAGED)) {
  test(`damaged storage (${name}): the app starts, says so, and keeps the raw data`, async () => {
    assert.notEqual(raw, V1);
    const { page, context } = await seeded(raw, '#/');
    const problem = name === 'a 4 MB string' ? null : page.getByRole('alert').first();
    if (problem) {
      await problem.waitFor();
      assert.match(await problem.textContent(), /could not be read|newer version|left out/);
      const stored = await storageDump(page);
      const kept = Object.entries(stored).filter(([k]) => k.startsWith('hirekit:kept:'));
      assert.equal(kept.length, 1);
      assert.equal(kept[0][1], raw, 'the raw text is kept exactly');
    } else {
      // A very long name is valid data: it loads and shows, nothing is lost.
      const doc = await storedDocument(page);
      assert.equal(doc.candidates[0].name.length, 4 * 1024 * 1024);
    }
    await assertClean(page);
    await context.close();
  });
}

test('a full quota: a banner, the work stays, and export still works', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  await context.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (window.__quotaFull) {
        const error = new DOMException('full', window.__quotaName || 'QuotaExceededError');
        throw error;
      }
      return original.call(this, key, value);
    };
  });
  for (const name of ['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED']) {
    const { page } = await openApp(browser, server, '#/specs', { context });
    await page.evaluate((n) => { window.__quotaFull = true; window.__quotaName = n; }, name);
    await page.getByRole('button', { name: /New role spec/ }).first().click();
    await page.getByRole('button', { name: 'Blank spec' }).click();
    await page.getByLabel(/Job title/).first().fill(`Unsaved ${name}`);
    await page.getByText(/Not saved/).first().waitFor();
    await page.getByRole('link', { name: 'Your data' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export everything' }).click(),
    ]);
    const exported = JSON.parse(fs.readFileSync(await download.path(), 'utf8'));
    assert.ok(exported.specs.some((s) => s.spec.title === `Unsaved ${name}`), 'the export holds the unsaved work');
    await page.close();
  }
  await context.close();
});

test('two tabs: edits to different specs both survive, and a real conflict is shown', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // Lets the test hold back a tab's "storage" events, to make both tabs edit at the same time.
  await context.addInitScript(() => {
    window.addEventListener('storage', (e) => { if (window.__hold) e.stopImmediatePropagation(); }, true);
  });
  const { page: a } = await openApp(browser, server, '#/specs', { context });
  const { page: b } = await openApp(browser, server, '#/specs', { context });

  await a.getByRole('button', { name: /New role spec/ }).first().click();
  await a.getByRole('button', { name: 'Blank spec' }).click();
  await a.getByLabel(/Job title/).first().fill('Alpha from tab A');
  await waitForStored(a, (d) => d.specs.some((s) => s.spec.title === 'Alpha from tab A'));
  await b.getByRole('button', { name: /New role spec/ }).first().click();
  await b.getByRole('button', { name: 'Blank spec' }).click();
  await b.getByLabel(/Job title/).first().fill('Beta from tab B');
  // Saving is asynchronous (inside a cross-tab lock): wait for the title's save, not only the new spec's.
  const both = await waitForStored(b, (d) => d.specs.length === 2 && d.specs.some((s) => s.spec.title === 'Beta from tab B'));
  assert.deepEqual(both.specs.map((s) => s.spec.title).sort(), ['Alpha from tab A', 'Beta from tab B']);

  // Same spec, edited in both tabs before either sees the other.
  const alphaUrl = a.url();
  await b.goto(alphaUrl);
  await appReady(b);
  await b.evaluate(() => { window.__hold = true; });
  await a.getByLabel(/Job title/).first().fill('Alpha edited in A');
  await waitForStored(a, (d) => d.specs.some((s) => s.spec.title === 'Alpha edited in A'));
  await b.getByLabel(/Job title/).first().fill('Alpha edited in B');
  await b.getByText(/changed in two tabs at once/).first().waitFor();
  const merged = await waitForStored(b, (d) => d.specs.length === 3);
  const titles = merged.specs.map((s) => s.spec.title).sort();
  assert.deepEqual(titles, ['Alpha edited in A (edited in another tab)', 'Alpha edited in B', 'Beta from tab B']);

  await a.reload();
  await b.reload();
  await appReady(a);
  await appReady(b);
  assert.equal((await storedDocument(a)).specs.length, 3, 'nothing lost after reloading both');
  await assertClean(a);
  await assertClean(b);
  await context.close();
});

test('hostile text typed into a field renders as inert text', async () => {
  const { page, context } = await openApp(browser, server, '#/specs');
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  await page.getByLabel(/Job title/).first().fill(HOSTILE);
  await page.getByRole('link', { name: 'Home' }).click();
  await page.getByText(HOSTILE).first().waitFor();
  assert.equal(await page.locator('main img').count(), 0, 'no image element was injected');
  await assertClean(page);
  await context.close();
});

test('hostile text arriving by import renders as inert text', async () => {
  const hostile = V1.replace('Ana P.', HOSTILE.replace(/"/g, '\\"')).replace('Payments backend engineer', 'javascript:alert(1)');
  const { page, context } = await seeded(hostile, '#/');
  await page.getByText(HOSTILE).first().waitFor();
  await page.getByText('javascript:alert(1)').first().waitFor();
  assert.equal(await page.locator('main img').count(), 0);
  await assertClean(page);
  await context.close();
});

test('hostile text arriving by a share link renders as inert text and stores nothing', async () => {
  const { page, context } = await openApp(browser, server, '#/specs');
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  await page.getByLabel(/Job title/).first().fill(HOSTILE);
  await page.getByLabel('Primary language').fill('javascript:alert(1)');
  await waitForStored(page, (d) => d.specs[0].spec.title === HOSTILE);
  await page.getByRole('button', { name: 'Share link' }).click();
  const link = await page.getByLabel('Link to this spec').inputValue();
  await context.close();

  const fresh = await openApp(browser, server, '#/');
  await fresh.page.goto(link);
  await fresh.page.getByText(HOSTILE).first().waitFor();
  await fresh.page.getByText('javascript:alert(1)').first().waitFor();
  assert.equal(await fresh.page.locator('main img').count(), 0);
  assert.equal(await fresh.page.locator('main a[href^="javascript"]').count(), 0);
  assert.deepEqual(await storageDump(fresh.page), {}, 'opening a link stores nothing');
  await assertClean(fresh.page);
  await fresh.context.close();
});
