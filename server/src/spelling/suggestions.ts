// Suggestions for a flagged word, computed only when an adapter asks (CLI --suggest, LSP code action, web API):
// a Hunspell suggestion costs a few hundred milliseconds, far too much to pay for every finding.
import { matchCase } from '../engine/check.js';
import type { Speller } from './speller.js';

/** How many suggestions an adapter shows. */
export const MAX_SUGGESTIONS = 5;

/**
 * Text typed or converted without Danish letters ("hjaelp", "foelge", "paa"): the respelling with æ, ø, å is
 * almost always meant, and Hunspell ranks it low or not at all, so it goes first when the dictionary knows it.
 */
function danishLetterRespellings(word: string): string[] {
  const pairs: [RegExp, string][] = [[/ae/giu, 'æ'], [/oe/giu, 'ø'], [/aa/giu, 'å']];
  let variants = [word];
  for (const [pattern, letter] of pairs) {
    const next: string[] = [];
    for (const variant of variants) {
      next.push(variant);
      const replaced = variant.replace(pattern, (m) => matchCase(m, letter));
      if (replaced !== variant) next.push(replaced);
    }
    variants = next;
  }
  return variants.slice(1);
}

export function spellingSuggestions(written: string, speller: Speller): string[] {
  // A finding's text may span a line-break hyphen ("ansøg-\nnig"); suggest for the word as it is read.
  const word = written.replace(/-\s*\n\s*|\p{Cf}/gu, '');
  const out: string[] = [];
  const add = (candidate: string) => {
    if (candidate !== word && !out.includes(candidate)) out.push(candidate);
  };
  for (const candidate of danishLetterRespellings(word)) if (speller.correct(candidate)) add(candidate);
  for (const candidate of speller.suggest(word)) add(matchCase(word, candidate));
  return out.slice(0, MAX_SUGGESTIONS);
}
