// Load the annotated corpus: each letter (md, txt or docx) with its sidecar JSON (format: corpus/README.md).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { AREAS, type Format } from '../../server/src/engine/types.js';
import { letterFromBytes } from '../../server/src/io/read-letter.js';

const annotationSchema = z.object({
  description: z.string().optional(),
  letterType: z.string().optional(),
  kind: z.enum(['afgoerelse', 'ikke-afgoerelse']),
  outcome: z.enum(['afslag', 'delvis', 'fuld']).nullable(),
  area: z.enum(AREAS).nullable(),
  clean: z.boolean(),
  documentFindings: z.array(z.string().regex(/^[a-z]+\/[a-z-]+$/)),
  spanFindings: z.array(z.object({ ruleId: z.string().regex(/^[a-z]+\/[a-z-]+$/), text: z.string().min(1), occurrence: z.number().int().positive().optional() })),
});

export type Annotation = z.infer<typeof annotationSchema>;

export interface CorpusLetter {
  readonly id: string;
  readonly file: string;
  readonly text: string;
  readonly format: Format;
  readonly annotation: Annotation;
}

export class CorpusError extends Error {}

export async function loadCorpus(dir: string): Promise<CorpusLetter[]> {
  const files = readdirSync(dir).filter((f) => /\.(md|txt|docx)$/.test(f)).sort();
  const letters: CorpusLetter[] = [];
  for (const file of files) {
    const id = file.replace(/\.(md|txt|docx)$/, '');
    const path = join(dir, file);
    let raw: unknown;
    try {
      raw = JSON.parse(readFileSync(join(dir, `${id}.json`), 'utf8'));
    } catch (error) {
      throw new CorpusError(`${id}.json mangler eller er ikke gyldig JSON: ${(error as Error).message}`);
    }
    const parsed = annotationSchema.safeParse(raw);
    if (!parsed.success) throw new CorpusError(`${id}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const input = await letterFromBytes(readFileSync(path), path);
    letters.push({ id, file, text: input.text, format: input.format, annotation: parsed.data });
  }
  return letters;
}

/** The span of the n-th (1-based) occurrence of `text`, or null when the letter has fewer. */
export function occurrenceSpan(letterText: string, text: string, occurrence = 1): { start: number; end: number } | null {
  let from = 0;
  for (let n = 1; ; n++) {
    const at = letterText.indexOf(text, from);
    if (at < 0) return null;
    if (n === occurrence) return { start: at, end: at + text.length };
    from = at + 1;
  }
}
