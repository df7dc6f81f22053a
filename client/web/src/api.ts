// The page's only connection: the local Brevtjek server it was loaded from (same origin, relative URLs).
import type { JsonDiagnostic } from '../../../server/src/output/json.js';
import type { LintResponse, ReviewExtra } from '../../../server/src/http/review.js';
import type { TrainingExample, TrainingSummary } from '../../../server/src/http/training.js';
import type { Topic } from '../../../server/src/knowledge/topic.js';

export type { JsonDiagnostic, LintResponse, ReviewExtra, TrainingExample, TrainingSummary };
export type TopicInfo = Omit<Topic, 'body'>;

/** A diagnostic with its extras and offsets, as the page uses it. */
export interface Finding extends JsonDiagnostic {
  readonly index: number;
  readonly from: number;
  readonly to: number;
  readonly extra: ReviewExtra;
}

export function findingsOf(response: LintResponse): Finding[] {
  const file = response.files[0];
  if (!file) return [];
  return file.diagnostics.map((d, index) => ({
    ...d,
    index,
    from: d.start.offset,
    to: d.end.offset,
    extra: response.review.extras[index] ?? { documentLevel: false, fixable: false },
  }));
}

export class ApiError extends Error {}

async function parse<T>(response: Response): Promise<T> {
  const body = (await response.json().catch(() => undefined)) as { error?: { message?: string } } | undefined;
  if (!response.ok) throw new ApiError(body?.error?.message ?? `Serveren svarede med fejl ${response.status}.`);
  return body as T;
}

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch {
    throw new ApiError('Brevtjek-serveren svarer ikke. Kører "brevtjek serve" stadig?');
  }
  return parse<T>(response);
}

export function lintText(text: string, format: 'markdown' | 'text'): Promise<LintResponse> {
  return call('api/lint', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, format }) });
}

export function lintFile(file: File): Promise<LintResponse> {
  const form = new FormData();
  form.append('file', file, file.name);
  return call('api/lint', { method: 'POST', body: form });
}

export function loadTopics(): Promise<TopicInfo[]> {
  return call('api/topics');
}

export function loadTraining(): Promise<TrainingSummary[]> {
  return call('api/training');
}

export function loadTrainingExample(id: string): Promise<TrainingExample> {
  return call(`api/training/${encodeURIComponent(id)}`);
}
