// Code actions for one finding. Every edit is an exact TextEdit: replacements cover only the finding's range;
// comments and skeletons are pure insertions. Pure functions of the document, the message and the knowledge base.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Format, Message, TopicId } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { rangeOf } from './diagnostics.js';
import { EXPLAIN_COMMAND } from './protocol.js';

function quickFix(title: string, document: TextDocument, edits: TextEdit[], diagnostic: Diagnostic, preferred = false): CodeAction {
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    ...(preferred ? { isPreferred: true } : {}),
    edit: { changes: { [document.uri]: edits } },
  };
}

function insertAt(document: TextDocument, offset: number, text: string): TextEdit {
  const position = document.positionAt(offset);
  return { range: { start: position, end: position }, newText: text };
}

function eolOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}

/** "Erstat med …" for each safe replacement; the first is the preferred quick fix. */
export function replacementActions(document: TextDocument, message: Message, diagnostic: Diagnostic, replacements = message.expected ?? [], verb = 'Erstat med'): CodeAction[] {
  const range = rangeOf(document, message.start, message.end);
  return replacements.map((replacement, i) => quickFix(`${verb} »${replacement}«`, document, [{ range, newText: replacement }], diagnostic, i === 0));
}

/** Insert the skeleton a check offers (klagevejledning, begrundelse); the writer completes it. */
export function insertionAction(document: TextDocument, message: Message, diagnostic: Diagnostic): CodeAction | undefined {
  const insertion = message.insertion;
  if (!insertion) return undefined;
  const offset = Math.max(0, Math.min(insertion.offset, document.getText().length));
  return quickFix(insertion.title, document, [insertAt(document, offset, insertion.text)], diagnostic);
}

/**
 * Disable the rule for the finding's line. Before the line (`disable-next-line`) when the line starts a block;
 * in the middle of a Markdown paragraph a comment line would split the paragraph, so the comment then goes at the
 * end of the line (`disable-line`) instead.
 */
export function disableLineAction(document: TextDocument, message: Message, diagnostic: Diagnostic, format: Format): CodeAction | undefined {
  if (message.documentLevel) return undefined;
  const text = document.getText();
  const line = document.positionAt(message.start).line;
  const lineStart = document.offsetAt({ line, character: 0 });
  const previousLine = line > 0 ? text.slice(document.offsetAt({ line: line - 1, character: 0 }), lineStart).trim() : '';
  const title = `Slå ${message.ruleId} fra for denne linje`;
  if (format === 'markdown' && previousLine !== '') {
    const lineEnd = document.offsetAt({ line: line + 1, character: 0 });
    let end = lineEnd;
    while (end > lineStart && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
    return quickFix(title, document, [insertAt(document, end, ` <!-- brevtjek-disable-line ${message.ruleId} -->`)], diagnostic);
  }
  return quickFix(title, document, [insertAt(document, lineStart, `<!-- brevtjek-disable-next-line ${message.ruleId} -->${eolOf(text)}`)], diagnostic);
}

/** Where a document-wide directive goes: the top, or after YAML frontmatter (which must stay first). */
function documentDirectiveOffset(text: string, format: Format): number {
  if (format !== 'markdown') return 0;
  const frontmatter = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  return frontmatter ? frontmatter[0].length : 0;
}

export function disableDocumentAction(document: TextDocument, message: Message, diagnostic: Diagnostic, format: Format): CodeAction | undefined {
  const text = document.getText();
  const offset = documentDirectiveOffset(text, format);
  // A directive only covers findings after it; one anchored inside the frontmatter cannot be switched off this way.
  if (message.start < offset) return undefined;
  const directive = `<!-- brevtjek-disable ${message.ruleId} -->${eolOf(text)}`;
  return quickFix(`Slå ${message.ruleId} fra i hele dokumentet`, document, [insertAt(document, offset, directive)], diagnostic);
}

/** "Forklar": show the topic document (a server command, so every editor gets it). */
export function explainAction(kb: KnowledgeBase, message: Message, diagnostic: Diagnostic): CodeAction | undefined {
  const topic = kb.topics.get(message.topic as TopicId);
  if (!topic) return undefined;
  return {
    title: `Forklar: ${topic.title}`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    command: { title: `Forklar: ${topic.title}`, command: EXPLAIN_COMMAND, arguments: [topic.id, message.ruleId] },
  };
}
