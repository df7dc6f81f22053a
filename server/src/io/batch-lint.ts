// Adapter: lint many letters, in this thread or spread over worker threads (one LintSession per thread: the
// knowledge base and dictionary load once per worker). Used by the benchmark; written so that `brevtjek report`
// or any other batch adapter can reuse it. Only serialisable results cross threads; no letter text is logged.
import { Worker, parentPort } from 'node:worker_threads';
import type { BrevtjekConfig } from '../engine/config.js';
import type { Format, LintResult } from '../engine/types.js';
import type { CheckFailure } from '../engine/lint.js';
import type { LintSession } from './session.js';

export interface BatchLetter {
  readonly text: string;
  readonly format: Format;
}

export type BatchResult = LintResult & { readonly failures: readonly CheckFailure[] };

export interface WorkerBatchOptions {
  readonly threads: number;
  /** A script that calls serveBatchLint() when it runs as a worker (the bundled CLI or the benchmark). */
  readonly workerScript: string | URL;
  /** Passed to the worker as workerData, so the script can tell which role it is started in. */
  readonly workerData?: unknown;
  /** Configuration layers applied to every letter (defaults < project < overrides). */
  readonly layers?: readonly (BrevtjekConfig | undefined)[];
  /** Letters per message to a worker: large enough to amortise messaging, small enough to balance the load. */
  readonly chunkSize?: number;
}

interface ChunkRequest {
  readonly id: number;
  readonly letters: readonly BatchLetter[];
  readonly layers: readonly (BrevtjekConfig | undefined)[];
}

type ChunkResponse = { readonly id: number; readonly ok: true; readonly results: readonly BatchResult[] } | { readonly id: number; readonly ok: false; readonly error: string };

function lintOne(session: LintSession, letter: BatchLetter, layers: readonly (BrevtjekConfig | undefined)[]): BatchResult {
  const { model: _model, ...result } = session.lintText(letter.text, letter.format, ...layers);
  return result;
}

/** Lint every letter in this thread, in order. */
export function lintBatchInProcess(session: LintSession, letters: readonly BatchLetter[], layers: readonly (BrevtjekConfig | undefined)[] = []): BatchResult[] {
  return letters.map((letter) => lintOne(session, letter, layers));
}

/** Worker side: answer chunk requests from the parent thread until it closes the port. */
export function serveBatchLint(session: () => LintSession): void {
  const port = parentPort;
  if (!port) throw new Error('serveBatchLint must run in a worker thread');
  port.on('message', (request: ChunkRequest) => {
    let response: ChunkResponse;
    try {
      const current = session();
      response = { id: request.id, ok: true, results: request.letters.map((letter) => lintOne(current, letter, request.layers)) };
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response);
  });
}

/** Lint every letter on `threads` worker threads; results come back in input order. */
export async function lintBatchInWorkers(letters: readonly BatchLetter[], options: WorkerBatchOptions): Promise<BatchResult[]> {
  const chunkSize = options.chunkSize ?? 8;
  const chunks: BatchLetter[][] = [];
  for (let i = 0; i < letters.length; i += chunkSize) chunks.push(letters.slice(i, i + chunkSize));
  const results: BatchResult[][] = new Array(chunks.length);
  const threads = Math.max(1, Math.min(options.threads, chunks.length || 1));
  let next = 0;
  const runWorker = () =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(options.workerScript, { workerData: options.workerData });
      let done = false;
      const send = () => {
        if (next >= chunks.length) {
          done = true;
          void worker.terminate().then(() => resolve());
          return;
        }
        const id = next++;
        worker.postMessage({ id, letters: chunks[id]!, layers: options.layers ?? [] } satisfies ChunkRequest);
      };
      worker.on('message', (response: ChunkResponse) => {
        if (!response.ok) {
          void worker.terminate();
          reject(new Error(`lint worker failed: ${response.error}`));
          return;
        }
        results[response.id] = [...response.results];
        send();
      });
      worker.on('error', reject);
      worker.on('exit', (code) => {
        if (!done) reject(new Error(`lint worker stopped early (exit code ${code})`));
      });
      send();
    });
  await Promise.all(Array.from({ length: threads }, runWorker));
  return results.flat();
}
