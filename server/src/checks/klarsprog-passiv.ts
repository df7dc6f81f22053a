// klarsprog/passiv (hint): a paragraph dense with passive forms, which hide who acts. Counts s-passive
// ("sendes", "vurderes") and blive-passive ("bliver vurderet", "er blevet sendt"); deponents ("synes", "findes")
// are data exceptions, and the imperative ("Send klagen") has no passive ending, so it never counts.
import type { Check } from '../engine/check.js';
import type { Word } from '../engine/parse.js';
import { keysOf } from './rule-types/phrases.js';
import { bodySentences, blockOf } from './rule-types/scope.js';

interface PassiveVocabulary {
  readonly ending: string;
  readonly notPassive: ReadonlySet<string>;
  readonly blive: ReadonlySet<string>;
  readonly participleEndings: readonly string[];
  readonly notParticiples: ReadonlySet<string>;
}

const compiled = new WeakMap<object, PassiveVocabulary>();

function vocabulary(data: { sPassiveEnding: string; notPassive: string[]; bliveForms: string[]; participleEndings: string[]; notParticiples: string[] }): PassiveVocabulary {
  let v = compiled.get(data);
  if (!v) {
    const lower = (list: readonly string[]) => new Set(list.map((w) => w.toLowerCase()));
    v = { ending: data.sPassiveEnding, notPassive: lower(data.notPassive), blive: lower(data.bliveForms), participleEndings: data.participleEndings, notParticiples: lower(data.notParticiples) };
    compiled.set(data, v);
  }
  return v;
}

/** The passive forms of one sentence (the blive form stands for its construction). */
export function passiveForms(words: readonly Word[], keys: readonly string[], v: PassiveVocabulary): Word[] {
  const found: Word[] = [];
  for (let i = 0; i < words.length; i++) {
    const key = keys[i]!;
    if (key.length >= 5 && key.endsWith(v.ending) && !v.notPassive.has(key) && /^\p{Ll}/u.test(words[i]!.value)) {
      found.push(words[i]!);
    } else if (v.blive.has(key)) {
      // "bliver vurderet", "er blevet (ikke) sendt": a participle within the next two words.
      for (let j = i + 1; j < Math.min(words.length, i + 3); j++) {
        const k = keys[j]!;
        if (v.blive.has(k)) continue;
        if (k.length >= 4 && !v.notParticiples.has(k) && v.participleEndings.some((e) => k.endsWith(e))) {
          found.push(words[i]!);
          i = j;
        }
        break;
      }
    }
  }
  return found;
}

export const klarsprogPassiv: Check = {
  meta: {
    id: 'klarsprog-passiv',
    topic: 'klarsprog',
    rules: ['klarsprog/passiv'],
    messages: {
      taet: 'Afsnittet har {count} passive former ({examples}). Skriv, hvem der gør hvad: "Vi har vurderet …", "Du skal sende …".',
    },
  },
  run({ model, kb, report }) {
    const data = kb.data.passiv;
    const v = vocabulary(data);
    const byBlock = new Map<number, { words: number; passives: Word[] }>();
    for (const sentence of bodySentences(model)) {
      if (blockOf(model, sentence).kind !== 'paragraph') continue;
      const entry = byBlock.get(sentence.blockIndex) ?? { words: 0, passives: [] };
      entry.words += sentence.words.length;
      entry.passives.push(...passiveForms(sentence.words, keysOf(sentence), v));
      byBlock.set(sentence.blockIndex, entry);
    }
    for (const [blockIndex, { words, passives }] of byBlock) {
      if (passives.length < data.minCount || passives.length / words < data.minDensity) continue;
      const block = model.parsed.blocks[blockIndex]!;
      const examples = passives.slice(0, 3).map((w) => `"${w.value}"`).join(', ');
      report({ ruleId: 'klarsprog/passiv', message: 'taet', values: { count: passives.length, examples }, start: block.start, end: block.end });
    }
  },
};
