// The word diff of training mode, and the review page's own TypeScript (built by Vite, which does not typecheck).
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { wordDiff } from '../client/web/src/diff.js';
import { ROOT } from './helpers/cli.js';

const side = (parts: ReturnType<typeof wordDiff>, drop: 'added' | 'removed') => parts.filter((p) => p.kind !== drop).map((p) => p.text).join('');

describe('wordDiff', () => {
  it('reproduces both texts exactly', () => {
    const before = 'Vedr. ansøgning om dispensation til carport\n\nKære Claus Winther\n';
    const after = '# Du får ikke lov til at bygge en carport i forhaven\n\nKære Claus Winther\n';
    const parts = wordDiff(before, after);
    expect(side(parts, 'added')).toBe(before);
    expect(side(parts, 'removed')).toBe(after);
    expect(parts[parts.length - 1]).toEqual({ kind: 'same', text: 'Kære Claus Winther\n' });
  });

  it('folds short common words between changes into the change, so whole phrases show', () => {
    const parts = wordDiff('Såfremt De ønsker at klage over afgørelsen, skal De i givet fald fremsende klagen.', 'Hvis du vil klage over afgørelsen, skal du i så fald sende klagen.');
    // "i" is common to both but sits between two changes: it is folded into them.
    expect(parts.filter((p) => p.kind === 'same').map((p) => p.text)).toEqual(['klage over afgørelsen, skal ', 'klagen.']);
  });

  it('keeps identical texts as one unchanged part and handles empty texts', () => {
    expect(wordDiff('Kære Jens\n', 'Kære Jens\n')).toEqual([{ kind: 'same', text: 'Kære Jens\n' }]);
    expect(wordDiff('', 'Ny tekst')).toEqual([{ kind: 'added', text: 'Ny tekst' }]);
  });

  it('diffs every training pair in the corpus back to its two letters', () => {
    const pairs = readFileSync(join(ROOT, 'corpus', 'training', 'pairs.yaml'), 'utf8').match(/^\s+(weak|good): (.+)$/gm)!.map((l) => l.split(': ')[1]!.trim());
    for (let i = 0; i + 1 < pairs.length; i += 2) {
      const weak = readFileSync(join(ROOT, 'corpus', pairs[i]!), 'utf8');
      const good = readFileSync(join(ROOT, 'corpus', pairs[i + 1]!), 'utf8');
      const parts = wordDiff(weak, good);
      expect(side(parts, 'added')).toBe(weak);
      expect(side(parts, 'removed')).toBe(good);
    }
  });
});

describe('review page source', () => {
  it('typechecks with its own tsconfig', { timeout: 120_000 }, () => {
    expect(() => execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', 'client/web/tsconfig.json'], { cwd: ROOT, encoding: 'utf8' })).not.toThrow();
  });
});
