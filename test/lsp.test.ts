// Protocol tests: the real server (node bin/brevtjek.js lsp --stdio) and a real JSON-RPC client.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CodeActionRequest, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, ExecuteCommandRequest, HoverRequest,
  type CodeAction, type Diagnostic, type MarkupContent,
} from 'vscode-languageserver-protocol/node.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { kb } from './helpers/session.js';
import { initializeOverIpc, ROOT, startServer, type Harness } from './lsp-harness.js';

const LETTER = [
  'Kære Anna Hansen',
  '',
  'Vi har modtaget din ansøgning om et hjælpemiddel.',
  '',
  'Dit CPR-nummer 010190-1234 er registreret, og du bor på [ADRESSE].',
  '',
  'Venlig hilsen',
  'Sagsbehandler',
].join('\n');

let counter = 0;
const freshUri = (name = 'brev'): string => `file:///tmp/brevtjek-lsp-test/${name}-${++counter}.md`;

function byRule(diagnostics: readonly Diagnostic[], ruleId: string): Diagnostic | undefined {
  return diagnostics.find((d) => d.code === ruleId);
}

function apply(text: string, action: CodeAction, uri: string): string {
  const edits = action.edit?.changes?.[uri];
  expect(edits, `action "${action.title}" has edits for the document`).toBeDefined();
  return TextDocument.applyEdits(TextDocument.create(uri, 'markdown', 1, text), edits!);
}

describe('brevtjek language server over stdio', () => {
  let server: Harness;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('answers initialize with incremental sync, hover, quick fixes and the explain command', () => {
    const { capabilities, serverInfo } = server.initializeResult;
    expect(serverInfo?.name).toBe('brevtjek');
    expect(capabilities.textDocumentSync).toMatchObject({ openClose: true, change: 2 });
    expect(capabilities.hoverProvider).toBe(true);
    expect(capabilities.codeActionProvider).toMatchObject({ codeActionKinds: ['quickfix'] });
    expect(capabilities.executeCommandProvider?.commands).toContain('brevtjek.forklar');
  });

  it('publishes diagnostics on open with rule id, source, topic link and severity', async () => {
    const uri = freshUri();
    const published = server.nextDiagnostics(uri);
    server.open(uri, LETTER);
    const { diagnostics, version } = await published;
    expect(version).toBe(1);
    const placeholder = byRule(diagnostics, 'skabelon/pladsholder')!;
    expect(placeholder).toMatchObject({ source: 'brevtjek', severity: 1 });
    expect(placeholder.codeDescription?.href).toMatch(/^file:.*\/rules\/topics\/skabelon\.md#skabelonpladsholder$/);
    expect(placeholder.range).toEqual({ start: { line: 4, character: 56 }, end: { line: 4, character: 65 } });
    expect(placeholder.message).toContain('[ADRESSE]');
    expect(byRule(diagnostics, 'persondata/cpr')?.range.start).toEqual({ line: 4, character: 15 });
  });

  it('re-lints after an incremental change and moves the ranges with the text', async () => {
    const uri = freshUri();
    server.open(uri, LETTER);
    await server.nextDiagnostics(uri);
    const next = server.nextDiagnostics(uri);
    // Insert a line at the top and remove the CPR number.
    server.change(uri, 2, [
      { range: { start: { line: 4, character: 15 }, end: { line: 4, character: 27 } }, text: '' },
      { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Sagsnr. 2025-117\n' },
    ]);
    const { diagnostics, version } = await next;
    expect(version).toBe(2);
    expect(byRule(diagnostics, 'persondata/cpr')).toBeUndefined();
    expect(byRule(diagnostics, 'skabelon/pladsholder')?.range.start).toEqual({ line: 5, character: 44 });
  });

  it('drops stale work: a burst of changes gives diagnostics for the last version only', async () => {
    const uri = freshUri();
    server.open(uri, 'Kære Anna\n\nTekst.\n');
    await server.nextDiagnostics(uri);
    const last = server.nextDiagnostics(uri);
    const before = server.published.length;
    for (let version = 2; version <= 21; version++) {
      server.change(uri, version, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: version === 21 ? '[NAVN] ' : 'x' }]);
    }
    const result = await last;
    expect(result.version).toBe(21);
    expect(byRule(result.diagnostics, 'skabelon/pladsholder')).toBeDefined();
    const forUri = server.published.slice(before).filter((p) => p.uri === uri);
    expect(forUri.map((p) => p.version)).toEqual([21]);
  });

  it('points to the related place (the date) and offers the right weekday for a wrong one', async () => {
    const uri = freshUri();
    const text = 'Kære Anna\n\nVi holder møde mandag den 14. marts 2025 kl. 10.\n';
    const published = server.nextDiagnostics(uri);
    server.open(uri, text);
    const weekday = byRule((await published).diagnostics, 'datoer/ugedag')!;
    expect(weekday.range).toEqual({ start: { line: 2, character: 15 }, end: { line: 2, character: 21 } });
    expect(weekday.relatedInformation).toEqual([
      { location: { uri, range: { start: { line: 2, character: 15 }, end: { line: 2, character: 40 } } }, message: 'Datoen' },
    ]);
    const fix = (await actionsAt(server, uri, weekday)).find((a) => a.isPreferred)!;
    expect(fix.title).toBe('Erstat med »fredag«');
    expect(apply(text, fix, uri)).toBe(text.replace('mandag', 'fredag'));
  });

  it('clears the diagnostics when the document is closed', async () => {
    const uri = freshUri();
    server.open(uri, LETTER);
    await server.nextDiagnostics(uri);
    const cleared = server.nextDiagnostics(uri);
    server.close(uri);
    expect((await cleared).diagnostics).toEqual([]);
  });

  it('shows the topic, the rule, the legal basis and examples on hover over a finding', async () => {
    const uri = freshUri();
    server.open(uri, LETTER);
    await server.nextDiagnostics(uri);
    const hover = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 4, character: 20 } });
    const value = (hover?.contents as MarkupContent).value;
    expect(value).toContain(`### ${kb.topics.get('persondata')!.title} — `);
    expect(value).toContain('Retsgrundlag');
    expect(value).toContain('**Dårligt eksempel:**');
    expect(value).toContain('**Godt eksempel:**');
    expect(value).toContain('persondata/cpr');
    const nothing = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 2, character: 3 } });
    expect(nothing).toBeNull();
  });
});

