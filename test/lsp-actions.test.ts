// Unit tests of the language server's pure parts: code-action edits for findings the protocol tests cannot produce
// yet (skeleton insertions, spelling), the dictionary edit, settings parsing and hover text.
import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, WorkspaceEdit } from 'vscode-languageserver';
import type { Message } from '../server/src/engine/types.js';
import { actionsFor } from '../server/src/lsp/actions-for.js';
import { addWordToExistingFile, createFileWithWord } from '../server/src/lsp/dictionary-edit.js';
import { toDiagnostic } from '../server/src/lsp/diagnostics.js';
import { hoverMarkdown, shortExample } from '../server/src/lsp/hover.js';
import { formatForLanguage } from '../server/src/lsp/languages.js';
import { parseSettings } from '../server/src/lsp/settings.js';
import { kb } from './helpers/session.js';

const URI = 'file:///tmp/brev.md';

function message(overrides: Partial<Message> & Pick<Message, 'ruleId' | 'start' | 'end'>): Message {
  return { topic: overrides.ruleId.split('/')[0] as Message['topic'], source: 'brevtjek', url: 'file:///x', severity: 'warning', reason: 'Fund.', ...overrides };
}

function applyAction(text: string, action: CodeAction): string {
  const edits = action.edit?.changes?.[URI] ?? [];
  return TextDocument.applyEdits(TextDocument.create(URI, 'markdown', 1, text), edits);
}

async function actions(text: string, m: Message, suggestions: readonly string[] = [], addWord?: (w: string) => CodeAction | undefined): Promise<CodeAction[]> {
  const document = TextDocument.create(URI, 'markdown', 1, text);
  return actionsFor(document, [m], { kb, format: 'markdown', suggest: async () => suggestions, addWord: (w) => addWord?.(w) });
}

describe('code actions for findings', () => {
  it('inserts a klagevejledning skeleton at the offered offset without touching other text', async () => {
    const text = 'Kære Anna\n\nDu får afslag.\n\nVenlig hilsen\n';
    const offset = text.indexOf('Venlig');
    const skeleton = '## Sådan klager du\n\nDu kan klage til [KLAGEINSTANS] inden for [FRIST].\n\n';
    const m = message({ ruleId: 'klagevejledning/mangler', start: 0, end: 0, documentLevel: true, insertion: { title: 'Indsæt klagevejledning', offset, text: skeleton } });
    const all = await actions(text, m);
    const insert = all.find((a) => a.title === 'Indsæt klagevejledning')!;
    expect(applyAction(text, insert)).toBe(text.slice(0, offset) + skeleton + text.slice(offset));
    // A document-level finding has no line to disable.
    expect(all.some((a) => a.title.endsWith('for denne linje'))).toBe(false);
    expect(all.some((a) => a.title.endsWith('i hele dokumentet'))).toBe(true);
  });

  it('offers each safe replacement, the first preferred, replacing exactly the range', async () => {
    const text = 'Såfremt du ønsker det, kan du klage.';
    const m = message({ ruleId: 'klarsprog/ord', start: 0, end: 7, actual: 'Såfremt', expected: ['Hvis', 'Når'] });
    const [first, second] = await actions(text, m);
    expect(first).toMatchObject({ title: 'Erstat med »Hvis«', isPreferred: true });
    expect(applyAction(text, first!)).toBe('Hvis du ønsker det, kan du klage.');
    expect(second!.isPreferred).toBeUndefined();
    expect(applyAction(text, second!)).toBe('Når du ønsker det, kan du klage.');
  });

  it('offers spelling suggestions and "add to dictionary" for a misspelt word', async () => {
    const text = 'Vi har modtaet din ansøgning.';
    const m = message({ ruleId: 'stavning/ukendt-ord', start: 7, end: 14, actual: 'modtaet' });
    const all = await actions(text, m, ['modtaget', 'modtag'], (w) => ({ title: `Tilføj »${w}« til ordlisten (brevtjek.json)` }));
    expect(all[0]).toMatchObject({ title: 'Ret til »modtaget«', isPreferred: true });
    expect(applyAction(text, all[0]!)).toBe('Vi har modtaget din ansøgning.');
    expect(all.map((a) => a.title)).toContain('Tilføj »modtaet« til ordlisten (brevtjek.json)');
  });

  it('shows shared actions once when several findings are under the cursor', async () => {
    const text = 'Såfremt og såfremt.';
    const document = TextDocument.create(URI, 'markdown', 1, text);
    const found = [message({ ruleId: 'klarsprog/ord', start: 0, end: 7, expected: ['Hvis'] }), message({ ruleId: 'klarsprog/ord', start: 11, end: 18, expected: ['hvis'] })];
    const all = await actionsFor(document, found, { kb, format: 'markdown', suggest: async () => [], addWord: () => undefined });
    expect(all.filter((a) => a.title.startsWith('Forklar'))).toHaveLength(1);
    expect(all.filter((a) => a.title.startsWith('Erstat med'))).toHaveLength(2);
  });

  it('carries the diagnostic with code, link and related places', () => {
    const document = TextDocument.create(URI, 'markdown', 1, 'Kære Anna\nHej Berit\n');
    const d = toDiagnostic(document, message({ ruleId: 'navne/forkert-navn', start: 14, end: 19, severity: 'error', related: [{ start: 5, end: 9, message: 'Modtageren hedder Anna.' }] }));
    expect(d).toMatchObject({ code: 'navne/forkert-navn', source: 'brevtjek', severity: 1, codeDescription: { href: 'file:///x' } });
    expect(d.relatedInformation).toEqual([{ location: { uri: URI, range: { start: { line: 0, character: 5 }, end: { line: 0, character: 9 } } }, message: 'Modtageren hedder Anna.' }]);
  });
});

