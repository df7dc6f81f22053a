// Editor settings (section "brevtjek"): the engine's configuration plus the server's own timing knobs.
// Invalid values never stop linting: the valid part is used and the problems are reported in Danish.
import { parseConfig, type BrevtjekConfig } from '../engine/config.js';

export interface ServerSettings {
  /** The editor's configuration layer (wins over brevtjek.json). */
  readonly config: BrevtjekConfig;
  readonly debounceMs: number;
  /** Per-document time budget for one lint; a lint that takes longer is stopped. */
  readonly timeBudgetMs: number;
}

export const DEFAULT_SETTINGS: ServerSettings = { config: {}, debounceMs: 200, timeBudgetMs: 5000 };

const CONFIG_KEYS = ['rules', 'kommune', 'defaultArea', 'words', 'longSentenceHint', 'longSentenceWarning', 'lixThreshold'] as const;

function isEmpty(value: unknown): boolean {
  if (value === null || value === undefined || value === '') return true;
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === 'object' && Object.keys(value).length === 0;
}

function millis(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? Math.min(value, max) : fallback;
}

/** Read the "brevtjek" settings object; returns the settings and Danish problem descriptions. */
export function parseSettings(raw: unknown): { settings: ServerSettings; problems: string[] } {
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings: DEFAULT_SETTINGS, problems };
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    return { settings: DEFAULT_SETTINGS, problems: ['Indstillingerne for brevtjek skal være et objekt.'] };
  }
  const source = raw as Record<string, unknown>;
  const config: Record<string, unknown> = {};
  for (const key of CONFIG_KEYS) {
    const value = source[key];
    if (isEmpty(value)) continue;
    try {
      // Validate key by key, so one bad value does not discard the rest.
      Object.assign(config, parseConfig({ [key]: value }, 'editorens indstillinger'));
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  return {
    settings: {
      config: config as BrevtjekConfig,
      debounceMs: millis(source.debounceMs, DEFAULT_SETTINGS.debounceMs, 10_000),
      timeBudgetMs: millis(source.timeBudgetMs, DEFAULT_SETTINGS.timeBudgetMs, 120_000) || DEFAULT_SETTINGS.timeBudgetMs,
    },
    problems,
  };
}
