// `npm run eval`: measure Brevtjek on the annotated corpus. Flags: --topic ID, --misses, --json, --holdout (also score corpus/holdout), --write-readme.
// Exits 1 when a figure falls below corpus/eval-thresholds.json.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LintSession } from '../server/src/io/session.js';
import { evaluateCorpus, precision, recall } from './eval/evaluate.js';
import { formatMarkdownReport, formatTextReport } from './eval/format.js';
import { evaluateHeldOut } from './eval/held-out.js';
import { belowThresholds, readThresholds } from './eval/thresholds.js';

const root = resolve(import.meta.dirname ?? '.', '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const value = (name: string) => { const i = args.indexOf(`--${name}`); return i >= 0 ? args[i + 1] : undefined; };

const seedsDir = resolve(root, '..', 'shared', 'seeds');
const session = new LintSession();
const report = await evaluateCorpus(session, join(root, 'corpus', 'letters'), existsSync(seedsDir) ? seedsDir : undefined);
// Letters written blind by another author and never used for tuning: the honest estimate for unseen letters.
// Only shown on request, so that nobody tuning the checks sees its misses.
const heldOut = flag('holdout') || flag('write-readme') ? await evaluateHeldOut(session, join(root, 'corpus')) : [];

if (flag('json')) {
  const byTopic = Object.fromEntries([...report.byTopic].map(([k, t]) => [k, { ...t, precision: precision(t), recall: recall(t) }]));
  const byRule = Object.fromEntries([...report.byRule].map(([k, t]) => [k, { ...t, precision: precision(t), recall: recall(t) }]));
  process.stdout.write(`${JSON.stringify({ letters: report.letters, byTopic, byRule, kind: report.kind, outcome: report.outcome, area: report.area, seeds: report.seeds }, null, 2)}\n`);
} else {
  const topic = value('topic');
  process.stdout.write(`${formatTextReport(report, { misses: flag('misses'), ...(topic ? { topic } : {}) })}\n`);
  for (const { report: held } of heldOut) process.stdout.write(`\nHOLDOUT (${held.letters} breve, ikke brugt til tuning)\n${formatTextReport(held, { misses: flag('misses'), ...(topic ? { topic } : {}) })}\n`);
}

if (flag('write-readme')) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- eval:start -->';
  const end = '<!-- eval:end -->';
  const a = readme.indexOf(start);
  const b = readme.indexOf(end);
  if (a < 0 || b < a) throw new Error('README.md mangler markørerne <!-- eval:start --> og <!-- eval:end -->');
  writeFileSync(readmePath, `${readme.slice(0, a + start.length)}\n${formatMarkdownReport(report, heldOut)}\n${readme.slice(b)}`);
  process.stderr.write('README.md opdateret.\n');
}

const problems = belowThresholds(report, readThresholds(join(root, 'corpus', 'eval-thresholds.json')));
if (problems.length) {
  process.stderr.write(`\nUnder tærsklerne i corpus/eval-thresholds.json:\n${problems.map((p) => `  ${p}`).join('\n')}\n`);
  process.exitCode = 1;
}
