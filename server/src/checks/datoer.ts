// Dates that contradict the calendar or the letter itself: a weekday that does not match its date
// (datoer/ugedag), and a deadline before the letter date or not matching the period the letter states
// (datoer/frist). Cue words and periods are data (rules/data/datoer.yaml); the date mentions come from the model.
import type { Check } from '../engine/check.js';
import { matchCase } from '../engine/check.js';
import { toUtc, weekdayIndex, type CalendarDate, type DateMention } from '../engine/dates.js';
import type { LetterModel } from '../engine/letter-model.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

const DAY = 86_400_000;

interface Period { readonly amount: number; readonly unit: 'days' | 'months' | 'workdays'; readonly start: number; readonly end: number; readonly text: string }

interface Compiled {
  readonly deadlineBefore: readonly RegExp[];
  readonly narrative: readonly RegExp[];
  readonly period: RegExp;
  readonly units: ReadonlyMap<string, { unit: Period['unit']; factor: number }>;
  readonly numbers: ReadonlyMap<string, number>;
  readonly fromLetter: readonly RegExp[];
  readonly tolerance: { readonly early: number; readonly late: number };
}

const compiledFor = new WeakMap<object, Compiled>();

function compile(kb: KnowledgeBase): Compiled {
  const data = kb.data.datoer;
  let compiled = compiledFor.get(data);
  if (compiled) return compiled;
  const units = new Map<string, { unit: Period['unit']; factor: number }>();
  for (const u of data.periodUnits) {
    const entry = u.days ? { unit: 'days' as const, factor: u.days } : u.months ? { unit: 'months' as const, factor: u.months } : { unit: 'workdays' as const, factor: u.workdays! };
    for (const w of u.words) units.set(w.toLowerCase(), entry);
  }
  const numbers = new Map(Object.entries(data.numberWords).map(([k, v]) => [k.toLowerCase(), v]));
  const alternatives = (list: Iterable<string>): string => [...list].sort((a, b) => b.length - a.length).join('|');
  compiled = {
    deadlineBefore: data.deadlineBefore.map((r) => new RegExp(r, 'iu')),
    narrative: data.narrative.map((r) => new RegExp(r, 'iu')),
    period: new RegExp(`(?<![\\p{L}\\d])(\\d{1,3}|${alternatives(numbers.keys())})\\s+(${alternatives(units.keys())})(?![\\p{L}])`, 'giu'),
    units,
    numbers,
    fromLetter: data.periodFromLetter.map((r) => new RegExp(r, 'iu')),
    tolerance: data.toleranceDays,
  };
  compiledFor.set(data, compiled);
  return compiled;
}

function addPeriod(date: CalendarDate, period: Period): number {
  if (period.unit === 'days') return toUtc(date) + period.amount * DAY;
  if (period.unit === 'months') return Date.UTC(date.year, date.month - 1 + period.amount, date.day);
  let t = toUtc(date);
  for (let left = period.amount; left > 0;) {
    t += DAY;
    if (new Date(t).getUTCDay() % 6 !== 0) left--;
  }
  return t;
}

function formatDate(t: number, model: LetterModel): string {
  const d = new Date(t);
  const month = model.vocabulary.dates.months[d.getUTCMonth()]![0]!;
  return `${d.getUTCDate()}. ${month} ${d.getUTCFullYear()}`;
}

/** The date without its weekday: "14. marts 2025". */
function dateText(model: LetterModel, d: DateMention): string {
  return d.weekday ? model.text.slice(d.weekday.end, d.end).replace(/^\s*(?:den\s+|d\.\s*)?/i, '') : model.slice(d);
}

function sentenceAround(model: LetterModel, at: number): { start: number; end: number } {
  const s = model.parsed.sentences.find((x) => x.start <= at && at < x.end);
  return s ? { start: s.start, end: s.end } : { start: Math.max(0, at - 200), end: Math.min(model.text.length, at + 200) };
}

/** The sentence before the one at `at`, in the same block. */
function previousSentence(model: LetterModel, at: number): { start: number; end: number } | undefined {
  const index = model.parsed.sentences.findIndex((x) => x.start <= at && at < x.end);
  const here = model.parsed.sentences[index];
  const before = model.parsed.sentences[index - 1];
  return here && before && before.blockIndex === here.blockIndex ? before : undefined;
}

