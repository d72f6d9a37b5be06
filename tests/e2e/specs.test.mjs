// The role-spec tool as a hiring manager uses it: start from a preset, tune weights and
// must-haves, share the spec as a link, open it elsewhere, keep a copy; the library; advice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serve, launch, openApp, assertClean, appReady, storageDump, storedDocument, waitForStored } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const PRESET_TITLE = 'Product backend engineer';

/** Opens the library in a fresh browser, starts from the first preset and waits for the builder. */
async function startFromPreset() {
  const opened = await openApp(browser, server, '#/specs');
  const { page } = opened;
  await page.getByText('No role specs yet: start from a preset').waitFor();
  await page.getByRole('button', { name: 'Start from Early-stage product engineer' }).click();
  await page.locator('main h1', { hasText: 'Role spec builder' }).waitFor();
  assert.equal(await page.getByLabel('Job title').inputValue(), PRESET_TITLE);
  await waitForStored(page, (d) => d.specs.length === 1, 'the new spec to be saved');
  return opened;
}

const row = (page, area) => page.locator('.competency-table tbody tr', { has: page.locator('th', { hasText: new RegExp(`^${area}$`) }) });

async function shares(page) {
  const texts = await page.locator('.competency-table .share').allTextContents();
  return texts.map((t) => Number.parseInt(t, 10));
}

async function shareLink(page) {
  await page.getByRole('button', { name: 'Share link' }).click();
  const field = page.getByLabel('Link to this spec');
  await field.waitFor();
  await page.locator('.share-status', { hasText: /\S/ }).waitFor();
  return field.inputValue();
}

test('a spec from a preset travels by link and is stored only on "Save a copy"', async () => {
  const { page, context } = await startFromPreset();
  const apiShareBefore = await row(page, 'API design').locator('.share').textContent();
  await page.getByLabel('Weight of API design, 0 to 10').fill('10');
  await waitForStored(page, (d) => d.specs[0].spec.competencies[1].weight === 10, 'the new weight');
  const apiShareAfter = await row(page, 'API design').locator('.share').textContent();
  assert.notEqual(apiShareAfter, apiShareBefore, 'the share of 100% follows the weight');
  assert.equal(apiShareAfter, '13%'); // 10 of 78, rounded by largest remainder
  assert.equal((await shares(page)).reduce((a, b) => a + b, 0), 100);
  await page.getByLabel('Databases is a must-have').check();
  await waitForStored(page, (d) => d.specs[0].spec.competencies[2].must_have, 'the new must-have');

  const link = await shareLink(page);
  assert.match(link, /^http:\/\/127\.0\.0\.1:\d+\/#\/s\/[A-Za-z0-9_-]+$/);
  assert.equal(await page.getByLabel('Job title').inputValue(), PRESET_TITLE);
  await assertClean(page);
  await context.close();

  // Somebody else, with nothing stored.
  const other = await openApp(browser, server, link.slice(link.indexOf('#')));
  const viewer = other.page;
  await viewer.locator('main h1', { hasText: 'Shared role spec' }).waitFor();
  assert.equal((await viewer.locator('.spec-summary__title').textContent()).trim(), PRESET_TITLE);
  const summaryRow = (area) => viewer.locator('.spec-summary tbody tr', { has: viewer.locator('th', { hasText: new RegExp(`^${area}$`) }) });
  assert.deepEqual((await summaryRow('API design').locator('td').allTextContents()).slice(0, 2), ['10', '13%']);
  assert.match(await summaryRow('Databases').textContent(), /Must-have/);
  assert.match(await viewer.locator('.spec-summary').textContent(), /Must-haves: Languages and frameworks, API design, Databases/);
  assert.equal(await viewer.locator('main input, main select, main textarea').count(), 0, 'read-only');
  assert.deepEqual(await storageDump(viewer), {}, 'opening a link stores nothing');

  await viewer.getByRole('button', { name: 'Save a copy' }).click();
  await viewer.locator('main h1', { hasText: 'Role spec builder' }).waitFor();
  const saved = await waitForStored(viewer, (d) => d.specs.length === 1, 'the copy to be saved');
  assert.equal(saved.specs[0].spec.competencies[1].weight, 10);
  await viewer.reload();
  await appReady(viewer);
  await viewer.goto(server.url + '#/specs');
  await viewer.getByRole('link', { name: PRESET_TITLE }).waitFor();
  await assertClean(viewer);
  await other.context.close();
});

test('a changed or cut link shows why and leaves storage exactly as it was', async () => {
  const { page, context } = await startFromPreset();
  const link = await shareLink(page);
  const payload = link.slice(link.indexOf('#/s/') + 4);
  const before = await storageDump(page);
  const at = Math.floor(payload.length / 2);
  const flipped = payload.slice(0, at) + (payload[at] === 'A' ? 'B' : 'A') + payload.slice(at + 1);
  for (const [broken, reason] of [[flipped, /changed since it was made|not a HireKit link/], [payload.slice(0, -7), /incomplete/]]) {
    await page.goto(`${server.url}#/s/${broken}`);
    await page.locator('main h1', { hasText: "This link can't be opened" }).waitFor();
    assert.match(await page.getByRole('alert').textContent(), reason);
    assert.ok(await page.getByRole('link', { name: /home page/ }).isVisible());
    assert.equal(await page.getByRole('button', { name: 'Save a copy' }).count(), 0);
    assert.deepEqual(await storageDump(page), before, 'storage unchanged');
  }
  await assertClean(page);
  await context.close();
});

test('library: duplicate, rename in place, delete and undo', async () => {
  const { page, context } = await startFromPreset();
  await page.getByRole('link', { name: /All role specs/ }).click();
  await page.locator('main h1', { hasText: 'Role specs' }).waitFor();
  assert.match(await page.locator('.spec-row').first().textContent(), /Senior · Early-stage product · edited /);

  await page.getByRole('button', { name: `Duplicate ${PRESET_TITLE}` }).click();
  const copyTitle = `${PRESET_TITLE} (copy)`;
  await page.getByRole('link', { name: copyTitle }).waitFor();
  await waitForStored(page, (d) => d.specs.length === 2 && d.specs[1].spec.title === copyTitle, 'the duplicate');

  await page.getByRole('button', { name: `Rename: ${copyTitle}` }).click();
  const input = page.getByLabel('New title');
  assert.ok(await input.evaluate((el) => el === document.activeElement), 'focus moves to the title field');
  await input.fill('Go payments engineer');
  await waitForStored(page, (d) => d.specs[1].spec.title === 'Go payments engineer', 'the new title');
  await input.press('Enter');
  await input.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), 'Rename');

  await page.getByRole('button', { name: 'Delete Go payments engineer' }).click();
  await page.getByRole('link', { name: 'Go payments engineer' }).waitFor({ state: 'detached' });
  await waitForStored(page, (d) => d.specs.length === 1, 'the delete');
  await page.locator('.undo-bar', { hasText: 'Go payments engineer' }).waitFor();
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('link', { name: 'Go payments engineer' }).waitFor();
  await waitForStored(page, (d) => d.specs.length === 2, 'the undo');

  await page.reload();
  await appReady(page);
  const titles = await page.locator('.spec-row__title').allTextContents();
  assert.deepEqual(titles, [PRESET_TITLE, 'Go payments engineer']);
  await assertClean(page);
  await context.close();
});

