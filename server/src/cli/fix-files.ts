// `brevtjek lint --fix` / `--fix-dry-run`: apply the safe fixes (engine/fixes.ts) to a letter file. This and
// io/atomic-write.ts are the only code that ever writes a user's letter. Only UTF-8 Markdown/text files are
// written: a .docx or a converted encoding would not survive the round trip.
import type { FullLintResult } from '../engine/lint.js';
import { applyFixes, type AppliedFix } from '../engine/fixes.js';
import { LineIndex } from '../engine/positions.js';
import type { Format } from '../engine/types.js';
import { writeFileAtomic } from '../io/atomic-write.js';
import { formatFor, letterFromBytes, readLetterBytes } from '../io/read-letter.js';
import type { Console } from './console.js';

export interface FixMode {
  readonly dryRun: boolean;
  readonly backup: boolean;
}

export interface FixedLetter {
  /** The text the reported result refers to: the fixed text after a real fix, the file's text after a dry run. */
  readonly text: string;
  readonly result: FullLintResult;
  /** Set when the file could not be fixed (Danish); its findings are still reported. */
  readonly refused?: string;
}

const CONTEXT = 40;

function lineAround(text: string, start: number, end: number): [number, number] {
  let from = Math.max(text.lastIndexOf('\n', start - 1), text.lastIndexOf('\r', start - 1)) + 1;
  let to = text.slice(end).search(/[\r\n]/);
  to = to < 0 ? text.length : end + to;
  from = Math.max(from, start - CONTEXT);
  to = Math.min(to, end + CONTEXT);
  return [from, to];
}

/** A diff-like summary: one hunk per fix with the line before and after. */
export function describeFixes(path: string, text: string, applied: readonly AppliedFix[], dryRun: boolean): string {
  const lines = new LineIndex(text);
  const out = [`${path}: ${applied.length} ${applied.length === 1 ? 'sikker rettelse' : 'sikre rettelser'}${dryRun ? ' (prøvekørsel: intet er skrevet)' : ''}`];
  for (const { message, replacement } of applied) {
    const at = lines.position(message.start);
    const [from, to] = lineAround(text, message.start, message.end);
    const before = text.slice(from, to);
    const after = text.slice(from, message.start) + replacement + text.slice(message.end, to);
    out.push(`@@ ${at.line}:${at.column} ${message.ruleId} @@`, `- ${before}`, `+ ${after}`);
  }
  return out.join('\n');
}

export async function fixLetterFile(path: string, lintOne: (text: string, format: Format) => FullLintResult, mode: FixMode, io: Console): Promise<FixedLetter> {
  const bytes = await readLetterBytes(path);
  const input = await letterFromBytes(bytes, path);
  const result = lintOne(input.text, input.format);
  if (formatFor(path) === 'docx') return { text: input.text, result, refused: `${path}: .docx-filer rettes ikke automatisk; ret dem i Word.` };
  if (input.encoding !== 'utf-8') return { text: input.text, result, refused: `${path}: filen er ikke gemt som UTF-8 (${input.encoding}), så den rettes ikke automatisk. Gem den som UTF-8 først.` };
  const fixed = applyFixes(input.text, result.messages);
  if (fixed.applied.length === 0) return { text: input.text, result };
  const summary = describeFixes(path, input.text, fixed.applied, mode.dryRun);
  if (mode.dryRun) {
    io.error(summary);
    return { text: input.text, result };
  }
  const hadBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const written = await writeFileAtomic(path, (hadBom ? '\ufeff' : '') + fixed.text, { expectedOriginal: bytes, backup: mode.backup });
  io.error(`${summary}\nbrevtjek: ${fixed.applied.length} ${fixed.applied.length === 1 ? 'rettelse' : 'rettelser'} skrevet i ${path}${written.backupPath ? ` (originalen er gemt som ${written.backupPath})` : ''}.`);
  return { text: fixed.text, result: lintOne(fixed.text, input.format) };
}
