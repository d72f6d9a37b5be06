// Candidates, scorecards and the panel exchange as a hiring team meets them: two interviewers
// score one candidate on their own devices, swap scorecards by link, a third stays blind until
// they submit, the comparison downloads as CSV, and a deleted candidate comes back with Undo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, assertClean, appReady, waitForStored, storedDocument } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const HOSTILE = '<img src=x onerror=alert(1)>';
const fixture = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8'));

/** The v1 fixture with a small spec (Security a must-have) and two candidates to score. */
function seedDocument({ scorecards = [] } = {}) {
  const doc = structuredClone(fixture);
  const weights = { security: [9, true], api_design: [5, false], databases: [5, false] };
  for (const req of doc.specs[0].spec.competencies) {
    const [weight, mustHave] = weights[req.competency] ?? [0, false];
    Object.assign(req, { weight, must_have: mustHave });
  }
  const base = doc.candidates[0];
  doc.candidates = [
    { ...structuredClone(base), id: 'cand-dana', name: 'Dana Ruiz', scorecards },
    { ...structuredClone(base), id: 'cand-eli', name: 'Eli Moss', scorecards: [] },
  ];
  return doc;
}

async function openSeeded(hash, doc = seedDocument()) {
  const opened = await openApp(browser, server, '#/');
  await opened.page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(doc));
  await opened.page.goto(server.url + hash);
  await opened.page.reload();
  await appReady(opened.page);
  return opened;
}

async function rate(page, competency, level) {
  await page.getByRole('group', { name: competency, exact: true }).getByRole('radio', { name: new RegExp(`^${level} `) }).check();
}

/** Opens `who`'s scorecard, rates it, makes an overall call and submits. */
async function scoreAndSubmit(page, who, ratings, call, evidence = {}) {
  await page.getByLabel('Score as (your name)').fill(who);
  await page.getByRole('button', { name: 'Open my scorecard' }).click();
  await page.getByRole('button', { name: 'Submit scorecard' }).waitFor();
  for (const [competency, level] of Object.entries(ratings)) {
    await rate(page, competency, level);
    if (evidence[competency]) await page.getByLabel(`Evidence for ${competency}`).fill(evidence[competency]);
  }
  await page.getByRole('group', { name: 'Your overall call' }).getByRole('radio', { name: call, exact: true }).check();
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await waitForStored(page, (d) => d.candidates[0].scorecards.some((s) => s.interviewer === who && s.submitted), `${who}'s submitted scorecard`);
}

test('two interviewers score apart, swap scorecards by link, and a third stays blind until submitting', async () => {
  // Device A: Ana scores and shares her scorecard.
  const a = await openSeeded('#/candidates/cand-dana');
  await a.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await scoreAndSubmit(a.page, 'Ana', { Security: 3, 'API design': 4, Databases: 4 }, 'Yes', { Security: HOSTILE });
  // The hostile note is text, never markup.
  await a.page.getByText(HOSTILE).first().waitFor();
  assert.equal(await a.page.locator('main img').count(), 0);
  await a.page.getByRole('button', { name: 'Share this scorecard' }).click();
  const linkField = a.page.getByLabel(/Link to Ana’s scorecard/);
  await linkField.waitFor();
  const link = await linkField.inputValue();
  assert.match(link, /#\/sc\/[A-Za-z0-9_-]+$/);
  await assertClean(a.page);
  await a.context.close();

  // Device B, the hiring manager's: Ben scores on his own, a must-have at 1, API design 2 points below Ana.
  const b = await openSeeded('#/candidates/cand-dana');
  const { page } = b;
  await scoreAndSubmit(page, 'Ben', { Security: 1, 'API design': 2, Databases: 3 }, 'No');
  await page.getByText('Blocked by a must-have').first().waitFor();

  await page.goto(link);
  await page.getByRole('heading', { name: 'Import a scorecard' }).waitFor();
  await page.getByRole('button', { name: 'Import this scorecard' }).click();
  await page.getByText('Imported Ana’s scorecard.').waitFor();
  await waitForStored(page, (d) => d.candidates[0].scorecards.length === 2, 'two scorecards');
  await page.getByRole('link', { name: 'Open Dana Ruiz' }).click();
  await page.getByRole('button', { name: 'View results' }).click();
  const result = page.locator('section.result');
  await result.waitFor();
  const gate = await result.locator('.gate-list li').first().textContent();
  assert.match(gate, /Blocked/);
  assert.match(gate, /Security is a must-have and scored 2\.0/);
  assert.match(await result.locator('.disagreement').textContent(), /Interviewers disagree on .*API design/);
  assert.match(await result.textContent(), /Blocked by a must-have/);

  // The same link again changes nothing.
  await page.goto(link);
  await page.getByText('Already imported: nothing changed.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Import this scorecard' }).count(), 0);
  const stored = await waitForStored(page, (d) => d.candidates[0].scorecards.length === 2, 'still two scorecards');
  assert.deepEqual(stored.candidates[0].scorecards.map((s) => s.interviewer).sort(), ['Ana', 'Ben']);

  // A third interviewer sees none of the others' ratings until they submit.
  await page.goto(server.url + '#/candidates/cand-dana');
  await appReady(page);
  await page.getByLabel('Score as (your name)').fill('Cy');
  await page.getByRole('button', { name: 'Open my scorecard' }).click();
  await page.getByText('2 other scorecards are hidden until you submit yours').waitFor();
  assert.equal(await page.getByText(HOSTILE).count(), 0, 'Ana’s evidence stays hidden');
  assert.equal(await page.locator('section.result').count(), 0, 'the result stays hidden');
  assert.equal(await page.getByRole('heading', { name: 'Ana’s scorecard' }).count(), 0);
  await rate(page, 'Databases', 3);
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await page.getByRole('heading', { name: 'Ana’s scorecard' }).waitFor();
  await page.getByText(HOSTILE).first().waitFor();
  await assertClean(page);
  await b.context.close();
});

