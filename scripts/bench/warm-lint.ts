// Warm lint of one letter in a loaded process: the whole engine (all checks, spelling included when a speller is
// given) on Markdown and plain text, re-linted (parse cache warm, as in an editor) and never seen before; for reference remark-parse alone, parseLetter() (remark + retext + Danish
// sentence repair) and lint() with no checks (parse + letter model); and each check's own time, measured by
// wrapping its run() inside full lints. Wall time and process CPU time for each.
import { performance } from 'node:perf_hooks';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import { allChecks } from '../../server/src/checks/index.js';
import type { Check } from '../../server/src/engine/check.js';
import { lint } from '../../server/src/engine/lint.js';
import { forgetParsedSegments, parseLetter } from '../../server/src/engine/parse.js';
import { vocabularyOf } from '../../server/src/engine/vocabulary.js';
import type { KnowledgeBase } from '../../server/src/knowledge/knowledge-base.js';
import type { Speller } from '../../server/src/spelling/speller.js';
import { distribution, timeRunsWithCpu, type Distribution, type RunCounts } from './stats.js';

export interface Timed {
  readonly wall: Distribution;
  readonly cpu: Distribution;
}

export interface CheckTiming {
  readonly id: string;
  /** Milliseconds per lint spent in this check's run(), wall time. */
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  /** The same in process CPU time. */
  readonly cpuP50: number;
  readonly cpuMean: number;
}

export interface WarmLintFigures {
  readonly words: number;
  readonly spelling: boolean;
  readonly checkCount: number;
  /** Re-linting the same letter: unchanged segments come from the parse cache, as after an edit in an editor. */
  readonly markdown: Timed;
  /** The Markdown letter with the parse cache emptied before each run: a letter never seen before. */
  readonly markdownUncached: Timed;
  readonly text: Timed;
  readonly remarkParse: Timed;
  /** parseLetter() on the Markdown letter, cache emptied before each run: blocks, sentences and words. */
  readonly parseLetter: Timed;
  /** lint() with no checks on the Markdown letter: parsing and the letter model. */
  readonly noChecks: Timed;
  /** Slowest first (by mean wall time). */
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

function cpuMillis(): number {
  const used = process.cpuUsage();
  return (used.user + used.system) / 1000;
}

function perCheckTimings(input: WarmLintInput, checks: readonly Check[], counts: RunCounts): CheckTiming[] {
  const wall = new Map<string, number[]>(checks.map((c) => [c.meta.id, []]));
  const cpu = new Map<string, number[]>(checks.map((c) => [c.meta.id, []]));
  let recording = false;
  const wrapped: Check[] = checks.map((check) => ({
    meta: check.meta,
    run(context) {
      const cpuStart = cpuMillis();
      const start = performance.now();
      try {
        check.run(context);
      } finally {
        if (recording) {
          wall.get(check.meta.id)!.push(performance.now() - start);
          cpu.get(check.meta.id)!.push(cpuMillis() - cpuStart);
        }
      }
    },
  }));
  const options = { format: 'markdown' as const, kb: input.kb, checks: wrapped, ...(input.speller ? { speller: input.speller } : {}) };
  for (let i = 0; i < counts.warmup; i++) lint(input.markdown, options);
  recording = true;
  for (let i = 0; i < counts.runs; i++) lint(input.markdown, options);
  return [...wall]
    .filter(([, samples]) => samples.length > 0)
    .map(([id, samples]) => {
      const w = distribution(samples);
      const c = distribution(cpu.get(id)!);
      return { id, p50: w.p50, p95: w.p95, mean: w.mean, cpuP50: c.p50, cpuMean: c.mean };
    })
    .sort((a, b) => b.mean - a.mean);
}

export function benchWarmLint(input: WarmLintInput, counts: RunCounts): WarmLintFigures {
  const checks = input.checks ?? allChecks;
  const common = { kb: input.kb, checks, ...(input.speller ? { speller: input.speller } : {}) };
  const parser = unified().use(remarkParse);
  const abbreviations = vocabularyOf(input.kb).abbreviations;
  return {
    words: input.words,
    spelling: input.speller !== undefined,
    checkCount: checks.length,
    markdown: timeRunsWithCpu(() => lint(input.markdown, { ...common, format: 'markdown' }), counts),
    markdownUncached: timeRunsWithCpu(() => {
      forgetParsedSegments();
      lint(input.markdown, { ...common, format: 'markdown' });
    }, counts),
    text: timeRunsWithCpu(() => lint(input.text, { ...common, format: 'text' }), counts),
    remarkParse: timeRunsWithCpu(() => parser.parse(input.markdown), counts),
    parseLetter: timeRunsWithCpu(() => {
      forgetParsedSegments();
      parseLetter(input.markdown, 'markdown', abbreviations);
    }, counts),
    noChecks: timeRunsWithCpu(() => lint(input.markdown, { format: 'markdown', kb: input.kb, checks: [] }), counts),
    checks: perCheckTimings(input, checks, counts),
  };
}
