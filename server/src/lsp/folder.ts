// "Tjek hele mappen": the letters in a folder (.md, .txt), found on disk. Bounded so a huge tree cannot stall the server.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Message } from '../engine/types.js';
import type { CheckFolderResult } from './protocol.js';

export const FOLDER_FILE_LIMIT = 500;
export const FOLDER_FILE_BYTES = 2_000_000;
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'out']);

export async function lettersInFolder(root: string, limit = FOLDER_FILE_LIMIT): Promise<{ files: string[]; truncated: boolean }> {
  const files: string[] = [];
  const pending = [root];
  while (pending.length > 0) {
    const dir = pending.shift()!;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) pending.push(path);
      } else if (entry.isFile() && ['.md', '.txt'].includes(extname(entry.name).toLowerCase())) {
        if (files.length >= limit) return { files, truncated: true };
        files.push(path);
      }
    }
  }
  return { files, truncated: false };
}

/** The text of a letter file, or undefined when it is too big or unreadable. */
export async function readLetterFile(path: string): Promise<string | undefined> {
  try {
    if ((await stat(path)).size > FOLDER_FILE_BYTES) return undefined;
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

export interface FolderLinter {
  /** Open documents are linted from the editor's text, not the file. */
  isOpen(uri: string): boolean;
  lint(uri: string, text: string, languageId: string): Promise<{ readonly messages: readonly Message[] } | undefined>;
  publish(uri: string, languageId: string, text: string, messages: readonly Message[]): void;
}

/** Lint every letter below `root` (one at a time, through the same worker as open documents). */
export async function checkFolder(root: string, linter: FolderLinter): Promise<CheckFolderResult> {
  const { files, truncated } = await lettersInFolder(root);
  const skipped: string[] = [];
  let linted = 0;
  let findings = 0;
  for (const file of files) {
    const uri = pathToFileURL(file).href;
    if (linter.isOpen(uri)) continue;
    const text = await readLetterFile(file);
    const languageId = file.toLowerCase().endsWith('.txt') ? 'plaintext' : 'markdown';
    const outcome = text === undefined ? undefined : await linter.lint(uri, text, languageId).catch(() => undefined);
    if (!outcome || text === undefined) {
      skipped.push(file);
      continue;
    }
    linted++;
    findings += outcome.messages.length;
    linter.publish(uri, languageId, text, outcome.messages);
  }
  return { files: linted, findings, skipped, truncated };
}
