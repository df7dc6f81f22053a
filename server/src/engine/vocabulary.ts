// The rule data compiled for fast use (regexes, sets), once per knowledge base.
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { compileCues, compileLower } from './cues.js';
import type { DateVocabulary } from './dates.js';
import type { FactVocabulary } from './letter-facts.js';
import type { AbbreviationSet } from './parse.js';
import type { NameVocabulary } from './parties.js';
import type { SectionVocabulary } from './sections.js';
import type { Area } from './types.js';

export interface Vocabulary {
  readonly abbreviations: AbbreviationSet;
  readonly dates: DateVocabulary;
  readonly names: NameVocabulary;
  readonly closings: readonly string[];
  readonly subjectLabels: readonly string[];
  readonly sections: SectionVocabulary;
  readonly facts: FactVocabulary;
  readonly kommuner: readonly string[];
  readonly centreWords: readonly string[];
  readonly kommuneWords: readonly string[];
}

const compiled = new WeakMap<KnowledgeBase, Vocabulary>();

export function vocabularyOf(kb: KnowledgeBase): Vocabulary {
  let vocabulary = compiled.get(kb);
  if (vocabulary) return vocabulary;
  const d = kb.data;
  const inner = new Set<string>();
  const canEnd = new Set<string>();
  for (const a of d.abbreviations.abbreviations) {
    const key = a.abbr.toLowerCase().replace(/\.$/, '');
    inner.add(key);
    if (a.canEndSentence) canEnd.add(key);
  }
  const facts = d['letter-facts'];
  vocabulary = {
    abbreviations: { inner, canEnd },
    dates: d.dates,
    names: { notNameWords: new Set(d.names.notNameWords.map((w) => w.toLowerCase())), salutations: d.names.salutations, titles: d.names.titles, partyLabels: d.names.partyLabels },
    subjectLabels: d.names.subjectLabels,
    closings: d.names.closings,
    sections: {
      roles: d.sections.roles.map((r) => ({ role: r.role, headings: r.headings.map((h) => h.toLowerCase()), cues: r.cues.map((c) => compileLower(c)), minCues: r.minCues })),
      closings: d.names.closings,
    },
    facts: {
      decision: compileCues(facts.decision),
      nonDecision: compileCues(facts.nonDecision),
      hypothetical: compileCues(facts.hypothetical.map((pattern) => ({ pattern }))),
      outcome: { afslag: compileCues(facts.outcome.afslag), delvis: compileCues(facts.outcome.delvis), fuld: compileCues(facts.outcome.fuld), reduction: compileCues(facts.outcome.reduction), continuing: compileCues(facts.outcome.continuing) },
      areas: new Map(Object.entries(facts.areas).map(([area, cues]) => [area as Area, compileCues(cues ?? [])])),
      ...(facts.quantities ? { quantities: { applied: compileLower(facts.quantities.applied), amount: compileLower(facts.quantities.amount, true) } } : {}),
    },
    kommuner: d.kommuner.kommuner,
    centreWords: d.sender.centreWords,
    kommuneWords: d.sender.kommuneWords,
  };
  compiled.set(kb, vocabulary);
  return vocabulary;
}
