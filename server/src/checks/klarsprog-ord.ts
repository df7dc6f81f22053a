// klarsprog/ord: stiff official wording with a plain alternative ("såfremt" → "hvis"). The lexicon is data
// (rules/data/klarsprog.yaml); this module only runs the substitution rule type over the whole letter, the subject
// line included ("Vedr.:").
import type { Check } from '../engine/check.js';
import { reportSubstitutions } from './rule-types/substitution.js';
import { isQuotation } from './rule-types/scope.js';

export const klarsprogOrd: Check = {
  meta: {
    id: 'klarsprog-ord',
    topic: 'klarsprog',
    rules: ['klarsprog/ord'],
    messages: {
      erstat: '"{actual}" er et stift ord. Skriv hellere {expected}.',
      omskriv: '"{actual}" er stift kancellisprog. Skriv sætningen om med almindelige ord.',
    },
  },
  run(context) {
    reportSubstitutions(context, 'klarsprog/ord', context.kb.data.klarsprog.entries, context.model.parsed.sentences.filter((s) => !isQuotation(context.model, s)), { withReplacement: 'erstat', withoutReplacement: 'omskriv' });
  },
};
