// Letter kind (afgørelse or not), outcome and area, from weighted cues in rules/data/letter-facts.yaml.
// Kind: decision cues against non-decision cues over the letter without its signature (the subject line counts:
// "Afslag på sygedagpenge"). Outcome: read sentence by sentence where the decision is stated (subject, decision
// section, first body paragraphs): a sentence that grants and one that refuses make a partial grant; a reduction or
// stop is a refusal. Area: the area whose cues weigh most.
import type { Cue } from './cues.js';
import { cueScore } from './cues.js';
import type { Section } from './sections.js';
import type { Area, LetterKind, Outcome } from './types.js';
import { AREAS } from './types.js';

export interface FactVocabulary {
  readonly decision: readonly Cue[];
  readonly nonDecision: readonly Cue[];
  /** Markers of a hypothetical or future statement ("hvis", "kan betyde", "overvejer"). */
  readonly hypothetical?: readonly Cue[];
  readonly outcome: {
    readonly afslag: readonly Cue[];
    readonly delvis: readonly Cue[];
    readonly fuld: readonly Cue[];
    readonly reduction: readonly Cue[];
    readonly continuing?: readonly Cue[];
  };
  readonly areas: ReadonlyMap<Area, readonly Cue[]>;
  /** An application sentence, and an amount with group 1 the number and group 2 the unit (flag g); for lower-cased text. */
  readonly quantities?: { readonly applied: RegExp; readonly amount: RegExp };
}

export interface Classification {
  readonly kind: LetterKind;
  readonly outcome: Outcome;
  readonly area: Area | null;
  readonly scores: Readonly<Record<string, number>>;
}

/** A grant cue this heavy ("Det er det, du bad om") settles the outcome as a full grant. */
const DECISIVE = 5;

const wordCount = (block: Section['blocks'][number]): number => block.sentences.reduce((n, s) => n + s.words.length, 0);

/** The sentences where the decision is stated: headings (the subject line), the decision section and the opening. */
function decisionSentences(text: string, sections: readonly Section[]): string[] {
  const out: string[] = [];
  for (const s of sections) {
    if (s.role === 'brevhoved' && s.heading) out.push(text.slice(s.heading.start, s.heading.end));
    for (const b of s.blocks) if (s.role === 'brevhoved' && b.kind === 'heading') out.push(text.slice(b.start, b.end));
  }
  // Every section headed as the decision (a title "AFGØRELSE OM HJÆLP" may come before the "AFGØRELSE" section),
  // with the unnamed sections right after it: "Afgørelse" over a table, then "Container" and "Skurvogn".
  const decision: Section['blocks'][number][] = [];
  let inDecision = false;
  for (const s of sections) {
    if (s.role === 'afgoerelse' && s.byHeading) inDecision = true;
    else if (s.role !== 'andet') inDecision = false;
    if (inDecision) decision.push(...s.blocks);
  }
  const body = sections.filter((s) => s.role !== 'brevhoved' && s.role !== 'signatur' && s.role !== 'klagevejledning');
  const opening = body.flatMap((s) => s.blocks).filter((b) => (b.kind === 'paragraph' || b.kind === 'list-item') && wordCount(b) >= 5).slice(0, 2);
  const blocks = [...decision, ...opening.filter((b) => !decision.includes(b))];
  for (const b of blocks) for (const s of b.sentences) out.push(text.slice(s.start, s.end));
  return out;
}

function amounts(sentence: string, amount: RegExp): Map<string, number> {
  const found = new Map<string, number>();
  for (const m of sentence.toLowerCase().matchAll(amount)) {
    const unit = m[2]!.toLowerCase().replace(/s$/, '').replace('kroner', 'kr.');
    found.set(unit, Number(m[1]!.replace(/\./g, '').replace(',', '.')));
  }
  return found;
}

/** Less granted than applied for ("søgt om 6 timer" … "får 3 timer"), compared per unit. */
function grantsLess(sentences: readonly string[], granting: ReadonlySet<number>, quantities: NonNullable<FactVocabulary['quantities']>): boolean {
  const applied = new Map<string, number>();
  sentences.forEach((s, i) => {
    if (!granting.has(i) && quantities.applied.test(s.toLowerCase())) for (const [unit, n] of amounts(s, quantities.amount)) applied.set(unit, n);
  });
  for (const i of granting) {
    for (const [unit, n] of amounts(sentences[i]!, quantities.amount)) {
      const asked = applied.get(unit);
      if (asked !== undefined && n < asked) return true;
    }
  }
  return false;
}

