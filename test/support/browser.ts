/**
 * A real browser for tests that look at pages as people see them: Debian's chromium
 * (scripts/ensure-test-tools.mjs installs it) driven by puppeteer-core, which never
 * downloads a browser of its own.
 */
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const CHROMIUM = process.env.FACTGATE_CHROMIUM ?? '/usr/bin/chromium';

export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--headless=new'] });
}

export interface OpenedPage {
  page: Page;
  /** Every request other than the page's own file, each refused before it left the browser. */
  requests: string[];
  /** alert(), confirm() and prompt() calls, each dismissed. */
  dialogs: string[];
  /** Uncaught exceptions and console errors (a CSP violation is one). */
  errors: string[];
}

/** Opens a local file with every other request intercepted, refused and recorded. */
export async function openFile(browser: Browser, file: string, hash = ''): Promise<OpenedPage> {
  const page = await browser.newPage();
  await page.setViewport({ width: 1400, height: 900 });
  const url = pathToFileURL(file).href;
  const opened: OpenedPage = { page, requests: [], dialogs: [], errors: [] };
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.url().split('#')[0] === url) void request.continue();
    else {
      opened.requests.push(request.url());
      void request.abort();
    }
  });
  page.on('dialog', (dialog) => {
    opened.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => opened.errors.push(String(error)));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(message.text());
  });
  await page.goto(url + hash, { waitUntil: 'load' });
  return opened;
}
