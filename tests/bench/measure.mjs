// B1 (download size), B2 (Lighthouse, mobile) and B5 (keystroke to render in the spec builder),
// printed as Markdown. Called by scripts/bench after a release build.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { execFileSync } from 'node:child_process';
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

function lighthouse(url) {
  const report = '/tmp/hirekit-lighthouse.json';
  try {
    execFileSync('node_modules/.bin/lighthouse', [url, '--quiet', '--output=json', `--output-path=${report}`,
      '--only-categories=performance,accessibility,best-practices', `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`],
    { env: { ...process.env, CHROME_PATH: process.env.CHROMIUM || '/usr/bin/chromium' }, stdio: 'ignore', timeout: 180000 });
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
  const times = await field.evaluate(async (input) => {
    const out = [];
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    await frame();
    for (let i = 0; i < 100; i++) {
      performance.mark('key-start');
      const start = performance.now();
      input.value = `Backend engineer ${i}`;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, data: String(i % 10), inputType: 'insertText' }));
      const end = await frame();
      performance.mark('key-frame');
      out.push(end - start);
    }
    return out;
  });
  await context.close();
  times.sort((a, b) => a - b);
  console.log('## B5 Typing: input event to the next animation frame, 100 keystrokes in the spec builder (budget: one frame, 16 ms)\n');
  console.log(`| median | 90th percentile | worst |\n|---:|---:|---:|\n| ${times[50].toFixed(1)} ms | ${times[90].toFixed(1)} ms | ${times[99].toFixed(1)} ms |\n`);
}

sizes();
const server = await serve();
try {
  lighthouse(server.url);
  const browser = await launch();
  try { await keystrokes(browser, server); } finally { await browser.close(); }
} finally {
  await server.close();
}
