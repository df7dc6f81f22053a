// `brevtjek report`: the real CLI over a folder of corpus letters (worker threads from 20 letters on), with
// unreadable files mixed in; the HTML report opened in real Chromium and its charts compared with the JSON numbers.
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressBar } from '../server/src/report/progress.js';
import type { LetterRecord } from '../server/src/report/records.js';
import { LIX_BANDS, summarise, type ReportSummary } from '../server/src/report/summary.js';
import { csvReport } from '../server/src/report/csv.js';
import { launchChromium, openPage, screenshotPath, SCREENSHOTS } from './e2e/browser.js';
import { ROOT } from './helpers/cli.js';

let dir: string;
let letterCount = 0;
let browser: Browser;
/** A private copy of dist/ (built by the global setup), so a rebuild during the run cannot change the CLI under test. */
let cli: string;

function runCli(args: readonly string[]): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 110_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'brevtjek-rapport-'));
  mkdirSync(SCREENSHOTS, { recursive: true });
  const snapshot = mkdtempSync(join(SCREENSHOTS, 'dist-'));
  cpSync(join(ROOT, 'dist'), snapshot, { recursive: true });
  cli = join(snapshot, 'cli.js');
  const letters = join(dir, 'breve');
  const sub = join(letters, 'ældre');
  const source = join(ROOT, 'corpus', 'letters');
  const picked = readdirSync(source).filter((f) => /\.(md|txt|docx)$/.test(f)).sort().filter((_, i) => i % 5 === 0).slice(0, 21);
  mkdirSync(sub, { recursive: true });
  picked.forEach((f, i) => copyFileSync(join(source, f), join(i % 5 === 0 ? sub : letters, f)));
  letterCount = picked.length;
  writeFileSync(join(letters, 'ødelagt.docx'), 'ikke en zip-fil');
  writeFileSync(join(letters, 'billede.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
  writeFileSync(join(letters, 'noter.json'), '{}');
  writeFileSync(join(letters, 'kæmpe.txt'), 'Kære borger. '.repeat(20_000));
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  if (cli) rmSync(join(cli, '..'), { recursive: true, force: true });
});

describe('brevtjek report', () => {
  let summary: ReportSummary;
  let records: LetterRecord[];

  it('writes the numbers as JSON, lists unreadable files with their Danish error and goes on', { timeout: 120_000 }, () => {
    const run = runCli(['report', join(dir, 'breve'), '--format', 'json', '--threads', '2']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('ødelagt.docx er ikke en gyldig .docx-fil');
    expect(run.stderr).toContain('billede.txt ligner en binær fil');
    expect(run.stderr).toContain('kæmpe.txt: Brevet er for langt');
    expect(run.stderr).not.toContain('█'); // no progress bar when stderr is not a terminal
    const body = JSON.parse(run.stdout) as { summary: ReportSummary; letters: LetterRecord[] };
    summary = body.summary;
    records = body.letters;
    expect(summary.letters).toBe(letterCount + 3);
    expect(summary.readable).toBe(letterCount);
    expect(summary.unreadable.map((u) => u.file).sort()).toEqual(['billede.txt', 'kæmpe.txt', 'ødelagt.docx']);
    expect(records.some((r) => r.file.startsWith('ældre/'))).toBe(true);
    expect(summary.findings).toBeGreaterThan(0);
  });

  it('gives the same letters and numbers in one thread (CSV) as on worker threads (JSON)', { timeout: 120_000 }, () => {
    const out = join(dir, 'rapport.csv');
    const run = runCli(['report', join(dir, 'breve'), '--out', out, '--threads', '1']);
    expect(run.stderr).toContain('Rapporten er skrevet til');
    expect(run.stderr).not.toContain('tråde');
    const csv = readFileSync(out, 'utf8');
    expect(csv).toBe(csvReport(records));
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toMatch(/^fil;fejl;type;udfald;omraade/);
    expect(lines).toHaveLength(letterCount + 4);
  });

  it('writes a self-contained HTML report whose charts show the same counts as the JSON', { timeout: 120_000 }, async () => {
    const out = join(dir, 'rapport.html');
    const run = runCli(['report', join(dir, 'breve'), '--out', out, '--threads', '2']);
    expect(run.stderr).toMatch(/tjekket med 2 tråde/);
    const html = readFileSync(out, 'utf8');
    expect(html).not.toMatch(/<script|<link|src="http|href="http/);

    const watched = await openPage(browser, { width: 1280, height: 900 });
    const { page } = watched;
    await page.goto(pathToFileURL(out).href);
    await page.waitForSelector('#diagram-emner');
    for (const [topic, count] of Object.entries(summary.topicTotals)) {
      const bar = page.locator(`#diagram-emner g.bar[data-topic="${topic}"]`);
      if (count === 0) {
        expect(await bar.count(), topic).toBe(0);
        continue;
      }
      expect(await bar.getAttribute('data-count'), topic).toBe(String(count));
      expect(await bar.locator('text.value').textContent(), topic).toBe(String(count));
      expect((await bar.locator('rect').boundingBox())!.width, topic).toBeGreaterThan(0);
    }
    // Bar lengths are proportional to the counts.
    const widths = await page.locator('#diagram-emner g.bar').evaluateAll((bars) => bars.map((b) => [Number(b.getAttribute('data-count')), b.querySelector('rect')!.getBoundingClientRect().width]));
    const [maxCount, maxWidth] = widths[0]!;
    for (const [count, width] of widths) expect(Math.abs(width! - (count! / maxCount!) * maxWidth!)).toBeLessThan(2);

    for (const band of LIX_BANDS) {
      expect(await page.locator(`#diagram-lix g.bar[data-band="${band}"]`).getAttribute('data-count'), band).toBe(String(summary.lixBands[band]));
    }
    for (const share of summary.byArea) {
      const bar = page.locator(`#omraader-diagram g.bar[data-group="${share.group}"][data-kind="klagevejledning"]`);
      expect(await bar.getAttribute('data-count')).toBe(String(share.klagevejledningMissing + share.klagevejledningIncomplete));
      expect(await bar.getAttribute('data-total')).toBe(String(share.decisions));
    }
    expect(await page.locator('#afsendere tbody tr').count()).toBe(summary.byCentre.length);
    expect(await page.locator('[data-kpi="afgoerelser"] b').textContent()).toBe(String(summary.decisions));
    expect(await page.locator('#breve tbody tr').count()).toBe(letterCount + 3);
    expect(await page.locator('#ulaeselige li').count()).toBe(3);
    // A letter's finding count links to its findings.
    const withFindings = page.locator('#breve tbody tr[data-file] td.n a').first();
    const target = (await withFindings.getAttribute('href'))!;
    const count = Number(await withFindings.textContent());
    await withFindings.click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(target);
    expect(await page.locator(`${target} tbody tr`).count()).toBe(count);
    expect(await page.locator(`${target}`).isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath('report-1'), fullPage: true });
    expect(watched.external).toEqual([]);
    expect(watched.errors).toEqual([]);
  });
});