async function actionsAt(server: Harness, uri: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
  const result = await server.connection.sendRequest(CodeActionRequest.type, {
    textDocument: { uri },
    range: diagnostic.range,
    context: { diagnostics: [diagnostic] },
  });
  return (result ?? []) as CodeAction[];
}

async function openAndWait(server: Harness, text: string, languageId = 'markdown', uri = freshUri()): Promise<{ uri: string; diagnostics: Diagnostic[] }> {
  const published = server.nextDiagnostics(uri);
  server.open(uri, text, languageId);
  return { uri, diagnostics: (await published).diagnostics };
}

describe('code actions', () => {
  let server: Harness;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('offers the safe replacement as the preferred quick fix, changing only the finding', async () => {
    const { uri, diagnostics } = await openAndWait(server, LETTER);
    const actions = await actionsAt(server, uri, byRule(diagnostics, 'persondata/cpr')!);
    const replace = actions.find((a) => a.title === 'Erstat med »010190-xxxx«')!;
    expect(replace).toMatchObject({ kind: 'quickfix', isPreferred: true });
    expect(apply(LETTER, replace, uri)).toBe(LETTER.replace('010190-1234', '010190-xxxx'));
    expect(actions.filter((a) => a.isPreferred)).toHaveLength(1);
  });

  it('disables a rule for the line with a comment before it, and the finding goes away', async () => {
    const { uri, diagnostics } = await openAndWait(server, LETTER);
    const actions = await actionsAt(server, uri, byRule(diagnostics, 'persondata/cpr')!);
    const disable = actions.find((a) => a.title === 'Slå persondata/cpr fra for denne linje')!;
    const fixed = apply(LETTER, disable, uri);
    expect(fixed).toBe(LETTER.replace('Dit CPR', '<!-- brevtjek-disable-next-line persondata/cpr -->\nDit CPR'));
    const after = await openAndWait(server, fixed);
    expect(byRule(after.diagnostics, 'persondata/cpr')).toBeUndefined();
    expect(byRule(after.diagnostics, 'skabelon/pladsholder')).toBeDefined();
  });

  it('disables a rule in the middle of a paragraph with a comment at the end of the line', async () => {
    const text = 'Kære Anna\n\nVi har skrevet til dig.\nDit CPR-nummer er 010190-1234.\nMere tekst.\n';
    const { uri, diagnostics } = await openAndWait(server, text);
    const actions = await actionsAt(server, uri, byRule(diagnostics, 'persondata/cpr')!);
    const fixed = apply(text, actions.find((a) => a.title === 'Slå persondata/cpr fra for denne linje')!, uri);
    expect(fixed).toBe(text.replace('010190-1234.', '010190-1234. <!-- brevtjek-disable-line persondata/cpr -->'));
    expect(byRule((await openAndWait(server, fixed)).diagnostics, 'persondata/cpr')).toBeUndefined();
  });

  it('disables a rule for the whole document with a comment at the top, keeping CRLF line ends', async () => {
    const text = LETTER.replace(/\n/g, '\r\n');
    const { uri, diagnostics } = await openAndWait(server, text);
    const actions = await actionsAt(server, uri, byRule(diagnostics, 'skabelon/pladsholder')!);
    const fixed = apply(text, actions.find((a) => a.title === 'Slå skabelon/pladsholder fra i hele dokumentet')!, uri);
    expect(fixed).toBe(`<!-- brevtjek-disable skabelon/pladsholder -->\r\n${text}`);
    const after = await openAndWait(server, fixed);
    expect(byRule(after.diagnostics, 'skabelon/pladsholder')).toBeUndefined();
    expect(byRule(after.diagnostics, 'persondata/cpr')).toBeDefined();
  });

  it('puts the document-wide comment after YAML frontmatter', async () => {
    const text = `---\nsag: 2025-117\n---\n${LETTER}`;
    const { uri, diagnostics } = await openAndWait(server, text);
    const actions = await actionsAt(server, uri, byRule(diagnostics, 'skabelon/pladsholder')!);
    const fixed = apply(text, actions.find((a) => a.title.endsWith('fra i hele dokumentet'))!, uri);
    expect(fixed).toBe(`---\nsag: 2025-117\n---\n<!-- brevtjek-disable skabelon/pladsholder -->\n${LETTER}`);
  });

  it('inserts the klagevejledning skeleton the check offers, only adding text, and the finding goes away', async () => {
    const text = readFileSync(join(import.meta.dirname, 'fixtures', 'lsp-afslag-uden-klagevejledning.md'), 'utf8');
    const { uri, diagnostics } = await openAndWait(server, text);
    const missing = byRule(diagnostics, 'klagevejledning/mangler')!;
    const actions = await actionsAt(server, uri, missing);
    const insert = actions.find((a) => a.title.startsWith('Indsæt') && a.title.includes('klagevejledning'))!;
    const [edit] = insert.edit!.changes![uri]!;
    expect(edit!.range.start).toEqual(edit!.range.end);
    const fixed = apply(text, insert, uri);
    const at = TextDocument.create(uri, 'markdown', 1, text).offsetAt(edit!.range.start);
    expect(fixed).toBe(text.slice(0, at) + edit!.newText + text.slice(at));
    expect(byRule((await openAndWait(server, fixed)).diagnostics, 'klagevejledning/mangler')).toBeUndefined();
  });

  it('"Forklar" runs a server command that asks the editor to show the topic document', async () => {
    const { uri, diagnostics } = await openAndWait(server, LETTER);
    const actions = await actionsAt(server, uri, byRule(diagnostics, 'skabelon/pladsholder')!);
    const explain = actions.find((a) => a.title.startsWith('Forklar: '))!;
    expect(explain.command).toMatchObject({ command: 'brevtjek.forklar', arguments: ['skabelon', 'skabelon/pladsholder'] });
    await server.connection.sendRequest(ExecuteCommandRequest.type, { command: explain.command!.command, arguments: explain.command!.arguments! });
    expect(server.shownDocuments.at(-1)).toMatch(/^file:.*\/rules\/topics\/skabelon\.md$/);
  });

  it('returns no actions where there is no finding, and none for unopened documents', async () => {
    const { uri } = await openAndWait(server, LETTER);
    const none = await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri },
      range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } },
      context: { diagnostics: [] },
    });
    expect(none).toEqual([]);
    const unopened = await server.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: 'file:///tmp/never-opened.md' },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] },
    });
    expect(unopened).toEqual([]);
  });
});

