// The regression floor: corpus/eval-thresholds.json records the minimum figures; falling below fails CI.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { precision, recall, type EvalReport } from './evaluate.js';

const schema = z.object({
  topics: z.record(z.string(), z.object({ precision: z.number().min(0).max(1), recall: z.number().min(0).max(1) })),
  kind: z.number(),
  outcome: z.number(),
  area: z.number(),
  maxForbiddenLegalFindings: z.number().int().min(0),
  maxCleanSeedShare: z.number().optional(),
});

export type Thresholds = z.infer<typeof schema>;

export function readThresholds(path: string): Thresholds {
  return schema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** Danish descriptions of every figure below its floor. */
export function belowThresholds(report: EvalReport, t: Thresholds): string[] {
  const problems: string[] = [];
  for (const [topic, floor] of Object.entries(t.topics)) {
    const tallied = report.byTopic.get(topic);
    if (!tallied) continue;
    if (precision(tallied) < floor.precision) problems.push(`${topic}: præcision ${precision(tallied).toFixed(2)} < ${floor.precision}`);
    if (recall(tallied) < floor.recall) problems.push(`${topic}: recall ${recall(tallied).toFixed(2)} < ${floor.recall}`);
  }
  const acc = (a: { correct: number; total: number }) => (a.total ? a.correct / a.total : 1);
  if (acc(report.kind) < t.kind) problems.push(`brevtype ${acc(report.kind).toFixed(2)} < ${t.kind}`);
  if (acc(report.outcome) < t.outcome) problems.push(`udfald ${acc(report.outcome).toFixed(2)} < ${t.outcome}`);
  if (acc(report.area) < t.area) problems.push(`område ${acc(report.area).toFixed(2)} < ${t.area}`);
  if (report.forbiddenLegalFindings.length > t.maxForbiddenLegalFindings) problems.push(`${report.forbiddenLegalFindings.length} begrundelse/klagevejledning-fund på ikke-afgørelser eller fulde bevillinger`);
  if (t.maxCleanSeedShare !== undefined) {
    for (const s of report.seeds) if (!s.file.startsWith('002') && s.share > t.maxCleanSeedShare) problems.push(`stavning: ${s.file} ${(s.share * 100).toFixed(2)} % markeret > ${(t.maxCleanSeedShare * 100).toFixed(2)} %`);
  }
  return problems;
}
