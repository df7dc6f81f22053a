// All code actions for the findings in a range, in the order an editor should show them.
import type { CodeAction } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Format, Message } from '../engine/types.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { disableDocumentAction, disableLineAction, explainAction, insertionAction, replacementActions } from './code-actions.js';
import { toDiagnostic } from './diagnostics.js';

export interface ActionSources {
  readonly kb: KnowledgeBase;
  readonly format: Format;
  /** Spelling suggestions for a word (only asked for stavning findings without safe replacements). */
  suggest(word: string): Promise<readonly string[]>;
  /** The "add to dictionary" action for a word, when the workspace allows it. */
  addWord(word: string, diagnostic: ReturnType<typeof toDiagnostic>): CodeAction | undefined;
}

export function isSpellingFinding(message: Message): boolean {
  return message.topic === 'stavning' && !message.documentLevel && Boolean(message.actual);
}

export async function actionsFor(document: TextDocument, messages: readonly Message[], sources: ActionSources): Promise<CodeAction[]> {
  const fixes: CodeAction[] = [];
  const others: CodeAction[] = [];
  for (const message of messages) {
    const diagnostic = toDiagnostic(document, message);
    fixes.push(...replacementActions(document, message, diagnostic));
    if (isSpellingFinding(message)) {
      if (!message.expected?.length) {
        const suggestions = await sources.suggest(message.actual!);
        fixes.push(...replacementActions(document, message, diagnostic, suggestions, 'Ret til'));
      }
      const addWord = sources.addWord(message.actual!, diagnostic);
      if (addWord) others.push(addWord);
    }
    const insertion = insertionAction(document, message, diagnostic);
    if (insertion) fixes.push(insertion);
    for (const action of [
      disableLineAction(document, message, diagnostic, sources.format),
      disableDocumentAction(document, message, diagnostic, sources.format),
      explainAction(sources.kb, message, diagnostic),
    ]) {
      if (action) others.push(action);
    }
  }
  // Several findings under the cursor can offer the same action (same "Forklar", same comment): show it once.
  const seen = new Set<string>();
  return [...fixes, ...others].filter((action) => {
    const key = JSON.stringify([action.title, action.edit ?? action.command]);
    return !seen.has(key) && Boolean(seen.add(key));
  });
}
