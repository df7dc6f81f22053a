// The people of a letter: the addressee (from frontmatter, salutation, address block or "Vedr." line) and the
// signatory (caseworker). Checks that need more (navne) read the mentions themselves from the model's words.
import { alternation, regexFor } from './regex.js';
import type { Block, ParsedText } from './parse.js';
import type { Span } from './types.js';

export interface PersonName extends Span {
  readonly full: string;
  readonly first: string;
  readonly last?: string;
  readonly source: 'frontmatter' | 'salutation' | 'adresse' | 'vedr' | 'signatur';
}

export interface NameVocabulary {
  /** Words that make a capitalised line an organisation, not a person ("Kommune", "Center"). */
  readonly notNameWords: ReadonlySet<string>;
  /** Words that open a salutation ("Kære", "Til"). */
  readonly salutations: readonly string[];
  /** Courtesy titles stripped from a name ("Fru", "Hr."). */
  readonly titles: readonly string[];
  /** Labels before the party's name in the letterhead ("Borger: Karen Holm"). */
  readonly partyLabels: readonly string[];
}

// A person's name on its own line: two to four capitalised words ("Grethe Kristiansen", "Ole B. Hansen").
const NAME_LINE = /^(\p{Lu}[\p{Ll}'-]+(?:[ -]\p{Lu}\.?[\p{Ll}'-]*){1,3})$/u;

function toName(raw: string, rawStart: number, source: PersonName['source'], titles: readonly string[] = []): PersonName {
  const lower = raw.toLowerCase();
  const title = titles.find((t) => lower.startsWith(`${t.toLowerCase()} `));
  const full = title ? raw.slice(title.length + 1).trim() : raw;
  const start = rawStart + (raw.length - full.length);
  const parts = full.split(/\s+/);
  const name = { full, first: parts[0]!, start, end: start + full.length, source };
  return parts.length > 1 ? { ...name, last: parts[parts.length - 1]! } : name;
}

