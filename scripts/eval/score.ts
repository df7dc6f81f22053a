// Compare the engine's findings on one letter with its annotation.
// Document-level rules (begrundelse, klagevejledning, partshoering, vejledning) are compared as sets of rule ids;
// span rules by overlap with the annotated occurrence. Hint findings are advice: matched hints count, unmatched
// hints are not false positives.
import type { Message } from '../../server/src/engine/types.js';
import { occurrenceSpan, type CorpusLetter } from './corpus.js';

export const DOCUMENT_TOPICS = new Set(['begrundelse', 'klagevejledning', 'partshoering', 'vejledning']);

export interface Outcome {
  readonly ruleId: string;
  readonly result: 'tp' | 'fp' | 'fn';
  readonly letter: string;
  readonly text: string;
}

export function scoreLetter(letter: CorpusLetter, messages: readonly Message[]): Outcome[] {
  const outcomes: Outcome[] = [];
  const topicOf = (ruleId: string) => ruleId.split('/')[0]!;
  const expectedDocument = new Set(letter.annotation.documentFindings);
  const foundDocument = new Map<string, Message>();
  for (const m of messages) if (DOCUMENT_TOPICS.has(m.topic) && !foundDocument.has(m.ruleId)) foundDocument.set(m.ruleId, m);
  for (const ruleId of expectedDocument) outcomes.push({ ruleId, result: foundDocument.has(ruleId) ? 'tp' : 'fn', letter: letter.id, text: '' });
  for (const [ruleId, m] of foundDocument) {
    if (!expectedDocument.has(ruleId) && m.severity !== 'hint') outcomes.push({ ruleId, result: 'fp', letter: letter.id, text: m.reason });
  }

  const spanMessages = messages.filter((m) => !DOCUMENT_TOPICS.has(m.topic));
  const used = new Set<Message>();
  for (const expected of letter.annotation.spanFindings) {
    if (DOCUMENT_TOPICS.has(topicOf(expected.ruleId))) continue;
    const span = occurrenceSpan(letter.text, expected.text, expected.occurrence);
    const match = span && spanMessages.find((m) => !used.has(m) && m.ruleId === expected.ruleId && m.start < span.end && m.end > span.start);
    if (match) used.add(match);
    outcomes.push({ ruleId: expected.ruleId, result: match ? 'tp' : 'fn', letter: letter.id, text: expected.text });
  }
  for (const m of spanMessages) {
    if (used.has(m) || m.severity === 'hint') continue;
    // A second finding inside an already matched annotation (e.g. two words of one phrase) is not an error.
    if ([...used].some((u) => u.ruleId === m.ruleId && m.start < u.end && m.end > u.start)) continue;
    outcomes.push({ ruleId: m.ruleId, result: 'fp', letter: letter.id, text: letter.text.slice(m.start, Math.min(m.end, m.start + 80)) });
  }
  return outcomes;
}

export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

export function precision(t: Tally): number {
  return t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
}

export function recall(t: Tally): number {
  return t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
}

export function tally(outcomes: readonly Outcome[], key: (o: Outcome) => string): Map<string, Tally> {
  const map = new Map<string, Tally>();
  for (const o of outcomes) {
    const k = key(o);
    const t = map.get(k) ?? { tp: 0, fp: 0, fn: 0 };
    t[o.result]++;
    map.set(k, t);
  }
  return new Map([...map.entries()].sort(([a], [b]) => a.localeCompare(b)));
}
