// The interview kit as a hiring manager and an interviewer meet it: the bank, assembling and
// editing a kit, printing it, and running it live with one candidate.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { serve, launch, openApp, assertClean, appReady, storedDocument, waitForStored } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const HOSTILE = '<img src=x onerror=alert(1)>';

/** The v1 fixture's spec and candidate, with a hostile title and no scorecards yet. */
function seedDocument() {
  const doc = JSON.parse(fs.readFileSync(new URL('../fixtures/store/v1.json', import.meta.url), 'utf8'));
  doc.specs[0].spec.title = `Payments ${HOSTILE}`;
  doc.candidates[0].scorecards = [];
  return doc;
}

/** Opens the app with the seeded document at `hash`. */
async function openSeeded(hash, options) {
  const opened = await openApp(browser, server, '#/', options);
  await opened.page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(seedDocument()));
  await opened.page.goto(server.url + hash);
  await opened.page.reload();
  await appReady(opened.page);
  return opened;
}

const prompts = (page) => page.locator('.kit-item__prompt').allTextContents();

async function assemble(page) {
  await page.getByRole('button', { name: 'Assemble kit' }).click();
  await page.locator('.kit-item').first().waitFor();
  await waitForStored(page, (d) => d.specs[0].kit !== null, 'the kit to be saved');
}

test('the bank narrows by competency and words', async () => {
  const { page, context } = await openApp(browser, server, '#/kit');
  const count = async () => Number((await page.locator('.bank-count').textContent()).match(/^(\d+) of/)[1]);
  const all = await count();
  assert.ok(all >= 60, `the bank has ${all} questions`);
  assert.equal(await page.locator('.question-list > li').count(), all);
  await page.getByLabel('Competency').selectOption({ label: 'Caching' });
  const caching = await count();
  assert.ok(caching > 0 && caching < all, `caching: ${caching}`);
  await page.getByLabel('Search the questions').fill('invalidat');
  await page.locator('.bank-count', { hasText: /^\d+ of/ }).waitFor();
  const both = await count();
  assert.ok(both > 0 && both <= caching, `caching + "invalidat": ${both}`);
  const cards = page.locator('.question-list > li');
  assert.equal(await cards.count(), both);
  for (const text of await cards.allTextContents()) assert.match(text, /Caching/);
  // The details open to strong-answer signals, red flags and follow-ups.
  await cards.first().locator('summary').click();
  await cards.first().getByRole('heading', { name: 'Red flags' }).waitFor();
  await page.getByLabel('Search the questions').fill('zzqqxx nothing');
  await page.getByText(/No question matches/).waitFor();
  await page.getByRole('button', { name: 'Clear the filters' }).click();
  assert.equal(await count(), all);
  // No specs yet: the page says where to start.
  await page.getByRole('link', { name: 'create a role spec first' }).waitFor();
  await assertClean(page);
  await context.close();
});

