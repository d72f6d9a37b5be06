// Import errors on `#/data` (issues 14 and 16): shown as errors beside the file control, a
// damaged file clears the earlier preview and its buttons, and a file too large is refused from
// its size alone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, assertClean } from './harness.mjs';

const V1 = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8');

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const file = (name, text) => ({ name, mimeType: 'application/json', buffer: Buffer.from(text) });

test('a file that is not an export is an error beside the import control, not information at the top', async () => {
  const { page, context } = await openApp(browser, server, '#/data');
  await page.locator('#import-file').setInputFiles(file('notes.json', '{"hello": 1}'));
  const error = page.locator('#import-error');
  await error.getByText(/not a HireKit export/).waitFor();
  assert.equal(await error.getAttribute('role'), 'alert');
  assert.equal(await page.locator('#import-file').getAttribute('aria-invalid'), 'true');
  // Beside the control: inside the Import card, right under the file input.
  const inImportCard = await error.evaluate((el) => el.closest('section')?.querySelector('h2')?.textContent);
  assert.equal(inImportCard, 'Import');
  assert.equal(await page.locator('.banner--info').filter({ hasText: /not a HireKit export/ }).count(), 0);
  const colour = await error.evaluate((el) => getComputedStyle(el).color);
  const bad = await page.evaluate(() => { const p = document.createElement('p'); p.style.color = 'var(--bad)'; document.body.append(p); const c = getComputedStyle(p).color; p.remove(); return c; });
  assert.equal(colour, bad, 'error colour');
  await assertClean(page);
  await context.close();
});

test('after a valid preview, a damaged file clears the preview and its Merge / Replace buttons', async () => {
  const { page, context } = await openApp(browser, server, '#/data');
  await page.locator('#import-file').setInputFiles(file('export.json', V1));
  await page.getByRole('button', { name: 'Merge into my data' }).waitFor();
  await page.locator('#import-file').setInputFiles(file('broken.json', V1.slice(0, 200)));
  await page.locator('#import-error').getByText(/damaged|not a HireKit export/).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Merge into my data' }).count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Replace my data' }).count(), 0);
  await assertClean(page);
  await context.close();
});

test('a file too large is refused from its size before it is read', async () => {
  const { page, context } = await openApp(browser, server, '#/data');
  // Reading would be the slow part: count calls to File.prototype.text.
  await page.evaluate(() => { window.__reads = 0; const text = File.prototype.text; File.prototype.text = function () { window.__reads += 1; return text.call(this); }; });
  await page.locator('#import-file').setInputFiles(file('huge.json', ' '.repeat(16 * 1024 * 1024)));
  await page.locator('#import-error').getByText(/too large/).waitFor();
  assert.equal(await page.evaluate(() => window.__reads), 0);
  await context.close();
});

test('a real export made mostly of non-Latin text, 7 MB as UTF-8, is not refused for its size', async () => {
  const doc = JSON.parse(V1);
  // 2.5 million CJK characters: about half of what storage holds, three bytes each in the file.
  doc.candidates[0].name = '\u8a55'.repeat(2_500_000);
  const text = JSON.stringify(doc);
  assert.ok(Buffer.byteLength(text) > 7_000_000);
  const { page, context } = await openApp(browser, server, '#/data');
  await page.locator('#import-file').setInputFiles(file('export.json', text));
  await page.getByRole('button', { name: 'Replace my data' }).waitFor({ timeout: 30000 });
  assert.equal((await page.locator('#import-error').textContent()).trim(), '', 'no error beside the import control');
  await assertClean(page);
  await context.close();
});

test('#/data shows the limit that applies to localStorage and how full it is', async () => {
  const { page, context } = await openApp(browser, server, '#/');
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), V1);
  await page.goto(server.url + '#/data');
  await page.reload();
  const limit = page.locator('#storage-limit');
  await limit.getByText(/5,242,880 characters/).waitFor();
  const used = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));
  const percent = Math.ceil((used * 100) / 5242880);
  assert.match(await limit.textContent(), new RegExp(`${percent}% of it is in use`));
  await context.close();
});
