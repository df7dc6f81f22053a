// Which documents the server lints, and as which format.
import type { Format } from '../engine/types.js';

/** The language id the VS Code client gives `*.afg.md` files. */
export const DECISION_LETTER_LANGUAGE = 'brevtjek-afgoerelse';

const FORMATS: Readonly<Record<string, Format>> = {
  markdown: 'markdown',
  [DECISION_LETTER_LANGUAGE]: 'markdown',
  plaintext: 'text',
  text: 'text',
};

/** The format to lint a document as, or undefined for languages Brevtjek leaves alone. */
export function formatForLanguage(languageId: string, uri = ''): Format | undefined {
  const format = FORMATS[languageId];
  if (format) return format;
  // Editors without a language for .txt/.md (or with their own ids) still get letters checked by extension.
  if (/\.afg\.md$|\.md$|\.markdown$/i.test(uri)) return 'markdown';
  if (/\.txt$/i.test(uri)) return 'text';
  return undefined;
}