describe('configuration', () => {
  let server: Harness;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'brevtjek-lsp-'));
    server = await startServer({ rootUri: pathToFileURL(dir).href });
  });
  afterAll(async () => {
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('re-lints open documents when the editor settings change (rules off, severities)', async () => {
    const { uri, diagnostics } = await openAndWait(server, LETTER);
    expect(byRule(diagnostics, 'skabelon/pladsholder')).toBeDefined();
    const next = server.nextDiagnostics(uri);
    server.settings = { rules: { skabelon: 'off', 'persondata/cpr': 'hint' }, debounceMs: 0 };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = (await next).diagnostics;
    expect(byRule(after, 'skabelon/pladsholder')).toBeUndefined();
    expect(byRule(after, 'persondata/cpr')?.severity).toBe(4);
    server.settings = {};
    const restored = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect(byRule((await restored).diagnostics, 'skabelon/pladsholder')).toBeDefined();
  });

  it('merges the project file brevtjek.json with the editor settings, the editor winning', async () => {
    writeFileSync(join(dir, 'brevtjek.json'), JSON.stringify({ rules: { skabelon: 'off', persondata: 'info' } }));
    const uri = pathToFileURL(join(dir, 'brev.md')).href;
    const { diagnostics } = await openAndWait(server, LETTER, 'markdown', uri);
    expect(byRule(diagnostics, 'skabelon/pladsholder')).toBeUndefined();
    expect(byRule(diagnostics, 'persondata/cpr')?.severity).toBe(3);
    const next = server.nextDiagnostics(uri);
    server.settings = { rules: { skabelon: 'warning' } };
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    const after = (await next).diagnostics;
    expect(byRule(after, 'skabelon/pladsholder')?.severity).toBe(2);
    expect(byRule(after, 'persondata/cpr')?.severity).toBe(3);
    server.settings = {};
  });

  it('fixes a misspelt word from the suggestions, or adds it to brevtjek.json through a workspace edit', async () => {
    const configPath = join(dir, 'brevtjek.json');
    writeFileSync(configPath, JSON.stringify({ kommune: 'Ballerup' }, null, 2));
    const uri = pathToFileURL(join(dir, 'stavning.md')).href;
    const text = 'Kære Anna\n\nVi har modtaet din ansøgning.\n';
    const { diagnostics } = await openAndWait(server, text, 'markdown', uri);
    const misspelt = byRule(diagnostics, 'stavning/ukendt-ord')!;
    expect(misspelt.range.start).toEqual({ line: 2, character: 7 });
    // While the cursor moves (automatic requests) suggestions are not computed; asked for, they are, and remembered.
    const automatic = { textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt], triggerKind: 2 as const } };
    const titles = async () => ((await server.connection.sendRequest(CodeActionRequest.type, automatic)) as CodeAction[]).map((a) => a.title);
    expect(await titles()).not.toContain('Ret til »modtaget«');
    const actions = await actionsAt(server, uri, misspelt);
    expect(await titles()).toContain('Ret til »modtaget«');
    const fix = actions.find((a) => a.title === 'Ret til »modtaget«')!;
    expect(apply(text, fix, uri)).toBe(text.replace('modtaet', 'modtaget'));
    const addWord = actions.find((a) => a.title === 'Tilføj »modtaet« til ordlisten (brevtjek.json)')!;
    const configUri = pathToFileURL(configPath).href;
    const configText = readFileSync(configPath, 'utf8');
    const edited = TextDocument.applyEdits(TextDocument.create(configUri, 'json', 1, configText), addWord.edit!.changes![configUri]!);
    expect(JSON.parse(edited)).toEqual({ kommune: 'Ballerup', words: ['modtaet'] });
    // The editor applies and saves the edit; the file watcher tells the server, which re-lints.
    writeFileSync(configPath, edited);
    const next = server.nextDiagnostics(uri);
    await server.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: configUri, type: 2 }] });
    expect(byRule((await next).diagnostics, 'stavning/ukendt-ord')).toBeUndefined();
    rmSync(configPath);
  });

  it('reports invalid settings in the output channel and keeps linting', async () => {
    server.settings = { rules: { skabelon: 'rød' }, defaultArea: 'månen' };
    const uri = freshUri();
    const { diagnostics } = await openAndWait(server, LETTER, 'markdown', uri);
    await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
    expect(diagnostics.length).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 300));
    expect(server.logs.some((l) => l.includes('Ugyldig konfiguration i editorens indstillinger'))).toBe(true);
    expect(server.logs.join('\n')).not.toContain('ADRESSE');
    server.settings = {};
  });
});

