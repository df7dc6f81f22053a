// Adapter: read the knowledge base from disk (rules/topics/*.md and rules/data/*.yaml), validate, and cache it
// for the process. A broken file fails loudly, naming its path.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { TOPIC_IDS } from '../engine/types.js';
import { createKnowledgeBase, type KnowledgeBase } from './knowledge-base.js';
import { dataSchemas, schemaFor, type RuleData } from './schemas.js';
import { parseTopic, type Topic } from './topic.js';

export class KnowledgeBaseError extends Error {
  constructor(readonly path: string, problem: string) {
    super(`Fejl i vidensbasen (${path}): ${problem}`);
  }
}

/** Find rules/ by walking up from this module (works from server/src, dist/ and the packaged extension). */
export function findRulesDir(from: string = dirname(fileURLToPath(import.meta.url))): string {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, 'rules');
    if (existsSync(join(candidate, 'topics'))) return candidate;
    const parent = dirname(dir);
    if (parent === dir) throw new KnowledgeBaseError(from, 'mappen rules/ med vidensbasen blev ikke fundet');
    dir = parent;
  }
}

export function loadRuleData(rulesDir: string): RuleData {
  const dataDir = join(rulesDir, 'data');
  const data: Record<string, unknown> = {};
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort()) {
    const path = join(dataDir, file);
    const name = file.replace(/\.yaml$/, '');
    const schema = schemaFor(name);
    if (!schema) throw new KnowledgeBaseError(path, `der findes intet skema for datafilen "${name}"`);
    let raw: unknown;
    try {
      raw = parseYaml(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new KnowledgeBaseError(path, `ikke gyldig YAML: ${(error as Error).message}`);
    }
    const parsed = schema.safeParse(raw);
    if (!parsed.success) {
      const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(rod)'}: ${i.message}`);
      throw new KnowledgeBaseError(path, issues.join('; '));
    }
    data[name] = parsed.data;
  }
  for (const name of Object.keys(dataSchemas)) {
    if (!(name in data)) throw new KnowledgeBaseError(join(dataDir, `${name}.yaml`), 'datafilen mangler');
  }
  return data as RuleData;
}

export function loadTopics(rulesDir: string): Topic[] {
  const topicsDir = join(rulesDir, 'topics');
  return TOPIC_IDS.map((id) => {
    const path = join(topicsDir, `${id}.md`);
    if (!existsSync(path)) throw new KnowledgeBaseError(path, `emnedokumentet for "${id}" mangler`);
    try {
      const topic = parseTopic(readFileSync(path, 'utf8'));
      if (topic.id !== id) throw new Error(`id i frontmatter er "${topic.id}", men filen hedder ${id}.md`);
      return topic;
    } catch (error) {
      throw new KnowledgeBaseError(path, (error as Error).message);
    }
  });
}

/**
 * The knowledge base as the build compiled it (`dist/knowledge-base.json`): the same topics and validated data,
 * without parsing YAML and running the schemas at every start. Used only while it is newer than every source file.
 */
export interface CompiledKnowledge {
  readonly topics: readonly Topic[];
  readonly data: RuleData;
}

export function compiledKnowledgePath(rulesDir: string): string {
  return join(rulesDir, '..', 'dist', 'knowledge-base.json');
}

function newestSource(rulesDir: string): number {
  let newest = 0;
  for (const sub of ['topics', 'data']) {
    const dir = join(rulesDir, sub);
    for (const file of readdirSync(dir)) newest = Math.max(newest, statSync(join(dir, file)).mtimeMs);
    newest = Math.max(newest, statSync(dir).mtimeMs);
  }
  return newest;
}

function readCompiled(rulesDir: string): CompiledKnowledge | undefined {
  const path = compiledKnowledgePath(rulesDir);
  try {
    if (statSync(path).mtimeMs < newestSource(rulesDir)) return undefined;
    return JSON.parse(readFileSync(path, 'utf8')) as CompiledKnowledge;
  } catch {
    return undefined;
  }
}

/** Read and validate the sources (what the build writes to dist/knowledge-base.json). */
export function compileKnowledge(rulesDir: string = findRulesDir()): CompiledKnowledge {
  return { topics: loadTopics(rulesDir), data: loadRuleData(rulesDir) };
}

const cache = new Map<string, KnowledgeBase>();

/** Load once per process and rules directory: from the compiled file when it is current, else from the sources. */
export function loadKnowledgeBase(rulesDir: string = findRulesDir(), topicBaseUrl?: string): KnowledgeBase {
  const key = `${rulesDir}\n${topicBaseUrl ?? ''}`;
  let kb = cache.get(key);
  if (!kb) {
    const { topics, data } = readCompiled(rulesDir) ?? compileKnowledge(rulesDir);
    kb = createKnowledgeBase(topics, data, topicBaseUrl ?? pathToFileURL(join(rulesDir, 'topics')).href);
    cache.set(key, kb);
  }
  return kb;
}
