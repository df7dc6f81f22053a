// Schemas of the rule data behind the legal structure checks (begrundelse, klagevejledning, partshøring,
// vejledning). Kept beside the checks that read them; knowledge/schemas.ts spreads them into dataSchemas.
import { z } from 'zod';
import { AREAS } from '../../engine/types.js';

const nonEmpty = z.string().min(1);
/** A regular expression source, compiled with flags "iu". Keep it linear: no nested quantifiers. */
const regexSource = nonEmpty.refine((s) => { try { new RegExp(s, 'u'); return true; } catch { return false; } }, 'ugyldigt regulært udtryk');
const patterns = z.array(regexSource).min(1);

export const legalDataSchemas = {
  begrundelse: z.object({
    /** A legal rule named: a law by name, or a paragraph together with a law. */
    rule: patterns,
    /** The rule in words; it names the rule only together with `lawMentioned`. */
    ruleInWords: patterns,
    lawMentioned: patterns,
    /** Discretion: the decision rests on an assessment. */
    discretion: patterns,
    /** The main considerations are stated. */
    weighing: patterns,
    /** Case-specific facts; the begrundelse is concrete when at least `minFacts` different cues occur. */
    facts: patterns,
    minFacts: z.number().int().positive(),
    /** A sentence that only restates the application; its dates are not facts that were weighed. */
    application: regexSource,
    /** A list item that only names a document received ("en lægeerklæring af 20. marts 2025"): listed, not weighed. */
    inventory: regexSource,
    factsExemptAreas: z.array(z.enum(AREAS)).default([]),
    /** Any reasoning at all (a reason given for the outcome). */
    reasoning: patterns,
    skeleton: z.object({ title: nonEmpty, heading: nonEmpty, body: nonEmpty }),
  }),
  klagevejledning: z.object({
    /** A paragraph that tells the citizen about complaining. */
    appeal: patterns,
    /** The letter says the decision cannot be appealed. */
    cannotAppeal: patterns,
    /** A deadline for the complaint. */
    deadline: patterns,
    /** "N uger" in a deadline sentence; group 1 is the number (digits or a number word). */
    weeks: regexSource,
    /** Days in a deadline ("14 dage"), counted as weeks. */
    days: regexSource,
    numberWords: z.record(nonEmpty, z.number().int().positive()),
    /** Sentences about the municipality forwarding the complaint (their deadline is not the citizen's). */
    forwarding: patterns,
    /** How or where to send the complaint. */
    how: patterns,
    /** The complaint goes to the municipality first (genvurdering). */
    viaKommune: patterns,
    /** Told to send the complaint straight to the klageinstans, skipping the municipality. */
    direct: patterns,
  }),
  klageinstanser: z.object({
    /** generic: a word for any klageinstans ("klageinstansen"); naming it names no body. */
    bodies: z.array(z.object({ id: nonEmpty, name: nonEmpty, pattern: regexSource, generic: z.boolean().default(false) })).min(1),
    routes: z.array(z.object({
      id: nonEmpty,
      areas: z.array(z.enum(AREAS)).min(1),
      /** The route applies only when the letter matches this pattern (e.g. specialundervisning). */
      when: regexSource.optional(),
      appealable: z.boolean(),
      /** Accepted klageinstanser (body ids); empty: any known body (it depends on the underlying case). */
      bodies: z.array(nonEmpty).default([]),
      deadlineWeeks: z.number().int().positive().optional(),
      viaKommune: z.boolean().default(false),
      /** Danish text for the skeleton: the klageinstans and how to send the complaint. */
      skeleton: nonEmpty.optional(),
      legalBasis: nonEmpty,
      sources: z.array(nonEmpty).min(1),
    })).min(1),
  }),
  partshoering: z.object({
    /** Information from others that the refusal relies on. */
    thirdParty: patterns,
    /** Signs that the citizen was heard. */
    heard: patterns,
  }),
  vejledning: z.object({
    /** A way to reach the caseworker. */
    contact: patterns,
    /** A pointer to other help. */
    otherHelp: patterns,
  }),
} as const;
