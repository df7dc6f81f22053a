// The evaluation is part of CI: a figure below corpus/eval-thresholds.json fails the build, and the README's
// table must match what the code measures now (regenerate with `npm run eval -- --write-readme`).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { LintSession } from '../server/src/io/session.js';
import { evaluateCorpus, type EvalReport } from '../scripts/eval/evaluate.js';
import { formatMarkdownReport, type HeldOut } from '../scripts/eval/format.js';
import { evaluateHeldOut } from '../scripts/eval/held-out.js';
import { belowThresholds, readThresholds } from '../scripts/eval/thresholds.js';
import { ROOT } from './helpers/cli.js';

let report: EvalReport;
let heldOut: HeldOut[] = [];
beforeAll(async () => {
  const session = new LintSession();
  const seeds = join(ROOT, '..', 'shared', 'seeds');
  report = await evaluateCorpus(session, join(ROOT, 'corpus', 'letters'), existsSync(seeds) ? seeds : undefined);
  heldOut = await evaluateHeldOut(session, join(ROOT, 'corpus'));
}, 300_000);

describe('evaluation on the annotated corpus', () => {
  it('runs on at least 60 annotated letters', () => {
    expect(report.letters).toBeGreaterThanOrEqual(60);
  });

  it('stays above the recorded thresholds', () => {
    expect(belowThresholds(report, readThresholds(join(ROOT, 'corpus', 'eval-thresholds.json')))).toEqual([]);
  });

  it('never reports begrundelse or klagevejledning on non-decisions and full grants', () => {
    expect(report.forbiddenLegalFindings).toEqual([]);
  });

  it('no check throws on any corpus letter', () => {
    expect(report.failures).toEqual([]);
  });

  it('matches the table in the README', () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('<!-- eval:start -->') + '<!-- eval:start -->'.length, readme.indexOf('<!-- eval:end -->')).trim();
    expect(table).toBe(formatMarkdownReport(report, heldOut).trim());
  });
});
