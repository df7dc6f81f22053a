// The rule data of the legal structure checks, compiled once per knowledge base (regexes are data in rules/).
import type { KnowledgeBase } from '../../knowledge/knowledge-base.js';
import type { Area } from '../../engine/types.js';
import { compileLower } from '../../engine/cues.js';

/** Any of a list of patterns. */
export interface PatternSet {
  test(text: string): boolean;
  /** Number of patterns that occur. */
  count(text: string): number;
}

// Patterns are compiled for lower-cased text (engine/cues.ts explains why: /iu is several hundred times slower).
function patternSet(sources: readonly string[]): PatternSet {
  const regexes = sources.map((s) => compileLower(s));
  return {
    test: (text) => { const lower = text.toLowerCase(); return regexes.some((r) => r.test(lower)); },
    count: (text) => { const lower = text.toLowerCase(); return regexes.reduce((n, r) => n + (r.test(lower) ? 1 : 0), 0); },
  };
}

export interface Route {
  readonly id: string;
  readonly areas: readonly Area[];
  readonly when?: RegExp;
  readonly appealable: boolean;
  /** Accepted body ids; empty means any known body. */
  readonly bodies: readonly string[];
  readonly deadlineWeeks?: number;
  readonly viaKommune: boolean;
  readonly skeleton?: string;
}

export interface LegalData {
  readonly begrundelse: {
    readonly rule: PatternSet; readonly ruleInWords: PatternSet; readonly lawMentioned: PatternSet; readonly discretion: PatternSet; readonly weighing: PatternSet;
    readonly facts: PatternSet; readonly minFacts: number; readonly reasoning: PatternSet;
    readonly application: RegExp; readonly inventory: RegExp; readonly factsExemptAreas: readonly Area[];
    readonly skeleton: { readonly title: string; readonly heading: string; readonly body: string };
  };
  readonly klage: {
    readonly appeal: PatternSet; readonly cannotAppeal: PatternSet; readonly deadline: PatternSet;
    readonly weeks: RegExp; readonly days: RegExp; readonly numberWords: Readonly<Record<string, number>>;
    readonly forwarding: PatternSet; readonly how: PatternSet; readonly viaKommune: PatternSet; readonly direct: PatternSet;
  };
  /** Body patterns and `weeks`, `application`, `inventory`, route `when` are compiled for lower-cased text. */
  readonly bodies: readonly { readonly id: string; readonly name: string; readonly regex: RegExp; readonly generic: boolean }[];
  readonly routes: readonly Route[];
  readonly partshoering: { readonly thirdParty: PatternSet; readonly heard: PatternSet };
  readonly vejledning: { readonly contact: PatternSet; readonly otherHelp: PatternSet };
}

const compiled = new WeakMap<object, LegalData>();

export function legalData(kb: KnowledgeBase): LegalData {
  const d = kb.data;
  let data = compiled.get(d);
  if (data) return data;
  const b = d.begrundelse;
  const k = d.klagevejledning;
  data = {
    begrundelse: {
      rule: patternSet(b.rule), ruleInWords: patternSet(b.ruleInWords), lawMentioned: patternSet(b.lawMentioned), discretion: patternSet(b.discretion), weighing: patternSet(b.weighing),
      facts: patternSet(b.facts), minFacts: b.minFacts, reasoning: patternSet(b.reasoning), skeleton: b.skeleton,
      application: compileLower(b.application), inventory: compileLower(b.inventory), factsExemptAreas: b.factsExemptAreas,
    },
    klage: {
      appeal: patternSet(k.appeal), cannotAppeal: patternSet(k.cannotAppeal), deadline: patternSet(k.deadline),
      weeks: compileLower(k.weeks, true), days: compileLower(k.days, true), numberWords: k.numberWords, forwarding: patternSet(k.forwarding),
      how: patternSet(k.how), viaKommune: patternSet(k.viaKommune), direct: patternSet(k.direct),
    },
    bodies: d.klageinstanser.bodies.map((x) => ({ id: x.id, name: x.name, regex: compileLower(x.pattern), generic: x.generic })),
    routes: d.klageinstanser.routes.map((r) => ({
      id: r.id, areas: r.areas, appealable: r.appealable, bodies: r.bodies, viaKommune: r.viaKommune,
      ...(r.when ? { when: compileLower(r.when) } : {}),
      ...(r.deadlineWeeks ? { deadlineWeeks: r.deadlineWeeks } : {}),
      ...(r.skeleton ? { skeleton: r.skeleton } : {}),
    })),
    partshoering: { thirdParty: patternSet(d.partshoering.thirdParty), heard: patternSet(d.partshoering.heard) },
    vejledning: { contact: patternSet(d.vejledning.contact), otherHelp: patternSet(d.vejledning.otherHelp) },
  };
  compiled.set(d, data);
  return data;
}
