// The sealed panel, end to end, with three browsers that share nothing (manager, Ana, Ben):
// invitations -> both interviewers submit in live mode -> sealed return links -> the manager
// imports both (twice changes nothing, a tampered one is refused) -> ratings closed until the
// second card is in -> reveal -> one amendment with a reason -> the decision record downloads
// with both cards and the amendment. Ana's return opened in Ben's browser shows nothing of her notes,
// stores nothing of them, and its payload does not hold them in the clear.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, assertClean, appReady, storageDump, waitForStored } from './harness.mjs';

const V1 = JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8'));
const SHOTS = process.env.HIREKIT_SHOTS;

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const NOTES = {
  Ana: 'Ana-private: traced the duplicate charge to a retry without an idempotency key',
  Ben: 'Ben-private: sketched the ledger tables and the nightly reconciliation job',
};

async function shot(page, name) {
  if (!SHOTS) return;
  for (const width of [375, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: path.join(SHOTS, `${name}-${width}.png`), fullPage: true });
  }
}

/** The manager's browser: the v1 fixture without cards, its kit assembled, a round started. */
async function managerWithRound() {
  const doc = structuredClone(V1);
  doc.candidates[0].scorecards = [];
  const { page, context } = await openApp(browser, server, '#/');
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(doc));
  await page.goto(`${server.url}#/kit/spec-1`);
  await page.reload();
  await appReady(page);
  await page.getByRole('button', { name: 'Assemble kit' }).click();
  await waitForStored(page, (d) => d.specs[0].kit !== null, 'the kit to be saved');
  await page.goto(`${server.url}#/candidates/cand-1`);
  await appReady(page);
  await page.getByRole('button', { name: 'Start a panel round' }).click();
  await waitForStored(page, (d) => d.rounds?.length === 1, 'the round to be saved');
  return { page, context };
}

/** The manager's browser with a round, Ana and Ben invited to every stage. */
async function managerWithInvitations() {
  const { page, context } = await managerWithRound();
  for (const name of ['Ana', 'Ben']) {
    await page.getByLabel("Interviewer's name").fill(name);
    await page.getByRole('button', { name: 'Add to the panel' }).click();
    await page.locator(`#invite-${name.toLowerCase()}`).waitFor();
  }
  const links = {};
  for (const name of ['Ana', 'Ben']) links[name] = await page.locator(`#invite-${name.toLowerCase()}`).inputValue();
  await shot(page, 'panel-invitations');
  return { page, context, links };
}

