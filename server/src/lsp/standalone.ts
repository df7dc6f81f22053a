// Entry of the language server bundled into the VS Code extension (client/dist/server.mjs). The same file is the
// lint worker's script when the build made no worker bundle: in a worker thread it serves lint jobs instead.
import { isMainThread } from 'node:worker_threads';
import { LintSession } from '../io/session.js';
import { runLintWorker } from './lint-worker.js';
import { runLanguageServer } from './lsp-command.js';
import { workerScriptFor } from './worker-script.js';

let session: LintSession | undefined;
const getSession = (): LintSession => (session ??= new LintSession());

if (isMainThread) void runLanguageServer(getSession, workerScriptFor(import.meta.url));
else void runLintWorker(getSession);
