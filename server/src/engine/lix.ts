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

function letterCount(word: string): number {
  let n = 0;
  for (const ch of word) if (/\p{L}/u.test(ch)) n++;
  return n;
}

export function lixOf(blocks: readonly Block[]): LixResult {
  let words = 0;
  let sentences = 0;
  let longWords = 0;
  for (const block of blocks) {
    if (block.kind !== 'paragraph' && block.kind !== 'list-item') continue;
    for (const sentence of block.sentences) {
      const counted = sentence.words.filter((w) => letterCount(w.value) > 0);
      if (counted.length === 0) continue;
      sentences++;
      words += counted.length;
      for (const w of counted) if (letterCount(w.value) > 6) longWords++;
    }
  }
  const lix = words === 0 ? 0 : Math.round((words / sentences + (longWords * 100) / words) * 10) / 10;
  return { lix, words, sentences, longWords, band: lixBand(lix) };
}
