// "Tilføj til ordlisten": a WorkspaceEdit that adds a word to the project's brevtjek.json `words`. The server never
// writes the file itself; the editor applies (and can undo) the edit.
import type { WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';

/** Edit an existing brevtjek.json; undefined when the file is not a JSON object or already has the word. */
export function addWordToExistingFile(uri: string, currentText: string, word: string): WorkspaceEdit | undefined {
  let value: unknown;
  try {
    value = JSON.parse(currentText);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const config = value as Record<string, unknown>;
  const words = Array.isArray(config.words) ? config.words : [];
  if (words.includes(word)) return undefined;
  const newText = `${JSON.stringify({ ...config, words: [...words, word] }, null, 2)}\n`;
  const old = TextDocument.create(uri, 'json', 0, currentText);
  return { changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: old.positionAt(currentText.length) }, newText }] } };
}

/** Create brevtjek.json with the word (needs the client's "create" resource operation). */
export function createFileWithWord(uri: string, word: string): WorkspaceEdit {
  return {
    documentChanges: [
      { kind: 'create', uri, options: { ignoreIfExists: true } },
      { textDocument: { uri, version: null }, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `${JSON.stringify({ words: [word] }, null, 2)}\n` }] },
    ],
  };
}
