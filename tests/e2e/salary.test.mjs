// The salary and total-cost calculator as a hiring manager uses it: bands, savings, on-cost,
// the offer check, the chart, the team planner, their own band figures and a local currency.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, assertClean, appReady, waitForStored } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serve(); browser = await launch(); });
after(async () => { await browser?.close(); await server?.close(); });

const HOSTILE = '<img src=x onerror=alert(1)>';
const FIXTURE = path.resolve(import.meta.dirname, '../fixtures/store/v1.json');

const band = (page) => page.locator('section[aria-labelledby="band-heading"]');
const offer = (page) => page.locator('section[aria-labelledby="offer-heading"]');
const team = (page) => page.locator('section[aria-labelledby="team-heading"]');
const editor = (page) => page.locator('section[aria-labelledby="own-heading"]');

async function pickLatamSenior(page, expected = '$70,000–$110,000+') {
  await page.getByLabel('Where you hire').selectOption({ label: 'Latin America (whole market)' });
  await page.getByLabel('Level', { exact: true }).first().selectOption({ label: 'Senior' });
  await band(page).getByText(expected).first().waitFor();
}

test('Latin America senior: the open band, the US band, savings, total cost and the US average', async () => {
  const { page, context } = await openApp(browser, server, '#/salary');
  await pickLatamSenior(page);
  const text = await band(page).textContent();
  assert.match(text, /\$130,000–\$200,000\+/, 'US senior band for the same level');
  assert.match(text, /46% below the US at the bottom of the band \(\$60,000 a year less\)/);
  assert.match(text, /tops cannot be compared/);
  assert.match(text, /\$104,300–\$163,900\+/, 'total cost at the 49% default on-cost');
  assert.match(text, /\$102,900/);
  assert.match(text, /Source: Trio/);
  assert.match(text, /Source: South, 2026 salary guide/);
  assert.match(text, /Inter-American Development Bank, 2017/, 'the default on-cost names its publisher');

  // The on-cost is editable, autosaves, and goes back to the documented default.
  const onCost = page.getByLabel(/On-cost for Latin America/);
  await onCost.fill('40');
  await band(page).getByText('$98,000–$154,000+').waitFor();
  await waitForStored(page, (d) => d.salary?.on_cost_percent?.some((e) => e.percent === 40), 'the on-cost to be saved');
  await onCost.fill('250');
  await onCost.blur();
  await band(page).getByText('Enter an on-cost from 0% to 200% of salary.').waitFor();
  await page.reload();
  await appReady(page);
  await pickLatamSenior(page);
  await band(page).getByText('$98,000–$154,000+').waitFor();
  await page.getByRole('button', { name: 'Use the default, 49%' }).click();
  await band(page).getByText('$104,300–$163,900+').waitFor();
  await waitForStored(page, (d) => d.salary.on_cost_percent.length === 0, 'the on-cost reset');
  await assertClean(page);
  await context.close();
});

test('an ask of 120,000 reads as past the senior band, and the chart marks it', async () => {
  const { page, context } = await openApp(browser, server, '#/salary');
  await pickLatamSenior(page);
  await page.getByLabel(/Salary ask/).fill('120,000');
  const result = offer(page);
  await result.getByText(/\$10,000 past the listed top figure/).waitFor();
  assert.match(await result.textContent(), /Past the listed top/);
  assert.match(await result.textContent(), /Latin America, Senior band, \$70,000–\$110,000\+/);

  const chart = page.locator('svg.salary-chart');
  assert.equal(await chart.getAttribute('role'), 'img');
  assert.equal(await chart.locator('title').textContent(), 'Salary bands, US dollars a year');
  assert.match(await chart.locator('desc').textContent(), /ask of \$120,000/);
  assert.equal(await chart.locator('.salary-chart__ask text').textContent(), 'Ask $120,000');
  assert.equal(await chart.locator('.salary-bar').count(), 6);
  assert.equal(await chart.locator('.salary-bar__open').count(), 2, 'both senior bands are drawn open');
  const table = page.locator('table.salary-chart-table');
  assert.equal(await table.locator('caption').textContent(), 'The chart as a table');
  await page.getByText('The ask marked on the chart: $120,000.').waitFor();
  assert.equal(await table.locator('tbody tr').count(), 6);
  const row = table.locator('tbody tr', { hasText: 'Latin America, Senior' });
  assert.match(await row.textContent(), /\$70,000\$110,000\+Yes/);

  await page.getByLabel(/Show only the senior bands/).check();
  await chart.locator('.salary-bar').nth(1).waitFor();
  assert.equal(await chart.locator('.salary-bar').count(), 2);

  await page.getByLabel(/Salary ask/).fill('12x');
  await page.getByLabel(/Salary ask/).blur();
  await result.getByText(/Type a yearly amount in US dollars/).waitFor();
  await assertClean(page);
  await context.close();
});

test('a candidate and a role spec: the ask against the band and the budget, names as plain text', async () => {
  const fixture = JSON.parse(fs.readFileSync(FIXTURE, 'utf8'));
  fixture.candidates[0].name = HOSTILE;
  const { page, context } = await openApp(browser, server, '#/');
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(fixture));
  await page.goto(server.url + '#/salary');
  await page.reload();
  await appReady(page);
  // The name is fenced by bidi isolates (U+2068 … U+2069) so its direction cannot leak.
  await page.getByLabel('Candidate').selectOption({ label: `\u2068${HOSTILE}\u2069, asks $75,000` });
  await page.getByLabel('Role spec').selectOption({ label: 'Payments backend engineer' });
  const result = offer(page);
  await result.getByText(/Within budget/).waitFor();
  const text = await result.textContent();
  assert.match(text, /Ask: \$75,000/);
  assert.match(text, /Latin America, Mid-level band, \$38,000–\$65,000/, 'the spec sets the level, the candidate the market');
  assert.match(text, /Above the band/);
  assert.match(text, /\$10,000 over the top of the band/);
  assert.match(text, /Within budget/);
  assert.match(text, /Budget on the role spec: \$60,000–\$90,000/);
  assert.equal(await page.locator('main img').count(), 0, 'the hostile name is not markup');
  await assertClean(page);
  await context.close();
});

