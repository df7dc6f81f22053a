// The numbers of a report, computed from the letter records (pure). What a borgerrådgiver puts in an annual
// report: findings per topic, afgørelser with missing or incomplete begrundelse / klagevejledning by area and
// sender centre, readability, and the most frequent words to rewrite or correct.
import { TOPIC_IDS, type LixBand, type TopicId } from '../engine/types.js';
import { incomplete } from './checklist.js';
import { isReadable, type LetterRecord, type ReadableLetter, type UnreadableLetter } from './records.js';

export const LIX_BANDS: readonly LixBand[] = ['meget let', 'let', 'middel', 'svær', 'meget svær'];

export interface DecisionShare {
  readonly group: string;
  /** Afgørelser in the group. */
  readonly decisions: number;
  readonly begrundelseMissing: number;
  readonly begrundelseIncomplete: number;
  readonly klagevejledningMissing: number;
  readonly klagevejledningIncomplete: number;
}

export interface WordCount {
  readonly word: string;
  readonly count: number;
  readonly alternatives: readonly string[];
}

export interface ReportSummary {
  readonly letters: number;
  readonly readable: number;
  readonly unreadable: readonly UnreadableLetter[];
  readonly decisions: number;
  readonly findings: number;
  readonly topicTotals: Readonly<Record<TopicId, number>>;
  readonly all: DecisionShare;
  readonly byArea: readonly DecisionShare[];
  readonly byCentre: readonly DecisionShare[];
  readonly lixBands: Readonly<Record<LixBand, number>>;
  readonly lixAverage: number;
  readonly klarsprogWords: readonly WordCount[];
  readonly spellingErrors: readonly WordCount[];
}

const UNKNOWN = 'ukendt';

function share(group: string, letters: readonly ReadableLetter[]): DecisionShare {
  const decisions = letters.filter((l) => l.checklist.kind === 'afgoerelse');
  const has = (l: ReadableLetter, ruleId: string) => l.findings.some((f) => f.ruleId === ruleId);
  return {
    group,
    decisions: decisions.length,
    begrundelseMissing: decisions.filter((l) => has(l, 'begrundelse/mangler')).length,
    begrundelseIncomplete: decisions.filter((l) => !has(l, 'begrundelse/mangler') && incomplete(l.checklist.begrundelse)).length,
    klagevejledningMissing: decisions.filter((l) => has(l, 'klagevejledning/mangler')).length,
    klagevejledningIncomplete: decisions.filter((l) => !has(l, 'klagevejledning/mangler') && (incomplete(l.checklist.klagevejledning) || l.checklist.klagevejledningForkert)).length,
  };
}

function groupBy(letters: readonly ReadableLetter[], key: (l: ReadableLetter) => string): DecisionShare[] {
  const groups = new Map<string, ReadableLetter[]>();
  for (const letter of letters) {
    const k = key(letter);
    groups.set(k, [...(groups.get(k) ?? []), letter]);
  }
  return [...groups].map(([group, list]) => share(group, list))
    .filter((s) => s.decisions > 0)
    .sort((a, b) => b.decisions - a.decisions || a.group.localeCompare(b.group, 'da'));
}

function countWords(letters: readonly ReadableLetter[], ruleId: string, limit: number): WordCount[] {
  const counts = new Map<string, { count: number; alternatives: Set<string> }>();
  for (const letter of letters) {
    for (const f of letter.findings) {
      if (f.ruleId !== ruleId || !f.actual) continue;
      const word = f.actual.replace(/\s+/g, ' ').trim().toLowerCase();
      const entry = counts.get(word) ?? { count: 0, alternatives: new Set<string>() };
      entry.count++;
      // "hvis" and "Hvis" are the same alternative; keep the first spelling seen.
      for (const s of f.suggestions) if (![...entry.alternatives].some((a) => a.toLowerCase() === s.toLowerCase())) entry.alternatives.add(s);
      counts.set(word, entry);
    }
  }
  return [...counts]
    .map(([word, e]) => ({ word, count: e.count, alternatives: [...e.alternatives].slice(0, 4) }))
    .sort((a, b) => b.count - a.count || a.word.localeCompare(b.word, 'da'))
    .slice(0, limit);
}

export function summarise(records: readonly LetterRecord[]): ReportSummary {
  const readable = records.filter(isReadable);
  const topicTotals = Object.fromEntries(TOPIC_IDS.map((id) => [id, 0])) as Record<TopicId, number>;
  for (const letter of readable) for (const f of letter.findings) topicTotals[f.topic]++;
  const lixBands = Object.fromEntries(LIX_BANDS.map((b) => [b, 0])) as Record<LixBand, number>;
  let lixSum = 0;
  for (const letter of readable) {
    lixBands[letter.checklist.lixBand]++;
    lixSum += letter.checklist.lix;
  }
  return {
    letters: records.length,
    readable: readable.length,
    unreadable: records.filter((r): r is UnreadableLetter => !isReadable(r)),
    decisions: readable.filter((l) => l.checklist.kind === 'afgoerelse').length,
    findings: readable.reduce((n, l) => n + l.findings.length, 0),
    topicTotals,
    all: share('alle', readable),
    byArea: groupBy(readable, (l) => l.checklist.area ?? UNKNOWN),
    byCentre: groupBy(readable, (l) => l.centre ?? UNKNOWN),
    lixBands,
    lixAverage: readable.length ? Math.round((lixSum / readable.length) * 10) / 10 : 0,
    klarsprogWords: countWords(readable, 'klarsprog/ord', 15),
    spellingErrors: countWords(readable, 'stavning/ukendt-ord', 15),
  };
}
