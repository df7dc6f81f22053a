// Warm lint of one letter in a loaded process: the whole engine (all checks, spelling included when a speller is
// given), remark-parse alone on the same text for reference, the engine with no checks (parse + letter model), and
// each check's own time measured by wrapping its run() inside full lints.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { allChecks } from '../../server/src/checks/index.js';
import type { Check } from '../../server/src/engine/check.js';
import { lint } from '../../server/src/engine/lint.js';
import type { KnowledgeBase } from '../../server/src/knowledge/knowledge-base.js';
import type { Speller } from '../../server/src/spelling/speller.js';
import { distribution, timeRuns, timeRunsWithCpu, type Distribution, type RunCounts } from './stats.js';

export interface CheckTiming {
  readonly id: string;
  /** Milliseconds per lint spent in this check's run(). */
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
}

export interface WarmLintFigures {
  readonly words: number;
  readonly spelling: boolean;
  readonly checkCount: number;
  readonly markdown: Distribution;
  /** Process CPU time of the same Markdown runs. */
  readonly markdownCpu: Distribution;
  readonly text: Distribution;
  readonly remarkParse: Distribution;
  /** lint() with no checks on the Markdown letter: parsing and the letter model. */
  readonly noChecks: Distribution;
  /** Slowest first. */
  readonly checks: readonly CheckTiming[];
}

export interface WarmLintInput {
  readonly markdown: string;
  readonly text: string;
  readonly words: number;
  readonly kb: KnowledgeBase;
  readonly speller?: Speller;
  readonly checks?: readonly Check[];
}

function perCheckTimings(input: WarmLintInput, checks: readonly Check[], counts: RunCounts): CheckTiming[] {
  const samples = new Map<string, number[]>(checks.map((c) => [c.meta.id, []]));
  let recording = false;
  const wrapped: Check[] = checks.map((check) => ({
    meta: check.meta,
    run(context) {
      const start = performance.now();
      try {
        check.run(context);
      } finally {
        if (recording) samples.get(check.meta.id)!.push(performance.now() - start);
      }
    },
  }));
  const options = { format: 'markdown' as const, kb: input.kb, checks: wrapped, ...(input.speller ? { speller: input.speller } : {}) };
  for (let i = 0; i < counts.warmup; i++) lint(input.markdown, options);
  recording = true;
  for (let i = 0; i < counts.runs; i++) lint(input.markdown, options);
  return [...samples]
    .filter(([, s]) => s.length > 0)
    .map(([id, s]) => {
      const d = distribution(s);
      return { id, p50: d.p50, p95: d.p95, mean: d.mean };
    })
    .sort((a, b) => b.mean - a.mean);
}

export function benchWarmLint(input: WarmLintInput, counts: RunCounts): WarmLintFigures {
  const checks = input.checks ?? allChecks;
  const common = { kb: input.kb, checks, ...(input.speller ? { speller: input.speller } : {}) };
  const markdown = timeRunsWithCpu(() => lint(input.markdown, { ...common, format: 'markdown' }), counts);
  const text = timeRuns(() => lint(input.text, { ...common, format: 'text' }), counts);
  const parser = unified().use(remarkParse);
  const remarkParseOnly = timeRuns(() => parser.parse(input.markdown), counts);
  const noChecks = timeRuns(() => lint(input.markdown, { format: 'markdown', kb: input.kb, checks: [] }), counts);
  return {
    words: input.words,
    spelling: input.speller !== undefined,
    checkCount: checks.length,
    markdown: markdown.wall,
    markdownCpu: markdown.cpu,
    text,
    remarkParse: remarkParseOnly,
    noChecks,
    checks: perCheckTimings(input, checks, counts),
  };
}
