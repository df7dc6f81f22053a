// Date mentions in a letter: "14. marts 2025", "14.03.2025", "2025-03-14", with an optional weekday before
// ("mandag den 14. marts 2025"). Month and weekday names come from rules/data/dates.yaml.
import { alternation, regexFor } from './regex.js';
import type { Span } from './types.js';

export interface CalendarDate {
  readonly year: number;
  readonly month: number; // 1-12
  readonly day: number;
}

export interface DateMention extends Span {
  readonly date: CalendarDate;
  /** The written weekday and its span, when the letter names one. */
  readonly weekday?: Span & { readonly index: number; readonly name: string };
  /** True when the letter gave no year ("den 14. marts"); the year is then taken from the letter. */
  readonly yearInferred?: boolean;
}

export interface DateVocabulary {
  readonly months: readonly (readonly string[])[]; // index 0 = january; each entry: accepted spellings
  readonly weekdays: readonly string[]; // index 0 = monday
  /** Words joining two dates into a range ("til", "og", "-"). */
  readonly rangeLinks: readonly string[];
}

export function isValidDate(d: CalendarDate): boolean {
  if (d.month < 1 || d.month > 12 || d.day < 1) return false;
  const days = new Date(Date.UTC(d.year, d.month, 0)).getUTCDate();
  return d.day <= days;
}

/** 0 = monday … 6 = sunday. */
export function weekdayIndex(d: CalendarDate): number {
  return (new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay() + 6) % 7;
}

export function toUtc(d: CalendarDate): number {
  return Date.UTC(d.year, d.month - 1, d.day);
}

// A yearless date takes the year of a full date right after it ("fra 1. september til 30. november 2025"),
// otherwise the year of the letter's first full date.
const RANGE_REACH = 40;

interface CompiledDates { readonly monthIndex: ReadonlyMap<string, number>; readonly pattern: RegExp }
const compiledDates = new WeakMap<DateVocabulary, CompiledDates>();

/** Month lookup and the date pattern, built once per vocabulary. */
function compileDates(vocabulary: DateVocabulary): CompiledDates {
  const cached = compiledDates.get(vocabulary);
  if (cached) return cached;
  const monthIndex = new Map<string, number>();
  vocabulary.months.forEach((names, i) => names.forEach((n) => monthIndex.set(n.toLowerCase(), i + 1)));
  const monthAlternatives = [...monthIndex.keys()].sort((a, b) => b.length - a.length).map((m) => m.replace('.', '\\.')).join('|');
  const weekdayAlternatives = vocabulary.weekdays.join('|');
  const pattern = new RegExp(
    `(?:\\b(${weekdayAlternatives}),?(?:\\s+(?:den|d\\.))?\\s+)?` + // mandag den / mandag, den / mandag d.
      `(?:\\b(\\d{1,2})\\.\\s?(${monthAlternatives})(?:\\s+(\\d{4}))?(?![\\p{L}\\d])` + // 14. marts 2025, 14. marts
      `|\\b(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4})\\b` + // 14.03.2025
      `|\\b(\\d{4})-(\\d{2})-(\\d{2})\\b)`, // 2025-03-14
    'giu',
  );
  const compiled = { monthIndex, pattern };
  compiledDates.set(vocabulary, compiled);
  return compiled;
}

export function findDates(text: string, vocabulary: DateVocabulary): DateMention[] {
  const { monthIndex, pattern } = compileDates(vocabulary);
  const rangeLink = regexFor(vocabulary.rangeLinks, 'range', () => new RegExp(`^\\s*(?:${alternation(vocabulary.rangeLinks)})\\s*(?:(?:den|d\\.)\\s*)?$`, 'u'));
  const mentions: DateMention[] = [];
  const yearless: { readonly match: RegExpMatchArray; readonly day: number; readonly month: number }[] = [];
  const push = (m: RegExpMatchArray, date: CalendarDate, yearInferred: boolean): void => {
    if (!isValidDate(date)) return;
    const start = m.index!;
    const mention: DateMention = { start, end: start + m[0].length, date, ...(yearInferred ? { yearInferred } : {}) };
    if (m[1]) {
      const index = vocabulary.weekdays.findIndex((w) => w.toLowerCase() === m[1]!.toLowerCase());
      mentions.push({ ...mention, weekday: { start, end: start + m[1].length, index, name: m[1] } });
    } else {
      mentions.push(mention);
    }
  };
  for (const m of text.matchAll(pattern)) {
    if (m[2] && !m[4]) yearless.push({ match: m, day: +m[2], month: monthIndex.get(m[3]!.toLowerCase())! });
    else if (m[2]) push(m, { day: +m[2], month: monthIndex.get(m[3]!.toLowerCase())!, year: +m[4]! }, false);
    else if (m[5]) push(m, { day: +m[5], month: +m[6]!, year: +m[7]! }, false);
    else push(m, { year: +m[8]!, month: +m[9]!, day: +m[10]! }, false);
  }
  const letterYear = mentions[0]?.date.year;
  for (const { match, day, month } of yearless) {
    const end = match.index! + match[0].length;
    const following = mentions.find((d) => d.start >= end && d.start - end <= RANGE_REACH && rangeLink.test(text.slice(end, d.start)));
    const year = following?.date.year ?? letterYear;
    if (year !== undefined) push(match, { day, month, year }, true);
  }
  return mentions.sort((a, b) => a.start - b.start);
}
