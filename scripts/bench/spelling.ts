// Spelling throughput on about 1,000,000 words of Danish text (the seed reports repeated). The dictionary figures,
// ours against native `hunspell -l`, come from the spelling engineer's scripts/spelling/throughput.ts (through
// spelling-helper.ts); measured here is the spelling check as lint() runs it, parsing included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { stavning } from '../../server/src/checks/stavning.js';
import { lint } from '../../server/src/engine/lint.js';
import type { KnowledgeBase } from '../../server/src/knowledge/knowledge-base.js';
import type { Speller } from '../../server/src/spelling/speller.js';
import type { HelperOutcome } from './helper-result.js';
import type { Optional } from './results.js';
import { countWords } from './sample-letter.js';

export const SPELLING_HELPER = { module: 'scripts/bench/spelling-helper.ts', exportName: 'spellingHelperFigures' } as const;

/** The fields of scripts/spelling/throughput.ts's ThroughputFigures that the table uses. */
export interface DictionaryFigures {
  readonly words: number;
  readonly uniqueWords: number;
  readonly ours: { readonly loadSeconds: number; readonly uncachedWordsPerSecond: number; readonly coldWordsPerSecond: number; readonly cachedWordsPerSecond: number };
  readonly native: { readonly dictionary: string; readonly wordsPerSecond: number; readonly startupSeconds: number; readonly wordsPerSecondAfterStartup: number } | null;
}

export interface CheckThroughput {
  readonly words: number;
  readonly seconds: number;
  readonly wordsPerSecond: number;
  readonly flagged: number;
}

export interface SpellingFigures {
  /** The spelling check through lint() on the seed documents (parse + lookups), warm dictionary; null without seeds. */
  readonly check: CheckThroughput | null;
  readonly dictionary: Optional<DictionaryFigures>;
  /** Ours (fresh word cache, as in real use) / native without its start-up; null without native figures. */
  readonly ratio: number | null;
  /** Ours with every word sent to Hunspell / native without its start-up. */
  readonly ratioUncached: number | null;
  /** The whole check through lint() / native without its start-up. */
  readonly ratioCheck: number | null;
}

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

export function benchSpellingCheck(documents: readonly string[], kb: KnowledgeBase, speller: Speller): CheckThroughput {
  const words = documents.reduce((sum, d) => sum + countWords(d), 0);
  const start = performance.now();
  let flagged = 0;
  for (const document of documents) flagged += lint(document, { format: 'text', kb, speller, checks: [stavning] }).messages.length;
  const seconds = (performance.now() - start) / 1000;
  return { words, seconds, wordsPerSecond: words / seconds, flagged };
}

function isDictionaryFigures(value: unknown): value is DictionaryFigures {
  const v = value as Partial<DictionaryFigures> | null;
  return typeof v?.words === 'number' && typeof v.ours?.coldWordsPerSecond === 'number' && typeof v.ours.uncachedWordsPerSecond === 'number';
}

export function spellingFigures(check: CheckThroughput | null, helper: HelperOutcome): SpellingFigures {
  const dictionary: Optional<DictionaryFigures> = !helper.ok
    ? { available: false, reason: helper.reason }
    : isDictionaryFigures(helper.value)
      ? { available: true, figures: helper.value }
      : { available: false, reason: `${SPELLING_HELPER.module}: uventet svar` };
  const native = dictionary.available ? dictionary.figures.native?.wordsPerSecondAfterStartup : undefined;
  const ratio = (ours: number | undefined) => (native && ours !== undefined ? ours / native : null);
  const ours = dictionary.available ? dictionary.figures.ours : undefined;
  return { check, dictionary, ratio: ratio(ours?.coldWordsPerSecond), ratioUncached: ratio(ours?.uncachedWordsPerSecond), ratioCheck: ratio(check?.wordsPerSecond) };
}