test('the comparison sorts by column and downloads as CSV, one row per candidate', async () => {
  const ana = {
    interviewer: 'Ana', submitted: true, updated_at: 1763000200000, recommendation: 'yes', answers: [],
    ratings: [{ competency: 'security', rating: 4, evidence: '' }, { competency: 'api_design', rating: 3, evidence: '' }],
  };
  const { page, context } = await openSeeded('#/candidates', seedDocument({ scorecards: [ana] }));
  const table = page.locator('table.compare');
  await table.waitFor();
  const nameHeader = table.locator('th', { has: page.getByRole('button', { name: /^Name/ }) });
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'none');
  await nameHeader.getByRole('button').click();
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'ascending');
  await nameHeader.getByRole('button').click();
  assert.equal(await nameHeader.getAttribute('aria-sort'), 'descending');
  assert.deepEqual(await table.locator('tbody th').allTextContents(), ['Eli Moss', 'Dana Ruiz']);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'hirekit-comparison.csv');
  const csv = fs.readFileSync(await download.path(), 'utf8').trimEnd().split('\r\n');
  assert.equal(csv[0], 'Name,Stage,Verdict,Overall,Coverage %,API design,Databases,Security');
  assert.equal(csv.length, 3, 'a header and one row per candidate');
  assert.ok(csv.includes('Dana Ruiz,Sourced,Hire,3.64,73.68,3.00,,4.00'), csv.join('\n'));
  assert.ok(csv.includes('Eli Moss,Sourced,Not enough evidence,,0.00,,,'), csv.join('\n'));
  await assertClean(page);
  await context.close();
});

test('a new candidate autosaves, refuses a bad salary in words, and comes back after delete with Undo', async () => {
  const { page, context } = await openSeeded('#/candidates');
  await page.getByLabel('Name or pseudonym').fill('Zoe Park');
  await page.getByRole('button', { name: 'Add candidate' }).click();
  await page.getByRole('heading', { name: 'Scorecards' }).waitFor();
  const ask = page.getByLabel('Salary ask (USD)');
  await ask.fill('80,000');
  await ask.press('Tab');
  await waitForStored(page, (d) => d.candidates.some((c) => c.name === 'Zoe Park' && c.salary_ask === 80000), 'the salary ask');
  await page.getByText('Yearly, in US dollars: $80,000.').waitFor();
  await ask.fill('lots');
  await ask.press('Tab');
  await page.getByText(/Type a yearly amount in US dollars/).waitFor();
  await page.reload();
  await appReady(page);
  assert.equal(await page.getByLabel('Salary ask (USD)').inputValue(), '80000');

  await page.getByRole('link', { name: 'All candidates' }).click();
  await page.getByRole('button', { name: 'Delete Zoe Park' }).click();
  await waitForStored(page, (d) => !d.candidates.some((c) => c.name === 'Zoe Park'), 'the delete');
  assert.equal(await page.getByRole('link', { name: 'Zoe Park' }).count(), 0);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: 'Zoe Park' }).waitFor();
  await waitForStored(page, (d) => d.candidates.some((c) => c.name === 'Zoe Park'), 'the undo');
  await assertClean(page);
  await context.close();
});

test('a scorecard file for the same interviewer asks which to keep; a broken link changes nothing', async () => {
  const ben = {
    interviewer: 'Ben', submitted: true, updated_at: 1763000200000, recommendation: 'no', answers: [],
    ratings: [{ competency: 'security', rating: 2, evidence: 'first pass' }],
  };
  const { page, context } = await openSeeded('#/sc/not-a-real-scorecard', seedDocument({ scorecards: [ben] }));
  await page.getByRole('alert').filter({ hasText: /link/ }).first().waitFor();

  await page.goto(server.url + '#/candidates/cand-dana');
  await appReady(page);
  const changed = { ...ben, updated_at: 1763000900000, ratings: [{ competency: 'security', rating: 3, evidence: 'second look' }] };
  const file = { kind: 'hirekit-scorecard', version: 1, candidate_id: 'cand-dana', candidate_name: 'Dana Ruiz', scorecard: changed };
  await page.getByLabel('Import a scorecard file').setInputFiles({
    name: 'ben.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)),
  });
  await page.getByRole('button', { name: 'Keep mine' }).waitFor();
  await page.getByRole('button', { name: 'Use the imported one' }).click();
  // Ben's card here is submitted, and a submitted scorecard is final: the import is refused.
  await page.getByText(/a submitted scorecard is final/).waitFor();
  const stored = await storedDocument(page);
  assert.equal(stored.candidates[0].scorecards.length, 1);
  assert.equal(stored.candidates[0].scorecards[0].recommendation, 'no', 'the submitted card is unchanged');
  await assertClean(page);
  await context.close();
});
