// The HTML report at scale: `factgate run --report-html` on generated golden sets (10,000
// and 100,000 cases), the page's size against the report JSON's, and the time headless
// Chromium takes to open it (navigation start to the case table drawn), alternating with
// the peer a reader has without the page: the report JSON itself opened in the same browser.
// At 100,000 cases it also times a filter, a search and a sort as a reader does them.
// Usage: node scripts/bench/html.mjs [--cases 10000,100000] [--runs 5] [--peer-max 10000]
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import puppeteer from 'puppeteer-core';
import { generateSyntheticSet } from './support/synthetic.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const option = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const sizes = option('--cases', '10000,100000').split(',').map(Number);
const runs = Number(option('--runs', '5'));
// Chromium's own view of a report JSON of 100,000 cases takes minutes; the peer runs up to this size.
const peerMax = Number(option('--peer-max', '10000'));
const chromium = process.env.FACTGATE_CHROMIUM ?? '/usr/bin/chromium';
const MiB = 2 ** 20;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

/** Opens a file in a fresh page with every other request refused; returns the page and the refused requests. */
async function open(browser, file, ready) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const url = pathToFileURL(file).href;
  const refused = [];
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url() === url ? request.continue() : (refused.push(request.url()), request.abort())));
  await page.goto(url, { waitUntil: 'load', timeout: 300_000 });
  await page.waitForFunction(ready, { timeout: 300_000, polling: 50 });
  // performance.now() counts from the navigation's start.
  const ms = await page.evaluate(() => performance.now());
  return { page, ms, refused };
}

const pageReady = () => document.body?.dataset.ready === 'true';
const jsonShown = () => document.readyState === 'complete' && document.body !== null && document.body.textContent.length > 0;

/** Milliseconds from a reader's action to the case count showing its result. */
async function timed(page, act) {
  const before = await page.$eval('#case-count', (node) => node.textContent);
  const start = Date.now();
  await act();
  await page.waitForFunction((text) => document.getElementById('case-count').textContent !== text, { polling: 'raf', timeout: 120_000 }, before);
  return { ms: Date.now() - start, count: await page.$eval('#case-count', (node) => node.textContent) };
}

console.log(`HTML report, headless Chromium (${execFileSync(chromium, ['--version'], { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim()}), ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'}), Node ${process.version}`);
console.log(`| cases | report JSON | HTML page | page / JSON | opening the page (median of ${runs}) | opening the report JSON in the browser | page / JSON time | requests |`);
console.log('|---:|---:|---:|---:|---:|---:|---:|---:|');
const browser = await puppeteer.launch({ executablePath: chromium, args: ['--no-sandbox', '--headless=new'], protocolTimeout: 600_000 });
const interactions = [];
try {
  for (const count of sizes) {
    const dir = mkdtempSync(join(tmpdir(), 'factgate-bench-html-'));
    try {
      await generateSyntheticSet(dir, count);
      const gate = spawnSync(process.execPath, [join(root, 'dist/cli/index.js'), 'run', '--golden-set', 'golden.jsonl', '--responses', 'responses.jsonl', '--report-json', 'report.json', '--report-html', 'report.html'], {
        cwd: dir,
        encoding: 'utf8',
      });
      // 0 or 1: the gate passed or failed; the page is written either way.
      if (gate.status !== 0 && gate.status !== 1) throw new Error(`factgate run exited ${gate.status}: ${gate.stderr}`);
      const jsonBytes = statSync(join(dir, 'report.json')).size;
      const htmlBytes = statSync(join(dir, 'report.html')).size;
      const page = [];
      const peer = [];
      const refused = [];
      for (let run = 0; run < runs; run++) {
        const html = await open(browser, join(dir, 'report.html'), pageReady);
        page.push(html.ms);
        refused.push(...html.refused);
        if (run === 0 && count === Math.max(...sizes)) {
          const filter = await timed(html.page, () => html.page.select('#filter-outcome', 'hallucinated'));
          const unfiltered = await timed(html.page, () => html.page.select('#filter-outcome', 'all'));
          const search = await timed(html.page, () => html.page.type('#filter-search', 'case-00099'));
          await html.page.$eval('#filter-search', (node) => (node.value = ''));
          const cleared = await timed(html.page, () => html.page.type('#filter-search', ' '));
          const sort = await (async () => {
            const start = Date.now();
            await html.page.click('#case-table th[data-sort="score"] button');
            await html.page.waitForFunction(() => document.querySelector('#case-table th[data-sort="score"]').getAttribute('aria-sort') === 'descending', { polling: 'raf' });
            return Date.now() - start;
          })();
          const scroll = await html.page.evaluate(async () => {
            const wrap = document.getElementById('table-wrap');
            const start = performance.now();
            wrap.scrollTop = wrap.scrollHeight / 2;
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
            return { ms: performance.now() - start, rows: wrap.querySelectorAll('tr.row').length };
          });
          interactions.push({ count, filter, unfiltered, search, cleared, sort, scroll });
        }
        await html.page.close();
        if (count <= peerMax) {
          const json = await open(browser, join(dir, 'report.json'), jsonShown);
          peer.push(json.ms);
          await json.page.close();
        }
      }
      const withPeer = peer.length > 0;
      console.log(
        `| ${count.toLocaleString('en-US')} | ${(jsonBytes / MiB).toFixed(1)} MiB | ${(htmlBytes / MiB).toFixed(1)} MiB | ${(htmlBytes / jsonBytes).toFixed(2)}× | ${seconds(median(page))} (${seconds(Math.min(...page))}–${seconds(Math.max(...page))}) | ${withPeer ? seconds(median(peer)) : '—'} | ${withPeer ? `${(median(page) / median(peer)).toFixed(2)}×` : '—'} | ${refused.length} |`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
} finally {
  await browser.close();
}
for (const { count, filter, unfiltered, search, cleared, sort, scroll } of interactions) {
  console.log(`\nAt ${count.toLocaleString('en-US')} cases, from the action to the table redrawn:`);
  console.log(`- outcome filter "hallucinated": ${filter.ms} ms (${filter.count})`);
  console.log(`- outcome filter back to all: ${unfiltered.ms} ms (${unfiltered.count})`);
  console.log(`- text search "case-00099" (typed, 120 ms pause after the last key; the first search also builds the search index): ${search.ms} ms (${search.count})`);
  console.log(`- search cleared: ${cleared.ms} ms (${cleared.count})`);
  console.log(`- sort by lowest judge score: ${sort} ms`);
  console.log(`- scroll to the middle: ${scroll.ms.toFixed(0)} ms, ${scroll.rows} rows in the document`);
}
