// The JSON output contract (version 1), shared by `brevtjek lint --format json`, the HTTP API and reports.
import { LineIndex, type Position } from '../engine/positions.js';
import type { LintResult, Message } from '../engine/types.js';

export interface JsonDiagnostic {
  readonly ruleId: string;
  readonly topic: string;
  readonly severity: Message['severity'];
  readonly message: string;
  readonly start: Position;
  readonly end: Position;
  readonly suggestions: readonly string[];
  readonly url: string;
}

export interface JsonFile {
  readonly file: string;
  readonly kind: LintResult['kind'];
  readonly outcome: LintResult['outcome'];
  readonly area: LintResult['area'];
  readonly stats: { readonly words: number; readonly sentences: number; readonly lix: number };
  readonly diagnostics: readonly JsonDiagnostic[];
}

export interface JsonReport {
  readonly version: 1;
  readonly files: readonly JsonFile[];
}

export function toJsonFile(file: string, text: string, result: LintResult): JsonFile {
  const lines = new LineIndex(text);
  return {
    file,
    kind: result.kind,
    outcome: result.outcome,
    area: result.area,
    stats: { words: result.stats.words, sentences: result.stats.sentences, lix: result.stats.lix },
    diagnostics: result.messages.map((m) => ({
      ruleId: m.ruleId,
      topic: m.topic,
      severity: m.severity,
      message: m.reason,
      start: lines.position(m.start),
      end: lines.position(m.end),
      suggestions: m.expected ?? [],
      url: m.url,
    })),
  };
}

export function toJsonReport(files: readonly JsonFile[]): JsonReport {
  return { version: 1, files };
}
