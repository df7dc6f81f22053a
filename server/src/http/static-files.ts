// Serving the built page (dist/web) without ever leaving its folder.
import { existsSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, relative, resolve, sep, isAbsolute } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HttpError } from './body.js';

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/** dist/web next to the CLI bundle (dist/cli.js), or found by walking up from the source tree. */
export function findWebRoot(from: string = dirname(fileURLToPath(import.meta.url))): string | undefined {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    for (const candidate of [join(dir, 'web'), join(dir, 'dist', 'web')]) {
      if (existsSync(join(candidate, 'index.html'))) return candidate;
    }
    if (dirname(dir) === dir) return undefined;
  }
}

const notFound = () => new HttpError(404, 'ikke-fundet', 'Siden findes ikke.');

/** Resolve a URL path inside the web root; traversal attempts are refused, not normalised away. */
export function resolveStaticPath(root: string, urlPath: string): string {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    throw new HttpError(400, 'ugyldig-sti', 'Stien er ugyldig.');
  }
  const segments = decoded.split('/');
  if (decoded.includes('\0') || decoded.includes('\\') || segments.some((s) => s === '..' || s === '.')) {
    throw new HttpError(400, 'ugyldig-sti', 'Stien er ugyldig.');
  }
  const file = resolve(root, `.${decoded.endsWith('/') ? `${decoded}index.html` : decoded}`);
  const inside = relative(root, file);
  if (inside.startsWith(`..${sep}`) || inside === '..' || isAbsolute(inside)) throw new HttpError(400, 'ugyldig-sti', 'Stien er ugyldig.');
  return file;
}

export async function staticFile(root: string, urlPath: string): Promise<{ body: Buffer; type: string }> {
  const file = resolveStaticPath(root, urlPath);
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) throw notFound();
  return { body: await readFile(file), type: CONTENT_TYPES[extname(file)] ?? 'application/octet-stream' };
}
