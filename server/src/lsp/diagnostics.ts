// Message → LSP Diagnostic. A translation only: code = rule id, source, codeDescription.href = url, severity,
// relatedInformation from `related`.
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message, Severity } from '../engine/types.js';

const SEVERITY: Readonly<Record<Severity, DiagnosticSeverity>> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function rangeOf(document: TextDocument, start: number, end: number): Range {
  return { start: document.positionAt(start), end: document.positionAt(end) };
}

export function toDiagnostic(document: TextDocument, message: Message): Diagnostic {
  return {
    range: rangeOf(document, message.start, message.end),
    severity: SEVERITY[message.severity],
    code: message.ruleId,
    codeDescription: { href: message.url },
    source: 'brevtjek',
    message: message.note ? `${message.reason}\n${message.note}` : message.reason,
    ...(message.related?.length
      ? {
          relatedInformation: message.related.map((place) => ({
            location: { uri: document.uri, range: rangeOf(document, place.start, place.end) },
            message: place.message,
          })),
        }
      : {}),
  };
}

function seconds(ms: number): string {
  return String(Math.round(ms / 100) / 10).replace('.', ',');
}

/** Shown instead of the findings when a lint was stopped for exceeding the document's time budget. */
export function timeBudgetDiagnostic(document: TextDocument, budgetMs: number): Diagnostic {
  return {
    range: rangeOf(document, 0, 0),
    severity: DiagnosticSeverity.Information,
    source: 'brevtjek',
    code: 'tidsgraense',
    message: `Brevtjek stoppede tjekket af dette dokument, fordi det tog mere end ${seconds(budgetMs)} sekunder. Tjekket prøves igen, når dokumentet ændres.`,
  };
}
