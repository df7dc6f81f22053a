// Run the engine over the annotated corpus and the seed reports, and measure it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allChecks } from '../../server/src/checks/index.js';
import { lint } from '../../server/src/engine/lint.js';
import { resolveConfig } from '../../server/src/engine/config.js';
import type { LintSession } from '../../server/src/io/session.js';
import { loadCorpus, type CorpusLetter } from './corpus.js';
import { precision, recall, scoreLetter, tally, type Outcome, type Tally } from './score.js';

export interface FactAccuracy {
  readonly correct: number;
  readonly total: number;
  readonly wrong: readonly string[];
}

export interface SeedSpelling {
  readonly file: string;
  readonly words: number;
  readonly flagged: number;
  readonly share: number;
  readonly flaggedWords: readonly string[];
}

export interface EvalReport {
  readonly letters: number;
  readonly outcomes: readonly Outcome[];
  readonly byRule: ReadonlyMap<string, Tally>;
  readonly byTopic: ReadonlyMap<string, Tally>;
  readonly kind: FactAccuracy;
  readonly outcome: FactAccuracy;
  readonly area: FactAccuracy;
  /** Document-level findings on non-decisions and full grants (must be zero). */
  readonly forbiddenLegalFindings: readonly string[];
  readonly seeds: readonly SeedSpelling[];
  readonly failures: readonly string[];
}

function accuracy(letters: readonly CorpusLetter[], actual: (l: CorpusLetter) => unknown, expected: (l: CorpusLetter) => unknown): FactAccuracy {
  const wrong = letters.filter((l) => actual(l) !== expected(l)).map((l) => `${l.id}: ${String(actual(l))} (forventet ${String(expected(l))})`);
  return { correct: letters.length - wrong.length, total: letters.length, wrong };
}

export function seedSpelling(session: LintSession, seedsDir: string): SeedSpelling[] {
  const stavning = allChecks.filter((c) => c.meta.topic === 'stavning');
  const speller = session.getSpeller();
  if (stavning.length === 0 || !speller) return [];
  return readdirSync(seedsDir).filter((f) => /^\d{3}_.*\.txt$/.test(f)).sort().map((file) => {
    const text = readFileSync(join(seedsDir, file), 'utf8');
    const result = lint(text, { format: 'text', kb: session.kb, config: resolveConfig(), speller, checks: stavning });
    const flagged = result.messages.filter((m) => m.topic === 'stavning');
    const words = result.model.parsed.words.length;
    return { file, words, flagged: flagged.length, share: words ? flagged.length / words : 0, flaggedWords: flagged.map((m) => text.slice(m.start, m.end)) };
  });
}

export async function evaluateCorpus(session: LintSession, corpusDir: string, seedsDir?: string): Promise<EvalReport> {
  const letters = await loadCorpus(corpusDir);
  const outcomes: Outcome[] = [];
  const facts = new Map<string, { kind: string; outcome: string | null; area: string | null }>();
  const forbidden: string[] = [];
  const failures: string[] = [];
  for (const letter of letters) {
    const result = session.lintText(letter.text, letter.format);
    for (const f of result.failures) failures.push(`${letter.id}: ${f.check}: ${f.error}`);
    facts.set(letter.id, { kind: result.kind, outcome: result.outcome, area: result.area });
    outcomes.push(...scoreLetter(letter, result.messages));
    const legalForbidden = letter.annotation.kind === 'ikke-afgoerelse' || letter.annotation.outcome === 'fuld';
    if (legalForbidden) {
      for (const m of result.messages) if ((m.topic === 'begrundelse' || m.topic === 'klagevejledning') && m.severity !== 'hint') forbidden.push(`${letter.id}: ${m.ruleId}`);
    }
  }
  const decisions = letters.filter((l) => l.annotation.kind === 'afgoerelse');
  return {
    letters: letters.length,
    outcomes,
    byRule: tally(outcomes, (o) => o.ruleId),
    byTopic: tally(outcomes, (o) => o.ruleId.split('/')[0]!),
    kind: accuracy(letters, (l) => facts.get(l.id)!.kind, (l) => l.annotation.kind),
    outcome: accuracy(decisions, (l) => facts.get(l.id)!.outcome, (l) => l.annotation.outcome),
    area: accuracy(letters.filter((l) => l.annotation.area !== null), (l) => facts.get(l.id)!.area, (l) => l.annotation.area),
    forbiddenLegalFindings: forbidden,
    seeds: seedsDir ? seedSpelling(session, seedsDir) : [],
    failures,
  };
}

export { precision, recall };
