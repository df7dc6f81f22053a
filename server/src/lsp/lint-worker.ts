// The lint worker: runs the engine off the language server's main thread, so that a slow or pathological document
// never blocks the editor's requests, and can be stopped when it exceeds its time budget.
import { parentPort } from 'node:worker_threads';
import type { LintSession } from '../io/session.js';
import type { WorkerRequest, WorkerResponse } from './lint-job.js';
import { suggestionsFor } from './suggestions.js';

const WARM_UP_TEXT = '# Afgørelse\n\nKære borger\n\nVi har modtaget din ansøgning. Du får afslag.\n';

function handle(session: LintSession, request: WorkerRequest): WorkerResponse {
  if (request.op === 'warm') {
    // Load the dictionary and run the parser once, so the first real letter does not pay for start-up.
    session.lintText(WARM_UP_TEXT, 'markdown');
    return { id: request.id, ok: true };
  }
  if (request.op === 'suggest') return { id: request.id, ok: true, suggestions: suggestionsFor(session, request.word) };
  const started = performance.now();
  const result = session.lintText(request.text, request.format, ...request.layers);
  return {
    id: request.id,
    ok: true,
    lint: {
      kind: result.kind,
      outcome: result.outcome,
      area: result.area,
      stats: result.stats,
      messages: result.messages,
      failures: result.failures,
      millis: performance.now() - started,
    },
  };
}

/** Serve lint requests from the parent thread until it goes away. */
export function runLintWorker(session: () => LintSession): Promise<number> {
  const port = parentPort;
  if (!port) return Promise.resolve(2);
  port.on('message', (request: WorkerRequest) => {
    let response: WorkerResponse;
    try {
      response = handle(session(), request);
    } catch (error) {
      response = { id: request.id, ok: false, error: error instanceof Error ? error.message : String(error) };
    }
    port.postMessage(response);
  });
  return new Promise((resolve) => port.once('close', () => resolve(0)));
}
