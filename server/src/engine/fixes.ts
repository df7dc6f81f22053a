// Applying safe fixes: the first replacement of every `fixable` message, non-overlapping, right to left. Pure, so
// the CLI (`lint --fix`), the language server ("fix all") and tests share one implementation.
import type { Message } from './types.js';

export interface AppliedFix {
  readonly message: Message;
  readonly replacement: string;
}

export interface FixResult {
  readonly text: string;
  /** In text order. */
  readonly applied: readonly AppliedFix[];
  /** Fixable messages left out because they overlap an earlier fix (a second `--fix` run picks them up). */
  readonly skipped: readonly Message[];
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** A fix must not cut a surrogate pair apart, or the file would hold invalid UTF-16 (written as U+FFFD). */
function onBoundaries(text: string, start: number, end: number): boolean {
  const splits = (i: number) => i > 0 && i < text.length && isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i));
  return start >= 0 && end >= start && end <= text.length && !splits(start) && !splits(end);
}

export function safeFixes(text: string, messages: readonly Message[]): { chosen: AppliedFix[]; skipped: Message[] } {
  const candidates = messages
    .filter((m) => m.fixable === true && !m.documentLevel && m.expected !== undefined && m.expected.length > 0 && onBoundaries(text, m.start, m.end))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const chosen: AppliedFix[] = [];
  const skipped: Message[] = [];
  let reachedEnd = -1;
  for (const message of candidates) {
    const replacement = message.expected![0]!;
    // Overlapping ranges, and two insertions at the same place, would make the result depend on order.
    if (message.start < reachedEnd || (message.start === reachedEnd && message.start === message.end)) {
      skipped.push(message);
      continue;
    }
    if (text.slice(message.start, message.end) === replacement) continue;
    chosen.push({ message, replacement });
    reachedEnd = Math.max(reachedEnd, message.end);
  }
  return { chosen, skipped };
}

export function applyFixes(text: string, messages: readonly Message[]): FixResult {
  const { chosen, skipped } = safeFixes(text, messages);
  let out = text;
  for (let i = chosen.length - 1; i >= 0; i--) {
    const { message, replacement } = chosen[i]!;
    out = out.slice(0, message.start) + replacement + out.slice(message.end);
  }
  return { text: out, applied: chosen, skipped };
}
