// Spelling quality on real Danish text with the real dictionary: the clean seed reports stay nearly silent, the
// OCR-damaged seed is caught, and simple typos get the right suggestion. The seed reports live outside the
// repository (../shared/seeds); those tests are skipped where they are absent. The fixtures are in the repository.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadSpeller } from '../server/src/io/speller-loader.js';
import { flaggedShare } from '../server/src/spelling/flagged-share.js';
import { suggestionAccuracy, type Typo } from '../scripts/spelling/typos.js';
import { kb, lintText } from './helpers/session.js';

const seedDir = resolve(process.env.BREVTJEK_SEEDS ?? '../shared/seeds');
const haveSeeds = existsSync(seedDir);
const seed = (prefix: string) => readFileSync(join(seedDir, readdirSync(seedDir).find((f) => f.startsWith(prefix))!), 'utf8');
const ocr = parse(readFileSync('test/fixtures/stavning-ocr-002.yaml', 'utf8')) as { damaged: Record<string, string> };
const typos = (parse(readFileSync('test/fixtures/stavning-typos.yaml', 'utf8')) as { typos: Typo[] }).typos;

describe('spelling on real Danish text', () => {
  const speller = loadSpeller();

  for (const prefix of ['000', '001', '003', '004']) {
    it.skipIf(!haveSeeds)(`flags at most 0.3 % of the words in the clean seed report ${prefix}`, () => {
      const result = flaggedShare(seed(prefix), speller, kb);
      expect(result.words).toBeGreaterThan(2000);
      expect(result.share).toBeLessThanOrEqual(0.003);
    });
  }

  it.skipIf(!haveSeeds)('flags at least 90 % of the hand-checked OCR damage in seed 002, and nothing else', () => {
    const flagged = new Set(flaggedShare(seed('002'), speller, kb).flaggedWords);
    const damaged = Object.keys(ocr.damaged);
    expect(damaged.filter((w) => flagged.has(w)).length / damaged.length).toBeGreaterThanOrEqual(0.9);
    expect([...flagged].filter((w) => !(w in ocr.damaged) && !w.startsWith('&'))).toEqual([]);
  });

  it('flags at least 85 % of the OCR-damaged word forms even out of their context', () => {
    // Sentence-initial, so capitalised forms are checked as well; real-word damage ("pa", "bade") stays unflagged.
    const damaged = Object.keys(ocr.damaged);
    const caught = damaged.filter((w) => lintText(`${w} står her.`, 'text', undefined, true).messages.some((m) => m.topic === 'stavning'));
    expect(caught.length / damaged.length).toBeGreaterThanOrEqual(0.85);
  });

  it('puts the intended word among the first three suggestions for at least 80 % of simple typos', () => {
    // Three of each kind (left out, doubled, swapped, neighbouring key, ae/oe/aa): a suggestion costs ~0.5 s.
    const sample = (['udeladt', 'dobbelt', 'ombyttet', 'nabotast', 'ae', 'oe', 'aa'] as const).flatMap((kind) => typos.filter((t) => t.kind === kind).slice(0, 3));
    expect(sample.length).toBe(21);
    const { hits, total } = suggestionAccuracy(sample, speller);
    expect(hits / total).toBeGreaterThanOrEqual(0.8);
  }, 120_000);

  it('rejects every typo in the typo set (the set only holds real errors)', () => {
    for (const t of typos) expect(speller.correct(t.typo), t.typo).toBe(false);
  });
});
