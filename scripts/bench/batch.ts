// Batch throughput over the corpus repeated to a fixed number of letters: in this (warm) thread, and on worker
// threads started for the run (1 and all cores; their wall time includes each worker loading the knowledge base
// and the dictionary, as a real batch run would).
import { performance } from 'node:perf_hooks';
import { lintBatchInProcess, lintBatchInWorkers, type BatchLetter } from '../../server/src/io/batch-lint.js';
import type { LintSession } from '../../server/src/io/session.js';

export interface Throughput {
  readonly threads: number;
  readonly letters: number;
  readonly seconds: number;
  readonly lettersPerSecond: number;
  /** CPU time of the whole process (all threads) during the run: a busy machine inflates it much less. */
  readonly cpuSeconds: number;
}

export interface BatchFigures {
  readonly corpusLetters: number;
  /** The warm main thread (session already loaded). */
  readonly inProcess: Throughput;
  /** One worker thread, started cold. */
  readonly oneWorker: Throughput;
  /** One worker thread per core, started cold. */
  readonly allCores: Throughput;
}

export interface BatchBenchOptions {
  readonly total: number;
  readonly threads: number;
  readonly workerScript: string | URL;
  readonly workerData: unknown;
}

/** Cycle through the letters until there are `total` of them. */
export function repeatLetters(letters: readonly BatchLetter[], total: number): BatchLetter[] {
  if (letters.length === 0) throw new Error('no letters to repeat');
  return Array.from({ length: total }, (_, i) => letters[i % letters.length]!);
}

async function measure(threads: number, letters: number, run: () => Promise<unknown>): Promise<Throughput> {
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  await run();
  const seconds = (performance.now() - start) / 1000;
  const cpu = process.cpuUsage(cpuStart);
  return { threads, letters, seconds, lettersPerSecond: letters / seconds, cpuSeconds: (cpu.user + cpu.system) / 1e6 };
}

function checkCount(expected: number, got: number): void {
  if (got !== expected) throw new Error(`batch lint returned ${got} results for ${expected} letters`);
}

export async function benchBatch(session: LintSession, corpus: readonly BatchLetter[], options: BatchBenchOptions): Promise<BatchFigures> {
  const letters = repeatLetters(corpus, options.total);
  const plain = letters.map((l) => ({ text: l.text, format: l.format }));

  const inProcess = await measure(1, plain.length, async () => checkCount(plain.length, lintBatchInProcess(session, plain).length));
  const inWorkers = (threads: number) =>
    measure(threads, plain.length, async () => {
      const results = await lintBatchInWorkers(plain, { threads, workerScript: options.workerScript, workerData: options.workerData });
      checkCount(plain.length, results.length);
    });
  const oneWorker = await inWorkers(1);
  const allCores = await inWorkers(options.threads);
  return { corpusLetters: corpus.length, inProcess, oneWorker, allCores };
}
