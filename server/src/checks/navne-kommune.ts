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

const LETTERHEAD = 300;
const base = (name: string): string => name.toLowerCase().replace(/s$/, '');

export function forkertKommune(ctx: CheckContext): void {
  const { model } = ctx;
  const c = compile(ctx.kb);
  const text = model.flowText;
  const mentions = model.kommuneMentions.filter((m) => !c.notNames.has(m.written.toLowerCase()));
  // The letterhead names the sender first, also when the municipality is not in the list of the 98.
  const sender = mentions.find((m) => m.start < LETTERHEAD && /(?:^|\n)[ \t#*]*$/.test(text.slice(Math.max(0, m.start - 10), m.start)))?.written ?? model.facts.sender.kommune;
  if (!sender) return;
  const own = base(sender);
  const senderSpan = model.facts.sender.kommuneSpan;
  const frontmatterEnd = model.parsed.frontmatter?.end ?? 0;
  // Once the letter has named another municipality for a reason ("Du flyttede fra Vejle Kommune"), later mentions of
  // the same one are about the same thing.
  const explained = new Set<string>();
  for (const m of mentions) {
    const start = m.start;
    if (start < frontmatterEnd || base(m.written) === own || (base(m.written) === `${own}s`)) continue;
    if (explained.has(base(m.written))) continue;
    const sentence = model.parsed.sentences.find((s) => s.start <= start && start < s.end);
    const before = text.slice(sentence?.start ?? Math.max(0, start - 60), start);
    const sentenceText = sentence ? text.slice(sentence.start, sentence.end) : before;
    if (c.before.some((r) => r.test(before)) || c.sentence.some((r) => r.test(sentenceText))) {
      explained.add(base(m.written));
      continue;
    }
    const genitive = m.word.toLowerCase().endsWith('s') ? 's' : '';
    const senderName = sender.charAt(0).toUpperCase() + sender.slice(1).toLowerCase().replace(/(?<=-)\p{Ll}/u, (x) => x.toUpperCase());
    ctx.report({
      ruleId: 'navne/forkert-kommune',
      message: 'kommune',
      start,
      end: m.end,
      values: { name: text.slice(m.start, m.end), sender: `${senderName} Kommune` },
      expected: [`${senderName} Kommune${genitive}`],
      fixable: false,
      ...(senderSpan ? { related: [{ start: senderSpan.start, end: senderSpan.end, message: 'Afsenderen' }] } : {}),
    });
  }
}
