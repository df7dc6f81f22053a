// Vejledning (forvaltningsloven § 7 and good administrative practice): a refusal should tell the citizen whom to
// contact with questions, or where to find other help.
import type { Check } from '../engine/check.js';
import { legalData } from './legal/compiled.js';
import { isContestedDecision, legalRegions } from './legal/regions.js';

export const vejledning: Check = {
  meta: {
    id: 'vejledning',
    topic: 'vejledning',
    rules: ['vejledning/kontakt'],
    messages: {
      kontakt: 'Brevet giver afslag, men siger ikke, hvem borgeren kan kontakte med spørgsmål, og peger ikke på anden hjælp. Skriv navn og telefonnummer eller e-mail på sagsbehandleren, og nævn andre muligheder, fx borgerrådgiveren, så borgeren ikke står alene med et nej.',
    },
  },
  run({ model, kb, report }) {
    if (!isContestedDecision(model)) return;
    const data = legalData(kb).vejledning;
    const regions = legalRegions(model, kb);
    // The letterhead's switchboard number does not count as a contact for questions about this decision.
    if (data.contact.test(regions.afterHeader) || data.otherHelp.test(regions.afterHeader)) return;
    report({ ruleId: 'vejledning/kontakt', message: 'kontakt', ...regions.anchor, documentLevel: true });
  },
};
