// The `brevtjek` command line. Each command is a thin adapter over the engine.
import { ConfigError } from '../engine/config.js';
import { KnowledgeBaseError } from '../knowledge/load.js';
import { LintSession } from '../io/session.js';
import { parseArgs, UsageError } from './args.js';
import { processConsole, type Console } from './console.js';
import { LINT_VALUE_FLAGS, lintCommand } from './lint-command.js';
import { explainCommand, topicsCommand } from './topics-command.js';

export const VERSION = '0.1.0';

const USAGE = `Brevtjek ${VERSION} — tjekker kommunale afgørelsesbreve

Brug:
  brevtjek lint [--format text|json|sarif] [--config FIL] [--suggest] [--fix | --fix-dry-run] [--no-backup] FIL... (eller - for standard input)
  brevtjek serve [--port N] [--host H] lokal webside til gennemsyn af breve (127.0.0.1:7373)
  brevtjek report MAPPE --out rapport.html [--format html|json|csv]   rapport over mange breve
  brevtjek lsp --stdio | --node-ipc    sprogserver til editorer (VS Code, Neovim, Emacs, Helix)
  brevtjek topics                      vis vidensbasens emner
  brevtjek explain EMNE|REGEL          forklar et emne, fx klagevejledning eller klagevejledning/frist
  brevtjek --version | --help

Afslutningskode: 0 ingen fejl, 1 mindst ét fund med alvorlighed "fejl", 2 brugs- eller filfejl.`;

export type Command = (argv: readonly string[], session: () => LintSession, io: Console) => Promise<number>;

/** Extra commands (lsp, serve, report) register here, each in its own module. */
export const commands = new Map<string, Command>();

export async function main(argv: readonly string[], io: Console = processConsole): Promise<number> {
  let session: LintSession | undefined;
  const getSession = () => (session ??= new LintSession());
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') {
      io.out(USAGE);
      return command ? 0 : 2;
    }
    if (command === '--version' || command === '-v') {
      io.out(VERSION);
      return 0;
    }
    if (command === 'lint') return await lintCommand(parseArgs(rest, LINT_VALUE_FLAGS), getSession, io, VERSION);
    if (command === 'topics') return topicsCommand(getSession().kb, io);
    if (command === 'explain') return explainCommand(getSession().kb, rest[0], io);
    const extra = commands.get(command);
    if (extra) return await extra(rest, getSession, io);
    throw new UsageError(`Ukendt kommando "${command}".`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.error(`brevtjek: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    if (error instanceof ConfigError || error instanceof KnowledgeBaseError) {
      io.error(`brevtjek: ${error.message}`);
      return 2;
    }
    io.error(`brevtjek: uventet fejl: ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
}
