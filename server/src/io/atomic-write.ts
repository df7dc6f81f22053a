// The only code that writes a user's letter (`brevtjek lint --fix`). The new text goes to a temporary file in the
// same directory, is flushed to disk, and replaces the letter by rename, so a crash or full disk leaves either the
// old or the new letter, never half of one. The original is kept as FILE.orig (FILE.orig.1, … if that exists)
// unless the caller opts out. The letter must still hold the bytes we read, or nothing is written.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

export class AtomicWriteError extends Error {}

export interface AtomicWriteOptions {
  /** The bytes the caller read; the write is refused when the file has changed since. */
  readonly expectedOriginal?: Uint8Array;
  /** Keep the original as FILE.orig. Default true. */
  readonly backup?: boolean;
}

export interface AtomicWriteResult {
  /** The file actually written (symbolic links are followed, so the link stays a link). */
  readonly path: string;
  readonly backupPath?: string;
}

async function keepOriginal(target: string): Promise<string> {
  for (let n = 0; n < 1000; n++) {
    const candidate = n === 0 ? `${target}.orig` : `${target}.orig.${n}`;
    try {
      await copyFile(target, candidate, constants.COPYFILE_EXCL);
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  throw new AtomicWriteError(`der findes allerede for mange sikkerhedskopier af ${target}`);
}

export async function writeFileAtomic(path: string, content: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<AtomicWriteResult> {
  const target = await realpath(path);
  const info = await stat(target);
  if (!info.isFile()) throw new AtomicWriteError(`${path} er ikke en almindelig fil`);
  if (options.expectedOriginal) {
    const now = await readFile(target);
    if (!now.equals(Buffer.from(options.expectedOriginal))) throw new AtomicWriteError(`${path} er blevet ændret, mens den blev tjekket; intet er skrevet`);
  }
  const temp = join(dirname(target), `.${basename(target)}.brevtjek-${process.pid}-${randomBytes(6).toString('hex')}.tmp`);
  let handle;
  try {
    handle = await open(temp, 'wx', info.mode & 0o7777);
    await handle.writeFile(content);
    await handle.sync();
    await handle.close();
    handle = undefined;
    const backupPath = options.backup === false ? undefined : await keepOriginal(target);
    await rename(temp, target);
    return { path: target, ...(backupPath ? { backupPath } : {}) };
  } catch (error) {
    await handle?.close().catch(() => undefined);
    await unlink(temp).catch(() => undefined);
    if (error instanceof AtomicWriteError) throw error;
    throw new AtomicWriteError(`${path} kunne ikke skrives (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); filen er uændret`);
  }
}
