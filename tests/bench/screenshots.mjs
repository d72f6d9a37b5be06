// Screenshots of every screen at desktop and phone width, light and dark, with sample data:
// `node tests/bench/screenshots.mjs [out-dir]` after a release build. How we look at our work.
import fs from 'node:fs';
import path from 'node:path';
import { serve, launch, openApp, appReady } from '../e2e/harness.mjs';

const out = process.argv[2] || 'bench-results/screens';
const V1 = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/store/v1.json'), 'utf8');
const ROUTES = {
  home: '#/', specs: '#/specs', builder: '#/specs/spec-1', bank: '#/kit', kit: '#/kit/spec-1',
  candidates: '#/candidates', candidate: '#/candidates/cand-1', live: '#/candidates/cand-1/live',
  salary: '#/salary', data: '#/data',
};
fs.mkdirSync(out, { recursive: true });
const server = await serve();
const browser = await launch();
for (const [width, scheme] of [[1280, 'light'], [375, 'dark'], [1280, 'dark'], [375, 'light']]) {
  const { page, context } = await openApp(browser, server, '#/', { colorScheme: scheme, viewport: { width, height: 900 } });
  await page.evaluate((raw) => localStorage.setItem('hirekit:document', raw), V1);
  for (const [name, hash] of Object.entries(ROUTES)) {
    await page.goto(server.url + hash);
    await page.reload();
    await appReady(page);
    // Cards below the fold draw a task later and lay out only near the viewport
    // (content-visibility): show them all for a whole-page picture.
    await page.waitForTimeout(200);
    await page.evaluate(() => document.querySelectorAll('.card').forEach((card) => { card.style.contentVisibility = 'visible'; }));
    await page.screenshot({ path: path.join(out, `${name}-${width}-${scheme}.png`), fullPage: true });
  }
  await context.close();
}
await browser.close();
await server.close();
console.log(`screenshots in ${out}`);
