// The share of words the spelling check flags in a text: the measure for clean prose (the seed reports), used by
// scripts/spelling/seeds.ts and the evaluation's seed report. Runs the real check, nothing else.
import { stavning } from '../checks/stavning.js';
import { lint } from '../engine/lint.js';
import type { Format } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Speller } from './speller.js';

export interface FlaggedShare {
  /** Words in the text, as the parser counts them. */
  readonly words: number;
  readonly flagged: number;
  /** flagged / words (0 for an empty text). */
  readonly share: number;
  /** The flagged words in text order, for review. */
  readonly flaggedWords: readonly string[];
}

export function flaggedShare(text: string, speller: Speller, kb: KnowledgeBase, format: Format = 'text'): FlaggedShare {
  const result = lint(text, { format, kb, speller, checks: [stavning] });
  const flaggedWords = result.messages.filter((m) => m.ruleId === 'stavning/ukendt-ord').map((m) => text.slice(m.start, m.end));
  const words = result.stats.words;
  return { words, flagged: flaggedWords.length, share: words ? flaggedWords.length / words : 0, flaggedWords };
}