describe('adding a word to brevtjek.json', () => {
  function applyWorkspace(text: string, edit: WorkspaceEdit, uri: string): string {
    return TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, text), edit.changes![uri]!);
  }

  it('appends to the words of an existing file, keeping the other settings', () => {
    const uri = 'file:///p/brevtjek.json';
    const text = '{\n  "kommune": "Ballerup",\n  "words": ["Kildebrønde"]\n}\n';
    const edit = addWordToExistingFile(uri, text, 'Egebjerg')!;
    expect(JSON.parse(applyWorkspace(text, edit, uri))).toEqual({ kommune: 'Ballerup', words: ['Kildebrønde', 'Egebjerg'] });
  });

  it('adds a words list when there is none, and offers nothing for a word already there or a broken file', () => {
    const uri = 'file:///p/brevtjek.json';
    expect(JSON.parse(applyWorkspace('{}', addWordToExistingFile(uri, '{}', 'Egebjerg')!, uri))).toEqual({ words: ['Egebjerg'] });
    expect(addWordToExistingFile(uri, '{"words":["Egebjerg"]}', 'Egebjerg')).toBeUndefined();
    expect(addWordToExistingFile(uri, '{ broken', 'Egebjerg')).toBeUndefined();
    expect(addWordToExistingFile(uri, '[]', 'Egebjerg')).toBeUndefined();
  });

  it('creates the file through the editor when there is no project file', () => {
    const edit = createFileWithWord('file:///p/brevtjek.json', 'Egebjerg');
    expect(edit.documentChanges![0]).toEqual({ kind: 'create', uri: 'file:///p/brevtjek.json', options: { ignoreIfExists: true } });
    const textEdit = edit.documentChanges![1] as { edits: { newText: string }[] };
    expect(JSON.parse(textEdit.edits[0]!.newText)).toEqual({ words: ['Egebjerg'] });
  });
});

describe('settings, languages and hover text', () => {
  it('keeps the valid part of the editor settings and names the invalid part in Danish', () => {
    const { settings, problems } = parseSettings({ rules: { tone: 'off' }, kommune: '', defaultArea: 'månen', words: [], debounceMs: 0, timeBudgetMs: -1 });
    expect(settings.config).toEqual({ rules: { tone: 'off' } });
    expect(settings.debounceMs).toBe(0);
    expect(settings.timeBudgetMs).toBe(5000);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('Ugyldig konfiguration');
    expect(parseSettings('nonsens').problems).toHaveLength(1);
    expect(parseSettings(undefined).settings.debounceMs).toBe(200);
  });

  it('lints Markdown, decision letters and plain text, and nothing else', () => {
    expect(formatForLanguage('markdown')).toBe('markdown');
    expect(formatForLanguage('brevtjek-afgoerelse')).toBe('markdown');
    expect(formatForLanguage('plaintext')).toBe('text');
    expect(formatForLanguage('json', 'file:///a/brevtjek.json')).toBeUndefined();
    expect(formatForLanguage('unknown', 'file:///a/afslag.txt')).toBe('text');
  });

  it('shortens long examples and joins several findings under the cursor', () => {
    expect(shortExample('a\nb\nc\nd\ne\nf')).toBe('a\nb\nc\nd\n…');
    const hover = hoverMarkdown(kb, [
      message({ ruleId: 'skabelon/pladsholder', start: 0, end: 3 }),
      message({ ruleId: 'skabelon/pladsholder', start: 0, end: 3 }),
      message({ ruleId: 'persondata/cpr', start: 0, end: 3 }),
    ])!;
    expect(hover.split('\n---\n')).toHaveLength(2);
    expect(hover).toContain(kb.topics.get('skabelon')!.title);
  });
});
