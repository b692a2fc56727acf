// `npm run screenshot:comment`: the README's two pictures of the pull-request comment, made
// from real runs so that they stay true. The built CLI runs the example app on the bundled
// golden set three times, as the Action would on a repository: the base branch (the
// baseline), a pull request that changes nothing (passing), and one with the regressed
// variant of the app (failing). Each comment is rendered as GitHub shows it (GFM, GitHub's
// Markdown CSS, Mermaid) in Debian's Chromium and saved under docs/images/.
// The Markdown is the --report-md file: the same renderer as the comment, with the job
// summary's size limit, which these runs are far below.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM, CHROMIUM_ARGS, commentHtml, drawMermaid } from './comment-page.mjs';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs/images');
const work = mkdtempSync(join(tmpdir(), 'factgate-screenshot-'));
mkdirSync(out, { recursive: true });

/** One run of the built CLI as a GitHub Actions job on `sha` would make it. */
function run(name, sha, extra) {
  const env = {
    ...process.env,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'acme/support-bot',
    GITHUB_RUN_ID: String(7_000_000_000 + sha.charCodeAt(0)),
    GITHUB_SHA: sha,
    NO_COLOR: '1',
  };
  const args = ['dist/cli/index.js', 'run', '--config', 'examples/factgate.yml', '--report-json', join(work, `${name}.json`), '--report-md', join(work, `${name}.md`), ...extra];
  try {
    execFileSync(process.execPath, args, { cwd: root, env, stdio: ['ignore', 'ignore', 'inherit'] });
  } catch (error) {
    if (error.status !== 1) throw error; // 1: the gate failed, which the failing picture is about
  }
  return readFileSync(join(work, `${name}.md`), 'utf8');
}

const base = '3f9c2d81e5b7a4c60d1e9f8a2b3c4d5e6f708192';
run('baseline', base, []);
const comments = {
  'comment-passing': run('passing', '8a1b2c3d4e5f60718293a4b5c6d7e8f901234567', ['--baseline', join(work, 'baseline.json')]),
  'comment-failing': run('failing', 'c47e1f09b2d35a6e8f7091a2b3c4d5e6f7a8b9c0', ['--baseline', join(work, 'baseline.json'), '--command', 'node examples/app/app.mjs --worker --variant regressed']),
};

// Without a colour emoji font Chromium draws the status marks as empty boxes.
const fonts = execFileSync('fc-list', [':', 'family'], { encoding: 'utf8' });
if (!/emoji/i.test(fonts)) {
  console.error('No emoji font: the pictures would show boxes for ✅ and ❌. Install one with: sudo apt-get install -y fonts-noto-color-emoji');
  process.exit(1);
}

/** Tallest picture: the first screens of a long comment are what the README shows. */
const MAX_HEIGHT = 1700;

const browser = await puppeteer.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  for (const [name, markdown] of Object.entries(comments)) {
    const page = await browser.newPage();
    await page.setViewport({ width: 912, height: 900, deviceScaleFactor: 1 });
    await page.setContent(commentHtml(markdown), { waitUntil: 'load' });
    const { errors } = await drawMermaid(page);
    if (errors.length > 0) throw new Error(`${name}: Mermaid could not read a chart: ${errors.join('; ')}`);
    const box = await (await page.$('.comment')).boundingBox();
    const file = join(out, `${name}.png`);
    await page.screenshot({ path: file, clip: { x: box.x, y: box.y, width: box.width, height: Math.min(box.height, MAX_HEIGHT) }, captureBeyondViewport: true });
    console.log(`wrote ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
}
