// The project file (brevtjek.json) for an open document. Unlike the CLI, a language server lives long and the file
// changes under it (e.g. after "add to dictionary"), so the parsed file is cached by path and modification time.
import { readFileSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseConfig, type BrevtjekConfig } from '../engine/config.js';
import { findConfigFile } from '../io/config-file.js';

interface CachedFile {
  readonly mtimeMs: number;
  readonly size: number;
  readonly config?: BrevtjekConfig;
  readonly problem?: string;
}

export interface ProjectConfig {
  readonly path?: string;
  readonly config?: BrevtjekConfig;
  /** Danish description of why the file was ignored. */
  readonly problem?: string;
}

const cache = new Map<string, CachedFile>();

export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function readProjectFile(path: string): CachedFile {
  const stat = statSync(path);
  const cached = cache.get(path);
  if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached;
  let entry: CachedFile;
  try {
    entry = { mtimeMs: stat.mtimeMs, size: stat.size, config: parseConfig(JSON.parse(readFileSync(path, 'utf8')), path) };
  } catch (error) {
    const problem = error instanceof SyntaxError ? `Konfigurationsfilen ${path} er ikke gyldig JSON og bruges ikke.` : (error as Error).message;
    entry = { mtimeMs: stat.mtimeMs, size: stat.size, problem };
  }
  cache.set(path, entry);
  return entry;
}

/** The nearest brevtjek.json above a document (untitled documents have none). */
export function projectConfigForUri(uri: string): ProjectConfig {
  const file = filePathOf(uri);
  if (!file) return {};
  try {
    const path = findConfigFile(dirname(file));
    if (!path) return {};
    const entry = readProjectFile(path);
    return { path, ...(entry.config ? { config: entry.config } : {}), ...(entry.problem ? { problem: entry.problem } : {}) };
  } catch (error) {
    return { problem: `Konfigurationsfilen kunne ikke læses: ${(error as Error).message}` };
  }
}
