// End to end in real headless Chromium: the review page served by the real HTTP server over the real engine.
// Screenshots go to test-output/ (look at them when the page changes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../server/src/http/server.js';
import type { LintResponse } from '../server/src/http/review.js';
import { findWebRoot } from '../server/src/http/static-files.js';
import { findCorpusDir, TrainingData } from '../server/src/http/training.js';
import { LintSession } from '../server/src/io/session.js';
import { launchChromium, openPage, screenshotPath, type WatchedPage } from './e2e/browser.js';
import { docxFromText } from './e2e/docx.js';
import { ROOT } from './helpers/cli.js';

const LETTER = 'corpus/letters/training-social-hjaelpemiddel-svag.md';

let server: RunningServer;
let browser: Browser;
const logLines: string[] = [];

async function lintViaApi(text: string, format: 'markdown' | 'text'): Promise<LintResponse> {
  const response = await fetch(`${server.url}/api/lint`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, format }) });
  return (await response.json()) as LintResponse;
}

beforeAll(async () => {
  const webRoot = findWebRoot(join(ROOT, 'dist'));
  if (!webRoot) throw new Error('dist/web is missing: the global setup (scripts/build.js) should have built it');
  let session: LintSession | undefined;
  const getSession = () => (session ??= new LintSession());
  server = await startServer({ session: getSession, webRoot, training: new TrainingData(findCorpusDir(), getSession), port: 0, log: (line) => logLines.push(line) });
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function pasteAndCheck(watched: WatchedPage, text: string): Promise<void> {
  const { page } = watched;
  await page.goto(`${server.url}/`);
  await page.fill('#brevtekst', text);
  await page.click('#tjek');
  await page.waitForSelector('.checklist');
}

describe('review page', () => {
  it('shows the findings of a pasted letter, explains one, applies its quick fix and downloads the corrected text', async () => {
    const text = readFileSync(join(ROOT, LETTER), 'utf8');
    const expected = await lintViaApi(text, 'markdown');
    const diagnostics = expected.files[0]!.diagnostics;
    expect(diagnostics.length).toBeGreaterThan(0);
    const watched = await openPage(browser);
    const { page } = watched;
    await pasteAndCheck(watched, text);

    await expect.poll(() => page.locator('.finding-item').count()).toBe(diagnostics.length);
    const checklist = await page.locator('.checklist').innerText();
    expect(checklist).toContain('Afgørelse?');
    expect(checklist).toMatch(/Afgørelse\?\s*Ja/);
    expect(checklist).toContain('Socialområdet');
    expect(checklist).toContain(`${String(expected.review.checklist.lix).replace('.', ',')} (${expected.review.checklist.lixBand})`);
    for (const item of expected.review.checklist.klagevejledning) {
      expect(await page.locator(`.checklist li[data-item="${item.id}"]`).getAttribute('class')).toBe(`status-${item.status}`);
    }
    // Every span finding is highlighted in its topic's colour.
    const spanCount = expected.review.extras.filter((x, i) => !x.documentLevel && diagnostics[i]!.end.offset > diagnostics[i]!.start.offset).length;
    expect(await page.locator('mark.finding[tabindex="0"]').count()).toBe(spanCount);
    await page.screenshot({ path: screenshotPath('web-1-findings'), fullPage: true });

    // Click the highlighted finding that has a safe replacement.
    const index = diagnostics.findIndex((d, i) => d.suggestions.length > 0 && !expected.review.extras[i]!.documentLevel);
    expect(index).toBeGreaterThanOrEqual(0);
    const target = diagnostics[index]!;
    const topic = (await (await fetch(`${server.url}/api/topics/${target.topic}`)).json()) as { legalBasis: string[]; title: string };
    await page.locator(`mark.finding[data-index="${index}"]`).first().click();
    const explanation = page.locator('.explanation');
    await expect.poll(() => explanation.locator('.reason').innerText()).toBe(target.message);
    const explained = await explanation.innerText();
    expect(explained).toContain('Retsgrundlag');
    expect(explained).toContain(topic.legalBasis[0]);
    expect(explained).toContain('Dårligt eksempel');
    expect(explained).toContain('Godt eksempel');
    await page.screenshot({ path: screenshotPath('web-2-explanation'), fullPage: false });

    const original = text.slice(target.start.offset, target.end.offset);
    await explanation.locator('button.fix').first().click();
    await expect.poll(() => page.locator('#brev').innerText()).toContain(target.suggestions[0]);
    const corrected = text.slice(0, target.start.offset) + target.suggestions[0] + text.slice(target.end.offset);
    expect(await page.locator('#brevtekst').inputValue()).toBe(corrected);
    expect(await page.locator('#brev').innerText()).not.toContain(original);
    await page.screenshot({ path: screenshotPath('web-3-fixed'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#hent')]);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(corrected);
    expect(watched.external).toEqual([]);
    expect(watched.errors).toEqual([]);
  });

  it('can be used with the keyboard: a highlighted finding opens with Enter, a failed checklist item opens its finding', async () => {
    const text = readFileSync(join(ROOT, LETTER), 'utf8');
    const expected = await lintViaApi(text, 'markdown');
    const watched = await openPage(browser);
    await pasteAndCheck(watched, text);
    const { page } = watched;
    await page.locator('mark.finding[tabindex="0"]').first().focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('.explanation');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('forklaring-titel');

    const failed = [...expected.review.checklist.begrundelse, ...expected.review.checklist.klagevejledning].find((item) => item.status === 'mangler');
    if (failed) {
      await page.locator(`.checklist li[data-item="${failed.id}"] button.link`).focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('.explanation code').innerText()).toBe(failed.ruleIds[0]);
    }
  });

  it('inserts the skeleton a whole-letter finding offers; its placeholders are then flagged to fill in', async () => {
    const text = readFileSync(join(ROOT, 'corpus/letters/beskaeftigelse-kontanthjaelp-afslag-51.md'), 'utf8');
    const expected = await lintViaApi(text, 'markdown');
    const index = expected.review.extras.findIndex((x) => x.insertion);
    expect(index).toBeGreaterThanOrEqual(0);
    const { ruleId } = expected.files[0]!.diagnostics[index]!;
    const insertion = expected.review.extras[index]!.insertion!;
    const watched = await openPage(browser);
    const { page } = watched;
    await pasteAndCheck(watched, text);
    await page.click(`button.finding-item[data-index="${index}"]`);
    await page.click('.explanation button.fix.insertion');
    const inserted = text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset);
    await expect.poll(() => page.locator('#brevtekst').inputValue()).toBe(inserted);
    await expect.poll(() => page.locator('#fund').innerText()).not.toContain(expected.files[0]!.diagnostics[index]!.message);
    const after = await lintViaApi(inserted, 'markdown');
    expect(after.files[0]!.diagnostics.map((d) => d.ruleId)).not.toContain(ruleId);
    expect(await page.locator('.finding-item').count()).toBe(after.files[0]!.diagnostics.length);
    await page.screenshot({ path: screenshotPath('web-5-skeleton'), fullPage: true });
    expect(watched.errors).toEqual([]);
  });

  it('lints an uploaded .docx and shows its extracted text', async () => {
    const source = readFileSync(join(ROOT, LETTER), 'utf8');
    const docx = await docxFromText(source);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(docx)]), 'afgoerelse.docx');
    const expected = (await (await fetch(`${server.url}/api/lint`, { method: 'POST', body: form })).json()) as LintResponse;
    // Projector size (1280×720).
    const watched = await openPage(browser, { width: 1280, height: 720 });
    const { page } = watched;
    await page.goto(`${server.url}/`);
    await page.setInputFiles('#fil', { name: 'afgoerelse.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: docx });
    await page.waitForSelector('.checklist');
    await expect.poll(() => page.locator('.finding-item').count()).toBe(expected.files[0]!.diagnostics.length);
    expect(await page.locator('#brev').innerText()).toContain('Du har søgt om en badebænk');
    expect(await page.locator('#brevtekst').inputValue()).toBe(expected.review.text);
    await page.screenshot({ path: screenshotPath('web-4-docx-projector'), fullPage: false });
    expect(watched.errors).toEqual([]);
  });

  it('shows a clear Danish error for a file that is not a letter', async () => {
    const watched = await openPage(browser);
    const { page } = watched;
    await page.goto(`${server.url}/`);
    await page.setInputFiles('#fil', { name: 'brev.docx', mimeType: 'application/octet-stream', buffer: Buffer.from('dette er ikke en zip-fil') });
    await expect.poll(() => page.locator('.status.error').innerText()).toContain('ikke en gyldig .docx-fil');
  });
});

describe('training mode', () => {
  it('reveals the findings of the weak letter one by one, then compares it with the good version', async () => {
    const list = (await (await fetch(`${server.url}/api/training`)).json()) as { id: string }[];
    expect(list.length).toBeGreaterThan(0);
    const example = (await (await fetch(`${server.url}/api/training/${list[0]!.id}`)).json()) as { weak: LintResponse; notes: string[] };
    const total = example.weak.files[0]!.diagnostics.length;
    expect(total).toBeGreaterThanOrEqual(2);

    const watched = await openPage(browser, { width: 1280, height: 720 });
    const { page } = watched;
    await page.goto(`${server.url}/#/traening`);
    await page.locator('button.pair').first().click();
    await page.waitForSelector('#naeste-fund');
    expect(await page.locator('#taeller').innerText()).toBe(`0 af ${total} fund vist`);
    expect(await page.locator('#svag-brev mark').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('training-1-weak'), fullPage: false });

    await page.click('#naeste-fund');
    await page.click('#naeste-fund');
    expect(await page.locator('#afsloerede li').count()).toBe(2);
    expect(await page.locator('#taeller').innerText()).toBe(`2 af ${total} fund vist`);
    await page.waitForSelector('.explanation');
    await page.screenshot({ path: screenshotPath('training-2-revealed'), fullPage: false });

    await page.click('#god-version');
    await page.waitForSelector('#diff-god ins');
    expect(await page.locator('#diff-svag del').count()).toBeGreaterThan(0);
    expect(await page.locator('.notes').innerText()).toContain(example.notes[0]!.slice(0, 40));
    await page.screenshot({ path: screenshotPath('training-3-compare'), fullPage: true });
    expect(watched.external).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('logging', () => {
  it('never logs letter text', () => {
    const letter = readFileSync(join(ROOT, LETTER), 'utf8');
    const log = logLines.join('\n');
    expect(logLines.length).toBeGreaterThan(0);
    for (const fragment of ['badebænk', 'Birthe', '040652', 'Præstevænget']) expect(log).not.toContain(fragment);
    expect(letter).toContain('Birthe');
  });
});
