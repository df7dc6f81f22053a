// Letter kind (afgørelse or not), outcome and area, from weighted cues in rules/data/letter-facts.yaml.
import type { Cue } from './cues.js';
import { cueScore } from './cues.js';
import type { Section } from './sections.js';
import type { Area, LetterKind, Outcome } from './types.js';
import { AREAS } from './types.js';

export interface FactVocabulary {
  readonly decision: readonly Cue[];
  readonly nonDecision: readonly Cue[];
  readonly outcome: { readonly afslag: readonly Cue[]; readonly delvis: readonly Cue[]; readonly fuld: readonly Cue[] };
  readonly areas: ReadonlyMap<Area, readonly Cue[]>;
}

export interface Classification {
  readonly kind: LetterKind;
  readonly outcome: Outcome;
  readonly area: Area | null;
  readonly scores: Readonly<Record<string, number>>;
}

export function classifyLetter(text: string, sections: readonly Section[], vocabulary: FactVocabulary, defaultArea?: Area): Classification {
  const body = sections.filter((s) => s.role !== 'brevhoved' && s.role !== 'signatur');
  const bodyText = body.length ? text.slice(body[0]!.start, body[body.length - 1]!.end) : text;
  const hasAppealSection = sections.some((s) => s.role === 'klagevejledning');
  const decisionScore = cueScore(bodyText, vocabulary.decision) + (hasAppealSection ? 2 : 0);
  const nonDecisionScore = cueScore(bodyText, vocabulary.nonDecision);
  const kind: LetterKind = decisionScore > nonDecisionScore && decisionScore >= 2 ? 'afgoerelse' : 'ikke-afgoerelse';

  // The outcome is read where the decision is stated: the afgørelse section, or the first body paragraphs.
  const decisionSection = sections.find((s) => s.role === 'afgoerelse');
  const firstBody = body.slice(0, 2);
  const decisionText = [decisionSection, ...firstBody].filter((s): s is Section => !!s).map((s) => text.slice(s.start, s.end)).join('\n');
  const afslag = cueScore(decisionText, vocabulary.outcome.afslag);
  const delvis = cueScore(decisionText, vocabulary.outcome.delvis);
  const fuld = cueScore(decisionText, vocabulary.outcome.fuld);
  let outcome: Outcome = null;
  if (kind === 'afgoerelse') {
    if (delvis > 0 && (fuld > 0 || afslag > 0)) outcome = 'delvis';
    else if (afslag > 0) outcome = 'afslag';
    else if (fuld > 0) outcome = 'fuld';
    else outcome = 'afslag';
  }

  let area: Area | null = null;
  let best = 0;
  const areaScores: Record<string, number> = {};
  for (const candidate of AREAS) {
    const score = cueScore(text, vocabulary.areas.get(candidate) ?? []);
    areaScores[candidate] = score;
    if (score > best) { best = score; area = candidate; }
  }
  if (best < 2) area = defaultArea ?? (best > 0 ? area : null);
  return { kind, outcome, area, scores: { decisionScore, nonDecisionScore, afslag, delvis, fuld, ...areaScores } };
}
