// Registers the commands that live in their own modules (language server, web server, report). They are
// imported only when run, so `brevtjek lint` does not pay for loading the language server or the web server.
import { WORKER_COMMAND } from '../lsp/lint-job.js';
import { commands, type Command } from './main.js';

function lazy(load: () => Promise<Command>): Command {
  return async (argv, session, io) => (await load())(argv, session, io);
}

commands.set('lsp', lazy(async () => (await import('../lsp/lsp-command.js')).lspCommand));
commands.set(WORKER_COMMAND, lazy(async () => (await import('../lsp/lsp-command.js')).lspWorkerCommand));
commands.set('serve', lazy(async () => (await import('../http/serve-command.js')).serveCommand));
commands.set('report', lazy(async () => (await import('../report/report-command.js')).reportCommand));
