// Typed edits: two people edit one record in two tabs, a little apart. Each edit goes to the record
// as it is now, so after reloading both tabs both edits are there. And a submitted scorecard is
// final: live mode cannot change it.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, assertClean, appReady, storedDocument, waitForStored, twoTabs } from './harness.mjs';

const V1 = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8'));

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

async function reloadBoth(a, b) {
  await a.reload();
  await b.reload();
  await appReady(a);
  await appReady(b);
}

for (const gap of [100, 1000]) {
  for (const renameFirst of [true, false]) {
    const order = renameFirst ? 'the rename first' : 'the weight first';
    test(`one spec, two tabs, ${gap} ms apart, ${order}: the rename and the weight both stay`, async () => {
      const { context, a, b } = await twoTabs(browser, server, '#/specs/spec-1', V1);
      const title = `Payments, renamed ${gap} ${renameFirst}`;
      const rename = () => a.getByLabel(/Job title/).first().fill(title);
      const weigh = () => b.locator('#weight-0').fill('8');
      await (renameFirst ? rename : weigh)();
      // The scenario: two people, this far apart. Not a wait for a result.
      await a.waitForTimeout(gap);
      await (renameFirst ? weigh : rename)();
      const both = (d) => d.specs.length === 1 && d.specs[0].spec.title === title
        && d.specs[0].spec.competencies[0].weight === 8;
      await waitForStored(a, both, 'both edits to be stored');
      await reloadBoth(a, b);
      for (const page of [a, b]) {
        assert.equal(await page.getByLabel(/Job title/).first().inputValue(), title);
        assert.equal(await page.locator('#weight-0').inputValue(), '8');
      }
      assert.ok(both(await storedDocument(b)), 'one spec with both edits, no conflict copy');
      await assertClean(a);
      await assertClean(b);
      await context.close();
    });

    const which = renameFirst ? 'the ask first' : 'the scorecard first';
    test(`one candidate, two tabs, ${gap} ms apart, ${which}: the ask and the scorecard both stay`, async () => {
      const doc = structuredClone(V1);
      doc.candidates[0].scorecards = [];
      const { context, a, b } = await twoTabs(browser, server, '#/candidates/cand-1', doc);
      const ask = async () => {
        await a.getByLabel('Salary ask (USD)').fill('91,000');
        await a.getByLabel('Salary ask (USD)').press('Tab');
      };
      const score = async () => {
        await b.getByLabel('Score as (your name)').fill('Ana');
        await b.getByRole('button', { name: 'Open my scorecard' }).click();
        await b.locator('.scorecard-form').getByLabel(/^4 Strong/).first().check();
      };
      await (renameFirst ? ask : score)();
      // The scenario: two people, this far apart. Not a wait for a result.
      await a.waitForTimeout(gap);
      await (renameFirst ? score : ask)();
      const both = (d) => d.candidates.length === 1 && d.candidates[0].salary_ask === 91000
        && d.candidates[0].scorecards.some((c) => c.interviewer === 'Ana' && c.ratings.some((r) => r.rating === 4));
      await waitForStored(a, both, 'the ask and the rating to be stored');
      await reloadBoth(a, b);
      for (const page of [a, b]) {
        assert.equal(await page.getByLabel('Salary ask (USD)').inputValue(), '91000');
        await page.getByText(/Ana: in progress/).waitFor();
      }
      assert.ok(both(await storedDocument(b)));
      await assertClean(a);
      await assertClean(b);
      await context.close();
    });
  }
}

test('a submitted scorecard is final: live mode as its interviewer changes nothing', async () => {
  const doc = structuredClone(V1);
  const ratings = doc.specs[0].spec.competencies.map((c) => ({ competency: c.competency, rating: 4, evidence: '' }));
  const ana = { interviewer: 'Ana', ratings, answers: [], recommendation: 'strong_yes', submitted: true, updated_at: 1 };
  doc.candidates[0].scorecards = [ana];
  const context = await browser.newContext({ serviceWorkers: 'block' });
  const { page } = await openApp(browser, server, '#/', { context });
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(doc));
  await page.goto(`${server.url}#/kit/spec-1`);
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Assemble kit' }).click();
  await waitForStored(page, (d) => d.specs[0].kit !== null, 'the kit to be saved');

  const result = async () => {
    await page.goto(`${server.url}#/candidates/cand-1`);
    await appReady(page);
    await page.getByRole('button', { name: 'View results' }).click();
    return page.locator('.result').first().textContent();
  };
  const before = await result();
  assert.match(before, /Hire/);
  assert.match(before, /4\.0/);

  await page.goto(`${server.url}#/candidates/cand-1/live`);
  await appReady(page);
  await page.getByRole('button', { name: 'Continue as Ana' }).click();
  await page.locator('#live-final').waitFor();
  await page.locator('#live-q-1').focus();
  for (let n = 1; n <= 5; n += 1) {
    await page.locator(`#live-q-${n}[aria-current="step"]`).waitFor();
    await page.keyboard.press('1');
    await page.keyboard.press('j');
  }
  await page.locator('#live-q-6[aria-current="step"]').waitFor();
  assert.equal(await page.locator('#live-q-1 input[type="radio"]:checked').count(), 0, 'no rating shown');
  assert.deepEqual((await storedDocument(page)).candidates[0].scorecards, [ana], 'the card is as submitted');

  const after = await result();
  assert.equal(after, before, 'the result has not moved');
  assert.doesNotMatch(await page.locator('main').textContent(), /From answers/);
  await assertClean(page);
  await context.close();
});
