// Every corpus letter's messages as `line:col-line:col severity reason [ruleId]`, kept as a file per letter, so
// that any change in behaviour shows up in review (retext plugins compare file.messages.map(String) the same way).
// After an intended change: `npx vitest run test/corpus-snapshot.test.ts -u`, then read the diff.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineIndex } from '../server/src/engine/positions.js';
import { loadCorpus } from '../scripts/eval/corpus.js';
import { lintText } from './helpers/session.js';
import { ROOT } from './helpers/cli.js';

const letters = await loadCorpus(join(ROOT, 'corpus', 'letters'));

describe('corpus snapshots', () => {
  for (const letter of letters) {
    it(letter.id, async () => {
      const result = lintText(letter.text, letter.format, undefined, true);
      const lines = new LineIndex(letter.text);
      const at = (offset: number) => { const p = lines.position(offset); return `${p.line}:${p.column}`; };
      const header = `${result.kind} ${result.outcome ?? '-'} ${result.area ?? '-'} LIX ${result.stats.lix}`;
      const body = result.messages.map((m) => `${at(m.start)}-${at(m.end)} ${m.severity} ${m.reason} [${m.ruleId}]`);
      await expect([header, ...body].join('\n') + '\n').toMatchFileSnapshot(join('__snapshots__', 'corpus', `${letter.id}.txt`));
    });
  }
});
