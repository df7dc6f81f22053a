// Schemas for the declarative rule data in rules/data/*.yaml. Every data file must have an entry here;
// the loader validates each file against its schema and fails loudly with the file's path.
import { z } from 'zod';
import { AREAS } from '../engine/types.js';
import { SECTION_ROLES } from '../engine/sections.js';

const nonEmpty = z.string().min(1);
/** A regular expression source (compiled with flags "iu"); validated by compiling it. */
const regexSource = nonEmpty.refine((s) => { try { new RegExp(s, 'u'); return true; } catch { return false; } }, 'ugyldigt regulært udtryk');
const cue = z.object({ pattern: regexSource, weight: z.number().default(1) });

export const dataSchemas = {
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
  sender: z.object({ centreWords: z.array(nonEmpty).min(1) }),
  names: z.object({
    notNameWords: z.array(nonEmpty).min(1),
    salutations: z.array(nonEmpty).min(1),
    titles: z.array(nonEmpty).default([]),
    closings: z.array(nonEmpty).min(1),
  }),
  dates: z.object({
    months: z.array(z.array(nonEmpty).min(1)).length(12),
    weekdays: z.array(nonEmpty).length(7),
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
  'letter-facts': z.object({
    decision: z.array(cue).min(1),
    nonDecision: z.array(cue).min(1),
    outcome: z.object({ afslag: z.array(cue).min(1), delvis: z.array(cue).min(1), fuld: z.array(cue).min(1) }),
    areas: z.record(z.enum(AREAS), z.array(cue).min(1)),
  }),
} as const;

export type DataFileName = keyof typeof dataSchemas;
export type RuleData = { readonly [K in DataFileName]: z.infer<(typeof dataSchemas)[K]> };

export function schemaFor(name: string): z.ZodTypeAny | undefined {
  return (dataSchemas as Record<string, z.ZodTypeAny>)[name];
}
