// The existence rule type: families of phrases that should not be there at all (tone). Each family reports its
// own rule id; the message template gets the matched text as {actual}.
import type { CheckContext } from '../../engine/check.js';
import type { Sentence } from '../../engine/parse.js';
import { keysOf, phraseMatcher } from './phrases.js';

export interface PhraseFamily {
  readonly rule: string;
  readonly phrases: readonly string[];
}

export function reportExistence(
  context: CheckContext,
  families: readonly PhraseFamily[],
  sentences: readonly Sentence[],
  messageFor: (ruleId: string) => string,
): void {
  const matcher = phraseMatcher(families, (f) => f.phrases);
  const text = context.model.text;
  for (const sentence of sentences) {
    for (const hit of matcher.findIn(sentence.words, keysOf(sentence), text)) {
      if (!context.enabled(hit.entry.rule)) continue;
      context.report({ ruleId: hit.entry.rule, message: messageFor(hit.entry.rule), values: { actual: text.slice(hit.start, hit.end) }, start: hit.start, end: hit.end });
    }
  }
}
