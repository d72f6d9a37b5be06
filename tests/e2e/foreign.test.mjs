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
