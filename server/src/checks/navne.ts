// Names that do not belong in the letter: a person named as if they were the party but who is neither the
// addressee nor anyone the letter introduces (navne/forkert-navn: copy-paste from another case, Ballerup 2023),
// and another municipality named as the sender's own authority (navne/forkert-kommune). Role words, given names
// and municipality contexts are data (rules/data/navne.yaml).
import type { Check, CheckContext } from '../engine/check.js';
import type { Word } from '../engine/parse.js';
import { findHeaderPeople, findSalutation, type PersonName } from '../engine/parties.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';
import { alternation } from '../engine/regex.js';
import { forkertKommune } from './navne-kommune.js';

interface Compiled {
  readonly surnames: ReadonlySet<string>;
  readonly surnameEndings: readonly string[];
  readonly addressPronouns: ReadonlySet<string>;
  readonly objectBefore: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  /** Lengths of the roles that also match as the end of a compound ("speciallæge"). */
  readonly suffixLengths: readonly number[];
  readonly givenNames: ReadonlySet<string>;
  /** The text between a role and the name it introduces (see roleToName). */
  readonly roleToName: RegExp;
}

const compiledFor = new WeakMap<object, Compiled>();

function compile(kb: KnowledgeBase): Compiled {
  const d = kb.data.navne;
  let c = compiledFor.get(d);
  if (!c) {
    const roles = new Set(d.roles.map((r) => r.toLowerCase()));
    c = { surnames: new Set(d.surnames), surnameEndings: d.surnameEndings, addressPronouns: new Set(d.addressPronouns), objectBefore: new Set(d.objectBefore.map((w) => w.toLowerCase())), roles, suffixLengths: [...new Set([...roles].map((r) => r.length).filter((n) => n >= 4))], givenNames: new Set(d.givenNames), roleToName: roleToName(d.roleLinks, d.rolePrepositions) };
    compiledFor.set(d, c);
  }
  return c;
}

interface Mention {
  readonly start: number;
  readonly end: number;
  readonly tokens: readonly string[];
  readonly first: number;
  readonly last: number;
  /** After a title ("fru Jensen"): a person even with one name. */
  readonly titled?: boolean;
}

/** "Olivers" → "oliver" when the base form is a given name. */
function tokenOf(value: string, c: Compiled): string {
  const base = value.endsWith('s') ? value.slice(0, -1) : value;
  return (c.givenNames.has(value) || !c.givenNames.has(base) ? value : base).toLowerCase();
}

const capitalise = (token: string): string => token.charAt(0).toUpperCase() + token.slice(1);
const capitalised = (w: Word): boolean => /^\p{Lu}\p{Ll}/u.test(w.value);
const adjacent = (text: string, a: Word, b: Word): boolean => /^[ \t]+$/.test(text.slice(a.end, b.start));

function isSurname(value: string, c: Compiled): boolean {
  return c.surnames.has(value) || c.surnameEndings.some((e) => value.length > e.length + 2 && value.endsWith(e));
}

/**
 * Person-name mentions in a sentence: a given name with optional capitalised surnames ("Mette", "Mette Lund"),
 * or any capitalised word before a surname ("Henning Dahl"). A mention followed by a word such as "Vej" or
 * "Skole" names a place or an institution ("Jens Baggesens Vej"), not a person.
 */
function mentionsIn(words: readonly Word[], text: string, c: Compiled, notNames: ReadonlySet<string>, titles: ReadonlySet<string>): Mention[] {
  const out: Mention[] = [];
  const usable = (w: Word | undefined): w is Word => w !== undefined && capitalised(w) && !notNames.has(w.value.toLowerCase());
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    const named = words[i + 1];
    if (titles.has(w.value.toLowerCase().replace(/\.$/, '')) && usable(named) && adjacent(text, w, named) && !c.givenNames.has(named.value)) {
      out.push({ start: w.start, end: named.end, tokens: [tokenOf(named.value, c)], first: i + 1, last: i + 1, titled: true });
      i++;
      continue;
    }
    const base = w.value.endsWith('s') ? w.value.slice(0, -1) : w.value;
    const given = c.givenNames.has(w.value) || c.givenNames.has(base);
    const next = words[i + 1];
    if (!given && !(usable(w) && usable(next) && adjacent(text, w, next) && isSurname(next.value, c))) continue;
    let j = i;
    while (j + 1 < words.length && j - i < 2 && usable(words[j + 1]) && adjacent(text, words[j]!, words[j + 1]!)) j++;
    const after = words[j + 1];
    // Only a capitalised next word makes a place or institution ("Jens Baggesens Vej"); "Peter Holm med at …" is a person.
    if (!(after && adjacent(text, words[j]!, after) && capitalised(after) && notNames.has(after.value.toLowerCase()))) {
      out.push({ start: w.start, end: words[j]!.end, tokens: words.slice(i, j + 1).map((x) => tokenOf(x.value, c)), first: i, last: j });
    }
    i = j;
  }
  return out;
}

