// The benchmark code runs on tiny inputs and returns well-formed figures. No timing assertions: speed is reported
// by `npm run bench`, not tested here.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { allChecks } from '../server/src/checks/index.js';
import { lintBatchInProcess, lintBatchInWorkers } from '../server/src/io/batch-lint.js';
import { LintSession } from '../server/src/io/session.js';
import { loadSpeller } from '../server/src/io/speller-loader.js';
import { repeatLetters } from '../scripts/bench/batch.js';
import { benchColdCli } from '../scripts/bench/cold-cli.js';
import { figuresTable, machineLine, NOT_AVAILABLE } from '../scripts/bench/format.js';
import { lspFigures } from '../scripts/bench/lsp-figures.js';
import { machineInfo } from '../scripts/bench/machine.js';
import type { BenchResults } from '../scripts/bench/results.js';
import { countWords, sampleLetter } from '../scripts/bench/sample-letter.js';
import { benchSpellingCheck, spellingFigures } from '../scripts/bench/spelling.js';
import { distribution, percentile } from '../scripts/bench/stats.js';
import { benchWarmLint } from '../scripts/bench/warm-lint.js';

const root = resolve(import.meta.dirname, '..');
const tiny = '# Afgørelse\n\nKære Sara Holm\n\nDu får ikke tilskud til en ny cykel. Du kan klage inden fire uger.\n\nVenlig hilsen\n\nAnne Toft\n';
const session = new LintSession();
const work = mkdtempSync(join(tmpdir(), 'brevtjek-bench-test-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('bench statistics', () => {
  it('takes nearest-rank percentiles of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile([...samples].sort((a, b) => a - b), 50)).toBe(50);
    expect(distribution(samples)).toMatchObject({ runs: 100, p50: 50, p95: 95, min: 1, max: 100, mean: 50.5 });
  });
});

describe('bench stages on tiny inputs', () => {
  it('uses a benchmark letter of about 800 words', () => {
    const letter = sampleLetter(root);
    expect(letter.words).toBeGreaterThan(750);
    expect(letter.words).toBeLessThan(900);
    expect(letter.text).not.toMatch(/^#/m);
  });

  it('times warm lint, remark-parse and every check', () => {
    const figures = benchWarmLint({ markdown: tiny, text: tiny.replace(/^# /m, ''), words: countWords(tiny), kb: session.kb }, { runs: 3, warmup: 1 });
    for (const d of [figures.markdown, figures.markdownUncached, figures.text, figures.remarkParse, figures.parseLetter, figures.noChecks].flatMap((t) => [t.wall, t.cpu])) {
      expect(d.runs).toBe(3);
      expect(d.min).toBeLessThanOrEqual(d.p50);
      expect(d.p50).toBeLessThanOrEqual(d.p95);
    }
    expect(figures.checks.map((c) => c.id).sort()).toEqual(allChecks.map((c) => c.meta.id).sort());
    expect(figures.spelling).toBe(false);
  });

  it('lints a repeated batch in process, one result per letter', () => {
    const letters = repeatLetters([{ text: tiny, format: 'markdown' }, { text: tiny, format: 'text' }], 5);
    expect(letters).toHaveLength(5);
    expect(lintBatchInProcess(session, letters)).toHaveLength(5);
  });

  it('lints a batch on worker threads (the built report worker), results in input order', async () => {
    const letters = [{ text: tiny, format: 'markdown' as const }, { text: 'Kære Sara\n\nDu får ikke tilskud.\n', format: 'text' as const }, { text: tiny, format: 'text' as const }];
    const results = await lintBatchInWorkers(letters, { threads: 2, chunkSize: 1, workerScript: join(root, 'dist', 'report-worker.js'), workerData: { progress: new SharedArrayBuffer(4) } });
    expect(results.map((r) => r.stats.words)).toEqual(lintBatchInProcess(session, letters).map((r) => r.stats.words));
  }, 60_000);

  it('measures the spelling check and combines it with the dictionary helper, or marks that missing', () => {
    const check = benchSpellingCheck(['Kommunen har behandlet din ansøgning om hjælpemidler.', 'Afgørelsen kan påklages.'], session.kb, loadSpeller());
    expect(check.words).toBe(10);
    expect(check.wordsPerSecond).toBeGreaterThan(0);
    const missing = spellingFigures(check, { ok: false, reason: 'findes ikke' });
    expect(missing).toMatchObject({ dictionary: { available: false }, ratio: null, ratioCheck: null });
    const ours = { loadSeconds: 0.4, uncachedWordsPerSecond: 50, coldWordsPerSecond: 200, cachedWordsPerSecond: 400 };
    const native = { dictionary: 'da_DK', wordsPerSecond: 80, startupSeconds: 0.1, wordsPerSecondAfterStartup: 100 };
    const present = spellingFigures(check, { ok: true, value: { words: 10, uniqueWords: 9, ours, native } });
    expect(present.ratio).toBe(2);
    expect(present.ratioUncached).toBe(0.5);
  });

  it('times the real CLI from start to exit and reads its peak RSS', () => {
    const letterPath = join(work, 'brev.md');
    writeFileSync(letterPath, tiny);
    const figures = benchColdCli({ binPath: join(root, 'bin', 'brevtjek.js'), letterPath, runs: 1, rssRuns: 1, warmupRuns: 0, spelling: false });
    expect(figures.wall.runs).toBe(1);
    expect(figures.peakRssMiB).toBeGreaterThan(10);
    expect(figures.cpu.runs).toBe(1);
  }, 60_000);
});

describe('bench table', () => {
  it('says "ikke tilgængelig" for figures a helper did not provide', () => {
    const d = distribution([1, 2, 3]);
    const t = { wall: d, cpu: d };
    const throughput = { threads: 1, letters: 10, seconds: 1, lettersPerSecond: 10, cpuSeconds: 1 };
    const results: BenchResults = {
      schema: 1,
      machine: machineInfo(),
      settings: { warmRuns: 3, warmup: 1, cliRuns: 1, batchLetters: 10, spellingWords: 10 },
      startup: { knowledgeBaseMs: 1, dictionaryMs: 1 },
      warmLint: { words: 10, spelling: true, checkCount: 1, markdown: t, markdownUncached: t, text: t, remarkParse: t, parseLetter: t, noChecks: t, checks: [{ id: 'stavning', p50: 1, p95: 2, mean: 1, cpuP50: 1, cpuMean: 1 }] },
      coldCli: { withSpelling: { wall: d, peakRssMiB: 100, cpu: d }, withoutSpelling: { wall: d, peakRssMiB: 80, cpu: d } },
      batch: { corpusLetters: 2, inProcess: throughput, oneWorker: throughput, allCores: { ...throughput, threads: 2 } },
      spelling: spellingFigures({ words: 10, seconds: 1, wordsPerSecond: 10, flagged: 0 }, { ok: false, reason: 'findes ikke' }),
      lsp: lspFigures({ ok: false, reason: 'scripts/bench/lsp.ts findes ikke' }),
    };
    const table = figuresTable(results);
    expect(table.split('\n')[0]).toBe('| Måling | Resultat | Mål | Nået |');
    expect(table).toContain('Tjek `stavning`');
    expect(table.match(new RegExp(NOT_AVAILABLE, 'g'))).toHaveLength(7);
    expect(machineLine(results)).toContain('kerner');
  });
});
