// The substitution rule type: a lexicon of phrases with plainer replacements (retext-simplify's idea, Danish data).
// Each hit becomes one finding whose expected[] holds the replacements in the original's casing, with the
// inflectional ending of the match carried over ("fremsendes" → "sendes").
import { matchCase, type CheckContext } from '../../engine/check.js';
import type { Sentence } from '../../engine/parse.js';
import type { Severity } from '../../engine/types.js';
import { fillEndings, keysOf, phraseMatcher } from './phrases.js';

export interface Substitution {
  readonly phrases: readonly string[];
  readonly replace: readonly string[];
  /** The first replacement is safe without rephrasing. */
  readonly fix: boolean;
  readonly severity?: Severity;
}

export interface SubstitutionMessages {
  /** Template with {actual} and {expected}. */
  readonly withReplacement: string;
  /** Template with {actual}, for entries that need rephrasing. */
  readonly withoutReplacement: string;
}

export function reportSubstitutions(
  context: CheckContext,
  ruleId: string,
  entries: readonly Substitution[],
  sentences: readonly Sentence[],
  messages: SubstitutionMessages,
): void {
  const matcher = phraseMatcher(entries, (e) => e.phrases);
  const text = context.model.text;
  for (const sentence of sentences) {
    for (const hit of matcher.findIn(sentence.words, keysOf(sentence), text)) {
      const actual = text.slice(hit.start, hit.end);
      const expected = [...new Set(hit.entry.replace.map((r) => matchCase(actual, fillEndings(r, hit.endings))))];
      context.report({
        ruleId,
        message: expected.length ? messages.withReplacement : messages.withoutReplacement,
        values: { actual, expected: expected.map((e) => `"${e}"`).join(' eller ') },
        start: hit.start,
        end: hit.end,
        ...(expected.length ? { expected, fixable: hit.entry.fix } : {}),
        ...(hit.entry.severity ? { severity: hit.entry.severity } : {}),
      });
    }
  }
}