describe('custom requests, robustness and lifecycle', () => {
  let server: Harness;
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.stop();
  });

  it('brevtjek/letterFacts gives kind, outcome, area, LIX and counts per topic', async () => {
    const { uri, diagnostics } = await openAndWait(server, LETTER);
    const facts = await server.connection.sendRequest('brevtjek/letterFacts', { uri });
    expect(facts).toMatchObject({ uri, version: 1, findings: diagnostics.length, countsByTopic: { skabelon: 1, persondata: 1 } });
    expect(facts).toHaveProperty('kind');
    expect(facts).toHaveProperty('outcome');
    expect(facts).toHaveProperty('area');
    expect(typeof (facts as { lix: unknown }).lix).toBe('number');
    expect(await server.connection.sendRequest('brevtjek/letterFacts', { uri: 'file:///tmp/not-open.md' })).toBeNull();
  });

  it('brevtjek/topics lists the knowledge base and brevtjek/topic fetches a topic or a rule', async () => {
    const topics = (await server.connection.sendRequest('brevtjek/topics')) as { id: string; title: string; rules: unknown[] }[];
    expect(topics.map((t) => t.id)).toEqual([...kb.topics.keys()]);
    expect(topics[0]!.rules.length).toBeGreaterThan(0);
    const rule = (await server.connection.sendRequest('brevtjek/topic', { id: 'klagevejledning/frist' })) as Record<string, unknown>;
    expect(rule).toMatchObject({ id: 'klagevejledning', rule: { id: 'klagevejledning/frist' } });
    expect(rule.goodExample).toBe(kb.topics.get('klagevejledning')!.goodExample);
    await expect(server.connection.sendRequest('brevtjek/topic', { id: 'findes-ikke' })).rejects.toMatchObject({ code: -32602 });
    await expect(server.connection.sendRequest('brevtjek/topic', {})).rejects.toMatchObject({ code: -32602 });
  });

  it('answers malformed JSON, unknown methods and bad positions with errors and goes on serving', async () => {
    const body = '{"jsonrpc":"2.0","id":99,"method":';
    server.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    await expect(server.connection.sendRequest('brevtjek/findes-ikke', {})).rejects.toMatchObject({ code: -32601 });
    const { uri } = await openAndWait(server, LETTER);
    const far = await server.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position: { line: 10_000, character: -5 } });
    expect(far).toBeNull();
    await expect(server.connection.sendRequest('brevtjek/letterFacts', { uri: 5 })).rejects.toMatchObject({ code: -32602 });
    await expect(server.connection.sendRequest(ExecuteCommandRequest.type, { command: 'brevtjek.forklar', arguments: [42] })).rejects.toMatchObject({ code: -32602 });
    const topics = (await server.connection.sendRequest('brevtjek/topics')) as unknown[];
    expect(topics.length).toBe(kb.topics.size);
    expect(server.process.exitCode).toBeNull();
  });

  it('lints any Unicode without failing: emoji, lone surrogates, NUL, right-to-left text, CR line ends', async () => {
    const text = `Kære 👩‍👩‍👧 \uD800 \u0000 שלום\r[NAVN]\r\r${'x'.repeat(20_000)}\u200B`;
    const { diagnostics } = await openAndWait(server, text, 'plaintext');
    expect(byRule(diagnostics, 'skabelon/pladsholder')?.range.start).toEqual({ line: 1, character: 0 });
  });

  it('survives a storm of 3,000 changes and 200 open/close pairs, ending with the last version\'s diagnostics', async () => {
    const uri = freshUri('storm');
    server.open(uri, LETTER);
    for (let version = 2; version <= 3001; version++) {
      server.change(uri, version, [{ range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'a' }]);
    }
    for (let i = 0; i < 200; i++) {
      const other = freshUri('storm-other');
      server.open(other, LETTER);
      server.close(other);
    }
    const last = await server.nextDiagnostics(uri, (p) => p.version === 3001, 20_000);
    expect(byRule(last.diagnostics, 'skabelon/pladsholder')?.range.start).toEqual({ line: 4, character: 56 });
    const topics = (await server.connection.sendRequest('brevtjek/topics')) as unknown[];
    expect(topics.length).toBe(kb.topics.size);
  });

  it('shuts down and exits with code 0', async () => {
    const code = await server.stop();
    expect(code).toBe(0);
  });
});