describe('report building blocks', () => {
  const record = (file: string, area: string, centre: string | null, ruleIds: string[]): LetterRecord => ({
    file, kommune: null, centre, words: 100,
    checklist: {
      kind: 'afgoerelse', outcome: 'afslag', area: area as 'social', lix: 40, lixBand: 'middel', klagevejledningForkert: false,
      begrundelse: [{ id: 'retsregel', label: '', status: ruleIds.includes('begrundelse/retsregel') ? 'mangler' : 'ok', ruleIds: [] }],
      klagevejledning: [{ id: 'frist', label: '', status: ruleIds.includes('klagevejledning/frist') ? 'mangler' : 'ok', ruleIds: [] }],
      topicCounts: {} as never,
    },
    findings: ruleIds.map((ruleId) => ({ ruleId, topic: ruleId.split('/')[0] as 'klarsprog', severity: 'warning', message: '', line: 1, column: 1, documentLevel: false, actual: ruleId === 'klarsprog/ord' ? 'Såfremt' : '', suggestions: ['hvis'] })),
  });

  it('counts afgørelser with incomplete begrundelse and klagevejledning per area and centre', () => {
    const summary = summarise([
      record('a.md', 'social', 'Voksen og Handicap', ['begrundelse/retsregel', 'klarsprog/ord']),
      record('b.md', 'social', 'Voksen og Handicap', ['klagevejledning/frist', 'klarsprog/ord']),
      record('c.md', 'skole', null, []),
      { file: 'd.docx', error: 'd.docx er ikke en gyldig .docx-fil (ikke en zip-fil).' },
    ]);
    expect(summary.byArea).toEqual([
      { group: 'social', decisions: 2, begrundelseMissing: 0, begrundelseIncomplete: 1, klagevejledningMissing: 0, klagevejledningIncomplete: 1 },
      { group: 'skole', decisions: 1, begrundelseMissing: 0, begrundelseIncomplete: 0, klagevejledningMissing: 0, klagevejledningIncomplete: 0 },
    ]);
    expect(summary.byCentre.map((s) => s.group)).toEqual(['Voksen og Handicap', 'ukendt']);
    expect(summary.klarsprogWords).toEqual([{ word: 'såfremt', count: 2, alternatives: ['hvis'] }]);
    expect(summary.unreadable).toHaveLength(1);
    expect(csvReport([{ file: 'x;y.md', error: 'fejl "her"' }]).split('\r\n')[1]).toBe('"x;y.md";"fejl ""her""";;;;;;;;;;;;;;;;;;;;;;;;;');
  });

  it('draws the progress bar only on a terminal', () => {
    const written: string[] = [];
    const tty = { isTTY: true, columns: 80, write: (s: string) => written.push(s) } as unknown as NodeJS.WriteStream;
    const bar = progressBar(tty);
    bar.update('Tjekker', 5, 10);
    bar.finish();
    expect(written[0]).toContain('5/10');
    expect(written[0]).toContain('█');
    const silent: string[] = [];
    progressBar({ isTTY: false, write: (s: string) => silent.push(s) } as unknown as NodeJS.WriteStream).update('Tjekker', 1, 2);
    expect(silent).toEqual([]);
  });
});
