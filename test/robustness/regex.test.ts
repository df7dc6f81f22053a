// No regular expression may backtrack catastrophically. Every pattern (found generically: rules data, compiled
// vocabularies, regex literals in server/src) runs against adversarial input: long runs of each character it
// mentions or matches, alternating pairs, and repeated near-misses of a real match, each ending in a character
// that makes the match fail. Exponential patterns blow up at a few dozen characters, quadratic ones at these
// lengths. Regexes built at run time from templates are covered end to end by the whole-engine test at the bottom.
import { describe, expect, it } from 'vitest';
import { vocabularyOf } from '../../server/src/engine/vocabulary.js';
import { lintText, kb } from '../helpers/session.js';
import { corpusLetters } from './fuzz-helpers.js';
import { interestingChars, regexesInCode, regexesInData, regexesInObject, type FoundRegex } from './regex-inventory.js';

const RUN_LENGTH = 20_000;
/** A linear pattern scans 20,000 characters in well under a millisecond or two; a quadratic one takes seconds. */
const BUDGET_MS = 250;
const corpusText = corpusLetters().map((l) => l.text).join('\n\n');

/** Adversarial inputs of about `length` characters, each ending in a character that makes a match fail. */
function adversarialInputs(regex: FoundRegex, length: number): string[] {
  const chars = interestingChars(regex.source);
  const inputs: string[] = [];
  for (const c of chars) inputs.push(c.repeat(length) + (c === '!' ? '\u0000' : '!'));
  for (let i = 0; i + 1 < chars.length && i < 8; i++) inputs.push((chars[i]! + chars[i + 1]!).repeat(Math.ceil(length / 2)) + '\u0000');
  inputs.push((chars.join('') + ' ').repeat(Math.ceil(length / (chars.length + 1))));
  // Near-misses: a real match from the corpus, repeated, with its last character cut.
  const match = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '')).exec(corpusText)?.[0];
  if (match && match.length > 1) {
    const miss = match.slice(0, -1);
    inputs.push(miss.repeat(Math.ceil(length / miss.length)), (miss + ' ').repeat(Math.ceil(length / (miss.length + 1))), match.repeat(Math.ceil(length / match.length)));
  }
  return inputs;
}

/**
 * Lengths grow slowly while short (an exponential pattern takes 2^n steps, so it must be caught near 25 characters
 * before one more step hangs the test) and then double up to RUN_LENGTH (a quadratic pattern shows there).
 */
const LENGTHS = [4, 8, 12, 16, 20, 24, 28, 32, 64, 256, 1024, 4096, RUN_LENGTH];

/** The slowest full scan (matchAll with the g flag, as the checks use them), growing the input until too slow. */
function worstScan(regex: FoundRegex): { ms: number; input: string } {
  const global = new RegExp(regex.source, regex.flags.replace(/[gy]/g, '') + 'g');
  let worst = { ms: 0, input: '' };
  for (const length of LENGTHS) {
    for (const input of adversarialInputs(regex, length)) {
      const started = performance.now();
      let count = 0;
      for (const m of input.matchAll(global)) if (++count > RUN_LENGTH * 2 || m[0].length === 0) break;
      const ms = performance.now() - started;
      if (ms > worst.ms) worst = { ms, input };
      if (ms > BUDGET_MS) return worst;
    }
  }
  return worst;
}

function describeInput(input: string): string {
  return JSON.stringify(input.slice(0, 24)) + `… (${input.length} chars)`;
}

function assertAllFast(regexes: readonly FoundRegex[]): void {
  const slow: string[] = [];
  for (const regex of regexes) {
    let worst = worstScan(regex);
    if (worst.ms > BUDGET_MS) worst = worstScan(regex); // one retry: a busy CI machine is not a slow regex
    if (worst.ms > BUDGET_MS) slow.push(`${regex.where}: /${regex.source}/${regex.flags} took ${Math.round(worst.ms)} ms on ${describeInput(worst.input)}`);
  }
  expect(slow).toEqual([]);
}

describe('regular expressions against adversarial input', () => {
  const fromCode = regexesInCode();
  // The compiled vocabularies repeat many data sources; each distinct pattern is tested once.
  const byPattern = new Map<string, FoundRegex>();
  for (const r of [...regexesInData(kb), ...regexesInObject(vocabularyOf(kb), 'vocabulary')]) byPattern.set(`${r.flags}/${r.source}`, r);
  const fromData = [...byPattern.values()];

  it('finds the patterns it is meant to test (the inventory is not empty)', () => {
    expect(fromCode.found.length).toBeGreaterThan(30);
    expect(fromData.length).toBeGreaterThan(20);
    expect(fromData.some((r) => r.where.includes('placeholders'))).toBe(true);
  });

  it('every regex literal in server/src scans adversarial input in linear time', () => {
    assertAllFast(fromCode.found);
  }, 240_000);

  it('every regex in the rule data and the compiled vocabularies scans adversarial input in linear time', () => {
    assertAllFast(fromData);
  }, 240_000);

  it('the whole engine lints 30,000-character runs of hostile characters within seconds', () => {
    const pieces = ['a', ' ', '.', '§ ', '1', '[', '<', '\n', '\n\n', '*', 'Ab. ', 'jf. ', '\u0301', '😀', '\t', '0101901234 ', 'den 1. '];
    const slow: string[] = [];
    for (const piece of pieces) {
      const text = piece.repeat(Math.ceil(30_000 / piece.length));
      for (const format of ['markdown', 'text'] as const) {
        const started = performance.now();
        const result = lintText(text, format);
        const ms = performance.now() - started;
        expect(result.failures).toEqual([]);
        if (ms > 6_000) slow.push(`${JSON.stringify(piece)} × ${text.length} (${format}): ${Math.round(ms)} ms`);
      }
    }
    expect(slow).toEqual([]);
  }, 300_000);
});
