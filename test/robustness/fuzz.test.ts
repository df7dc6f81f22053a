// Property-based fuzzing of the engine with every check and the real speller: random Unicode and mutated corpus
// letters. Whatever the input: lint() never throws and no check fails, it terminates quickly, every range lies inside
// the text and on character boundaries, applying an offered fix keeps the text valid and does not bring the same
// finding back, and the same input gives the same messages.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../server/src/engine/fixes.js';
import type { FullLintResult } from '../../server/src/engine/lint.js';
import type { Format, Message } from '../../server/src/engine/types.js';
import { lintText } from '../helpers/session.js';
import {
  anyText, corpusLetters, FUZZ_SEED, fuzzRuns, fuzzTime, loneSurrogates, messageKey, mutate, mutation, rangeProblems,
} from './fuzz-helpers.js';

/** One lint of a fuzzed letter must finish well within this (a corpus letter takes ~50 ms). */
const PER_LINT_MS = 5_000;
const letters = corpusLetters();

function timedLint(text: string, format: Format): FullLintResult {
  const started = performance.now();
  const result = lintText(text, format, undefined, true);
  const elapsed = performance.now() - started;
  if (elapsed > PER_LINT_MS) throw new Error(`lint took ${Math.round(elapsed)} ms for ${text.length} characters`);
  return result;
}

function applyOne(text: string, m: Message): string {
  return text.slice(0, m.start) + m.expected![0]! + text.slice(m.end);
}

/** Every invariant for one input; throws (with the details) when one does not hold. */
function checkInvariants(text: string, format: Format, maxFixes = 3): void {
  const result = timedLint(text, format);
  const problems = rangeProblems(text, result);
  if (problems.length) throw new Error(problems.join('\n'));

  const again = lintText(text, format, undefined, true);
  if (messageKey(again.messages) !== messageKey(result.messages)) throw new Error('the same text gave different messages on a second lint');

  const fixable = result.messages.filter((m) => m.fixable && m.expected?.length).slice(0, maxFixes);
  for (const m of fixable) {
    const fixed = applyOne(text, m);
    if (loneSurrogates(fixed) > loneSurrogates(text)) throw new Error(`fix of ${m.ruleId} at ${m.start} created a lone surrogate`);
    const after = timedLint(fixed, format);
    const afterProblems = rangeProblems(fixed, after);
    if (afterProblems.length) throw new Error(`after fixing ${m.ruleId}: ${afterProblems.join('; ')}`);
    const replacement = m.expected![0]!;
    const back = after.messages.find((n) => n.ruleId === m.ruleId && n.start === m.start && n.end === m.start + replacement.length);
    if (back) throw new Error(`fix of ${m.ruleId} "${m.actual}" → "${replacement}" is flagged again: ${back.reason}`);
  }
  if (fixable.length) {
    const all = applyFixes(text, result.messages);
    if (loneSurrogates(all.text) > loneSurrogates(text)) throw new Error('applying all fixes created a lone surrogate');
    const problemsAll = rangeProblems(all.text, timedLint(all.text, format));
    if (problemsAll.length) throw new Error(`after applying all fixes: ${problemsAll.join('; ')}`);
  }
}

describe('engine fuzzing (fast-check, seeded)', () => {
  it('Markdown escapes, character references, block quotes and indented lines keep words on their text (regression: the fuzzer\'s "\\\\>aÇ")', () => {
    for (const text of ['\\>aÇ', '> Første linje\n> anden linje med ord', 'Tekst\n    indrykket fortsættelse her', 'R&amp;D og bl&aring; ring her', 'a \\* b \\_c\\_ slut', '\\>𐀀Ç SEL']) {
      const problems = rangeProblems(text, lintText(text, 'markdown', undefined, true));
      expect(problems, text).toEqual([]);
    }
  });

  it('every corpus letter satisfies the invariants as it is', () => {
    for (const letter of letters) {
      try {
        checkInvariants(letter.text, letter.format, 5);
      } catch (error) {
        throw new Error(`${letter.name}: ${(error as Error).message}`);
      }
    }
  }, 120_000);

  it('random Unicode text (hostile pieces, any code unit) never breaks an invariant', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom<Format>('markdown', 'text'), (text, format) => checkInvariants(text, format)),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(500), interruptAfterTimeLimit: fuzzTime(25_000) },
    );
  }, fuzzTime(25_000) + 60_000);

  it('mutated corpus letters never break an invariant', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: letters.length - 1 }),
        fc.array(mutation, { minLength: 1, maxLength: 6 }),
        (index, mutations) => {
          const letter = letters[index]!;
          checkInvariants(mutate(letter.text, mutations), letter.format);
        },
      ),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(100), interruptAfterTimeLimit: fuzzTime(30_000) },
    );
  }, fuzzTime(30_000) + 60_000);

  it('whole letters in one hostile line-ending style, or one very long line, stay valid', () => {
    const sample = letters.filter((_, i) => i % 15 === 0);
    for (const letter of sample) {
      for (const variant of [
        letter.text.replace(/\r?\n/g, '\r\n'),
        letter.text.replace(/\r?\n/g, '\r'),
        letter.text.replace(/\r?\n/g, ' '),
        letter.text.replace(/ /g, '\u00a0'),
        letter.text.replace(/ /g, ''),
        letter.text.normalize('NFD'),
        letter.text.replace(/(.)/gsu, '$1\u200b'),
      ]) {
        checkInvariants(variant, letter.format, 3);
      }
    }
  }, 120_000);

  it('applying every fix of a letter changes the text only inside the fixed ranges', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: letters.length - 1 }), fc.array(mutation, { maxLength: 3 }), (index, mutations) => {
        const letter = letters[index]!;
        const text = mutate(letter.text, mutations);
        const result = lintText(text, letter.format, undefined, true);
        const { text: fixed, applied } = applyFixes(text, result.messages);
        // Rebuild the fixed text from the untouched stretches and the replacements: anything else changed is a bug.
        let rebuilt = '';
        let at = 0;
        for (const { message, replacement } of applied) {
          expect(message.start).toBeGreaterThanOrEqual(at);
          rebuilt += text.slice(at, message.start) + replacement;
          at = message.end;
        }
        rebuilt += text.slice(at);
        expect(fixed).toBe(rebuilt);
      }),
      { seed: FUZZ_SEED, numRuns: fuzzRuns(60), interruptAfterTimeLimit: fuzzTime(15_000) },
    );
  }, fuzzTime(15_000) + 60_000);
});
