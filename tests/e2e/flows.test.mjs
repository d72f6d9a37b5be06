// The main flow with the keyboard alone (P5): build a spec, assemble its kit, score a candidate,
// check the salary. And deleting a candidate leaves their name nowhere in storage (P3).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, assertClean, storageDump, waitForStored } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

/**
 * Presses Tab until the focused element matches: `{ id }`, `{ text }` (its visible text or
 * aria-label) or `{ radioOf, value }` (a radio in a group whose label starts with `value`).
 */
async function tabTo(page, target, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const hit = await page.evaluate((t) => {
      const el = document.activeElement;
      if (!el || el === document.body) return false;
      const name = (el.getAttribute('aria-label') || el.textContent || '').trim();
      if (t.id) return el.id === t.id;
      if (t.text) return name === t.text || name.startsWith(t.text);
      if (t.radio !== undefined) return el.type === 'radio' && el.name.includes(t.radio);
      return false;
    }, target);
    if (hit) return;
  }
  assert.fail(`Tab never reached ${JSON.stringify(target)}`);
}

test('the main flow works with the keyboard alone', async () => {
  const { page, context } = await openApp(browser, server, '#/');

  // A role spec from a preset, retitled.
  await tabTo(page, { text: 'Role specs' });
  await page.keyboard.press('Enter');
  await tabTo(page, { text: 'Start from API platform' });
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'spec-title' });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('Keyboard-only API engineer');
  const withSpec = await waitForStored(page, (d) => d.specs.some((s) => s.spec.title === 'Keyboard-only API engineer'));
  const specId = withSpec.specs[0].id;

  // Its interview kit.
  await tabTo(page, { text: 'Interview kit for this spec' });
  await page.keyboard.press('Enter');
  await tabTo(page, { text: 'Assemble kit' });
  await page.keyboard.press('Enter');
  await waitForStored(page, (d) => d.specs[0].kit && d.specs[0].kit.stages.some((s) => s.items.length > 0));

  // A candidate for it, scored by one interviewer.
  await tabTo(page, { text: 'Candidates' });
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'new-candidate' });
  await page.keyboard.type('Kim Keyboard');
  await page.keyboard.press('Enter');
  await waitForStored(page, (d) => d.candidates.some((c) => c.name === 'Kim Keyboard'));
  // With one role spec saved, a new candidate is assessed against it.
  await waitForStored(page, (d) => d.candidates[0].spec_id === specId);
  await tabTo(page, { id: 'score-as' });
  await page.keyboard.type('Kai');
  await page.keyboard.press('Enter');
  await tabTo(page, { radio: '' });
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await waitForStored(page, (d) => d.candidates[0].scorecards[0]?.ratings.length >= 1);
  await tabTo(page, { text: 'Submit scorecard' });
  await page.keyboard.press('Enter');
  await waitForStored(page, (d) => d.candidates[0].scorecards[0].submitted === true);

  // The salary check for an ask.
  await tabTo(page, { text: 'Salary' });
  await page.keyboard.press('Enter');
  await tabTo(page, { id: 'offer-ask' });
  await page.keyboard.type('120000');
  await page.getByText(/Past the listed top|Above the band|In the band|Below the band/).first().waitFor();
  await assertClean(page);
  await context.close();
});

test('a deleted candidate leaves their name nowhere in storage', async () => {
  const { page, context } = await openApp(browser, server, '#/candidates');
  await page.getByLabel('Name or pseudonym').first().fill('Zebulon Quartz-Unique');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByLabel('Salary ask (USD)').fill('65000');
  await page.keyboard.press('Tab');
  await waitForStored(page, (d) => d.candidates.some((c) => c.salary_ask === 65000));
  await page.getByRole('link', { name: 'Candidates', exact: true }).first().click();
  await page.getByRole('button', { name: /Delete Zebulon/ }).click();
  await waitForStored(page, (d) => d.candidates.length === 0);
  const everything = JSON.stringify(await storageDump(page));
  assert.ok(!everything.includes('Zebulon'), 'the name is gone from every key');
  await assertClean(page);
  await context.close();
});
