// The pure centre of Brevtjek: letter text in, letter facts and messages out. No I/O.
import { defaultSeverity, topicUrl, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import type { Speller } from '../spelling/speller.js';
import { allChecks } from '../checks/index.js';
import { fillTemplate, type Check, type CheckContext, type Finding } from './check.js';
import { resolveConfig, ruleSeverity, type ResolvedConfig } from './config.js';
import { applyDisableComments } from './disable.js';
import { buildLetterModel, type LetterModel } from './letter-model.js';
import { lixOf } from './lix.js';
import { assertLetterSize } from './limits.js';
import type { Format, LintResult, Message, TopicId } from './types.js';

export interface LintOptions {
  readonly format: Format;
  readonly kb: KnowledgeBase;
  readonly config?: ResolvedConfig;
  readonly speller?: Speller;
  /** Defaults to every registered check. */
  readonly checks?: readonly Check[];
}

export interface CheckFailure {
  readonly check: string;
  readonly error: string;
}

export interface FullLintResult extends LintResult {
  readonly model: LetterModel;
  /** Checks that threw; their findings are missing. Adapters log these (never the letter text). */
  readonly failures: readonly CheckFailure[];
}

const defaultConfig = resolveConfig();

/** Moves an offset that falls between the halves of a surrogate pair one unit in `direction`. */
function widenToCodePoint(text: string, offset: number, direction: 1 | -1): number {
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  const splits = offset > 0 && offset < text.length && before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
  return splits ? offset + direction : offset;
}

function toMessage(finding: Finding, check: Check, kb: KnowledgeBase, config: ResolvedConfig, text: string): Message | null {
  const textLength = text.length;
  const severity = ruleSeverity(config, finding.ruleId, finding.severity ?? defaultSeverity(kb, finding.ruleId));
  if (severity === null) return null;
  const template = check.meta.messages[finding.message] ?? finding.message;
  // Clamped into the text and widened to whole characters: a range must never split a surrogate pair (an emoji),
  // or an editor would underline half a character and a fix would write invalid text (robustness fuzzing found
  // "\ud800𐀀Klagevejledning" anchoring a finding at [0,2)).
  const start = widenToCodePoint(text, Math.max(0, Math.min(finding.start, textLength)), -1);
  const end = widenToCodePoint(text, Math.max(start, Math.min(finding.end, textLength)), 1);
  const topic: TopicId = check.meta.topic;
  return {
    ruleId: finding.ruleId,
    topic,
    source: 'brevtjek',
    url: topicUrl(kb, topic, finding.ruleId),
    severity,
    reason: fillTemplate(template, finding.values),
    start,
    end,
    ...(finding.note ? { note: finding.note } : {}),
    ...(finding.documentLevel ? { documentLevel: true } : { actual: '' }),
    ...(finding.expected?.length ? { expected: finding.expected, fixable: finding.fixable ?? false } : {}),
    ...(finding.insertion ? { insertion: { ...finding.insertion, offset: widenToCodePoint(text, Math.max(0, Math.min(finding.insertion.offset, textLength)), -1) } } : {}),
    ...(finding.related?.length ? { related: finding.related } : {}),
  };
}

/** Throws LetterTooLargeError (Danish message) for a letter above MAX_LETTER_CHARS; see limits.ts. */
export function lint(text: string, options: LintOptions): FullLintResult {
  assertLetterSize(text);
  const config = options.config ?? defaultConfig;
  const kb = options.kb;
  const model = buildLetterModel(text, options.format, kb, config);
  const messages: Message[] = [];
  const failures: CheckFailure[] = [];
  for (const check of options.checks ?? allChecks) {
    const wanted = check.meta.rules.filter((id) => ruleSeverity(config, id, 'warning') !== null);
    if (wanted.length === 0) continue;
    const context: CheckContext = {
      model,
      kb,
      config,
      ...(options.speller ? { speller: options.speller } : {}),
      enabled: (ruleId) => wanted.includes(ruleId),
      report(finding) {
        const message = toMessage(finding, check, kb, config, text);
        if (message) messages.push(message.documentLevel ? message : { ...message, actual: text.slice(message.start, message.end) });
      },
    };
    try {
      check.run(context);
    } catch (error) {
      failures.push({ check: check.meta.id, error: error instanceof Error ? error.message : String(error) });
    }
  }
  messages.sort((a, b) => a.start - b.start || a.end - b.end || a.ruleId.localeCompare(b.ruleId));
  const lix = lixOf(model.parsed.blocks);
  return {
    kind: model.facts.kind,
    outcome: model.facts.outcome,
    area: model.facts.area,
    stats: { words: model.parsed.words.length, sentences: model.parsed.sentences.length, lix: lix.lix, lixBand: lix.band },
    facts: model.facts,
    messages: applyDisableComments(text, messages),
    model,
    failures,
  };
}
