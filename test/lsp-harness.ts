// A real JSON-RPC client for protocol tests: spawns `node bin/brevtjek.js lsp --stdio` (the built CLI) and talks LSP
// to it over its stdin/stdout, the way an editor does. No editor and no in-process shortcuts.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { resolve } from 'node:path';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import {
  createProtocolConnection, DidChangeTextDocumentNotification, DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
  type ClientCapabilities, type InitializeResult, type ProtocolConnection, type PublishDiagnosticsParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node.js';

export const ROOT = resolve(import.meta.dirname, '..');

export const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    didChangeWatchedFiles: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true, resourceOperations: ['create'] },
  },
  window: { showDocument: { support: true } },
  textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true } },
};

export interface Harness {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly initializeResult: InitializeResult;
  readonly logs: string[];
  readonly shownDocuments: string[];
  readonly published: PublishDiagnosticsParams[];
  /** The editor's "brevtjek" settings, answered to workspace/configuration. */
  settings: Record<string, unknown>;
  open(uri: string, text: string, languageId?: string, version?: number): void;
  change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): void;
  close(uri: string): void;
  /** The next diagnostics for `uri` published after this call (optionally: the first matching `accept`). */
  nextDiagnostics(uri: string, accept?: (p: PublishDiagnosticsParams) => boolean, timeoutMs?: number): Promise<PublishDiagnosticsParams>;
  stop(): Promise<number | null>;
}

export interface StartOptions {
  readonly settings?: Record<string, unknown>;
  readonly capabilities?: ClientCapabilities;
  readonly rootUri?: string;
  /** Node arguments that start the server; default: the CLI, `bin/brevtjek.js lsp --stdio`. */
  readonly serverArgs?: readonly string[];
  readonly cwd?: string;
  readonly initializationOptions?: unknown;
}

export async function startServer(options: StartOptions = {}): Promise<Harness> {
  const args = options.serverArgs ?? [resolve(ROOT, 'bin', 'brevtjek.js'), 'lsp', '--stdio'];
  const child = spawn(process.execPath, args, { cwd: options.cwd ?? ROOT, stdio: 'pipe' });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const logs: string[] = [];
  const shownDocuments: string[] = [];
  const published: PublishDiagnosticsParams[] = [];
  const waiters: { uri: string; accept: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }[] = [];
  const harness: Harness = {
    connection,
    process: child,
    initializeResult: undefined as unknown as InitializeResult,
    logs,
    shownDocuments,
    published,
    settings: options.settings ?? {},
    open(uri, text, languageId = 'markdown', version = 1) {
      void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
    },
    change(uri, version, contentChanges) {
      void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges });
    },
    close(uri) {
      void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    },
    nextDiagnostics(uri, accept = () => true, timeoutMs = 10_000) {
      return new Promise((resolvePromise, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} within ${timeoutMs} ms`)), timeoutMs);
        waiters.push({ uri, accept, resolve: (p) => { clearTimeout(timer); resolvePromise(p); } });
      });
    },
    async stop() {
      const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
      if (child.exitCode !== null) return child.exitCode;
      try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
      } catch {
        child.kill();
      }
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
  connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
    published.push(params);
    for (let i = 0; i < waiters.length; i++) {
      const waiter = waiters[i]!;
      if (waiter.uri === params.uri && waiter.accept(params)) {
        waiters.splice(i--, 1);
        waiter.resolve(params);
      }
    }
  });
  connection.onNotification('window/logMessage', (params: { message: string }) => logs.push(params.message));
  connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => harness.settings));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('window/showDocument', (params: { uri: string }) => {
    shownDocuments.push(params.uri);
    return { success: true };
  });
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: options.rootUri ?? null,
    capabilities: options.capabilities ?? CAPABILITIES,
    workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'root' }] : null,
    ...(options.initializationOptions ? { initializationOptions: options.initializationOptions } : {}),
  });
  (harness as { initializeResult: InitializeResult }).initializeResult = result;
  await connection.sendNotification(InitializedNotification.type, {});
  return harness;
}

/** Start a server the way VS Code does (child_process.fork, --node-ipc) and return its initialize result. */
export async function initializeOverIpc(modulePath: string, args: readonly string[]): Promise<{ result: InitializeResult; exitCode: number | null }> {
  const { fork } = await import('node:child_process');
  const { IPCMessageReader, IPCMessageWriter } = await import('vscode-jsonrpc/node.js');
  const child = fork(modulePath, [...args, '--node-ipc'], { cwd: ROOT, stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  const exited = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
  const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {} });
  await connection.sendNotification(InitializedNotification.type, {});
  await connection.sendRequest('shutdown');
  await connection.sendNotification('exit');
  const exitCode = await exited;
  connection.dispose();
  return { result, exitCode };
}
