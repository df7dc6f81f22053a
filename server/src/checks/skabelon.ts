// Leftover template text: "[ADRESSE]", "XX-XX-XXXX", "<skriv beløb>", "{{modtager}}". Patterns are data
// (rules/data/placeholders.yaml); this module only runs them.
import type { Check } from '../engine/check.js';

const compiled = new WeakMap<object, RegExp[]>();

export const skabelon: Check = {
  meta: {
    id: 'skabelon',
    topic: 'skabelon',
    rules: ['skabelon/pladsholder'],
    messages: {
      pladsholder: 'Skabelontekst står tilbage: "{text}" ({description}). Udfyld eller slet den, før brevet sendes.',
    },
  },
  run({ model, kb, report }) {
    const patterns = kb.data.placeholders.patterns;
    let regexes = compiled.get(patterns);
    if (!regexes) {
      regexes = patterns.map((p) => new RegExp(p.regex, 'gu'));
      compiled.set(patterns, regexes);
    }
    const taken: [number, number][] = [];
    regexes.forEach((regex, i) => {
      for (const m of model.flowText.matchAll(regex)) {
        const start = m.index!;
        const end = start + m[0].length;
        if (m[0].length === 0 || taken.some(([s, e]) => start < e && end > s)) continue;
        if (model.parsed.frontmatter && start < model.parsed.frontmatter.end) continue;
        taken.push([start, end]);
        report({ ruleId: 'skabelon/pladsholder', message: 'pladsholder', start, end, values: { text: m[0], description: patterns[i]!.description } });
      }
    });
  },
};