test('advice: a junior spec with three must-haves is flagged, two are fine', async () => {
  const { page, context } = await openApp(browser, server, '#/specs');
  await page.getByRole('button', { name: 'Blank spec' }).click();
  await page.locator('main h1', { hasText: 'Role spec builder' }).waitFor();
  await page.getByLabel('Seniority').selectOption({ label: 'Junior' });
  await page.getByLabel('Years of experience, at least').fill('0');
  await page.getByLabel('At most (optional)').fill('2');
  for (const area of ['Languages and frameworks', 'API design', 'Databases']) {
    await page.getByLabel(`${area} is a must-have`).check();
  }
  const advice = page.locator('.spec-warnings [role="status"]');
  await advice.getByText('3 must-haves is a lot for a junior role', { exact: false }).waitFor();
  await page.getByLabel('Databases is a must-have').uncheck();
  await advice.getByText(/Nothing to flag/).waitFor();
  const doc = await storedDocument(page);
  assert.equal(doc.specs[0].spec.seniority, 'junior');
  assert.equal(doc.specs[0].spec.competencies.filter((c) => c.must_have).length, 2);
  await assertClean(page);
  await context.close();
});

test('problems in words next to the field; sharing waits; hostile text stays text', async () => {
  const { page, context } = await startFromPreset();
  const title = page.getByLabel('Job title');
  await title.fill('');
  await page.locator('#spec-title-error', { hasText: 'Give the role a title.' }).waitFor();
  assert.equal(await title.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.getByRole('button', { name: 'Share link' }).count(), 0);
  assert.match(await page.locator('.spec-share').textContent(), /Fix these before sharing:Title: give the role a title\./);
  await waitForStored(page, (d) => d.specs[0].spec.title === '', 'the empty title (nothing typed is lost)');

  const hostile = '<img src=x onerror=alert(1)>';
  await title.fill(hostile);
  // Markdown-escaped in the job description, and plain text on the page either way.
  await page.locator('.job-description pre', { hasText: '# \\<img src=x onerror=alert(1)\\>' }).waitFor();
  assert.equal(await page.locator('main img').count(), 0);

  // Lists keep what is being typed, and save the clean items.
  const frameworks = page.getByLabel('Frameworks', { exact: true });
  await frameworks.fill('Django, ');
  await waitForStored(page, (d) => d.specs[0].spec.frameworks.join('|') === 'Django', 'the list');
  assert.equal(await frameworks.inputValue(), 'Django, ');
  await frameworks.pressSequentially('Celery');
  await waitForStored(page, (d) => d.specs[0].spec.frameworks.join('|') === 'Django|Celery', 'the longer list');

  // An open experience range and a budget below the band.
  await page.getByLabel('At most (optional)').fill('');
  await page.locator('#spec-max-years-help', { hasText: 'Shown as 5+ years.' }).waitFor();
  await page.getByLabel('Budget from (USD a year)').fill('30,000');
  await page.getByLabel('Budget to (USD a year)').fill('40000');
  await page.locator('.spec-warnings', { hasText: 'below the usual floor of $70,000' }).waitFor();
  assert.match(await page.locator('.spec-warnings .source').textContent(), /Source: South, 2026 salary guide/);
  await page.getByLabel('Budget to (USD a year)').fill('20000');
  await page.locator('#spec-budget-max-error', { hasText: 'The minimum is above the maximum.' }).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download .md' }).click(),
  ]);
  assert.equal(download.suggestedFilename(), 'img-src-x-onerror-alert-1.md');
  await page.getByRole('button', { name: 'Copy', exact: true }).click();
  await page.locator('.jd-status', { hasText: /copied|did not allow/ }).waitFor();
  await assertClean(page);
  await context.close();
});
