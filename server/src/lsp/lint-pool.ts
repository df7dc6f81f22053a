// The main thread's side of the lint worker: one worker thread, jobs in order, a time budget per job.
// A job over budget terminates the worker (the only way to stop synchronous work); the next job starts a new one.
import { Worker } from 'node:worker_threads';
import type { LintOutcome, WorkerRequest, WorkerResponse } from './lint-job.js';
import { WORKER_COMMAND } from './lint-job.js';

type Job = WorkerRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never;

export class TimeBudgetExceeded extends Error {
  constructor(readonly budgetMs: number) {
    super(`Tjekket tog mere end ${budgetMs} ms og blev stoppet.`);
  }
}

interface Pending {
  readonly job: Job;
  readonly budgetMs: number;
  resolve(response: WorkerResponse): void;
  reject(error: Error): void;
}

export class LintPool {
  private worker: Worker | undefined;
  private readonly queue: Pending[] = [];
  private current: (Pending & { id: number; timer: NodeJS.Timeout; worker: Worker }) | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly workerScript: string, private readonly log: (text: string) => void) {}

  /** Start the worker and load the knowledge base and dictionary before the first document arrives. */
  warm(): void {
    void this.submit({ op: 'warm' }, 60_000).catch(() => undefined);
  }

  async lint(job: Extract<Job, { op: 'lint' }>, budgetMs: number): Promise<LintOutcome> {
    const response = await this.submit(job, budgetMs);
    if (!response.ok) throw new Error(response.error);
    if (!response.lint) throw new Error('lint worker answered without a result');
    return response.lint;
  }

  async suggest(word: string, budgetMs: number): Promise<readonly string[]> {
    const response = await this.submit({ op: 'suggest', word }, budgetMs);
    return response.ok ? response.suggestions ?? [] : [];
  }

  dispose(): void {
    this.closed = true;
    for (const pending of this.queue.splice(0)) pending.reject(new Error('server stopped'));
    void this.worker?.terminate();
    this.worker = undefined;
  }

  private submit(job: Job, budgetMs: number): Promise<WorkerResponse> {
    if (this.closed) return Promise.reject(new Error('server stopped'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, budgetMs, resolve, reject });
      this.pump();
    });
  }

  private ensureWorker(): Worker {
    if (this.worker) return this.worker;
    // stdout/stderr are captured, not inherited: in --stdio mode any stray write would corrupt the protocol.
    const worker = new Worker(this.workerScript, { argv: [WORKER_COMMAND], stdout: true, stderr: true });
    worker.stdout.resume();
    worker.stderr.resume();
    worker.on('message', (response: WorkerResponse) => this.finish(response));
    worker.on('error', (error) => {
      this.log(`Brevtjek: tjek-tråden fejlede: ${error.message}`);
      this.fail(worker, error);
    });
    worker.on('exit', (code) => this.fail(worker, new Error(`tjek-tråden stoppede (kode ${code})`)));
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private pump(): void {
    if (this.current || this.closed) return;
    const next = this.queue.shift();
    if (!next) return;
    const id = this.nextId++;
    const worker = this.ensureWorker();
    const timer = setTimeout(() => {
      if (this.current?.id !== id) return;
      this.current = undefined;
      this.worker = undefined;
      void worker.terminate();
      next.reject(new TimeBudgetExceeded(next.budgetMs));
      // The replacement worker loads the knowledge base and dictionary first, under the generous warm-up budget:
      // otherwise its start-up counts against the next document's budget, and with a budget shorter than start-up
      // every later lint is stopped too (found by test/robustness/lsp-robustness.test.ts).
      this.queue.unshift({ job: { op: 'warm' }, budgetMs: 60_000, resolve: () => undefined, reject: () => undefined });
      this.pump();
    }, next.budgetMs);
    this.current = { ...next, id, timer, worker };
    worker.postMessage({ ...next.job, id } as WorkerRequest);
  }

  private finish(response: WorkerResponse): void {
    const current = this.current;
    if (!current || current.id !== response.id) return;
    clearTimeout(current.timer);
    this.current = undefined;
    current.resolve(response);
    this.pump();
  }

  private fail(worker: Worker, error: Error): void {
    if (this.worker === worker) this.worker = undefined;
    const current = this.current;
    if (current && current.worker === worker) {
      clearTimeout(current.timer);
      this.current = undefined;
      current.reject(error);
    }
    this.pump();
  }
}
