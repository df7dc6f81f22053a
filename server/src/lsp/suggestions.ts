// Spelling suggestions for the "replace with suggestion" code action; computed only when a code action is asked for.
import type { LintSession } from '../io/session.js';
import { spellingSuggestions } from '../spelling/suggestions.js';

export function suggestionsFor(session: LintSession, word: string): string[] {
  if (!word || word.length > 100) return [];
  const speller = session.getSpeller();
  return speller ? spellingSuggestions(word, speller) : [];
}
