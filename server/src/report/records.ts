// One row of a report: what the report needs from one letter (serialisable, no letter text beyond the flagged
// words themselves, which are the point of the klarsprog and spelling tables).
import type { LintResult, Message } from '../engine/types.js';
import { LineIndex } from '../engine/positions.js';
import { checklistOf, type Checklist } from './checklist.js';

export interface ReportFinding {
  readonly ruleId: string;
  readonly topic: Message['topic'];
  readonly severity: Message['severity'];
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly documentLevel: boolean;
  /** The flagged text (span findings only). */
  readonly actual: string;
  readonly suggestions: readonly string[];
}

export interface ReadableLetter {
  readonly file: string;
  readonly kommune: string | null;
  readonly centre: string | null;
  readonly words: number;
  readonly checklist: Checklist;
  readonly findings: readonly ReportFinding[];
}

export interface UnreadableLetter {
  readonly file: string;
  /** Danish. */
  readonly error: string;
}

export type LetterRecord = ReadableLetter | UnreadableLetter;

export function isReadable(record: LetterRecord): record is ReadableLetter {
  return !('error' in record);
}

export function recordOf(file: string, text: string, result: LintResult, checkedRules: ReadonlySet<string>): ReadableLetter {
  const lines = new LineIndex(text);
  return {
    file,
    kommune: result.facts.sender.kommune ?? null,
    centre: result.facts.sender.center ?? null,
    words: result.stats.words,
    checklist: checklistOf(result, checkedRules),
    findings: result.messages.map((m) => {
      const at = lines.position(m.start);
      return {
        ruleId: m.ruleId,
        topic: m.topic,
        severity: m.severity,
        message: m.reason,
        line: at.line,
        column: at.column,
        documentLevel: m.documentLevel ?? false,
        actual: m.documentLevel ? '' : text.slice(m.start, m.end),
        suggestions: m.expected ?? [],
      };
    }),
  };
}
