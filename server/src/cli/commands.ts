// Registers the commands that live in their own modules (language server, web server, report).
import { WORKER_COMMAND } from '../lsp/lint-job.js';
import { lspCommand, lspWorkerCommand } from '../lsp/lsp-command.js';
import { commands } from './main.js';
import { serveCommand } from '../http/serve-command.js';
import { reportCommand } from '../report/report-command.js';

commands.set('lsp', lspCommand);
commands.set(WORKER_COMMAND, lspWorkerCommand);
commands.set('serve', serveCommand);
commands.set('report', reportCommand);