test('assemble, swap, remove with undo, add, then reload: the kit is the same', async () => {
  const { page, context } = await openSeeded('#/kit/spec-1');
  assert.equal((await page.locator('main h1').textContent()).trim(), `Interview kit: Payments ${HOSTILE}`);
  await assemble(page);
  const assembled = await prompts(page);
  assert.ok(assembled.length >= 4, `assembled ${assembled.length} questions`);

  // Swap the first question that has alternatives.
  const item = page.locator('.kit-item', { has: page.locator('select[id^="swap-"]') }).first();
  const before = await item.locator('.kit-item__prompt').textContent();
  const number = before.match(/^(\d+)\./)[1];
  await item.locator('select').selectOption({ index: 1 });
  await item.getByRole('button', { name: 'Swap' }).click();
  const swapped = page.locator('.kit-item__prompt', { hasText: new RegExp(`^${number}\\.`) });
  await page.waitForFunction(([n, old]) => [...document.querySelectorAll('.kit-item__prompt')]
    .some((p) => p.textContent.startsWith(`${n}.`) && p.textContent !== old), [number, before]);
  assert.notEqual(await swapped.textContent(), before);
  const afterSwap = await prompts(page);
  await waitForStored(page, (d) => JSON.stringify(d.specs[0].kit).length > 0 && d.specs[0].kit.stages
    .flatMap((s) => s.items).length === afterSwap.length, 'the swap to be saved');

  // Remove, then undo from the notice.
  await page.locator('.kit-item').first().getByRole('button', { name: /^Remove/ }).click();
  await page.getByText(/^Removed “/).waitFor();
  assert.equal((await prompts(page)).length, afterSwap.length - 1);
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.locator('.kit-undo').waitFor({ state: 'detached' });
  assert.deepEqual(await prompts(page), afterSwap);

  // Move the second question of a stage up.
  const second = page.locator('.kit-items').first().locator('.kit-item').nth(1);
  const secondText = (await second.locator('.kit-item__prompt').textContent()).replace(/^\d+\.\s*/, '');
  await second.getByRole('button', { name: /Move up/ }).click();
  await page.waitForFunction((t) => document.querySelector('.kit-items .kit-item__prompt').textContent.endsWith(t), secondText);

  // A question of our own, with the errors first.
  await page.getByRole('button', { name: 'Add the question' }).click();
  await page.getByText('Write the question before adding it.').waitFor();
  await page.getByLabel('Question', { exact: true }).fill('What would you want to know about our on-call rota?');
  await page.getByRole('button', { name: 'Add the question' }).click();
  await page.getByText('Pick one to three competencies for the question.').waitFor();
  await page.getByRole('group', { name: /Competencies it gives evidence on/ }).getByLabel('Communication and teamwork').check();
  await page.getByLabel('Purpose').fill('Shows how they think about support work.');
  await page.getByRole('button', { name: 'Add the question' }).click();
  await page.locator('.kit-item__prompt', { hasText: 'on-call rota' }).waitFor();

  // Add one from the bank.
  const add = page.locator('.add-from-bank select').first();
  await add.selectOption({ index: 1 });
  const added = (await add.locator('option:checked').textContent()).replace(/ \(\d+ min\)$/, '').replace(/…$/, '');
  await page.locator('.add-from-bank').first().getByRole('button', { name: 'Add' }).click();
  await page.locator('.kit-item__prompt', { hasText: added }).waitFor();

  const edited = await prompts(page);
  await waitForStored(page, (d) => d.specs[0].kit.stages.flatMap((s) => s.items).length === edited.length, 'the edits to be saved');
  await page.reload();
  await appReady(page);
  await page.locator('.kit-item').first().waitFor();
  assert.deepEqual(await prompts(page), edited);
  const stored = await storedDocument(page);
  assert.ok(stored.specs[0].kit.stages.flatMap((s) => s.items).some((i) => i.source === 'custom'));
  // The coverage table names every weighted competency.
  assert.ok(await page.locator('table.coverage tbody tr').count() >= 10);
  await assertClean(page);
  await context.close();
});

test('the printed kit holds the questions and no navigation', async () => {
  const { page, context } = await openSeeded('#/kit/spec-1');
  await assemble(page);
  await page.evaluate(() => { window.__printed = 0; window.print = () => { window.__printed += 1; }; });
  await page.getByRole('button', { name: 'Print kit' }).click();
  assert.equal(await page.evaluate(() => window.__printed), 1, 'Print kit opens the print dialog');

  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('header.site-header').isVisible(), false, 'no navigation in print');
  assert.equal(await page.getByRole('button', { name: /Move up/ }).first().isVisible(), false, 'no edit controls');
  const items = page.locator('.kit-item');
  const n = await items.count();
  for (let i = 0; i < n; i++) {
    assert.ok(await items.nth(i).locator('.kit-item__prompt').isVisible(), `question ${i + 1} prints`);
    assert.ok(await items.nth(i).locator('.notes-box').isVisible(), `question ${i + 1} has room for notes`);
  }
  assert.ok(await page.getByText('Listen for:').first().isVisible(), 'signals print');
  const pdf = await page.pdf({ format: 'A4' });
  assert.equal(pdf.subarray(0, 5).toString(), '%PDF-');
  // The PDF's own text (Debian's pdftotext): every question is in it, the navigation is not.
  const file = path.join(os.tmpdir(), `hirekit-kit-${process.pid}.pdf`);
  fs.writeFileSync(file, pdf);
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  fs.rmSync(file);
  for (const prompt of await prompts(page)) {
    const start = prompt.replace(/\s+/g, ' ').slice(0, 40);
    assert.ok(text.includes(start), `the PDF holds "${start}"`);
  }
  for (const nav of ['Role specs', 'Your data', 'Skip to content']) {
    assert.ok(!text.includes(nav), `the PDF has no "${nav}"`);
  }
  await page.emulateMedia({ media: 'screen' });
  await assertClean(page);
  await context.close();
});

