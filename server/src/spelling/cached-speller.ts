// Caching in front of a raw spell checker. An uncached Hunspell lookup costs tens of microseconds and a suggestion
// hundreds of milliseconds, while a letter repeats most of its words and the editor re-lints on every keystroke;
// so every verdict and every suggestion list is computed once per process.
import type { Speller } from './speller.js';

/** What the engine needs from the underlying checker (Hunspell's spell/suggest). */
export interface RawSpeller {
  spell(word: string): boolean;
  suggest(word: string): string[];
}

/** Past this many cached words the cache starts over, so a long-running language server cannot grow without end. */
const MAX_CACHED_WORDS = 200_000;

export function createCachedSpeller(raw: RawSpeller): Speller {
  const verdicts = new Map<string, boolean>();
  const suggestions = new Map<string, readonly string[]>();
  return {
    correct(word) {
      let verdict = verdicts.get(word);
      if (verdict === undefined) {
        if (verdicts.size >= MAX_CACHED_WORDS) verdicts.clear();
        verdict = raw.spell(word);
        verdicts.set(word, verdict);
      }
      return verdict;
    },
    suggest(word) {
      let list = suggestions.get(word);
      if (!list) {
        if (suggestions.size >= MAX_CACHED_WORDS / 100) suggestions.clear();
        list = Object.freeze(raw.suggest(word));
        suggestions.set(word, list);
      }
      return list;
    },
  };
}
