// The check mechanism. A check is one concept: its meta (rule ids, topic, message templates) and a function
// from the letter model to findings. Severity, URL and disabling are applied centrally by lint().
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Speller } from '../spelling/speller.js';
import type { ResolvedConfig } from './config.js';
import type { LetterModel } from './letter-model.js';
import type { Insertion, RelatedPlace, Severity, Span, TopicId } from './types.js';

export interface CheckMeta {
  /** Module id; equals the file name. */
  readonly id: string;
  readonly topic: TopicId;
  /** Every rule id the check can report. */
  readonly rules: readonly string[];
  /** Danish message templates with {named} placeholders, keyed by template name. */
  readonly messages: Readonly<Record<string, string>>;
}

export interface Finding extends Span {
  readonly ruleId: string;
  readonly message: string;
  readonly values?: Readonly<Record<string, string | number>>;
  readonly note?: string;
  readonly expected?: readonly string[];
  readonly fixable?: boolean;
  readonly insertion?: Insertion;
  readonly related?: readonly RelatedPlace[];
  readonly documentLevel?: boolean;
  /** Overrides the topic document's default severity for this one finding (a user's setting still wins). */
  readonly severity?: Severity;
}

export interface CheckContext {
  readonly model: LetterModel;
  readonly kb: KnowledgeBase;
  readonly config: ResolvedConfig;
  readonly speller?: Speller;
  /** True when the rule is switched on; lets a check skip work nobody wants. */
  enabled(ruleId: string): boolean;
  report(finding: Finding): void;
}

export interface Check {
  readonly meta: CheckMeta;
  run(context: CheckContext): void;
}

export function fillTemplate(template: string, values: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Keep the casing of the original word in a replacement ("Såfremt" → "Hvis"). */
export function matchCase(original: string, replacement: string): string {
  if (original.length > 1 && original === original.toUpperCase() && /\p{L}/u.test(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}
