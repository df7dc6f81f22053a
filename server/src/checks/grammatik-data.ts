// Schema of rules/data/grammatik.yaml (word lists for the grammatik checks).
import { z } from 'zod';

const word = z.string().min(1).refine((w) => w === w.toLowerCase(), 'skal skrives med små bogstaver');
const words = z.array(word).min(1);
const replacements = z.record(word, word);

export const grammatikDataSchemas = {
  grammatik: z.object({
    nutidsR: z.object({
      modals: words,
      between: words,
      infinitiveBefore: words,
      irregular: replacements,
      notVerbs: words,
      nounEndings: words,
    }),
    forsat: replacements,
    liggeLaegge: z.array(z.object({
      form: word,
      replacement: word,
      afterInfinitiveMarker: z.boolean().default(false),
      next: words,
      nextEndings: z.array(word).default([]),
    })).min(1),
    nogenNogle: z.object({ pluralWords: words, pluralEndings: words, negative: words, negation: z.string().min(1), negationVerbs: words }),
    sinHans: z.object({ pronounAnd: z.record(word, replacements) }),
  }),
} as const;