describe('editors that push settings instead of answering workspace/configuration', () => {
  it('takes settings from initializationOptions and from didChangeConfiguration', async () => {
    const server = await startServer({ capabilities: {}, initializationOptions: { brevtjek: { rules: { skabelon: 'off' } } } });
    try {
      const { uri, diagnostics } = await openAndWait(server, LETTER);
      expect(byRule(diagnostics, 'skabelon/pladsholder')).toBeUndefined();
      expect(byRule(diagnostics, 'persondata/cpr')).toBeDefined();
      const next = server.nextDiagnostics(uri);
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { brevtjek: { rules: { persondata: 'off' } } } });
      const after = (await next).diagnostics;
      expect(byRule(after, 'skabelon/pladsholder')).toBeDefined();
      expect(byRule(after, 'persondata/cpr')).toBeUndefined();
    } finally {
      await server.stop();
    }
  });
});

describe('the lsp command line', () => {
  it('asks for a transport, and refuses the internal worker role outside a worker thread', () => {
    const bare = spawnSync(process.execPath, [join(ROOT, 'bin', 'brevtjek.js'), 'lsp'], { encoding: 'utf8' });
    expect(bare.status).toBe(2);
    expect(bare.stderr).toContain('brevtjek lsp --stdio');
    const worker = spawnSync(process.execPath, [join(ROOT, 'bin', 'brevtjek.js'), 'lsp-worker'], { encoding: 'utf8' });
    expect(worker.status).toBe(2);
    expect(worker.stderr).toContain('bruges kun internt');
  });
});

