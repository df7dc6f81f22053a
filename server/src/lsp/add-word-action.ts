// The "Tilføj … til ordlisten" code action: edit the nearest brevtjek.json, or create one at the workspace root
// when the editor supports creating files. The edit is applied by the editor, never written by the server.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { CONFIG_FILE_NAME, findConfigFile } from '../io/config-file.js';
import { addWordToExistingFile, createFileWithWord } from './dictionary-edit.js';
import { filePathOf } from './project-config.js';

export interface WorkspaceAbilities {
  readonly canCreateFiles: boolean;
  /** Workspace folder paths. */
  readonly roots: readonly string[];
}

export function addWordAction(uri: string, word: string, diagnostic: Diagnostic, workspace: WorkspaceAbilities): CodeAction | undefined {
  const file = filePathOf(uri);
  if (!file) return undefined;
  const title = `Tilføj »${word}« til ordlisten (${CONFIG_FILE_NAME})`;
  const existing = findConfigFile(dirname(file));
  if (existing) {
    let text: string;
    try {
      text = readFileSync(existing, 'utf8');
    } catch {
      return undefined;
    }
    const edit = addWordToExistingFile(pathToFileURL(existing).href, text, word);
    return edit ? { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit } : undefined;
  }
  if (!workspace.canCreateFiles) return undefined;
  const root = workspace.roots.filter((r) => file.startsWith(r)).sort((a, b) => b.length - a.length)[0] ?? dirname(file);
  return { title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], edit: createFileWithWord(pathToFileURL(join(root, CONFIG_FILE_NAME)).href, word) };
}
