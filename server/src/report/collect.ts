// Reading and linting every letter in a folder for `brevtjek report`. Files are read in the main thread (docx
// conversion is asynchronous); large folders are linted on worker threads, one LintSession per worker.
// A file that cannot be read becomes a record with its Danish error; the others go on.
import { bundledEntry } from '../io/bundle-entry.js';
import { readdir } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { assertLetterSize, LetterTooLargeError } from '../engine/limits.js';
import { lintBatchInProcess, lintBatchInWorkers, type BatchLetter } from '../io/batch-lint.js';
import { projectConfigFor } from '../io/config-file.js';
import { LetterReadError, readLetterFile } from '../io/read-letter.js';
import type { LintSession } from '../io/session.js';
import { checkedRuleIds } from './checklist.js';
import { recordOf, type LetterRecord } from './records.js';

export const LETTER_EXTENSIONS = ['.md', '.markdown', '.txt', '.docx'];
/** From this many letters on, linting is spread over worker threads. */
export const WORKER_THRESHOLD = 20;
/** Letters per message to a worker: small, so the load stays balanced and the progress bar moves. */
const CHUNK = 4;

export type ProgressPhase = 'læser' | 'tjekker';

export interface CollectOptions {
  readonly session: () => LintSession;
  /** dist/report-worker.js; without it everything runs in this thread. */
  readonly workerScript?: string | URL;
  readonly threads: number;
  readonly onProgress?: (phase: ProgressPhase, done: number, total: number) => void;
}

/** Letter files under dir (recursively; hidden folders and node_modules skipped), sorted, as absolute paths. */
export async function letterFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true });
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue;
      const path = join(current, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (LETTER_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) found.push(path);
    }
  };
  await walk(dir);
  return found.sort((a, b) => a.localeCompare(b, 'da'));
}

export interface Collected {
  readonly records: LetterRecord[];
  /** Worker threads used (0: linted in this thread). */
  readonly workers: number;
}

export async function collectRecords(dir: string, options: CollectOptions): Promise<Collected> {
  const files = await letterFiles(dir);
  const name = (path: string) => relative(dir, path).split(sep).join('/');
  const progress = options.onProgress ?? (() => {});
  const read: ({ file: string; path: string } & BatchLetter)[] = [];
  const records = new Map<string, LetterRecord>();
  for (const [i, path] of files.entries()) {
    try {
      const input = await readLetterFile(path);
      // Checked here, not in the worker: one letter over the limit must not stop the whole batch.
      assertLetterSize(input.text);
      read.push({ file: name(path), path, ...input });
    } catch (error) {
      if (error instanceof LetterTooLargeError) records.set(name(path), { file: name(path), error: `${name(path)}: ${error.message}` });
      else if (error instanceof LetterReadError) records.set(name(path), { file: name(path), error: error.message.replace(path, name(path)) });
      else throw error;
    }
    progress('læser', i + 1, files.length);
  }

  const layers = [projectConfigFor(dir)];
  const useWorkers = options.workerScript !== undefined && options.threads > 1 && read.length >= WORKER_THRESHOLD;
  let results;
  if (useWorkers) {
    const counter = new SharedArrayBuffer(4);
    const view = new Int32Array(counter);
    const timer = setInterval(() => progress('tjekker', Atomics.load(view, 0), read.length), 100);
    try {
      results = await lintBatchInWorkers(read, { threads: options.threads, workerScript: options.workerScript!, workerData: { progress: counter }, layers, chunkSize: CHUNK });
    } finally {
      clearInterval(timer);
    }
  } else {
    const session = options.session();
    results = read.map((letter, i) => {
      const [result] = lintBatchInProcess(session, [letter], layers);
      progress('tjekker', i + 1, read.length);
      return result!;
    });
  }
  progress('tjekker', read.length, read.length);
  const checked = checkedRuleIds();
  read.forEach((letter, i) => records.set(letter.file, recordOf(letter.file, letter.text, results[i]!, checked)));
  return { records: files.map((path) => records.get(name(path))!), workers: useWorkers ? Math.min(options.threads, Math.ceil(read.length / CHUNK)) : 0 };
}

/** dist/report-worker.js next to the CLI bundle, when running from dist. */
export function bundledWorkerScript(): string | undefined {
  return bundledEntry(import.meta.url, 'report-worker.js');
}