test('a team of 2 senior Latin America and 1 mid US hires, against the same team in the US', async () => {
  const { page, context } = await openApp(browser, server, '#/salary');
  await team(page).getByText('No hires in the plan yet').waitFor();
  const add = page.getByRole('button', { name: 'Add a row of hires' });
  await add.click();
  await add.click();
  const rows = team(page).locator('.salary-team__row');
  await rows.nth(1).waitFor();
  await rows.nth(0).getByLabel('People').fill('2');
  await rows.nth(0).getByLabel('Level').selectOption({ label: 'Senior' });
  await rows.nth(1).getByLabel('Market').selectOption({ label: 'United States' });
  await team(page).getByText('$215,000–$350,000+').waitFor();
  const text = await team(page).textContent();
  assert.match(text, /Annual salaries, 3 people/);
  assert.match(text, /Salaries for the same team in the US\$335,000–\$530,000\+/);
  assert.match(text, /36% below the US at the bottom of the band \(\$120,000 a year less\)/);

  // Removing a row keeps the other row's figures.
  await page.getByRole('button', { name: 'Remove row 2' }).click();
  await team(page).getByText('$140,000–$220,000+').first().waitFor();
  await rows.nth(0).getByLabel('People').fill('x');
  await rows.nth(0).getByLabel('People').blur();
  await team(page).getByText(/Type whole people, from 0 to 500/).waitFor();
  await assertClean(page);
  await context.close();
});

test('own band figures survive a reload; reset (with undo) brings back the guide', async () => {
  const { page, context } = await openApp(browser, server, '#/salary');
  await pickLatamSenior(page);
  const fields = editor(page).locator('fieldset', { hasText: 'Latin America, Senior' });
  await fields.getByLabel('Bottom (USD)').fill('75,000');
  await waitForStored(page, (d) => d.salary?.overrides?.length === 1, 'the override to be saved');
  await fields.getByLabel('Top (USD)').fill('60000');
  await fields.getByLabel('Top (USD)').blur();
  await fields.getByText(/higher than the top/).waitFor();
  await fields.getByLabel('Top (USD)').fill('120000');
  await waitForStored(page, (d) => d.salary.overrides[0].max === 120000, 'the new top');

  await page.reload();
  await appReady(page);
  await pickLatamSenior(page, '$75,000–$120,000+');
  assert.match(await band(page).textContent(), /Source: Your figures/);

  await page.getByRole('button', { name: /Reset to the guide's figures \(Latin America, Senior\)/ }).click();
  await band(page).getByText('$70,000–$110,000+').first().waitFor();
  await waitForStored(page, (d) => d.salary.overrides.length === 0, 'the reset');
  await editor(page).getByRole('button', { name: 'Undo' }).click();
  await band(page).getByText('$75,000–$120,000+').first().waitFor();
  await page.getByRole('button', { name: "Reset every band to the guide's figures" }).click();
  await band(page).getByText('$70,000–$110,000+').first().waitFor();
  assert.equal(await editor(page).getByLabel('Bottom (USD)').first().inputValue(), '22000');
  await assertClean(page);
  await context.close();
});

test('a local currency shows converted figures beside US dollars and can be turned off', async () => {
  const { page, context } = await openApp(browser, server, '#/salary');
  await pickLatamSenior(page);
  await page.getByLabel('Currency code').fill('m1');
  await page.getByLabel('Currency code').blur();
  await page.getByText('Use a three-letter currency code, such as MXN or BRL.').waitFor();
  await page.getByLabel('Currency code').fill('mxn');
  await page.getByLabel('Units per US dollar').fill('17');
  await band(page).getByText('MXN 1,190,000–MXN 1,870,000+').waitFor();
  await waitForStored(page, (d) => d.salary?.currency?.code === 'MXN' && d.salary.currency.per_usd === 17, 'the currency');
  await page.reload();
  await appReady(page);
  await pickLatamSenior(page);
  await band(page).getByText('MXN 1,190,000–MXN 1,870,000+').waitFor();
  assert.equal(await page.getByLabel('Currency code').inputValue(), 'MXN');
  await page.getByRole('button', { name: 'Show US dollars only' }).click();
  await page.getByText('Figures show US dollars only.').waitFor();
  assert.equal(await band(page).getByText(/MXN/).count(), 0);
  await assertClean(page);
  await context.close();
});

test('the calculator is usable with the keyboard alone', async () => {
  const { page, context } = await openApp(browser, server, '#/salary');
  await page.getByLabel('Where you hire').focus();
  // Tab reaches each control in order; the only other stops are citation links to #/sources.
  const tabTo = async (id) => {
    for (let stops = 0; ; stops++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => ({ id: document.activeElement.id, href: document.activeElement.getAttribute('href') || '' }));
      if (focused.id === id) return;
      assert.match(focused.href, /#\/sources\//, `unexpected focus stop before ${id}: ${JSON.stringify(focused)}`);
      assert.ok(stops < 12, `${id} is reachable past the citations`);
    }
  };
  await tabTo('salary-level');
  await tabTo('salary-on-cost');
  await tabTo('offer-ask');
  await page.keyboard.type('50000');
  await offer(page).getByText(/inside the band/).waitFor();
  await assertClean(page);
  await context.close();
});
