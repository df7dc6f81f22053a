// The Brevtjek language server: a thin adapter from LSP to the engine. Linting runs in a worker thread
// (lint-pool.ts) with a per-document time budget; this thread only keeps documents, results and the protocol.
import {
  CodeActionKind, CodeActionTriggerKind, DidChangeConfigurationNotification, DidChangeWatchedFilesNotification,
  TextDocumentSyncKind, TextDocuments, type Connection, type Diagnostic, type InitializeResult,
} from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from '../engine/types.js';
import type { LintSession } from '../io/session.js';
import { CONFIG_FILE_NAME } from '../io/config-file.js';
import { actionsFor } from './actions-for.js';
import { addWordAction } from './add-word-action.js';
import { timeBudgetDiagnostic, toDiagnostic } from './diagnostics.js';
import { errorText, guardWith, invalidParams } from './errors.js';
import { checkFolder } from './folder.js';
import { hoverMarkdown } from './hover.js';
import { registerKnowledgeHandlers } from './knowledge-handlers.js';
import { letterFacts } from './knowledge-requests.js';
import { formatForLanguage } from './languages.js';
import type { LintOutcome } from './lint-job.js';
import { LintPool, TimeBudgetExceeded } from './lint-pool.js';
import { filePathOf, projectConfigForUri } from './project-config.js';
import { CHECK_FOLDER_REQUEST, EXPLAIN_COMMAND, LETTER_FACTS_REQUEST, type CheckFolderParams, type LetterFactsParams } from './protocol.js';
import { DebouncedRunner } from './scheduler.js';
import { DEFAULT_SETTINGS, parseSettings, type ServerSettings } from './settings.js';

export interface ServerOptions {
  readonly connection: Connection;
  readonly session: () => LintSession;
  /** The script a lint worker thread runs (the CLI bundle or the extension's server bundle). */
  readonly workerScript: string;
}

interface LintedDocument {
  readonly version: number;
  readonly outcome: LintOutcome;
}

const SETTINGS_TIMEOUT_MS = 2000;

