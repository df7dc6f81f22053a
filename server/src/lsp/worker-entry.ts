// Entry of the lint worker's own bundle (dist/lsp-worker.js, client/dist/worker.mjs): only the engine and the
// session, without the protocol and CLI packages the main thread needs, so a worker starts faster.
import { LintSession } from '../io/session.js';
import { runLintWorker } from './lint-worker.js';

let session: LintSession | undefined;
void runLintWorker(() => (session ??= new LintSession()));
