// Pictures of the HTML report for the README: the bundled example's regressed run against
// its passing run, rendered by the built CLI and photographed in headless Chromium (Debian's
// chromium, driven by puppeteer-core). Usage: npm run build && node scripts/screenshot-html.mjs
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'dist/cli/index.js');
const dir = mkdtempSync(join(tmpdir(), 'factgate-screenshot-'));

function factgate(args) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  // 0 or 1: the gate passed or failed; both write their files.
  if (result.status !== 0 && result.status !== 1) throw new Error(`factgate ${args[0]} exited ${result.status}: ${result.stderr}`);
}

try {
  const good = join(dir, 'good.json');
  factgate(['run', '--config', 'examples/factgate.yml', '--report-json', good]);
  const page = join(dir, 'regressed.html');
  factgate(['run', '--config', 'examples/factgate.yml', '--command', 'node examples/app/app.mjs --worker --variant regressed', '--baseline', good, '--report-json', join(dir, 'regressed.json'), '--report-html', page]);

  const browser = await puppeteer.launch({ executablePath: process.env.FACTGATE_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--headless=new'] });
  try {
    const tab = await browser.newPage();
    await tab.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'light' }]);
    await tab.setViewport({ width: 1280, height: 1500, deviceScaleFactor: 1 });
    await tab.setRequestInterception(true);
    tab.on('request', (request) => (request.url().startsWith(pathToFileURL(page).href) ? request.continue() : request.abort()));
    await tab.goto(`${pathToFileURL(page).href}#case=leg-011`, { waitUntil: 'load' });
    await tab.waitForSelector('body[data-ready="true"]');
    await tab.evaluate(() => window.scrollTo(0, 0));
    await tab.screenshot({ path: join(root, 'docs/html-report-overview.png') });
    await tab.setViewport({ width: 1280, height: 900, deviceScaleFactor: 1 });
    await tab.evaluate(() => document.getElementById('cases').scrollIntoView());
    await tab.screenshot({ path: join(root, 'docs/html-report-case.png') });
  } finally {
    await browser.close();
  }
  console.log('wrote docs/html-report-overview.png and docs/html-report-case.png');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
