// The knowledge-base requests (brevtjek/topics, brevtjek/topic) and the "Forklar" command.
import type { Connection } from 'vscode-languageserver';
import type { TopicId } from '../engine/types.js';
import { topicUrl, type KnowledgeBase } from '../knowledge/knowledge-base.js';
import { invalidParams, type Guard } from './errors.js';
import { listTopics, topicDetail } from './knowledge-requests.js';
import { EXPLAIN_COMMAND, TOPIC_REQUEST, TOPICS_REQUEST, type TopicParams } from './protocol.js';

export function registerKnowledgeHandlers(connection: Connection, kb: () => KnowledgeBase, guarded: Guard, canShowDocument: () => boolean): void {
  connection.onExecuteCommand(guarded('executeCommand', async ({ command, arguments: args }) => {
    if (command !== EXPLAIN_COMMAND) throw invalidParams(`Ukendt kommando "${command}".`);
    const topic = typeof args?.[0] === 'string' ? kb().topics.get(args[0] as TopicId) : undefined;
    if (!topic) throw invalidParams('Ukendt emne.');
    // Editors that cannot open a document get the summary as a message.
    if (canShowDocument()) await connection.window.showDocument({ uri: topicUrl(kb(), topic.id), takeFocus: true });
    else void connection.window.showInformationMessage(`${topic.title}: ${topic.summary}`);
    return null;
  }));

  connection.onRequest(TOPICS_REQUEST, guarded('topics', () => listTopics(kb())));

  connection.onRequest(TOPIC_REQUEST, guarded('topic', (params: TopicParams) => {
    if (typeof params?.id !== 'string') throw invalidParams('Parameteren "id" mangler.');
    const detail = topicDetail(kb(), params.id);
    if (!detail) throw invalidParams(`Ukendt emne eller regel "${params.id}".`);
    return detail;
  }));
}
