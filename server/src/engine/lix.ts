// LIX (læsbarhedsindeks, Björnsson 1968), the Danish readability standard: words per sentence plus the share
// of long words (more than six letters) in per cent. Computed on body text only (headings and address blocks
// distort it); abbreviations do not end sentences because the parser already joined them.
import type { Block } from './parse.js';
import type { LixBand, LixResult } from './types.js';

export function lixBand(lix: number): LixBand {
  if (lix < 25) return 'meget let';
  if (lix < 35) return 'let';
  if (lix < 45) return 'middel';
  if (lix < 55) return 'svær';
  return 'meget svær';
}

/** Letters in a word; a character is a letter when it has case (all Danish letters do), without a regex per character. */
function letterCount(word: string): number {
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const ch = word[i]!;
    if (ch.toLowerCase() !== ch.toUpperCase()) n++;
  }
  return n;
}

// lint() needs the letter's LIX for its stats and the laesbarhed check needs it per section: compute each once.
const computed = new WeakMap<readonly Block[], LixResult>();

export function lixOf(blocks: readonly Block[]): LixResult {
  const known = computed.get(blocks);
  if (known) return known;
  const result = computeLix(blocks);
  computed.set(blocks, result);
  return result;
}

function computeLix(blocks: readonly Block[]): LixResult {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    for (const sentence of block.sentences) {
      let counted = 0;
      for (const w of sentence.words) {
        const letters = letterCount(w.value);
        if (letters === 0) continue;
        counted++;
        if (letters > 6) longWords++;
      }
      if (counted === 0) continue;
      sentences++;
      words += counted;
    }
  }
  const lix = words === 0 ? 0 : Math.round((words / sentences + (longWords * 100) / words) * 10) / 10;
  return { lix, words, sentences, longWords, band: lixBand(lix) };
}
