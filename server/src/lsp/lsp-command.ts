// `brevtjek lsp [--stdio | --node-ipc]`: the language server over stdio (Neovim, Emacs, Helix, VS Code) or Node IPC.
// The hidden `lsp-worker` command is what the server's lint worker thread runs (same bundle, other role).
import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import type { Command } from '../cli/main.js';
import { UsageError } from '../cli/args.js';
import { WORKER_COMMAND } from './lint-job.js';
import { runLintWorker } from './lint-worker.js';
import { startLanguageServer } from './server.js';
import { workerScriptFor } from './worker-script.js';

/** Errors outside any request must not end the server; they are logged without letter text. */
function keepAlive(log: (text: string) => void): void {
  process.on('uncaughtException', (error) => log(`Brevtjek: uventet fejl: ${error.message}`));
  process.on('unhandledRejection', (reason) => log(`Brevtjek: uventet fejl: ${reason instanceof Error ? reason.message : String(reason)}`));
}

export function runLanguageServer(session: Parameters<Command>[1], workerScript: string): Promise<number> {
  // createConnection reads --stdio / --node-ipc / --socket from process.argv.
  const connection = createConnection(ProposedFeatures.all);
  keepAlive((text) => connection.console.error(text));
  startLanguageServer({ connection, session, workerScript });
  // The connection ends the process on "exit"; until then the server runs.
  return new Promise(() => undefined);
}

export const lspCommand: Command = async (argv, session) => {
  const transport = argv.find((arg) => arg === '--stdio' || arg === '--node-ipc' || arg.startsWith('--socket'));
  if (!transport) throw new UsageError('Angiv hvordan sprogserveren skal tale med editoren: "brevtjek lsp --stdio" eller "--node-ipc".');
  return runLanguageServer(session, workerScriptFor(import.meta.url));
};

export const lspWorkerCommand: Command = async (_argv, session) => {
  if (isMainThread) throw new UsageError(`"${WORKER_COMMAND}" bruges kun internt af sprogserveren.`);
  return runLintWorker(session);
};
