// `brevtjek lint [--format text|json|sarif] [--config FILE] [--fix] FILE... | -`
import { ConfigError } from '../engine/config.js';
import type { Format } from '../engine/types.js';
import { LetterReadError, readLetterFile, readStdin } from '../io/read-letter.js';
import type { LintSession } from '../io/session.js';
import { toJsonFile, toJsonReport, type JsonFile } from '../output/json.js';
import { toSarif } from '../output/sarif.js';
import { formatText } from '../output/text.js';
import { UsageError, type ParsedArgs } from './args.js';
import type { Console } from './console.js';

export const LINT_VALUE_FLAGS = ['format', 'config', 'stdin-format'];

export async function lintCommand(args: ParsedArgs, session: () => LintSession, io: Console, version: string): Promise<number> {
  const output = (args.flags.get('format') ?? 'text') as string;
  if (!['text', 'json', 'sarif'].includes(output)) throw new UsageError(`Ukendt format "${output}". Brug text, json eller sarif.`);
  if (args.positionals.length === 0) throw new UsageError('Angiv mindst én fil (eller - for standard input).');
  const explicitConfig = args.flags.get('config');
  const stdinFormat = (args.flags.get('stdin-format') ?? 'markdown') as Format;
  const files: JsonFile[] = [];
  let ioError = false;
  for (const path of args.positionals) {
    try {
      const input = path === '-' ? await readStdin(stdinFormat) : await readLetterFile(path);
      const result = session().lintFileText(path === '-' ? process.cwd() + '/-' : path, input.text, input.format, typeof explicitConfig === 'string' ? explicitConfig : undefined);
      for (const failure of result.failures) io.error(`brevtjek: tjekket "${failure.check}" fejlede internt for ${path}: ${failure.error}`);
      files.push(toJsonFile(path, input.text, result));
    } catch (error) {
      if (error instanceof LetterReadError || error instanceof ConfigError) {
        io.error(`brevtjek: ${error.message}`);
        ioError = true;
      } else {
        throw error;
      }
    }
  }
  if (output === 'json') io.out(JSON.stringify(toJsonReport(files), null, 2));
  else if (output === 'sarif') io.out(JSON.stringify(toSarif(files, session().kb, version), null, 2));
  else if (files.length) io.out(formatText(files, { enabled: io.colour }));
  if (ioError) return 2;
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
