// "Tjek hele mappen": the letters in a folder (.md, .txt), found on disk. Bounded so a huge tree cannot stall the server.
import { readdir, readFile, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

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
