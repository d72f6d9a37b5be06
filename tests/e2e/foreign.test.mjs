// What another tab leaves in storage must survive this tab's next edit (P2, issue 14): a newer
// format, text that is not JSON (with a lone surrogate, which a Rust string cannot hold) and, at
// start-up, the same damaged text. The foreign bytes end up in a kept copy, identical.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, appReady, assertClean, waitForStored } from './harness.mjs';

let server, browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Stores `text` (built in the page, so a lone surrogate survives the trip) from tab `other`. */
const plant = (page, make) => page.evaluate(`localStorage.setItem('hirekit:document', ${make})`);
/** Whether some kept copy equals the planted text exactly, compared inside the page. */
const keptExactly = (page, make) => page.evaluate(`Object.keys(localStorage)
  .filter((k) => k.startsWith('hirekit:kept:')).some((k) => localStorage.getItem(k) === ${make})`);

const FOREIGN = {
  'a newer format': `JSON.stringify({ schema_version: 99, specs: [], future: { planned: true } })`,
  'text that is not JSON': `'not json \\uD800 half a surrogate'`,
};

for (const [what, make] of Object.entries(FOREIGN)) {
  test(`another tab writes ${what}, then an edit here: the foreign bytes are kept, identical, and the user is told`, async () => {
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const { page: here } = await openApp(browser, server, '#/candidates', { context });
    const { page: other } = await openApp(browser, server, '#/', { context });
    await plant(other, make);
    await here.locator('#new-candidate').fill('Carla');
    await here.getByRole('button', { name: 'Add candidate', exact: true }).click();
    await waitForStored(here, (doc) => doc.candidates?.some((c) => c.name === 'Carla'), 'the edit saved');
    assert.ok(await keptExactly(here, make), 'a kept copy holds the foreign text byte for byte');
    await here.getByText(/kept aside exactly as it was/).first().waitFor();
    await assertClean(here);
    await context.close();
  });
}

test('damaged text at start-up with a lone surrogate is kept byte for byte before the first save', async () => {
  const make = FOREIGN['text that is not JSON'];
  const { page, context } = await openApp(browser, server, '#/');
  await plant(page, make);
  await page.reload();
  await appReady(page);
  assert.ok(await keptExactly(page, make));
  await context.close();
});

test('saving paused because the kept copy could not be written resumes once there is room', async () => {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  // While the page's flag is set, no kept copy fits (as with a full quota); the document key still does.
  await context.addInitScript(() => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = function (key, value) {
      if (String(key).startsWith('hirekit:kept:') && this.getItem('test:no-room-for-kept')) {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return original.call(this, key, value);
    };
  });
  const future = JSON.stringify({ schema_version: 99, specs: [], future: { planned: true } });
  const { page } = await openApp(browser, server, '#/specs', { context });
  await page.evaluate((raw) => { localStorage.setItem('test:no-room-for-kept', '1'); localStorage.setItem('hirekit:document', raw); }, future);
  await page.reload();
  await appReady(page);
  await page.getByText('⚠ Saving paused').waitFor();
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  await page.getByLabel(/Job title/).fill('Waits for room');
  assert.equal(await page.evaluate(() => localStorage.getItem('hirekit:document')), future, 'paused, nothing was overwritten');

  // Room again: the next edit keeps the blocking text aside, then saves.
  await page.evaluate(() => localStorage.removeItem('test:no-room-for-kept'));
  await page.getByLabel(/Job title/).fill('Saved once there was room');
  await page.getByText(/Saving has resumed/).first().waitFor();
  await waitForStored(page, (doc) => doc.specs?.[0]?.spec.title === 'Saved once there was room', 'the spec saved after the pause');
  assert.ok(await keptExactly(page, JSON.stringify(future)), 'the newer-format text is kept, exactly');
  await page.locator('.save-state', { hasText: /^Saved$/ }).waitFor();
  await assertClean(page);
  await context.close();
});
