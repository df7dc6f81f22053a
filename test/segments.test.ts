import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseLetter, parseWhole, type ParsedText } from '../server/src/engine/parse.js';
import { segmentStarts } from '../server/src/engine/segments.js';
import { vocabularyOf } from '../server/src/engine/vocabulary.js';
import type { Format } from '../server/src/engine/types.js';
import { kb } from './helpers/session.js';

const ROOT = resolve(import.meta.dirname, '..');
const abbreviations = vocabularyOf(kb).abbreviations;

/** Everything a check can see, without the text field (the same text either way). */
function shape(parsed: ParsedText) {
  return { blocks: parsed.blocks, sentences: parsed.sentences, words: parsed.words, frontmatter: parsed.frontmatter };
}

function expectSameParse(text: string, format: Format): void {
  expect(shape(parseLetter(text, format, abbreviations))).toEqual(shape(parseWhole(text, format, abbreviations)));
}

function lettersIn(dir: string): { name: string; text: string; format: Format }[] {
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f))
    .map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8'), format: f.endsWith('.md') ? ('markdown' as const) : ('text' as const) }));
}

describe('segmented parsing', () => {
  it('cuts a letter into several segments (otherwise the cache would gain nothing)', () => {
    const letter = readFileSync(join(ROOT, 'scripts', 'bench', 'fixtures', 'letter-800.md'), 'utf8');
    expect(segmentStarts(letter, 'markdown').length).toBeGreaterThan(10);
  });

  it('parses every corpus, held-out and seed text exactly as the whole text parsed in one piece', () => {
    const texts = [
      ...['letters', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5', 'holdout6', 'holdout7', 'holdout8', 'holdout9', 'holdout10'].flatMap((d) => lettersIn(join(ROOT, 'corpus', d))),
      ...lettersIn(join(ROOT, '..', 'shared', 'seeds')).filter((s) => s.name !== 'README.md'),
    ];
    expect(texts.length).toBeGreaterThan(150);
    for (const { text, format } of texts) {
      expectSameParse(text, format);
      if (format === 'markdown') expectSameParse(text, 'text');
    }
  });

  it('does not split inside constructs that span blank lines', () => {
    const fenced = 'Tekst før.\n\n```\nkode\n\nMere kode\n```\n\nTekst efter.\n';
    expect(segmentStarts(fenced, 'markdown')).toEqual([0]);
    const comment = 'Første afsnit.\n\n<!-- en kommentar\n\nover flere linjer -->\n\nSidste afsnit.\n';
    expect(segmentStarts(comment, 'markdown')).toEqual([0]);
    const list = '- punkt et\n\n  fortsat i punktet\n\n- punkt to\n\nAfsnit efter listen.\n';
    expect(segmentStarts(list, 'markdown')).toEqual([0, list.indexOf('Afsnit')]);
    const frontmatter = '---\nmodtager: Karen Holm\n\nsag: 12\n---\nKære Karen\n\nDu får svar.\n';
    expect(segmentStarts(frontmatter, 'markdown')).toEqual([0, frontmatter.indexOf('Du får')]);
    const definitions = 'Se [loven][1].\n\nMere tekst.\n\n[1]: https://www.retsinformation.dk\n';
    expect(segmentStarts(definitions, 'markdown')).toEqual([0]);
  });

  it('gives the same parse as the whole text for random Markdown built from letter pieces and block constructs', () => {
    const piece = fc.constantFrom(
      'Kære Karen Holm', 'Du får afslag på hjælp jf. § 100, stk. 2.', 'Vi har lagt vægt på bl.a. lægens udtalelse.',
      '# Afgørelse', '## Begrundelse', '**Klagevejledning**', 'KLAGEVEJLEDNING', 'Begrundelse\n===', '- punkt', '* punkt',
      '1. første', '  fortsat indrykket', '    indrykket kode', '> citat', '```', '~~~', '<!--', '-->', '<!-- brevtjek-disable -->',
      '<div>', '</div>', '<pre>', '</pre>', '[1]: https://example.org', 'Se [her][1].', '---', 'nr. 3. Vi ser på det.',
      'sags-', 'behandlingen er slut.', 'Med venlig hilsen', 'Odense Kommune', 'Du kan klage inden 4 uger.', '', '   ', '\t',
    );
    const separator = fc.constantFrom('\n', '\n\n', '\n\n\n', '\r\n', '\r\n\r\n', '\n \n', ' ');
    const letter = fc.array(fc.tuple(piece, separator), { maxLength: 40 }).map((parts) => parts.map(([p, s]) => p + s).join(''));
    fc.assert(
      fc.property(letter, fc.constantFrom<Format>('markdown', 'text'), (text, format) => {
        expectSameParse(text, format);
      }),
      { seed: 11, numRuns: 400 },
    );
  });
});
