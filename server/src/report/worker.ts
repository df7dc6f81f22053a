// Worker-thread entry of `brevtjek report` (bundled as dist/report-worker.js): the shared batch-lint protocol,
// with a session that counts finished letters in shared memory so the parent can draw its progress bar.
import { workerData } from 'node:worker_threads';
import type { BrevtjekConfig } from '../engine/config.js';
import type { FullLintResult } from '../engine/lint.js';
import type { Format } from '../engine/types.js';
import { serveBatchLint } from '../io/batch-lint.js';
import { LintSession } from '../io/session.js';

class CountingSession extends LintSession {
  constructor(private readonly counter: Int32Array) {
    super();
  }

  override lintText(text: string, format: Format, ...layers: readonly (BrevtjekConfig | undefined)[]): FullLintResult {
    try {
      return super.lintText(text, format, ...layers);
    } finally {
      Atomics.add(this.counter, 0, 1);
    }
  }
}

const counter = new Int32Array((workerData as { progress: SharedArrayBuffer }).progress);
let session: LintSession | undefined;
serveBatchLint(() => (session ??= new CountingSession(counter)));
