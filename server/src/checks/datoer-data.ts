// Schema of rules/data/datoer.yaml (deadline cues and period words for the datoer checks).
import { z } from 'zod';

const regexSource = z.string().min(1).refine((s) => { try { new RegExp(s, 'iu'); return true; } catch { return false; } }, 'ugyldigt regulært udtryk');

export const datoerDataSchemas = {
  datoer: z.object({
    deadlineBefore: z.array(regexSource).min(1),
    narrative: z.array(regexSource).default([]),
    periodUnits: z.array(z.object({
      words: z.array(z.string().min(1)).min(1),
      days: z.number().int().positive().optional(),
      months: z.number().int().positive().optional(),
      workdays: z.number().int().positive().optional(),
    }).refine((u) => [u.days, u.months, u.workdays].filter((x) => x !== undefined).length === 1, 'angiv præcis én af days, months, workdays')).min(1),
    numberWords: z.record(z.string().min(1), z.number().int().positive()),
    periodFromLetter: z.array(regexSource).min(1),
    toleranceDays: z.object({ early: z.number().int().nonnegative(), late: z.number().int().nonnegative() }),
  }),
} as const;