function isRole(word: string, c: Compiled): boolean {
  const k = word.toLowerCase();
  return c.roles.has(k) || c.suffixLengths.some((n) => n < k.length && c.roles.has(k.slice(k.length - n)));
}

/** Nothing, a comma, a linking verb, a preposition phrase, or a phrase closed by a comma (all from rules/data). */
function roleToName(links: readonly string[], prepositions: readonly string[]): RegExp {
  return new RegExp(`^(?:\\s*(?:,\\s*)?|\\s+(?:${alternation(links)})\\s+|\\s+(?:${alternation(prepositions)})\\s[^,;:!?]{1,40}?,?\\s*|[^!?;:]{0,40},\\s*)$`, 'u');
}

/** Introduced with a role: "din læge, Mette Lund", "speciallæge Jens Ibsen", "Bo Nygaard, skolens leder". */
function introduced(words: readonly Word[], m: Mention, text: string, c: Compiled): boolean {
  // A role phrase right before the name: "psykolog Eva Lind", "din kontaktperson er Heidi Lund", "speciallæge i
  // ortopædkirurgi Kasper Winther", "vores ergoterapeut på sygehuset, Jesper Lind". Not a role further back in the
  // sentence: "Ledsageren skal hjælpe Peter Holm" introduces nobody.
  if (words.slice(Math.max(0, m.first - 5), m.first).some((w) => isRole(w.value, c) && c.roleToName.test(text.slice(w.end, m.start)))) return true;
  const after = words[m.last + 1];
  if (!after) return false;
  if (/^\s*,\s*$/.test(text.slice(m.end, after.start)) || /^\s*\(\s*$/.test(text.slice(m.end, after.start))) {
    return words.slice(m.last + 1, m.last + 5).some((w) => isRole(w.value, c));
  }
  return after.value.toLowerCase() === 'fra';
}

/** Capitalised words of a stretch of text (the letterhead, the signature): people named there belong to the letter. */
function capitalisedWords(text: string): string[] {
  return text.match(/\p{Lu}\p{Ll}+/gu) ?? [];
}

function forkertNavn(ctx: CheckContext): void {
  const { model } = ctx;
  const c = compile(ctx.kb);
  const text = model.flowText;
  const salutation = findSalutation(model.parsed, model.headerEnd, model.vocabulary.names);
  const headerEnd = Math.max(model.headerEnd, salutation[0]?.start ?? 0);
  const header = findHeaderPeople(model.parsed, headerEnd, model.vocabulary.names);
  const addressee = model.facts.addressee ?? salutation[0];
  const related = addressee ? [{ start: addressee.start, end: addressee.end, message: `Modtageren: ${addressee.full}` }] : [];
  // The signature sections (an appendix after the signature, "Bilag 1: Begrundelse", is body again).
  const signatures = model.sectionsWith('signatur').filter((s) => s.start > headerEnd);
  const inSignature = (offset: number): boolean => signatures.some((s) => offset >= s.start && offset < s.end);

  // The salutation greets someone the address block does not name.
  const fromHeader = model.facts.addressee && model.facts.addressee.source !== 'salutation' ? [model.facts.addressee] : [];
  const headerTokens = new Set([...header, ...fromHeader].flatMap((p) => p.full.toLowerCase().split(/[\s-]+/)));
  if (header.length && salutation.length && !salutation.some((p) => p.full.toLowerCase().split(/[\s-]+/).some((t) => headerTokens.has(t)))) {
    const to = header[0]!;
    for (const p of salutation) ctx.report({ ruleId: 'navne/forkert-navn', message: 'hilsen', start: p.start, end: p.end, values: { name: p.full, addressee: to.full }, related: [{ start: to.start, end: to.end, message: `Modtageren: ${to.full}` }] });
  }

  const titles = new Set(model.vocabulary.names.titles.map((t) => t.toLowerCase().replace(/\.$/, '')));
  const known = new Set<string>();
  const addToKnown = (tokens: Iterable<string>): void => { for (const t of tokens) known.add(t.toLowerCase()); };
  addToKnown(capitalisedWords(text.slice(model.parsed.frontmatter?.end ?? 0, headerEnd)));
  for (const s of signatures) addToKnown(capitalisedWords(text.slice(s.start, s.end)));
  for (const p of [...salutation, ...(model.facts.addressee ? [model.facts.addressee] : []), ...(model.facts.signatory ? [model.facts.signatory] : [])]) addToKnown(p.full.split(/[\s-]+/));
  for (const value of Object.values(model.frontmatter)) if (typeof value === 'string') addToKnown(value.split(/[\s,]+/));

  const found: { m: Mention; words: readonly Word[]; inSentence: readonly Mention[] }[] = [];
  for (const s of model.parsed.sentences) {
    if (s.start < headerEnd || inSignature(s.start)) continue;
    const inSentence = mentionsIn(s.words, text, c, model.vocabulary.names.notNameWords, titles);
    for (const m of inSentence) {
      if (salutation.some((p) => p.start <= m.start && m.start < p.end)) continue;
      found.push({ m, words: s.words, inSentence });
      if (introduced(s.words, m, text, c)) addToKnown(m.tokens);
    }
  }
  // A full name is known by its given name: "Peter Kjær" in a letter to Hanne Kjær about Poul Kjær shares only the
  // family name, which is how a name copied from a relative's case looks.
  const isKnown = (m: Mention): boolean => (m.tokens.length >= 2 && c.givenNames.has(capitalise(m.tokens[0]!)) ? known.has(m.tokens[0]!) : m.tokens.some((t) => known.has(t)));
  const unknown = found.filter(({ m }) => !isKnown(m));
  const count = new Map<string, number>();
  for (const { m } of found) count.set(m.tokens[0]!, (count.get(m.tokens[0]!) ?? 0) + 1);
  // The person the letter is about when it is not the addressee (a child, a pupil): named again and again.
  const parties = new Set([addressee, model.facts.signatory].flatMap((p) => (p ? p.full.toLowerCase().split(/[\s-]+/) : [])));
  const established = found.find(({ m }) => count.get(m.tokens[0]!)! >= 2 && !parties.has(m.tokens[0]!))?.m;
  for (const { m, words, inSentence } of unknown) {
    const name = text.slice(m.start, m.end);
    const before = words[m.first - 1];
    // "Du, Lene Østergaard, fortalte …" or a greeting at the end of a sentence: "…, Rasmus." calls the reader by name.
    const apposition = before !== undefined && c.addressPronouns.has(before.value) && /^\s*,\s*$/.test(text.slice(before.end, m.start));
    const vocative = before !== undefined && m.last === words.length - 1 && m.tokens.length === 1 && c.givenNames.has(capitalise(m.tokens[0]!)) && /^\s*,\s*$/.test(text.slice(before.end, m.start));
    const once = count.get(m.tokens[0]!) === 1;
    // A name after a preposition ("talt med", "udtalelse fra") or beside another name ("Emil og Oscar") is a third party.
    const thirdParty = (before !== undefined && c.objectBefore.has(before.value.toLowerCase())) || besideName(words, m, inSentence);
    if (apposition || vocative) {
      ctx.report({ ruleId: 'navne/forkert-navn', message: 'tiltale', start: m.start, end: m.end, values: { name, addressee: addressee?.full ?? '' }, related });
    } else if (once && !thirdParty && (m.tokens.length >= 2 || m.titled)) {
      ctx.report({ ruleId: 'navne/forkert-navn', message: 'fremmed', start: m.start, end: m.end, values: { name, addressee: addressee?.full ?? '' }, related });
    } else if (once && !thirdParty && established) {
      const other = text.slice(established.start, established.end);
      ctx.report({ ruleId: 'navne/forkert-navn', message: 'andetBarn', start: m.start, end: m.end, values: { name, other }, related: [{ start: established.start, end: established.end, message: `Brevet nævner ellers ${other}` }] });
    }
  }
}

/** "Emil og Oscar", "Oscar og Emil": a name coordinated with another name mention of the same sentence. */
function besideName(words: readonly Word[], m: Mention, inSentence: readonly Mention[]): boolean {
  const i = inSentence.indexOf(m);
  const og = (a: Mention | undefined, b: Mention | undefined): boolean => a !== undefined && b !== undefined && a.last === b.first - 2 && words[a.last + 1]?.value.toLowerCase() === 'og';
  return og(inSentence[i - 1], m) || og(m, inSentence[i + 1]);
}

export const navne: Check = {
  meta: {
    id: 'navne',
    topic: 'navne',
    rules: ['navne/forkert-navn', 'navne/forkert-kommune'],
    messages: {
      hilsen: 'Hilsenen nævner {name}, men brevet er sendt til {addressee}. Er navnet kopieret fra et andet brev?',
      tiltale: 'Brevet kalder modtageren {name}, men brevet er sendt til {addressee}. Ret navnet.',
      fremmed: '{name} er hverken modtageren eller en person, brevet har præsenteret. Er navnet kopieret fra en anden sag? Ret det, eller skriv hvem personen er (fx "din læge, {name}").',
      andetBarn: '{name} nævnes kun her; ellers handler brevet om {other}. Er navnet kopieret fra en anden sag?',
      kommune: '"{name}" er ikke afsenderen ({sender}). Ret navnet, eller skriv hvorfor den anden kommune er med.',
    },
  },
  run(ctx) {
    if (ctx.enabled('navne/forkert-navn')) forkertNavn(ctx);
    if (ctx.enabled('navne/forkert-kommune')) forkertKommune(ctx);
  },
};
