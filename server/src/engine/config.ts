// Configuration: defaults, validation and merging. Pure; finding and reading brevtjek.json is the adapters' job.
import { z } from 'zod';
import { AREAS, type Area, type Severity } from './types.js';

const ruleSetting = z.union([z.enum(['off', 'error', 'warning', 'info', 'hint']), z.boolean()]);

export const configSchema = z.object({
  /** Keyed by rule id ("stavning/ukendt-ord") or topic id ("stavning"): "off", a severity, or true/false. */
  rules: z.record(z.string(), ruleSetting).optional(),
  /** The sender's municipality, when the letter itself does not say. */
  kommune: z.string().min(1).optional(),
  defaultArea: z.enum(AREAS).optional(),
  /** Extra words the spelling check accepts. */
  words: z.array(z.string().min(1)).optional(),
  longSentenceHint: z.number().int().positive().optional(),
  longSentenceWarning: z.number().int().positive().optional(),
  lixThreshold: z.number().positive().optional(),
}).strict();

export type BrevtjekConfig = z.infer<typeof configSchema>;
export type RuleSetting = z.infer<typeof ruleSetting>;

export interface ResolvedConfig {
  readonly rules: Readonly<Record<string, RuleSetting>>;
  readonly kommune?: string;
  readonly defaultArea?: Area;
  readonly words: ReadonlySet<string>;
  readonly longSentenceHint: number;
  readonly longSentenceWarning: number;
  readonly lixThreshold: number;
}

export class ConfigError extends Error {}

/** Validate an unknown value as configuration; the message is Danish and names the problem. */
export function parseConfig(value: unknown, origin: string): BrevtjekConfig {
  const result = configSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => {
    const where = issue.path.join('.') || '(rod)';
    return issue.code === 'unrecognized_keys' ? `ukendt indstilling ${issue.keys.map((k) => `"${k}"`).join(', ')}` : `"${where}": ${issue.message}`;
  });
  throw new ConfigError(`Ugyldig konfiguration i ${origin}: ${problems.join('; ')}`);
}

/** Later layers win; rules and words are merged key by key. */
export function resolveConfig(...layers: readonly (BrevtjekConfig | undefined)[]): ResolvedConfig {
  const rules: Record<string, RuleSetting> = {};
  const words = new Set<string>();
  let resolved: Omit<ResolvedConfig, 'rules' | 'words'> = { longSentenceHint: 30, longSentenceWarning: 40, lixThreshold: 55 };
  for (const layer of layers) {
    if (!layer) continue;
    Object.assign(rules, layer.rules);
    for (const word of layer.words ?? []) words.add(word);
    const { rules: _r, words: _w, ...rest } = layer;
    resolved = { ...resolved, ...Object.fromEntries(Object.entries(rest).filter(([, v]) => v !== undefined)) };
  }
  return { ...resolved, rules, words };
}

/** The effective severity of a rule, or null when it is switched off. */
export function ruleSeverity(config: ResolvedConfig, ruleId: string, fallback: Severity): Severity | null {
  const setting = config.rules[ruleId] ?? config.rules[ruleId.split('/')[0]!];
  if (setting === undefined || setting === true) return fallback;
  if (setting === false || setting === 'off') return null;
  return setting;
}