export function startLanguageServer({ connection, session, workerScript }: ServerOptions): void {
  const documents = new TextDocuments(TextDocument);
  const results = new Map<string, LintedDocument>();
  const logged = new Set<string>();
  let settings: ServerSettings = DEFAULT_SETTINGS;
  let pushedSettings: unknown;
  let settingsReady: Promise<void> = Promise.resolve();
  let canPullConfiguration = false;
  let canRegisterConfiguration = false;
  let canWatchFiles = false;
  let canCreateFiles = false;
  let canShowDocument = false;
  let workspaceRoots: string[] = [];

  const log = (text: string): void => {
    try {
      connection.console.error(text);
    } catch {
      // The client is gone; nothing else to do.
    }
  };
  const logOnce = (text: string): void => {
    if (logged.has(text)) return;
    if (logged.size >= 500) logged.clear();
    logged.add(text);
    log(text);
  };
  // A worker that cannot start (e.g. a broken knowledge base) fails on every lint: say so once.
  const pool = new LintPool(workerScript, logOnce);

  const guarded = guardWith(log);

  const publish = (uri: string, version: number | undefined, diagnostics: Diagnostic[]): void => {
    void connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics }).catch(() => undefined);
  };

  const lintText = async (uri: string, text: string, languageId: string): Promise<LintOutcome | undefined> => {
    const format = formatForLanguage(languageId, uri);
    if (!format) return undefined;
    await settingsReady;
    const project = projectConfigForUri(uri);
    if (project.problem) logOnce(`Brevtjek: ${project.problem}`);
    const outcome = await pool.lint({ op: 'lint', text, format, layers: [project.config, settings.config] }, settings.timeBudgetMs);
    for (const failure of outcome.failures) logOnce(`Brevtjek: tjekket "${failure.check}" fejlede og blev sprunget over: ${errorText(failure.error)}`);
    return outcome;
  };

  const lintOpenDocument = async (uri: string): Promise<void> => {
    const document = documents.get(uri);
    if (!document) return;
    const version = document.version;
    let outcome: LintOutcome | undefined;
    try {
      outcome = await lintText(uri, document.getText(), document.languageId);
    } catch (error) {
      if (documents.get(uri)?.version !== version) return;
      if (error instanceof TimeBudgetExceeded) {
        log(`Brevtjek: tjekket af et dokument blev stoppet efter ${error.budgetMs} ms (tidsgrænse).`);
        results.delete(uri);
        publish(uri, version, [timeBudgetDiagnostic(document, error.budgetMs)]);
      } else {
        logOnce(`Brevtjek: et dokument kunne ikke tjekkes: ${errorText(error)}`);
      }
      return;
    }
    // A newer change, or a close, makes this result stale: drop it.
    if (!outcome || documents.get(uri)?.version !== version) return;
    results.set(uri, { version, outcome });
    publish(uri, version, outcome.messages.map((message) => toDiagnostic(document, message)));
  };

  const runner = new DebouncedRunner(lintOpenDocument);
  const relintAll = (): void => {
    for (const document of documents.all()) runner.schedule(document.uri, 0);
  };

  /** Pull the settings when the client can answer workspace/configuration; else use what it pushed. */
  const loadSettings = async (): Promise<void> => {
    let raw: unknown = pushedSettings;
    if (canPullConfiguration) {
      raw = await Promise.race([
        connection.workspace.getConfiguration('brevtjek') as Promise<unknown>,
        new Promise((resolve) => setTimeout(() => resolve(pushedSettings), SETTINGS_TIMEOUT_MS)),
      ]);
    }
    const { settings: parsed, problems } = parseSettings(raw);
    for (const problem of problems) logOnce(`Brevtjek: ${problem}`);
    settings = parsed;
  };

  /** The current lint result of an open document, if it matches the document's text. */
  const currentResult = (uri: string): { document: TextDocument; result: LintedDocument } | undefined => {
    const document = documents.get(uri);
    const result = results.get(uri);
    return document && result && result.version === document.version ? { document, result } : undefined;
  };

  const suggestionCache = new Map<string, readonly string[]>();
  const suggestionsFor = async (word: string): Promise<readonly string[]> => {
    const cached = suggestionCache.get(word);
    if (cached) return cached;
    const suggestions = await pool.suggest(word, settings.timeBudgetMs).catch(() => undefined);
    if (!suggestions) return [];
    if (suggestionCache.size >= 1000) suggestionCache.delete(suggestionCache.keys().next().value!);
    suggestionCache.set(word, suggestions);
    return suggestions;
  };

  connection.onInitialize((params): InitializeResult => {
    const capabilities = params.capabilities;
    canPullConfiguration = Boolean(capabilities.workspace?.configuration);
    canRegisterConfiguration = Boolean(capabilities.workspace?.didChangeConfiguration?.dynamicRegistration);
    canWatchFiles = Boolean(capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    canCreateFiles = Boolean(capabilities.workspace?.workspaceEdit?.documentChanges && capabilities.workspace.workspaceEdit.resourceOperations?.includes('create'));
    canShowDocument = Boolean(capabilities.window?.showDocument?.support);
    workspaceRoots = (params.workspaceFolders ?? []).map((folder) => filePathOf(folder.uri)).filter((p): p is string => Boolean(p));
    // Editors without workspace/configuration (or before it answers) may pass settings here: { brevtjek: {...} }.
    pushedSettings = (params.initializationOptions as { brevtjek?: unknown } | null | undefined)?.brevtjek;
    settings = parseSettings(pushedSettings).settings;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix], resolveProvider: false },
        executeCommandProvider: { commands: [EXPLAIN_COMMAND] },
      },
      serverInfo: { name: 'brevtjek', version: '0.1.0' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: 'brevtjek' }).catch(() => undefined);
    if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] }).catch(() => undefined);
    settingsReady = loadSettings().catch((error) => log(`Brevtjek: indstillingerne kunne ikke hentes: ${errorText(error)}`));
  });

  connection.onDidChangeConfiguration((params) => {
    const pushed = (params.settings as { brevtjek?: unknown } | null | undefined)?.brevtjek;
    if (pushed !== undefined) pushedSettings = pushed;
    settingsReady = loadSettings().catch((error) => log(`Brevtjek: indstillingerne kunne ikke hentes: ${errorText(error)}`));
    void settingsReady.then(relintAll);
  });

  connection.onDidChangeWatchedFiles(() => relintAll());

  // A newly opened document is linted at once; changes wait for the writer to pause.
  const justOpened = new Set<string>();
  documents.onDidOpen(({ document }) => justOpened.add(document.uri));
  documents.onDidChangeContent(({ document }) => {
    const opened = justOpened.delete(document.uri);
    if (!formatForLanguage(document.languageId, document.uri)) return;
    runner.schedule(document.uri, opened ? 0 : settings.debounceMs);
  });

  documents.onDidClose(({ document }) => {
    runner.cancel(document.uri);
    results.delete(document.uri);
    publish(document.uri, undefined, []);
  });

  connection.onHover(guarded('hover', ({ textDocument, position }) => {
    const current = currentResult(textDocument.uri);
    if (!current) return null;
    const offset = current.document.offsetAt(position);
    const hits = current.result.outcome.messages.filter((m: Message) => m.start <= offset && offset <= m.end);
    const value = hoverMarkdown(session().kb, hits);
    return value ? { contents: { kind: 'markdown' as const, value } } : null;
  }));

  connection.onCodeAction(guarded('codeAction', async ({ textDocument, range, context }) => {
    if (context.only && !context.only.some((kind) => kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(kind))) return [];
    const current = currentResult(textDocument.uri);
    if (!current) return [];
    const { document } = current;
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    const hits = current.result.outcome.messages.filter((m) => m.start <= to && m.end >= from);
    return actionsFor(document, hits, {
      kb: session().kb,
      format: formatForLanguage(document.languageId, document.uri) ?? 'markdown',
      // Suggestions cost the worker a few hundred ms: VS Code asks for actions on every cursor move (Automatic),
      // so they are computed only when the writer asks (Ctrl+.), and remembered.
      suggest: (word) => (context.triggerKind === CodeActionTriggerKind.Automatic ? Promise.resolve(suggestionCache.get(word) ?? []) : suggestionsFor(word)),
      addWord: (word, diagnostic) => addWordAction(document.uri, word, diagnostic, { canCreateFiles, roots: workspaceRoots }),
    });
  }));

  registerKnowledgeHandlers(connection, () => session().kb, guarded, () => canShowDocument);

  connection.onRequest(LETTER_FACTS_REQUEST, guarded('letterFacts', (params: LetterFactsParams) => {
    if (typeof params?.uri !== 'string') throw invalidParams('Parameteren "uri" mangler.');
    const current = currentResult(params.uri);
    return current ? letterFacts(params.uri, current.result.version, current.result.outcome) : null;
  }));

  connection.onRequest(CHECK_FOLDER_REQUEST, guarded('checkFolder', (params: CheckFolderParams) => {
    const root = typeof params?.uri === 'string' ? filePathOf(params.uri) : undefined;
    if (!root) throw invalidParams('Parameteren "uri" skal være en file:-adresse til en mappe.');
    return checkFolder(root, {
      isOpen: (uri) => documents.get(uri) !== undefined,
      lint: lintText,
      publish: (uri, languageId, text, messages) => {
        const document = TextDocument.create(uri, languageId, 0, text);
        publish(uri, undefined, messages.map((message) => toDiagnostic(document, message)));
      },
    });
  }));

  connection.onShutdown(() => {
    runner.dispose();
    pool.dispose();
  });

  // Start the worker (knowledge base, dictionary) while the client is still initializing.
  pool.warm();
  documents.listen(connection);
  connection.listen();
}
