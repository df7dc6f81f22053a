// tone/*: reproach, repeated-reminder reproach, blame-shifting and lecturing. Phrase families are data
// (rules/data/tone.yaml); this module runs the existence rule type over the letter's body.
import type { Check } from '../engine/check.js';
import { reportExistence } from './rule-types/existence.js';
import { bodySentences } from './rule-types/scope.js';

const templateByRule: Readonly<Record<string, string>> = {
  'tone/bebrejdelse': 'bebrejdelse',
  'tone/gentagelse': 'gentagelse',
  'tone/ansvarsfraskrivelse': 'ansvarsfraskrivelse',
  'tone/belaerende': 'belaerende',
};

export const tone: Check = {
  meta: {
    id: 'tone',
    topic: 'tone',
    rules: Object.keys(templateByRule),
    messages: {
      bebrejdelse: '"{actual}" bebrejder borgeren for ikke at kende reglerne. Forklar reglen i stedet.',
      gentagelse: '"{actual}" minder borgeren om, at det er sagt før. Forklar det igen, kort og venligt.',
      ansvarsfraskrivelse: '"{actual}" skubber ansvaret over på borgeren. Sig, hvad borgeren kan gøre, og hvordan vi kan hjælpe.',
      belaerende: '"{actual}" belærer borgeren om fremtiden. Skriv, hvad der skal ske, og hvorfor.',
    },
  },
  run(context) {
    reportExistence(context, context.kb.data.tone.families, bodySentences(context.model), (ruleId) => templateByRule[ruleId]!);
  },
};
