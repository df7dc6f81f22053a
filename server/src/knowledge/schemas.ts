// Schemas for the declarative rule data in rules/data/*.yaml. Every data file must have an entry here;
// the loader validates each file against its schema and fails loudly with the file's path.
import { z } from 'zod';
import { AREAS } from '../engine/types.js';
import { SECTION_ROLES } from '../engine/sections.js';
import { legalDataSchemas } from '../checks/legal/data-schemas.js';
import { datoerDataSchemas } from '../checks/datoer-data.js';
import { grammatikDataSchemas } from '../checks/grammatik-data.js';
import { navneDataSchemas } from '../checks/navne-data.js';

const nonEmpty = z.string().min(1);
/** A regular expression source (compiled with flags "iu"); validated by compiling it. */
const regexSource = nonEmpty.refine((s) => { try { new RegExp(s, 'u'); return true; } catch { return false; } }, 'ugyldigt regulært udtryk');
/** `anywhere`: the cue counts in conditional sentences too ("Hvis du vil klage, …" is still appeal guidance). */
const cue = z.object({ pattern: regexSource, weight: z.number().default(1), anywhere: z.boolean().default(false) });

export const dataSchemas = {
  ...legalDataSchemas,
  ...grammatikDataSchemas,
  ...navneDataSchemas,
  ...datoerDataSchemas,
  abbreviations: z.object({
    abbreviations: z.array(z.object({
      abbr: nonEmpty,
      expansion: nonEmpty,
      canEndSentence: z.boolean().default(false),
    })).min(1),
  }),
  placeholders: z.object({
    patterns: z.array(z.object({
      id: nonEmpty,
      description: nonEmpty,
      /** Compiled with flags "gu". Keep it linear: no nested quantifiers. */
      regex: regexSource,
    })).min(1),
  }),
  kommuner: z.object({ kommuner: z.array(nonEmpty).min(90) }),
  sender: z.object({ kommuneWords: z.array(nonEmpty).min(1), centreWords: z.array(nonEmpty).min(1) }),
  names: z.object({
    notNameWords: z.array(nonEmpty).min(1),
    salutations: z.array(nonEmpty).min(1),
    titles: z.array(nonEmpty).default([]),
    subjectLabels: z.array(nonEmpty).min(1),
    partyLabels: z.array(nonEmpty).min(1),
    closings: z.array(nonEmpty).min(1),
  }),
  dates: z.object({
    months: z.array(z.array(nonEmpty).min(1)).length(12),
    weekdays: z.array(nonEmpty).length(7),
    rangeLinks: z.array(nonEmpty).min(1),
  }),
  sections: z.object({
    roles: z.array(z.object({
      role: z.enum(SECTION_ROLES),
      /** Lower-case fragments that make a heading belong to the role. */
      headings: z.array(nonEmpty).min(1),
      cues: z.array(regexSource).default([]),
      minCues: z.number().int().positive().default(2),
    })),
  }),
  'stavning-ordliste': z.object({
    /** Accepted words; multi-word entries ("Udbetaling Danmark") accept each of their words. Case-insensitive. */
    terms: z.array(nonEmpty).min(1).refine((t) => new Set(t.map((w) => w.toLowerCase())).size === t.length, 'samme ord står flere gange'),
    abbreviations: z.array(nonEmpty).min(1),
    /** Wrong forms the dictionary accepts as compounds ("tilgengæld"), keyed in lower case, with the right spelling. */
    misspellings: z.record(nonEmpty, nonEmpty).default({}),
  }),
  // Language checks (klarsprog, tiltale, tone). Phrases use the phrase syntax of checks/rule-types/phrases.ts.
  klarsprog: z.object({
    entries: z.array(z.object({
      phrases: z.array(nonEmpty).min(1),
      /** Plain alternatives; "$1" is the ending captured by a stem(…) token. Empty: rephrase, no quick fix. */
      replace: z.array(nonEmpty).default([]),
      /** Safe to apply without rephrasing (single-word swaps). */
      fix: z.boolean().default(false),
      /** "hint" for mild words that are only advice (not scored). */
      severity: z.enum(['info', 'hint']).optional(),
      /** Where the pair comes from: a source tag of the domain brief (NST, PS, HB, SY, LK) or "egen". */
      source: nonEmpty,
    })).min(80).refine((e) => { const all = e.flatMap((x) => x.phrases.map((p) => p.toLowerCase())); return new Set(all).size === all.length; }, 'samme udtryk står flere gange'),
  }),
  jargon: z.object({
    /** Phrases that explain a term when they follow it (same or next sentence) or precede it (same sentence). */
    explainedAfter: z.array(nonEmpty).min(1),
    explainedBefore: z.array(nonEmpty).min(1),
    /** `clearIn`: phrases that make the term plain in the same or the previous sentence ("retlige spørgsmål" for skøn). */
    terms: z.array(z.object({ term: nonEmpty, phrases: z.array(nonEmpty).min(1), explanation: nonEmpty, clearIn: z.array(nonEmpty).default([]) })).min(1),
  }),
  forkortelser: z.object({
    laws: z.array(z.object({ abbr: nonEmpty, name: nonEmpty, phrases: z.array(nonEmpty).min(1) })).min(1),
    /** A word ending like this names a law or local rule set in words ("serviceloven", "barnets lov", "lokalplanen"). */
    lawWordEndings: z.array(nonEmpty).min(1),
  }),
  passiv: z.object({
    sPassiveEnding: nonEmpty,
    /** Deponent and other -s verbs that are not passive (synes, findes, lykkes, mindes), and -es words that are no verbs. */
    notPassive: z.array(nonEmpty).min(1),
    bliveForms: z.array(nonEmpty).min(1),
    participleEndings: z.array(nonEmpty).min(1),
    notParticiples: z.array(nonEmpty).default([]),
    minCount: z.number().int().positive(),
    /** Passive forms per word in the paragraph. */
    minDensity: z.number().positive(),
  }),
  tone: z.object({
    families: z.array(z.object({ rule: z.enum(['tone/bebrejdelse', 'tone/gentagelse', 'tone/ansvarsfraskrivelse', 'tone/belaerende']), phrases: z.array(nonEmpty).min(1) })).min(4),
  }),
  tiltale: z.object({
    /** replacePlural: the plain form when the letter writes to several people ("I/jer/jeres"). */
    formal: z.array(z.object({ form: nonEmpty, replace: z.array(nonEmpty).min(1), replacePlural: z.array(nonEmpty).min(1) })).min(1),
    informal: z.array(z.object({ form: nonEmpty, replace: z.array(nonEmpty).min(1), plural: z.boolean().default(false) })).min(1),
    /** Words after a sentence-initial "De" that show it means "they"/"the" ("De 3 timer", "De andre"). */
    theyFollowers: z.array(nonEmpty).default([]),
  }),
  'letter-facts': z.object({
    decision: z.array(cue).min(1),
    nonDecision: z.array(cue).min(1),
    /** A sentence with one of these speaks of a possible or future decision, so its decision cues do not count. */
    hypothetical: z.array(regexSource).default([]),
    /** continuing: help the citizen keeps ("Du får fortsat rengøring hver anden uge, som du har i dag"), no new grant. */
    outcome: z.object({ afslag: z.array(cue).min(1), delvis: z.array(cue).min(1), fuld: z.array(cue).min(1), reduction: z.array(cue).default([]), continuing: z.array(cue).default([]) }),
    areas: z.record(z.enum(AREAS), z.array(cue).min(1)),
    /** An application sentence and an amount (group 1 number, group 2 unit): less granted than applied for is a partial grant. */
    quantities: z.object({ applied: regexSource, amount: regexSource }).optional(),
  }),
} as const;

export type DataFileName = keyof typeof dataSchemas;
export type RuleData = { readonly [K in DataFileName]: z.infer<(typeof dataSchemas)[K]> };

export function schemaFor(name: string): z.ZodTypeAny | undefined {
  return (dataSchemas as Record<string, z.ZodTypeAny>)[name];
}
