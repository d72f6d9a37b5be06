// B1 (download size), B2 (Lighthouse, mobile) and B5 (keystroke to render in the spec builder),
// printed as Markdown. Called by scripts/bench after a release build.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { serve, launch, openApp, DIST, CHROMIUM_ARGS } from '../e2e/harness.mjs';

function sizes() {
  const rows = [];
  for (const name of fs.readdirSync(DIST).sort()) {
    const data = fs.readFileSync(path.join(DIST, name));
    rows.push([name, data.length, zlib.gzipSync(data, { level: 9 }).length]);
  }
  const total = rows.reduce((sum, r) => sum + r[2], 0);
  console.log('## B1 Download: every file in dist/ (budget: total gzipped <= 300 KB)\n');
  console.log('| file | raw bytes | gzipped bytes |\n|---|---:|---:|');
  for (const [name, raw, gz] of rows) console.log(`| ${name} | ${raw.toLocaleString('en-US')} | ${gz.toLocaleString('en-US')} |`);
  console.log(`| **total** | ${rows.reduce((s, r) => s + r[1], 0).toLocaleString('en-US')} | **${total.toLocaleString('en-US')} (${(total / 1024).toFixed(1)} KB)** |\n`);
}

async function lighthouse(url) {
  const report = '/tmp/hirekit-lighthouse.json';
  try {
    // Asynchronous on purpose: the server answering Lighthouse runs in this same process.
    await promisify(execFile)('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, timeout: 420000 });
  } catch (err) {
    console.log(`## B2 Start\n\nLighthouse failed: ${err.message.split('\n')[0]}\n`);
    return;
  }
  const r = JSON.parse(fs.readFileSync(report, 'utf8'));
  const score = (c) => Math.round(r.categories[c].score * 100);
  const audit = (a) => r.audits[a].displayValue;
  console.log('## B2 Start: Lighthouse 12.8.2, mobile preset, simulated throttling (budget: performance >= 95, interactive <= 1.5 s)\n');
  console.log('| performance | accessibility | best practices | LCP | TBT | CLS | time to interactive |\n|---:|---:|---:|---:|---:|---:|---:|');
  console.log(`| ${score('performance')} | ${score('accessibility')} | ${score('best-practices')} | ${audit('largest-contentful-paint')} | ${audit('total-blocking-time')} | ${audit('cumulative-layout-shift')} | ${audit('interactive')} |\n`);
}

async function keystrokes(browser, server) {
  const { page, context } = await openApp(browser, server, '#/specs');
  await page.getByRole('button', { name: /New role spec/ }).first().click();
  await page.getByRole('button', { name: 'Blank spec' }).click();
  const field = page.getByLabel(/Job title/).first();
  await field.waitFor();
  // Two figures per keystroke: the render work (input event until the job description on screen
  // shows the new title) and the time to the next animation frame (which includes waiting for
  // the display's next refresh, about 16.7 ms at 60 Hz, whatever the work).
  const samples = await field.evaluate(async (input) => {
    const out = [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    const rendered = (text) => new Promise((resolve) => {
      const check = () => document.querySelector('main').textContent.includes(text);
      const observer = new MutationObserver(() => { if (check()) { observer.disconnect(); resolve(performance.now()); } });
      observer.observe(document.querySelector('main'), { subtree: true, childList: true, characterData: true });
    });
    await frame();
    for (let i = 0; i < 100; i++) {
      const text = `Backend engineer ${i}x`;
      const done = rendered(`# ${text}`);
      performance.mark('key-start');
      const start = performance.now();
      input.value = text;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: 'x', inputType: 'insertText' }));
      const work = await done;
      const next = await frame();
      performance.mark('key-frame');
      out.push([work - start, next - start]);
    }
    return out;
  });
  await context.close();
  const stats = (xs) => { xs.sort((a, b) => a - b); return `${xs[50].toFixed(1)} ms | ${xs[90].toFixed(1)} ms | ${xs[99].toFixed(1)} ms`; };
  console.log('## B5 Typing: 100 keystrokes in the spec builder title (budget: within one frame, 16 ms)\n');
  console.log('| measure | median | 90th percentile | worst |\n|---|---:|---:|---:|');
  console.log(`| render work: input event to the job description updated | ${stats(samples.map((s) => s[0]))} |`);
  console.log(`| input event to the next animation frame | ${stats(samples.map((s) => s[1]))} |\n`);
}

sizes();
const server = await serve();
try {
  await lighthouse(server.url);
  const browser = await launch();
  try { await keystrokes(browser, server); } finally { await browser.close(); }
} finally {
  await server.close();
}
