// Spelling throughput on about 1,000,000 words of Danish text (the seed reports repeated), ours and native
// Hunspell (`hunspell -l -d da_DK`) in the same run. Ours is measured twice: the real spelling check as lint()
// runs it (parsing included, since `hunspell -l` tokenises too), and the dictionary lookups alone.
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stavning } from '../../server/src/checks/stavning.js';
import { lint } from '../../server/src/engine/lint.js';
import type { KnowledgeBase } from '../../server/src/knowledge/knowledge-base.js';
import type { Speller } from '../../server/src/spelling/speller.js';
import { countWords } from './sample-letter.js';

export interface SpellingFigures {
  readonly words: number;
  readonly uniqueWords: number;
  /** The spelling check through lint() (parse + lookups), warm dictionary. */
  readonly ours: { readonly seconds: number; readonly wordsPerSecond: number; readonly flagged: number };
  /** Dictionary lookups alone, on pre-split words. */
  readonly oursLookups: { readonly seconds: number; readonly wordsPerSecond: number };
  /** null when `hunspell -d da_DK` is not installed. */
  readonly native: { readonly seconds: number; readonly wordsPerSecond: number; readonly startupSeconds: number; readonly flagged: number } | null;
  /** ours.wordsPerSecond / native.wordsPerSecond (native with its dictionary load), null without native. */
  readonly ratio: number | null;
}

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;

/** The seed reports (NNN_*.txt), each repeated in turn until the documents hold at least `targetWords` words. */
export function seedDocuments(seedDir: string, targetWords: number): string[] {
  const seeds = readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((f) => readFileSync(join(seedDir, f), 'utf8'));
  if (seeds.length === 0) throw new Error(`no seed files (NNN_*.txt) in ${seedDir}`);
  const documents: string[] = [];
  let words = 0;
  for (let i = 0; words < targetWords; i++) {
    const seed = seeds[i % seeds.length]!;
    documents.push(seed);
    words += countWords(seed);
  }
  return documents;
}

function nativeHunspell(file: string, empty: string): { seconds: number; startupSeconds: number; flagged: number } | null {
  const run = (input: string) => {
    const fd = openSync(input, 'r');
    try {
      const start = performance.now();
      // stdout holds the flagged words: counted, never printed.
      const result = spawnSync('hunspell', ['-l', '-d', 'da_DK'], { stdio: [fd, 'pipe', 'pipe'], maxBuffer: 1024 ** 3, encoding: 'utf8', env: { ...process.env, LC_ALL: 'C.UTF-8' } });
      const seconds = (performance.now() - start) / 1000;
      if (result.error || result.status !== 0) return null;
      return { seconds, flagged: result.stdout.split('\n').filter((l) => l.length > 0).length };
    } finally {
      closeSync(fd);
    }
  };
  const startup = run(empty);
  if (!startup) return null;
  const full = run(file);
  return full ? { seconds: full.seconds, startupSeconds: startup.seconds, flagged: full.flagged } : null;
}

export function benchSpelling(documents: readonly string[], kb: KnowledgeBase, speller: Speller): SpellingFigures {
  const text = documents.join('\n\n');
  const tokens = text.match(WORD) ?? [];
  const words = tokens.length;

  let start = performance.now();
  let flagged = 0;
  for (const document of documents) flagged += lint(document, { format: 'text', kb, speller, checks: [stavning] }).messages.length;
  const oursSeconds = (performance.now() - start) / 1000;

  start = performance.now();
  let known = 0;
  for (const token of tokens) if (speller.correct(token)) known++;
  const lookupSeconds = (performance.now() - start) / 1000;
  if (known < 0) throw new Error('unreachable'); // keeps the loop from being optimised away

  const work = mkdtempSync(join(tmpdir(), 'brevtjek-spelling-'));
  let native: SpellingFigures['native'] = null;
  try {
    const file = join(work, 'seeds.txt');
    const empty = join(work, 'empty.txt');
    writeFileSync(file, text);
    writeFileSync(empty, '');
    const measured = nativeHunspell(file, empty);
    if (measured) native = { ...measured, wordsPerSecond: words / measured.seconds };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const ours = { seconds: oursSeconds, wordsPerSecond: words / oursSeconds, flagged };
  return {
    words,
    uniqueWords: new Set(tokens).size,
    ours,
    oursLookups: { seconds: lookupSeconds, wordsPerSecond: words / lookupSeconds },
    native,
    ratio: native ? ours.wordsPerSecond / native.wordsPerSecond : null,
  };
}
