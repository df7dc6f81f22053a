// Schema of rules/data/navne.yaml (role words, given names and municipality contexts for the navne checks).
import { z } from 'zod';

const regexSource = z.string().min(1).refine((s) => { try { new RegExp(s, 'iu'); return true; } catch { return false; } }, 'ugyldigt regulært udtryk');
const unique = (list: readonly string[]): boolean => new Set(list.map((w) => w.toLowerCase())).size === list.length;

export const navneDataSchemas = {
  navne: z.object({
    roles: z.array(z.string().min(1)).min(1),
    addressPronouns: z.array(z.string().min(1)).min(1),
    objectBefore: z.array(z.string().min(1)).min(1),
    /** Words that join a role to the name after it: "din kontaktperson er Heidi Lund", "speciallæge i … Kasper Winther". */
    roleLinks: z.array(z.string().min(1)).min(1),
    rolePrepositions: z.array(z.string().min(1)).min(1),
    surnames: z.array(z.string().regex(/^\p{Lu}/u, 'et efternavn skrives med stort')).default([]),
    surnameEndings: z.array(z.string().min(1)).default([]),
    givenNames: z.array(z.string().regex(/^\p{Lu}/u, 'et fornavn skrives med stort')).min(1),
    kommune: z.object({
      notNames: z.array(z.string().min(1)).min(1),
      allowedBefore: z.array(regexSource).min(1),
      allowedInSentence: z.array(regexSource).min(1),
    }),
  }).refine((d) => unique(d.givenNames), 'samme fornavn står flere gange'),
} as const;
