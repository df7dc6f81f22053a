// navne/forkert-kommune: "Esbjerg Kommune har besluttet" in a Ballerup letter. A municipality named in a
// context that shows it is legitimately another one ("flyttet fra Odense Kommune") is left alone.
import type { CheckContext } from '../engine/check.js';
import type { KnowledgeBase } from '../knowledge/knowledge-base.js';

interface Compiled { readonly notNames: ReadonlySet<string>; readonly before: readonly RegExp[]; readonly sentence: readonly RegExp[] }
const compiledFor = new WeakMap<object, Compiled>();

function compile(kb: KnowledgeBase): Compiled {
  const d = kb.data.navne.kommune;
  let c = compiledFor.get(d);
  if (!c) {
    c = { notNames: new Set(d.notNames.map((w) => w.toLowerCase())), before: d.allowedBefore.map((r) => new RegExp(r, 'iu')), sentence: d.allowedInSentence.map((r) => new RegExp(r, 'iu')) };
    compiledFor.set(d, c);
  }
  return c;
}

// "Esbjerg Kommune", "Lyngby-Taarbæk Kommunes", "BALLERUP KOMMUNE"; fictional names count too. The literal
// word is found first and the name read backwards from it, which is far cheaper than one regex over the text.
const KOMMUNE = /(Kommunes?|KOMMUNES?)(?![\p{L}])/gu;
const NAME_BEFORE = /(?<![\p{L}-])(\p{Lu}\p{L}+(?:-\p{Lu}\p{L}+)?)\s+$/u;

interface KommuneMention { readonly index: number; readonly 0: string; readonly 1: string; readonly 2: string }

function kommuneMentions(text: string): KommuneMention[] {
  const out: KommuneMention[] = [];
  for (const k of text.matchAll(KOMMUNE)) {
    const at = k.index!;
    const from = Math.max(0, at - 40);
    const name = NAME_BEFORE.exec(text.slice(from, at));
    if (name) out.push({ index: from + name.index, 0: text.slice(from + name.index, at + k[0].length), 1: name[1]!, 2: k[1]! });
  }
  return out;
}
const LETTERHEAD = 300;
const base = (name: string): string => name.toLowerCase().replace(/s$/, '');

export function forkertKommune(ctx: CheckContext): void {
  const { model } = ctx;
  const c = compile(ctx.kb);
  const text = model.text;
  const mentions = kommuneMentions(text).filter((m) => !c.notNames.has(m[1]!.toLowerCase()));
  // The letterhead names the sender first, also when the municipality is not in the list of the 98.
  const sender = mentions.find((m) => m.index < LETTERHEAD && /(?:^|\n)[ \t#*]*$/.test(text.slice(Math.max(0, m.index - 10), m.index)))?.[1] ?? model.facts.sender.kommune;
  if (!sender) return;
  const own = base(sender);
  const senderSpan = model.facts.sender.kommuneSpan;
  const frontmatterEnd = model.parsed.frontmatter?.end ?? 0;
  for (const m of mentions) {
    const start = m.index;
    if (start < frontmatterEnd || base(m[1]!) === own || (base(m[1]!) === `${own}s`)) continue;
    const sentence = model.parsed.sentences.find((s) => s.start <= start && start < s.end);
    const before = text.slice(sentence?.start ?? Math.max(0, start - 60), start);
    if (c.before.some((r) => r.test(before))) continue;
    const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : before;
    if (c.sentence.some((r) => r.test(sentenceText))) continue;
    const genitive = m[2]!.toLowerCase().endsWith('s') ? 's' : '';
    const senderName = sender.charAt(0).toUpperCase() + sender.slice(1).toLowerCase().replace(/(?<=-)\p{Ll}/u, (x) => x.toUpperCase());
    ctx.report({
      ruleId: 'navne/forkert-kommune',
      message: 'kommune',
      start,
      end: start + m[0].length,
      values: { name: m[0], sender: `${senderName} Kommune` },
      expected: [`${senderName} Kommune${genitive}`],
      fixable: false,
      ...(senderSpan ? { related: [{ start: senderSpan.start, end: senderSpan.end, message: 'Afsenderen' }] } : {}),
    });
  }
}
