// Spelling suggestions for the "replace with suggestion" code action; computed only when a code action is asked for.
import type { LintSession } from '../io/session.js';

const MAX_SUGGESTIONS = 5;

export function spellingSuggestions(session: LintSession, word: string): string[] {
  if (!word || word.length > 100) return [];
  const speller = session.getSpeller();
  if (!speller) return [];
  return [...new Set(speller.suggest(word))].filter((s) => s && s !== word).slice(0, MAX_SUGGESTIONS);
}
