// `brevtjek lint [--format text|json|sarif] [--config FILE] [--fix | --fix-dry-run] [--no-backup] [--suggest] FILE... | -`
import { ConfigError } from '../engine/config.js';
import type { Format } from '../engine/types.js';
import { LetterTooLargeError } from '../engine/limits.js';
import { AtomicWriteError } from '../io/atomic-write.js';
import { LetterReadError, readLetterFile, readStdin } from '../io/read-letter.js';
import type { LintSession } from '../io/session.js';
import { toJsonFile, toJsonReport, type JsonFile } from '../output/json.js';
import { toSarif } from '../output/sarif.js';
import { formatText } from '../output/text.js';
import { spellingSuggestions } from '../spelling/suggestions.js';
import { UsageError, type ParsedArgs } from './args.js';
import type { Console } from './console.js';
import { fixLetterFile, type FixMode } from './fix-files.js';

export const LINT_VALUE_FLAGS = ['format', 'config', 'stdin-format'];

export async function lintCommand(args: ParsedArgs, session: () => LintSession, io: Console, version: string): Promise<number> {
  const output = (args.flags.get('format') ?? 'text') as string;
  if (!['text', 'json', 'sarif'].includes(output)) throw new UsageError(`Ukendt format "${output}". Brug text, json eller sarif.`);
  if (args.positionals.length === 0) throw new UsageError('Angiv mindst én fil (eller - for standard input).');
  const explicitConfig = args.flags.get('config');
  const stdinFormat = (args.flags.get('stdin-format') ?? 'markdown') as Format;
  // --suggest: spelling suggestions are expensive, so they are only computed when asked for.
  const speller = args.flags.has('suggest') ? session().getSpeller() : undefined;
  const fixMode: FixMode | undefined = args.flags.has('fix') || args.flags.has('fix-dry-run')
    ? { dryRun: args.flags.has('fix-dry-run'), backup: !args.flags.has('no-backup') }
    : undefined;
  if (fixMode && args.positionals.includes('-')) throw new UsageError('--fix kan ikke bruges med standard input; angiv filen.');
  const files: JsonFile[] = [];
  let ioError = false;
  for (const path of args.positionals) {
    try {
      const lintOne = (text: string, format: Format) => session().lintFileText(path === '-' ? process.cwd() + '/-' : path, text, format, typeof explicitConfig === 'string' ? explicitConfig : undefined);
      let input: { readonly text: string };
      let result: ReturnType<typeof lintOne>;
      if (fixMode) {
        const fixed = await fixLetterFile(path, lintOne, fixMode, io);
        if (fixed.refused) {
          io.error(`brevtjek: ${fixed.refused}`);
          ioError = true;
        }
        input = fixed;
        result = fixed.result;
      } else {
        const read = path === '-' ? await readStdin(stdinFormat) : await readLetterFile(path);
        input = read;
        result = lintOne(read.text, read.format);
      }
      for (const failure of result.failures) io.error(`brevtjek: tjekket "${failure.check}" fejlede internt for ${path}: ${failure.error}`);
      const file = toJsonFile(path, input.text, result);
      files.push(speller ? { ...file, diagnostics: file.diagnostics.map((d, i) => (d.topic === 'stavning' && d.suggestions.length === 0 ? { ...d, suggestions: spellingSuggestions(result.messages[i]!.actual ?? '', speller) } : d)) } : file);
    } catch (error) {
      // The file is named in every message; the other files are still linted.
      if (error instanceof LetterTooLargeError) io.error(`brevtjek: ${path}: ${error.message}`);
      else if (error instanceof LetterReadError || error instanceof ConfigError || error instanceof AtomicWriteError) io.error(`brevtjek: ${error.message}`);
      else io.error(`brevtjek: uventet fejl ved ${path}: ${error instanceof Error ? error.message : String(error)}`);
      ioError = true;
    }
  }
  if (output === 'json') io.out(JSON.stringify(toJsonReport(files), null, 2));
  else if (output === 'sarif') io.out(JSON.stringify(toSarif(files, session().kb, version), null, 2));
  else if (files.length) io.out(formatText(files, { enabled: io.colour }));
  if (ioError) return 2;
  return files.some((f) => f.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}
