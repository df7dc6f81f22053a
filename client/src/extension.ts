// The VS Code extension: starts the bundled Brevtjek language server over Node IPC and adds what only an editor UI
// can: the knowledge-base tree, the status bar, and the commands. Everything about letters comes from the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import {
  CHECK_FOLDER_REQUEST, LETTER_FACTS_REQUEST, TOPICS_REQUEST,
  type CheckFolderResult, type LetterFactsResult, type TopicSummary,
} from '../../server/src/lsp/protocol.js';
import { statusView } from './status.js';
import { topicNodes, type TopicNode } from './topic-tree.js';

const LANGUAGES = ['markdown', 'plaintext', 'brevtjek-afgoerelse'];
let client: LanguageClient | undefined;

class KnowledgeTree implements vscode.TreeDataProvider<TopicNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private nodes: TopicNode[] = [];

  set(topics: readonly TopicSummary[]): void {
    this.nodes = topicNodes(topics);
    this.changed.fire();
  }

  getTreeItem(node: TopicNode): vscode.TreeItem {
    const item = new vscode.TreeItem(node.label, node.children.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.command = { command: 'brevtjek.openTopic', title: 'Åbn emne', arguments: [node.url] };
    return item;
  }

  getChildren(node?: TopicNode): TopicNode[] {
    return node ? [...node.children] : this.nodes;
  }
}

async function openTopic(url: string): Promise<void> {
  const uri = vscode.Uri.parse(url);
  await vscode.commands.executeCommand('markdown.showPreview', uri.with({ fragment: '' }));
}

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath('dist/server.mjs');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--inspect=6019'] } },
  };
  const output = vscode.window.createOutputChannel('Brevtjek');
  const status = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);
  status.command = 'workbench.actions.view.problems';
  const tree = new KnowledgeTree();
  let titles = new Map<string, string>();
  let topics: TopicSummary[] = [];

  const updateStatus = async (): Promise<void> => {
    const document = vscode.window.activeTextEditor?.document;
    if (!client || !document || !LANGUAGES.includes(document.languageId)) {
      status.hide();
      return;
    }
    try {
      const facts = await client.sendRequest<LetterFactsResult | null>(LETTER_FACTS_REQUEST, { uri: document.uri.toString() });
      const view = statusView(facts, titles);
      status.text = view.text;
      status.tooltip = view.tooltip;
      status.show();
    } catch {
      status.hide();
    }
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: LANGUAGES.flatMap((language) => [{ scheme: 'file', language }, { scheme: 'untitled', language }]),
    outputChannel: output,
    middleware: {
      handleDiagnostics(uri, diagnostics, next) {
        next(uri, diagnostics);
        if (vscode.window.activeTextEditor?.document.uri.toString() === uri.toString()) void updateStatus();
      },
    },
  };
  client = new LanguageClient('brevtjek', 'Brevtjek', serverOptions, clientOptions);

  context.subscriptions.push(
    output,
    status,
    vscode.window.registerTreeDataProvider('brevtjek.vidensbase', tree),
    vscode.window.onDidChangeActiveTextEditor(() => void updateStatus()),
    vscode.commands.registerCommand('brevtjek.openTopic', (url: string) => openTopic(url)),
    vscode.commands.registerCommand('brevtjek.showKnowledgeBase', () => vscode.commands.executeCommand('brevtjek.vidensbase.focus')),
    vscode.commands.registerCommand('brevtjek.explainTopic', async () => {
      const editor = vscode.window.activeTextEditor;
      const here = editor && vscode.languages.getDiagnostics(editor.document.uri)
        .find((d) => d.source === 'brevtjek' && d.range.contains(editor.selection.active));
      const code = typeof here?.code === 'object' ? String(here.code.value) : here?.code !== undefined ? String(here.code) : undefined;
      const fromCursor = code ? topics.find((t) => t.id === code.split('/')[0]) : undefined;
      const picked = fromCursor ?? (await vscode.window.showQuickPick(
        topics.map((t) => ({ label: t.title, description: t.id, detail: t.summary, topic: t })),
        { placeHolder: 'Vælg et emne i vidensbasen', matchOnDescription: true, matchOnDetail: true },
      ))?.topic;
      if (picked) await openTopic(picked.url);
    }),
    vscode.commands.registerCommand('brevtjek.checkFolder', async (folder?: vscode.Uri) => {
      const target = folder ?? (vscode.workspace.workspaceFolders?.length === 1
        ? vscode.workspace.workspaceFolders[0]!.uri
        : (await vscode.window.showWorkspaceFolderPick({ placeHolder: 'Vælg den mappe, der skal tjekkes' }))?.uri);
      if (!target || !client) return;
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Brevtjek tjekker mappens breve …' },
        () => client!.sendRequest<CheckFolderResult>(CHECK_FOLDER_REQUEST, { uri: target.toString() }),
      );
      const more = result.truncated ? ' (kun de første breve — mappen har flere)' : '';
      void vscode.window.showInformationMessage(`Brevtjek tjekkede ${result.files} breve og fandt ${result.findings} fund${more}. Se dem under Problemer.`);
      await vscode.commands.executeCommand('workbench.actions.view.problems');
    }),
  );

  await client.start();
  try {
    topics = await client.sendRequest<TopicSummary[]>(TOPICS_REQUEST);
    titles = new Map(topics.map((t) => [t.id, t.title]));
    tree.set(topics);
  } catch (error) {
    output.appendLine(`Brevtjek: vidensbasen kunne ikke hentes: ${(error as Error).message}`);
  }
  void updateStatus();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
