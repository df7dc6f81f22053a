// Training mode data: weak/good letter pairs with teaching notes, from corpus/training/pairs.yaml (data, not code).
// The letters are read through the ordinary letter reader and linted by the session like any other letter.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { readLetterFile } from '../io/read-letter.js';
import type { LintSession } from '../io/session.js';
import { reviewResponse, type LintResponse } from './review.js';

const pairSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  area: z.string().nullable().optional(),
  weak: z.string().min(1),
  good: z.string().min(1),
  notes: z.array(z.string()).default([]),
  questions: z.array(z.string()).default([]),
});
const pairsSchema = z.array(pairSchema);

export type TrainingPair = z.infer<typeof pairSchema>;

export interface TrainingSummary {
  readonly id: string;
  readonly title: string;
  readonly area: string | null;
}

export interface TrainingExample extends TrainingSummary {
  readonly notes: readonly string[];
  readonly questions: readonly string[];
  readonly weak: LintResponse;
  readonly good: LintResponse;
}

export class TrainingDataError extends Error {}

/** corpus/ found by walking up from this module (source tree and dist/ alike); undefined when not shipped. */
export function findCorpusDir(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    if (existsSync(join(dir, 'corpus', 'training', 'pairs.yaml'))) return join(dir, 'corpus');
    if (dirname(dir) === dir) return undefined;
  }
}

export class TrainingData {
  private readonly pairs: readonly TrainingPair[];
  private readonly cache = new Map<string, TrainingExample>();

  constructor(private readonly corpusDir: string | undefined, private readonly session: () => LintSession) {
    this.pairs = corpusDir ? loadPairs(corpusDir) : [];
  }

  list(): TrainingSummary[] {
    return this.pairs.map((p) => ({ id: p.id, title: p.title, area: p.area ?? null }));
  }

  /** One example with both letters linted; undefined for an unknown id. */
  async example(id: string): Promise<TrainingExample | undefined> {
    const cached = this.cache.get(id);
    if (cached) return cached;
    const pair = this.pairs.find((p) => p.id === id);
    if (!pair || !this.corpusDir) return undefined;
    const example: TrainingExample = {
      id: pair.id,
      title: pair.title,
      area: pair.area ?? null,
      notes: pair.notes,
      questions: pair.questions,
      weak: await this.letter(pair.weak),
      good: await this.letter(pair.good),
    };
    this.cache.set(id, example);
    return example;
  }

  private async letter(path: string): Promise<LintResponse> {
    const full = resolve(this.corpusDir!, path);
    const inside = relative(this.corpusDir!, full);
    if (inside.startsWith('..') || isAbsolute(inside)) throw new TrainingDataError(`Træningsbrevet ${path} ligger uden for corpus/.`);
    const input = await readLetterFile(full);
    return reviewResponse(path, input.text, input.format, this.session().lintFileText(full, input.text, input.format));
  }
}

function loadPairs(corpusDir: string): TrainingPair[] {
  const path = join(corpusDir, 'training', 'pairs.yaml');
  const parsed = pairsSchema.safeParse(parseYaml(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    throw new TrainingDataError(`Fejl i ${path}: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const ids = new Set<string>();
  for (const pair of parsed.data) {
    if (ids.has(pair.id)) throw new TrainingDataError(`Fejl i ${path}: id "${pair.id}" findes to gange.`);
    ids.add(pair.id);
  }
  return parsed.data;
}
