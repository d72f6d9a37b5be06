import { serve, launch, openApp } from './harness.mjs';
import fs from 'node:fs';
const server = await serve(); const browser = await launch();
const { page } = await openApp(browser, server, '#/', { viewport: { width: 375, height: 800 } });
const doc = JSON.parse(fs.readFileSync('tests/fixtures/store/v1.json','utf8'));
doc.candidates[0].scorecards[0].ratings[0].evidence = 'Clear versioning plan for the payments API, with a deprecation window agreed with partners';
await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), JSON.stringify(doc));
const shot = async (hash, sel, name, before) => {
  await page.goto(server.url + hash); await page.reload(); await page.locator('main h1').waitFor();
  if (before) await before();
  const el = page.locator(sel).first(); await el.waitFor();
  await el.screenshot({ path: `/tmp/shots/el-${name}.png` });
};
await shot('#/salary', 'section[aria-labelledby="chart-heading"]', 'chart');
await shot('#/kit/spec-1', '.coverage-card', 'coverage', async () => { if (await page.getByRole('button', { name: 'Assemble kit' }).count()) await page.getByRole('button', { name: 'Assemble kit' }).click(); });
await shot('#/candidates/cand-1', '.scorecard-view', 'scorecard', async () => { await page.getByRole('button', { name: 'View results' }).click(); });
await shot('#/candidates/cand-1', 'section.result', 'result', async () => { await page.getByRole('button', { name: 'View results' }).click(); });
await shot('#/sources/idb', 'main', 'sources');
await browser.close(); await server.close();