function isPersonLine(line: string, vocabulary: NameVocabulary, allowSingle = false): boolean {
  if (!NAME_LINE.test(line) && !(allowSingle && /^\p{Lu}[\p{Ll}'-]+$/u.test(line))) return false;
  return !line.split(/[\s-]+/).some((w) => vocabulary.notNameWords.has(w.toLowerCase()));
}

function lineSpans(text: string, block: Block): (Span & { text: string })[] {
  const out: (Span & { text: string })[] = [];
  let offset = block.start;
  for (const raw of text.slice(block.start, block.end).split(/\n/)) {
    const lead = raw.length - raw.trimStart().length;
    const clean = raw.trim().replace(/^[*_]+|[*_]+$/g, '').replace(/(?<!\s)\s{2,}$/, '');
    const inner = raw.indexOf(clean);
    if (clean) out.push({ start: offset + (inner >= 0 ? inner : lead), end: offset + (inner >= 0 ? inner : lead) + clean.length, text: clean });
    offset += raw.length + 1;
  }
  return out;
}

export function findAddressee(parsed: ParsedText, headerEnd: number, vocabulary: NameVocabulary, frontmatter: Readonly<Record<string, unknown>>): PersonName | undefined {
  const fromFrontmatter = frontmatter.modtager ?? frontmatter.addressee ?? frontmatter.navn;
  if (typeof fromFrontmatter === 'string' && parsed.frontmatter) {
    const at = parsed.text.indexOf(fromFrontmatter, parsed.frontmatter.start);
    return toName(fromFrontmatter.trim(), at, 'frontmatter');
  }
  // Address block: a person line followed by a line with a house number.
  for (const block of parsed.blocks) {
    if (block.start >= headerEnd) break;
    const lines = lineSpans(parsed.text, block);
    for (let i = 0; i < lines.length; i++) {
      // The street line may come after a "c/o" or company line.
      if (!lines.slice(i + 1, i + 3).some((next) => /\d/.test(next.text))) continue;
      const people = peopleOnLine(lines[i]!, vocabulary);
      if (people.length) return people[0];
    }
  }
  // [^\S\n]* (not \s*) after a line start, here and in `vedr`: \s* ran over every following blank line from each
  // one, quadratically (a letter of 50,000 empty lines took 10 s; found by test/robustness/regex.test.ts).
  const salutation = new RegExp(`(?:^|\\n)[^\\S\\n]*(?:${vocabulary.salutations.join('|')})\\s+(\\p{Lu}[\\p{Ll}'-]+(?:[ -]\\p{Lu}[\\p{Ll}'-]+){0,3})\\s*[,!\\n]`, 'u');
  const m = salutation.exec(parsed.text);
  if (m) {
    const start = m.index + m[0].indexOf(m[1]!);
    if (isPersonLine(m[1]!, vocabulary, true)) return toName(m[1]!, start, 'salutation', vocabulary.titles);
  }
  const partyLine = regexFor(vocabulary.partyLabels, 'party', () => new RegExp(`(?:^|\\n)[^\\S\\n]*\\**(?:${alternation(vocabulary.partyLabels)})\\s*:\\s*(\\p{Lu}[\\p{Ll}'-]+(?:[ -]\\p{Lu}[\\p{Ll}'-]+){1,3})`, 'u'));
  const vedr = partyLine.exec(parsed.text);
  if (vedr && isPersonLine(vedr[1]!, vocabulary)) return toName(vedr[1]!, vedr.index + vedr[0].indexOf(vedr[1]!), 'vedr');
  return undefined;
}

// "c/o Jens Holm", "v/ Ali Demir", "Att.: Karen Holm", "Fru Karen Holm": the name after a prefix that is not part of it.
const LINE_PREFIX = /^(?:[cC]\/[oO]\s*|[vV]\/\s*|(?:[Aa]tt(?:ention)?|ATT|[Ff]ru|[Ff]rk|[Hh]r)[.:\s][.:\s]*)(?=\p{Lu})/u;

/** The people named on one line of an address block: "Karen Holm", "c/o Jens Holm", "Anne og Peter Hansen". */
function peopleOnLine(line: Span & { text: string }, vocabulary: NameVocabulary, allowSingle = false): PersonName[] {
  const prefix = LINE_PREFIX.exec(line.text)?.[0] ?? '';
  const body = line.text.slice(prefix.length);
  const start = line.start + prefix.length;
  const couple = /^(\p{Lu}[\p{Ll}'-]+)\s+og\s+(\p{Lu}[\p{Ll}'-]+(?:[ -]\p{Lu}[\p{Ll}'-]+){1,3})$/u.exec(body);
  if (couple) {
    const second = toName(couple[2]!, start + body.indexOf(couple[2]!, couple[1]!.length), 'adresse');
    if (!isPersonLine(couple[2]!, vocabulary)) return [];
    const first = toName(`${couple[1]!}${second.last ? ` ${second.last}` : ''}`, start, 'adresse');
    return [{ ...first, end: start + couple[1]!.length }, second];
  }
  return isPersonLine(body, vocabulary, allowSingle) ? [toName(body, start, 'adresse', vocabulary.titles)] : [];
}

/** Every person named in the letterhead and address block (before the salutation). */
export function findHeaderPeople(parsed: ParsedText, headerEnd: number, vocabulary: NameVocabulary): PersonName[] {
  const people: PersonName[] = [];
  for (const block of parsed.blocks) {
    if (block.start >= headerEnd) break;
    if (parsed.frontmatter && block.start < parsed.frontmatter.end) continue;
    for (const line of lineSpans(parsed.text, block)) people.push(...peopleOnLine(line, vocabulary));
  }
  return people;
}

const salutationLines = new WeakMap<NameVocabulary, RegExp>();
function salutationLine(vocabulary: NameVocabulary): RegExp {
  let regex = salutationLines.get(vocabulary);
  if (!regex) {
    const words = vocabulary.salutations.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    regex = new RegExp(`(?:^|\\n)[ \\t#*]*(?:${words})[ \\t]+([^\\n,!]{2,80})`, 'u');
    salutationLines.set(vocabulary, regex);
  }
  return regex;
}

/** The people greeted in the salutation: "Kære Karen Holm", "Kære fru Bech", "Kære Camilla og Thomas Vestergaard". */
export function findSalutation(parsed: ParsedText, headerEnd: number, vocabulary: NameVocabulary): PersonName[] {
  // The salutation is the first line that opens with a salutation word, at or after the letterhead.
  const from = parsed.frontmatter?.end ?? 0;
  const line = salutationLine(vocabulary).exec(parsed.text.slice(from, Math.max(headerEnd, from) + 2000));
  if (!line) return [];
  const start = from + line.index + line[0].lastIndexOf(line[1]!);
  const raw = line[1]!.replace(/(?<![*_\s])[*_\s]+$/, '');
  return peopleOnLine({ start, end: start + raw.length, text: raw }, vocabulary, true).map((p) => ({ ...p, source: 'salutation' }));
}

/** The caseworker who signs: the first person line after the closing greeting. */
export function findSignatory(parsed: ParsedText, vocabulary: NameVocabulary, closings: readonly string[]): PersonName | undefined {
  const lower = parsed.text.toLowerCase();
  let at = -1;
  for (const closing of closings) at = Math.max(at, lower.lastIndexOf(closing.toLowerCase()));
  if (at < 0) return undefined;
  for (const block of parsed.blocks) {
    if (block.end <= at) continue;
    for (const line of lineSpans(parsed.text, block)) {
      if (line.start > at && isPersonLine(line.text, vocabulary)) return toName(line.text, line.start, 'signatur', vocabulary.titles);
    }
  }
  return undefined;
}
