// Adapter: find brevtjek.json upwards from a letter (or use --config), read and validate it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { ConfigError, parseConfig, type BrevtjekConfig } from '../engine/config.js';

export const CONFIG_FILE_NAME = 'brevtjek.json';

export function findConfigFile(from: string): string | undefined {
  let dir = resolve(from);
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

const cache = new Map<string, BrevtjekConfig>();

export function readConfigFile(path: string): BrevtjekConfig {
  const cached = cache.get(path);
  if (cached) return cached;
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch {
    throw new ConfigError(`Konfigurationsfilen ${path} kan ikke læses.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`Konfigurationsfilen ${path} er ikke gyldig JSON: ${(error as Error).message}`);
  }
  const config = parseConfig(value, path);
  cache.set(path, config);
  return config;
}

/** The project configuration for a letter: --config wins, otherwise the nearest brevtjek.json upwards. */
export function projectConfigFor(letterDir: string, explicit?: string): BrevtjekConfig | undefined {
  if (explicit) return readConfigFile(resolve(explicit));
  const found = findConfigFile(letterDir);
  return found ? readConfigFile(found) : undefined;
}