describe('Node IPC transport', () => {
  it('serves over --node-ipc as well as stdio', async () => {
    const { result, exitCode } = await initializeOverIpc(join(ROOT, 'bin', 'brevtjek.js'), ['lsp']);
    expect(result.serverInfo?.name).toBe('brevtjek');
    expect(exitCode).toBe(0);
  });
});

describe('time budget', () => {
  it('stops a lint that exceeds the budget, tells the writer, and recovers when the budget allows', async () => {
    const server = await startServer({ settings: { timeBudgetMs: 1 } });
    try {
      const uri = freshUri();
      const published = server.nextDiagnostics(uri);
      server.open(uri, LETTER);
      const stopped = (await published).diagnostics;
      expect(stopped).toHaveLength(1);
      expect(stopped[0]).toMatchObject({ code: 'tidsgraense', severity: 3, source: 'brevtjek' });
      expect(stopped[0]!.message).toContain('stoppede tjekket');
      const next = server.nextDiagnostics(uri);
      server.settings = { timeBudgetMs: 10_000 };
      await server.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      expect(byRule((await next).diagnostics, 'skabelon/pladsholder')).toBeDefined();
    } finally {
      await server.stop();
    }
  });
});

describe('checking a folder', () => {
  it('lints the .md and .txt letters below a folder and publishes their diagnostics', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'brevtjek-folder-'));
    const server = await startServer({ rootUri: pathToFileURL(dir).href });
    try {
      writeFileSync(join(dir, 'a.md'), LETTER);
      writeFileSync(join(dir, 'b.txt'), 'Kære [NAVN]\n');
      writeFileSync(join(dir, 'c.json'), '{}');
      const uris = ['a.md', 'b.txt'].map((f) => pathToFileURL(join(dir, f)).href);
      const published = uris.map((uri) => server.nextDiagnostics(uri));
      const result = await server.connection.sendRequest('brevtjek/checkFolder', { uri: pathToFileURL(dir).href });
      const [a, b] = await Promise.all(published);
      expect(result).toEqual({ files: 2, findings: a!.diagnostics.length + b!.diagnostics.length, skipped: [], truncated: false });
      expect(byRule(a!.diagnostics, 'persondata/cpr')).toBeDefined();
      expect(b!.diagnostics.map((d) => d.code)).toContain('skabelon/pladsholder');
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
