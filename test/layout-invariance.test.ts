// Letters reach Brevtjek hard-wrapped: copied out of a PDF, or from an editor that breaks lines at 70 columns. A
// line break inside running text is only wrapping, so re-wrapping a letter must not change what Brevtjek finds.
// Every plain-text and Markdown letter of the corpus and the held-out sets is re-wrapped at two widths and linted
// again: the letter facts and the findings (rule and normalised text) must be the same.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FullLintResult } from '../server/src/engine/lint.js';
import type { Format } from '../server/src/engine/types.js';
import { lintText } from './helpers/session.js';

const ROOT = resolve(import.meta.dirname, '..');
const DIRS = ['letters', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10'];

/** A word that would open a Markdown block if it started a line ("1." after "stk.", "-", "#", ">"). */
const OPENS_MARKDOWN_BLOCK = /^(?:\d{1,9}[.)]|[-*+>#]|={2,}|-{2,})$/;

/**
 * Break every line longer than `width` at spaces; short lines (headings, addresses, list lines) stay as they are.
 * In Markdown a line is never started with a word that would open a block: a writer who wraps by hand sees that
 * "stk.\n1. Efter reglen" becomes a list, so it is not the same letter.
 */
function rewrap(text: string, width: number, format: Format): string {
  return text.split('\n').map((line) => {
    if (line.length <= width || (format === 'markdown' && /^\s*(?:#|\||```|[-*+] |\d+\. )/.test(line))) return line;
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      const safeBreak = format === 'text' || !OPENS_MARKDOWN_BLOCK.test(word);
      if (current && safeBreak && `${current} ${word}`.length > width) {
        out.push(current);
        current = word;
      } else {
        current = current ? `${current} ${word}` : word;
      }
    }
    out.push(current);
    return out.join('\n');
  }).join('\n');
}

function summary(r: FullLintResult): string[] {
  const facts = `${r.kind}/${r.outcome}/${r.area}`;
  const findings = r.messages.filter((m) => m.severity !== 'hint').map((m) => `${m.ruleId}${m.documentLevel ? '' : `: ${(m.actual ?? '').replace(/\s+/g, ' ')}`}`);
  return [facts, ...findings.sort()];
}

const letters = DIRS.flatMap((dir) =>
  readdirSync(join(ROOT, 'corpus', dir))
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => ({ name: `${dir}/${f}`, text: readFileSync(join(ROOT, 'corpus', dir, f), 'utf8'), format: (f.endsWith('.md') ? 'markdown' : 'text') as Format })),
);

describe('layout invariance: hard-wrapped letters', () => {
  it('re-wraps a good share of the letters (otherwise the test would prove nothing)', () => {
    const changed = letters.filter((l) => rewrap(l.text, 60, l.format) !== l.text);
    expect(changed.length).toBeGreaterThan(letters.length * 0.8);
  });

  for (const width of [60, 72]) {
    it(`finds the same in every letter re-wrapped at ${width} columns`, () => {
      const differences: string[] = [];
      for (const letter of letters) {
        const before = summary(lintText(letter.text, letter.format));
        const after = summary(lintText(rewrap(letter.text, width, letter.format), letter.format));
        const lost = before.filter((x) => !after.includes(x));
        const gained = after.filter((x) => !before.includes(x));
        if (lost.length || gained.length) differences.push(`${letter.name}: lost [${lost.join('; ')}] gained [${gained.join('; ')}]`);
      }
      expect(differences).toEqual([]);
    });
  }
});