test('live mode: tick, note and rate three questions; it all survives a reload', async () => {
  const { page, context } = await openSeeded('#/kit/spec-1');
  await assemble(page);
  await page.goto(`${server.url}#/candidates/cand-1/live`);
  await appReady(page);
  assert.match(await page.locator('main h1').textContent(), /Live interview: Ana P\./);
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByText('Write your name first').waitFor();
  await page.getByLabel('Your name').fill('Priya');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.getByText('Interviewing as Priya.').waitFor();
  await page.getByText('Keyboard shortcuts').waitFor();
  // The clock runs against the kit's budget once started.
  assert.equal(await page.getByRole('timer').textContent(), '00:00');
  await page.getByRole('button', { name: 'Start the clock' }).click();
  await page.waitForFunction(() => document.querySelector('[role="timer"]').textContent === '00:01');
  await page.getByRole('button', { name: 'Restart the clock' }).waitFor();

  // Questions 1 and 2 with the mouse.
  for (const [n, rating] of [[1, '3 Solid'], [2, '2 Partial']]) {
    const q = page.locator(`#live-q-${n}`);
    await q.getByLabel('Asked').check();
    await q.getByLabel(`Notes on question ${n}`).fill(`Note ${n}: <b>bold</b> claims`);
    await q.getByLabel(new RegExp(`^${rating}`)).check();
  }
  // Question 3 with the keyboard alone: J moves on, X ticks, N opens the notes, a digit rates.
  await page.locator('#live-q-2').focus();
  await page.keyboard.press('j');
  await page.locator('#live-q-3[aria-current="step"]').waitFor();
  await page.keyboard.press('x');
  await page.locator('#live-asked-3:checked').waitFor();
  await page.keyboard.press('n');
  await page.keyboard.type('Note 3 typed 4 here');
  await page.keyboard.press('Tab');
  await page.keyboard.press('4');
  await page.locator('#live-rate-3-4:checked').waitFor();
  assert.equal(await page.locator('#live-notes-3').inputValue(), 'Note 3 typed 4 here', 'keys typed in notes stay there');

  const doc = await waitForStored(page, (d) => (d.candidates[0].scorecards[0]?.answers ?? []).filter((a) => a.rating).length === 3, 'three rated answers');
  const card = doc.candidates[0].scorecards[0];
  assert.equal(card.interviewer, 'Priya');
  assert.equal(card.submitted, false);
  assert.deepEqual(card.answers.map((a) => [a.asked, a.rating]), [[true, 3], [true, 2], [true, 4]]);
  assert.ok(card.answers.every((a) => a.competencies.length >= 1));

  // The hiring plan and onboarding sit below.
  await page.getByLabel('References').check();
  await page.getByLabel(/Contract signed/).check();
  await waitForStored(page, (d) => d.candidates[0].plan.find((p) => p.step === 'references').done && d.candidates[0].onboarding.length === 1);

  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Continue as Priya' }).click();
  for (const [n, rating, note] of [[1, 3, 'Note 1: <b>bold</b> claims'], [2, 2, 'Note 2: <b>bold</b> claims'], [3, 4, 'Note 3 typed 4 here']]) {
    assert.ok(await page.locator(`#live-asked-${n}`).isChecked(), `question ${n} asked`);
    assert.equal(await page.locator(`#live-notes-${n}`).inputValue(), note);
    assert.ok(await page.locator(`#live-rate-${n}-${rating}`).isChecked(), `question ${n} rated ${rating}`);
  }
  assert.ok(await page.getByLabel('References').isChecked());
  assert.ok(await page.getByLabel(/Contract signed/).isChecked());
  await assertClean(page);
  await context.close();
});

test('live mode explains what is missing', async () => {
  const { page, context } = await openSeeded('#/candidates/cand-1/live');
  await page.getByRole('heading', { name: 'No interview kit yet' }).waitFor();
  await page.getByRole('link', { name: 'Assemble the kit' }).click();
  await page.getByRole('button', { name: 'Assemble kit' }).waitFor();
  await page.goto(`${server.url}#/candidates/nobody/live`);
  await page.getByRole('heading', { name: 'Candidate not found' }).waitFor();
  await page.goto(`${server.url}#/kit/no-such-spec`);
  await page.getByRole('heading', { name: 'Role spec not found' }).waitFor();
  await assertClean(page);
  await context.close();
});

test('the kit screens have no serious or critical accessibility problems', async () => {
  const axe = fs.readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
  const check = async (page, where) => {
    await page.evaluate(axe);
    const found = await page.evaluate(async () => (await window.axe.run(document)).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`));
    assert.deepEqual(found, [], `axe on ${where}`);
  };
  const { page, context } = await openSeeded('#/kit');
  await check(page, 'the bank');
  await page.goto(`${server.url}#/kit/spec-1`);
  await page.getByRole('button', { name: 'Assemble kit' }).waitFor();
  await check(page, 'the stage budgets');
  await assemble(page);
  await check(page, 'the kit');
  await page.goto(`${server.url}#/candidates/cand-1/live`);
  await page.getByLabel('Your name').fill('Priya');
  await page.getByRole('button', { name: 'Begin' }).click();
  await page.locator('#live-q-1').waitFor();
  await check(page, 'live mode');
  await assertClean(page);
  await context.close();
});