export function decideOutcome(sentences: readonly string[], vocabulary: FactVocabulary): { outcome: Exclude<Outcome, null>; afslag: number; delvis: number; fuld: number; reduction: number; newGrants: number } {
  let afslag = 0;
  let delvis = 0;
  let fuld = 0;
  let reduction = 0;
  const granting = new Set<number>();
  // Decisive is one sentence ("Det er det, du bad om"), not several ordinary grants added up: "Du får hjælp til
  // rengøring. Du får også hjælp til indkøb. Du får ikke hjælp til vinduespudsning." is a partial grant.
  let decisive = false;
  // Help the citizen keeps beside a refusal is no grant: "Du får ikke rengøring hver uge. Du får fortsat rengøring
  // hver anden uge, som du har i dag." is a refusal.
  let newGrants = 0;
  sentences.forEach((sentence, i) => {
    const refuses = cueScore(sentence, vocabulary.outcome.afslag);
    afslag += refuses;
    delvis += cueScore(sentence, vocabulary.outcome.delvis);
    reduction += cueScore(sentence, vocabulary.outcome.reduction);
    // A sentence that states what was applied for is not a grant, even if it says "godkendt".
    const statesApplication = vocabulary.quantities?.applied.test(sentence.toLowerCase()) ?? false;
    const grants = refuses === 0 && !statesApplication ? cueScore(sentence, vocabulary.outcome.fuld) : 0;
    if (grants > 0) granting.add(i);
    if (grants >= DECISIVE) decisive = true;
    fuld += grants;
    if (grants > 0 && cueScore(sentence, vocabulary.outcome.continuing ?? []) === 0) newGrants += grants;
  });
  if (fuld > 0 && vocabulary.quantities && grantsLess(sentences, granting, vocabulary.quantities)) delvis++;
  let outcome: Exclude<Outcome, null>;
  // A stop or reduction of help the citizen has is a refusal, even when the rule it quotes says "delvist".
  if (reduction > 0 && !decisive) outcome = 'afslag';
  // "Du kan se 21 af de 23 dokumenter" is partial on its own.
  else if (delvis > 0) outcome = 'delvis';
  else if (decisive) outcome = 'fuld';
  else if (afslag > 0 && newGrants > 0) outcome = 'delvis';
  else if (afslag > 0) outcome = 'afslag';
  else if (fuld > 0) outcome = 'fuld';
  else outcome = 'afslag';
  return { outcome, afslag, delvis, fuld, reduction, newGrants };
}

/**
 * The letter's declarative statements: its sentences without those that speak of a possible or future decision
 * ("Hvis vi ikke hører fra dig, kan det betyde, at du får afslag"). A decision is stated, not supposed.
 */
function statedText(text: string, sections: readonly Section[], end: number, hypothetical: readonly Cue[]): string {
  if (hypothetical.length === 0) return text.slice(0, end);
  const kept: string[] = [];
  for (const section of sections) {
    if (section.start >= end) continue;
    if (section.heading) kept.push(text.slice(section.heading.start, section.heading.end));
    for (const block of section.blocks) {
      for (const sentence of block.sentences) {
        const value = text.slice(sentence.start, sentence.end);
        if (cueScore(value, hypothetical) === 0) kept.push(value);
      }
    }
  }
  return kept.join('\n');
}

export function classifyLetter(text: string, sections: readonly Section[], vocabulary: FactVocabulary, defaultArea?: Area): Classification {
  const signature = sections.find((s) => s.role === 'signatur');
  const letterText = text.slice(0, signature ? signature.start : text.length);
  const hasAppealSection = sections.some((s) => s.role === 'klagevejledning' && s.byHeading);
  const stated = statedText(text, sections, signature?.start ?? text.length, vocabulary.hypothetical ?? []);
  const decisionScore = cueScore(stated, vocabulary.decision.filter((c) => !c.anywhere)) + cueScore(text, vocabulary.decision.filter((c) => c.anywhere)) + (hasAppealSection ? 2 : 0);
  const nonDecisionScore = cueScore(letterText, vocabulary.nonDecision);
  const kind: LetterKind = decisionScore > nonDecisionScore && decisionScore >= 2 ? 'afgoerelse' : 'ikke-afgoerelse';

  // The parser keeps "Kildevej 21. Du får …" together (an ordinal); for the outcome each statement counts alone.
  const statements = decisionSentences(text, sections).flatMap((s) => s.split(/(?<=[.!?])\s+(?=\p{Lu})/u));
  let decided = decideOutcome(statements, vocabulary);
  // No outcome stated where decisions usually stand (a letter without a decision heading whose first paragraphs only
  // tell the story): read the other unnamed sections before falling back on "afslag".
  // Only help the citizen keeps ("Din mor får den samme hjælp som nu") says nothing of what was decided either.
  if (decided.afslag + decided.delvis + decided.reduction + decided.newGrants === 0) {
    // Not the reasoning or the account of the case: "Du får hjælp efter serviceloven § 83, …" there explains the rule.
    const body = sections.filter((s) => s.role === 'andet' || s.role === 'afgoerelse');
    const sentencesOfBody = body.flatMap((s) => s.blocks.flatMap((b) => b.sentences.map((x) => text.slice(x.start, x.end))));
    decided = decideOutcome([...statements, ...sentencesOfBody], vocabulary);
  }
  const outcome: Outcome = kind === 'afgoerelse' ? decided.outcome : null;

  let area: Area | null = null;
  let best = 0;
  const areaScores: Record<string, number> = {};
  for (const candidate of AREAS) {
    const score = cueScore(text, vocabulary.areas.get(candidate) ?? []);
    areaScores[candidate] = score;
    if (score > best) { best = score; area = candidate; }
  }
  if (best < 2) area = defaultArea ?? (best > 0 ? area : null);
  const { afslag, delvis, fuld, reduction } = decided;
  return { kind, outcome, area, scores: { decisionScore, nonDecisionScore, afslag, delvis, fuld, reduction, ...areaScores } };
}