function periodsIn(text: string, offset: number, c: Compiled): Period[] {
  const out: Period[] = [];
  for (const m of text.matchAll(c.period)) {
    const raw = m[1]!.toLowerCase();
    const amount = /^\d+$/.test(raw) ? +raw : c.numbers.get(raw);
    const unit = c.units.get(m[2]!.toLowerCase());
    if (amount && unit) out.push({ amount: amount * unit.factor, unit: unit.unit, start: offset + m.index!, end: offset + m.index! + m[0].length, text: m[0] });
  }
  return out;
}

function isDeadline(model: LetterModel, date: DateMention, c: Compiled): boolean {
  const before = model.text.slice(Math.max(0, date.start - 40), date.start);
  return c.deadlineBefore.some((r) => r.test(before));
}

export const datoer: Check = {
  meta: {
    id: 'datoer',
    topic: 'datoer',
    rules: ['datoer/ugedag', 'datoer/frist'],
    messages: {
      ugedag: 'Den {date} er en {actual}, ikke en {written}. Ret ugedagen eller datoen.',
      foerBrevet: 'Fristen den {date} ligger før brevets dato ({letterDate}). Regn fristen ud igen.',
      periode: 'Fristen den {date} passer ikke med "{period}" fra brevets dato ({letterDate}); det giver den {computed}.',
    },
  },
  run({ model, kb, report, enabled }) {
    const weekdays = model.vocabulary.dates.weekdays;
    if (enabled('datoer/ugedag')) {
      for (const d of model.dates) {
        if (!d.weekday || d.weekday.index < 0) continue;
        const actual = weekdayIndex(d.date);
        if (actual === d.weekday.index) continue;
        // A date without a year may belong to the next or previous year (a letter from December about January).
        if (d.yearInferred && [-1, 1].some((k) => weekdayIndex({ ...d.date, year: d.date.year + k }) === d.weekday!.index)) continue;
        report({
          ruleId: 'datoer/ugedag',
          message: 'ugedag',
          start: d.weekday.start,
          end: d.weekday.end,
          values: { date: dateText(model, d), actual: weekdays[actual]!, written: d.weekday.name.toLowerCase() },
          expected: [matchCase(d.weekday.name, weekdays[actual]!)],
          fixable: true,
          related: [{ start: d.start, end: d.end, message: 'Datoen' }],
        });
      }
    }
    if (!enabled('datoer/frist')) return;
    const letterDate = model.facts.letterDate;
    if (!letterDate) return;
    const c = compile(kb);
    const letterTime = toUtc(letterDate.date);
    const letterText = dateText(model, letterDate);
    for (const d of model.dates) {
      if (d === letterDate || d.start < model.headerEnd || !isDeadline(model, d, c)) continue;
      const sentence = sentenceAround(model, d.start);
      const sentenceText = model.flowText.slice(sentence.start, sentence.end);
      if (c.narrative.some((r) => r.test(sentenceText))) continue;
      const at = toUtc(d.date);
      const values = { date: dateText(model, d), letterDate: letterText };
      const related = [{ start: letterDate.start, end: letterDate.end, message: 'Brevets dato' }];
      if (at < letterTime) {
        report({ ruleId: 'datoer/frist', message: 'foerBrevet', start: d.start, end: d.end, values, related });
        continue;
      }
      // "… inden 4 uger efter, at du har fået dette brev. Du skal altså klage senest den 16. juni": the period may
      // stand in the sentence before.
      const own = periodsIn(sentenceText, sentence.start, c);
      const previous = own.length === 0 ? previousSentence(model, sentence.start) : undefined;
      const source = previous ? model.flowText.slice(previous.start, previous.end) : sentenceText;
      if (!c.fromLetter.some((r) => r.test(source))) continue;
      const periods = previous ? periodsIn(source, previous.start, c) : own;
      if (periods.length !== 1) continue;
      const period = periods[0]!;
      const expectedAt = addPeriod(letterDate.date, period);
      const slack = period.unit === 'workdays' ? c.tolerance.late + 4 : c.tolerance.late;
      if (at >= expectedAt - c.tolerance.early * DAY && at <= expectedAt + slack * DAY) continue;
      report({
        ruleId: 'datoer/frist',
        message: 'periode',
        start: d.start,
        end: d.end,
        values: { ...values, period: period.text, computed: formatDate(expectedAt, model) },
        related: [...related, { start: period.start, end: period.end, message: 'Perioden' }],
      });
    }
  },
};
