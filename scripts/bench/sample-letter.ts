// The benchmark letter: the longest corpus letter (skole-specialundervisning-delvis-01) with one more section,
// about 820 words. Kept as a fixture so the figures stay comparable when the corpus changes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Relative to the repository root (this module is also bundled into dist/, so import.meta.url cannot say). */
export const SAMPLE_LETTER_PATH = join('scripts', 'bench', 'fixtures', 'letter-800.md');

export interface SampleLetter {
  readonly path: string;
  readonly markdown: string;
  /** The same letter as plain text: heading markers removed, everything else unchanged. */
  readonly text: string;
  readonly words: number;
}

export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

export function sampleLetter(root: string): SampleLetter {
  const path = join(root, SAMPLE_LETTER_PATH);
  const markdown = readFileSync(path, 'utf8');
  const text = markdown.replace(/^#{1,6}\s+/gm, '');
  return { path, markdown, text, words: countWords(markdown) };
}
