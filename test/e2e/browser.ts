// Real headless Chromium (Debian's chromium) driven by playwright-core, for the web page and report tests.
// Every request that is not to 127.0.0.1 is recorded and aborted, so a test can assert the page stays local.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';

export const SCREENSHOTS = resolve(import.meta.dirname, '..', '..', 'test-output');

export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

export interface WatchedPage {
  readonly page: Page;
  /** Requests to anything other than 127.0.0.1 (and file: / data: / blob: URLs). */
  readonly external: string[];
  /** Console errors and CSP violations. */
  readonly errors: string[];
}

export async function openPage(browser: Browser, viewport = { width: 1440, height: 900 }): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport, locale: 'da-DK', acceptDownloads: true });
  const page = await context.newPage();
  const external: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === 'file:' || url.protocol === 'data:' || url.protocol === 'blob:' || url.hostname === '127.0.0.1') return route.continue();
    external.push(url.href);
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { page, external, errors };
}

export function screenshotPath(name: string): string {
  return resolve(SCREENSHOTS, `${name}.png`);
}
