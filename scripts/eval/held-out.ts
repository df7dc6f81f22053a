// The held-out sets in corpus/: letters by authors who never saw the checks, scored apart from the tuning corpus.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { LintSession } from '../../server/src/io/session.js';
import { evaluateCorpus } from './evaluate.js';
import type { HeldOut } from './format.js';

const CAPTIONS: Readonly<Record<string, (n: number) => string>> = {
  holdout: (n) => `**Held-out set 1** (\`corpus/holdout/\`): ${n} letters written by another author who never saw the checks or the tuning corpus. The first measurement, taken blind, is in \`docs/holdout-first-measurement.md\`; these figures come after general fixes made once its misses had been seen, so they are no longer a blind estimate.`,
  holdout2: (n) => `**Held-out set 2** (\`corpus/holdout2/\`): ${n} letters by a further author, written after those fixes. Its blind measurement is in \`docs/holdout-second-measurement.md\`; these figures come after a second round of general fixes made once its misses had been seen, so they are no longer blind either.`,
  holdout3: (n) => `**Held-out set 3** (\`corpus/holdout3/\`): ${n} letters by two further authors (varied layouts from different case systems; hard cases for the legal checks), written after the second round of fixes. Its blind measurement is in \`docs/holdout-third-measurement.md\`.`,
  holdout4: (n) => `**Held-out set 4** (\`corpus/holdout4/\`): ${n} letters by two further authors (drafts copied out of PDFs with hard line breaks and page furniture; the old formal De-register beside modern klarsprog), written after the fixes from set 3. Its blind measurement is in \`docs/holdout-fourth-measurement.md\`.`,
  holdout5: (n) => `**Held-out set 5** (\`corpus/holdout5/\`): ${n} letters by two further authors (short Digital Post letters, reasoning or appeal guidance in an appendix, Word exports with tables, letters to firms, lawyers and guardians; the span checks in varied form with traps that must not be flagged), written after the fixes from set 4. Its blind measurement is in \`docs/holdout-fifth-measurement.md\`.`,
  holdout6: (n) => `**Held-out set 6** (\`corpus/holdout6/\`): ${n} letters by two further authors (long exemplary klarsprog letters with their own heading conventions and several decisions in one letter; hurried weak drafts full of template language), written after the fixes from set 5. Its blind measurement is in \`docs/holdout-sixth-measurement.md\`.`,
  holdout7: (n) => `**Held-out set 7** (\`corpus/holdout7/\`): ${n} letters by two further authors (unusual decision types — afvisning, henlæggelse, refused genoptagelse, grants with conditions or shorter extensions — and unusual orders; the problems borgerrådgivere report year after year), written after the fixes from set 6. Its blind measurement is in \`docs/holdout-seventh-measurement.md\`.`,
  holdout8: (n) => `**Held-out set 8** (\`corpus/holdout8/\`): ${n} letters by two further authors (less common legal bases and non-decisions that look like decisions; four decision types each written in three municipal house styles), written after the fixes from set 7. Its blind measurement is in \`docs/holdout-eighth-measurement.md\`.`,
  holdout9: (n) => `**Held-out set 9** (\`corpus/holdout9/\`): ${n} letters by two further authors (what surrounds the decision — couples, copies to others, two signatories, appendices after the signature, many legitimate third parties — and a representative week of one municipality's letters), written after the fixes from set 8. Its blind measurement is in \`docs/holdout-ninth-measurement.md\`.`,
  holdout10: (n) => `**Held-out set 10** (\`corpus/holdout10/\`): ${n} letters by two further authors (decisions full of numbers and dates; easy-read "let dansk" letters), written after the fixes from set 9. Its blind measurement is in \`docs/holdout-tenth-measurement.md\`.`,
};

export async function evaluateHeldOut(session: LintSession, corpusDir: string): Promise<HeldOut[]> {
  const out: HeldOut[] = [];
  for (const name of Object.keys(CAPTIONS)) {
    const dir = join(corpusDir, name);
    if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith('.json'))) continue;
    const report = await evaluateCorpus(session, dir);
    out.push({ caption: CAPTIONS[name]!(report.letters), report });
  }
  return out;
}