/** An interviewer opens their invitation in their own browser, runs live mode and submits. */
async function interviewAndSubmit(name, link) {
  const { page, context } = await openApp(browser, server, link.slice(link.indexOf('#')));
  await page.getByText(`You interview as ${name}.`).waitFor();
  await shot(page, `panel-invitation-${name}`);
  await page.getByRole('button', { name: 'Keep this invitation on this device' }).click();
  await page.getByRole('link', { name: 'Run live interview' }).click();
  await appReady(page);
  await page.getByText(`Interviewing as ${name}.`).waitFor();
  await page.locator('#live-notes-1').fill(NOTES[name]);
  await page.locator('#live-q-1').getByLabel(/^4 Strong/).check();
  await page.locator('#live-q-2').getByLabel(/^3 Solid/).check();
  await page.getByLabel('Strong yes').check();
  await shot(page, `panel-live-finish-${name}`);
  await page.getByRole('button', { name: 'Submit scorecard' }).click();
  await page.locator('#live-final').waitFor();
  const field = page.locator('#sealed-return');
  await field.waitFor();
  const url = await field.inputValue();
  assert.match(url, /#\/r\//);
  await shot(page, `panel-sealed-${name}`);
  await assertClean(page);
  return { page, context, url };
}

function payloadBytes(url) {
  const payload = url.slice(url.indexOf('#/r/') + 4);
  return Buffer.from(payload.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
}

test('invitations, sealed returns, import once, closed until all are in, then reveal', async () => {
  const manager = await managerWithInvitations();
  const lengths = { invitations: Object.values(manager.links).map((l) => l.length) };
  const ana = await interviewAndSubmit('Ana', manager.links.Ana);
  const ben = await interviewAndSubmit('Ben', manager.links.Ben);
  lengths.returns = [ana.url.length, ben.url.length];
  console.log(`link lengths (whole address): ${JSON.stringify(lengths)}`);

  // Ana's return in Ben's browser: sealed, unreadable, and nothing of it stored.
  const before = await storageDump(ben.page);
  await ben.page.goto(ana.url);
  await ben.page.getByText('Sealed for the hiring manager.').waitFor();
  await shot(ben.page, 'panel-sealed-elsewhere');
  const text = await ben.page.locator('body').innerText();
  assert.ok(!text.includes(NOTES.Ana) && !text.includes('Ana-private'), 'no note text on screen');
  const after = await storageDump(ben.page);
  assert.ok(!JSON.stringify(after).includes('Ana-private'), 'no note text in storage');
  assert.deepEqual(after, before, 'opening a sealed return stores nothing');
  const bytes = payloadBytes(ana.url);
  assert.ok(!bytes.includes(Buffer.from('Ana-private')) && !bytes.includes(Buffer.from('idempotency')),
    'the payload holds no plaintext of the notes');
  await assertClean(ben.page);

  // The manager imports Ana's: once, then again (nothing changes). Ratings stay closed.
  const m = manager.page;
  await m.goto(ana.url);
  await m.getByText("Imported Ana's sealed scorecard.").waitFor();
  await waitForStored(m, (d) => d.rounds[0].received.length === 1, "Ana's card to be stored");
  await m.reload();
  await appReady(m);
  await m.getByText('already in: nothing changed').waitFor();
  await m.goto(`${server.url}#/candidates/cand-1`);
  await appReady(m);
  await m.getByText('Still missing: Ben.').waitFor();
  assert.ok(await m.getByRole('button', { name: 'Reveal ratings' }).isDisabled(), 'closed until every card is in');
  assert.equal(await m.getByRole('button', { name: 'View results' }).count(), 0, 'no way around the closed ratings');
  assert.ok(!(await m.locator('main').innerText()).includes('Ana-private'), 'no notes before the reveal');

  // A tampered return is refused with a message and changes nothing.
  const at = ben.url.indexOf('#/r/') + 60;
  const flipped = ben.url.slice(0, at) + (ben.url[at] === 'A' ? 'B' : 'A') + ben.url.slice(at + 1);
  await m.goto(flipped);
  await m.locator('.error[role="alert"]').waitFor();
  assert.match(await m.locator('.error[role="alert"]').innerText(), /changed|cannot|not/i);

  await m.goto(ben.url);
  await m.getByText("Imported Ben's sealed scorecard.").waitFor();
  await m.goto(`${server.url}#/candidates/cand-1`);
  await appReady(m);
  await m.getByText('Every expected card is in.').waitFor();
  await shot(m, 'panel-all-in');
  await m.getByRole('button', { name: 'Reveal ratings' }).click();
  await m.locator('.round-opened').waitFor();
  const stored = await waitForStored(m, (d) => d.rounds[0].opening !== null, 'the opening to be stored');
  assert.deepEqual(stored.rounds[0].received.map((r) => r.source.kind), ['sealed', 'sealed']);
  assert.equal(stored.candidates[0].scorecards.length, 2);

  // The debrief: the mechanical result first, with its source; then one amendment with a reason.
  const debrief = m.locator('.debrief');
  await debrief.getByText(/Kuncel/).first().waitFor();
  assert.ok((await debrief.innerText()).indexOf('The mechanical result') < (await debrief.innerText()).indexOf('Agenda'));
  const reason = 'Ana agreed in the debrief that the design answer left the failure cases open';
  await m.locator('#amend-who').selectOption('Ana');
  await m.locator('#amend-what').selectOption('overall');
  await m.locator('#amend-to').selectOption({ label: 'Yes' });
  await m.locator('#amend-reason').fill(reason);
  await m.getByRole('button', { name: 'Record the amendment' }).click();
  await m.locator('.amendments').getByText(reason, { exact: false }).waitFor();
  await m.locator('.amendments').getByText(/Strong yes/).waitFor();
  await waitForStored(m, (d) => d.rounds[0].amendments.length === 1, 'the amendment to be stored');
  await shot(m, 'panel-debrief');

  // The decision and its record.
  await m.getByLabel('Hire', { exact: true }).check();
  await m.locator('#decision-reasons').fill('Strong on payments safety; the open failure cases are covered by onboarding.');
  await m.getByRole('button', { name: 'Record the decision' }).click();
  const [download] = await Promise.all([
    m.waitForEvent('download'),
    m.getByRole('button', { name: 'Download the decision record' }).click(),
  ]);
  const record = fs.readFileSync(await download.path(), 'utf8');
  for (const expected of ['Ana', 'Ben', NOTES.Ana, NOTES.Ben, reason, '29 CFR 1602.14', 'Hire']) {
    assert.ok(record.includes(expected), `the decision record holds ${expected}`);
  }
  await shot(m, 'panel-decision');
  await assertClean(m);
  for (const c of [manager.context, ana.context, ben.context]) await c.close();
});

test('a garbled invitation and a garbled return get a clear message', async () => {
  const { page, context } = await openApp(browser, server, '#/i/not-a-real-invitation');
  await page.getByText(/This invitation cannot be used/).waitFor();
  await page.goto(`${server.url}#/r/AAAA`);
  await page.getByText(/This link cannot be used/).waitFor();
  await assertClean(page);
  await context.close();
});

test('the panel is split by stage: each invitation holds only the stages its interviewer runs', async () => {
  const { page, context } = await managerWithRound();
  const stages = page.getByRole('group', { name: 'Stages they run' });
  const boxes = stages.getByRole('checkbox');
  const labels = await stages.locator('label').allInnerTexts();
  assert.ok(labels.length >= 2, `the kit has several stages: ${labels}`);

  // Nothing ticked: refused with a message, nobody added.
  for (const box of await boxes.all()) await box.uncheck();
  await page.getByLabel("Interviewer's name").fill('Cy');
  await page.getByRole('button', { name: 'Add to the panel' }).click();
  await stages.getByRole('alert').getByText('Tick at least one stage').waitFor();
  assert.equal(await page.locator('#invite-cy').count(), 0);

  // Ben runs only the technical stage.
  await stages.getByLabel('Technical and system design').check();
  await page.getByLabel("Interviewer's name").fill('Ben');
  await page.getByRole('button', { name: 'Add to the panel' }).click();
  await page.locator('#invite-ben').waitFor();
  const row = page.locator('li.invite-row[data-interviewer="Ben"]');
  assert.match(await row.innerText(), /Runs Technical and system design \(\d+ questions\)\./);
  // The next interviewer starts from every stage again.
  assert.equal(await boxes.count(), labels.length);
  for (const box of await boxes.all()) assert.ok(await box.isChecked());
  const link = await page.locator('#invite-ben').inputValue();
  await assertClean(page);
  await context.close();

  const { page: ben, context: benContext } = await openApp(browser, server, link.slice(link.indexOf('#')));
  await ben.getByText('You interview as Ben.').waitFor();
  const headings = await ben.locator('main h3').allInnerTexts();
  assert.ok(headings.some((h) => h.startsWith('Technical and system design')), `technical stage shown: ${headings}`);
  for (const other of labels.filter((l) => l !== 'Technical and system design')) {
    assert.ok(!headings.some((h) => h.startsWith(other)), `${other} is not in Ben's brief`);
  }
  await assertClean(ben);
  await benContext.close();
});

test('an invitation too long for chat comes as a file, and a refused download says why', async () => {
  const { page, context } = await managerWithRound();
  // Custom questions of random text travel in the invitation and do not compress.
  const doc = JSON.parse(await page.evaluate(() => localStorage.getItem('hirekit:document')));
  const noise = (words) => Array.from({ length: words }, () => Math.random().toString(36).slice(2)).join(' ');
  doc.specs[0].kit.stages[0].items.push(...Array.from({ length: 12 }, (_, i) => ({
    source: 'custom', id: `long-${i}`, prompt: noise(20), competencies: ['databases'], minutes: 5, purpose: noise(10),
  })));
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(doc));
  await page.reload();
  await appReady(page);
  await page.getByLabel("Interviewer's name").fill('Ana');
  await page.getByRole('button', { name: 'Add to the panel' }).click();
  const link = await page.locator('#invite-ana').inputValue();
  assert.ok(link.length > 2000, `a long invitation (${link.length} characters)`);
  await page.getByText(/characters: send the file\./).waitFor();
  const save = page.getByRole('button', { name: 'Download invitation file' });
  const [download] = await Promise.all([page.waitForEvent('download'), save.click()]);
  assert.equal(download.suggestedFilename(), 'hirekit-invitation-ana.txt');
  assert.equal(fs.readFileSync(await download.path(), 'utf8'), link, 'the file holds the whole link');

  // A browser that refuses the download: the reason shows, nothing is silently dropped.
  await page.evaluate(() => { URL.createObjectURL = () => { throw new Error('blocked'); }; });
  await save.click();
  await page.getByRole('alert').filter({ hasText: 'could not be saved' }).waitFor();
  await context.close();
});
