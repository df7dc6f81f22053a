// Entry of the language server bundled into the VS Code extension (client/dist/server.mjs). The same file is the
// lint worker's script: in a worker thread it serves lint jobs instead of starting a server.
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';
import { LintSession } from '../io/session.js';
import { runLintWorker } from './lint-worker.js';
import { runLanguageServer } from './lsp-command.js';

let session: LintSession | undefined;
const getSession = (): LintSession => (session ??= new LintSession());

if (isMainThread) void runLanguageServer(getSession, fileURLToPath(import.meta.url));
else void runLintWorker(getSession);
