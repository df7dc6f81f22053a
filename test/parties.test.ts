// parties: the addressee across layouts (address block with c/o or "Att.", two people, De-form salutation).
import { describe, expect, it } from 'vitest';
import { findHeaderPeople, findSalutation } from '../server/src/engine/parties.js';
import { lintText } from './helpers/session.js';

const modelOf = (text: string) => lintText(text, 'text').model;

describe('parties', () => {
  it('reads the addressee from an address block with c/o', () => {
    const model = modelOf('Ballerup Kommune\n\nc/o Jens Holm\nLindevej 12\n2750 Ballerup\n\nKære Jens Holm\n\nDu får hjælp til rengøring hver uge.\n');
    expect(model.facts.addressee).toMatchObject({ full: 'Jens Holm', source: 'adresse' });
  });
  it('finds both people of "Anne og Peter Hansen", sharing the surname', () => {
    const model = modelOf('Ballerup Kommune\n\nAnne og Peter Hansen\nLindevej 12\n2750 Ballerup\n\nKære Anne og Peter Hansen\n\nI får hjælp til rengøring hver uge.\n');
    expect(findHeaderPeople(model.parsed, model.text.indexOf('Kære'), model.vocabulary.names).map((p) => p.full)).toEqual(['Anne Hansen', 'Peter Hansen']);
  });
  it('reads a De-form salutation with a lower-case title', () => {
    const model = modelOf('Ballerup Kommune\n\nKære fru Bech\n\nDe får hjælp til rengøring hver uge fra næste måned.\n');
    expect(findSalutation(model.parsed, model.headerEnd, model.vocabulary.names).map((p) => p.full)).toEqual(['Bech']);
  });
  it('strips "Att." from an address line', () => {
    const model = modelOf('Ballerup Kommune\n\nAtt.: Karen Holm\nLindevej 12\n2750 Ballerup\n\nKære Karen\n\nDu får hjælp til rengøring hver uge.\n');
    expect(model.facts.addressee).toMatchObject({ full: 'Karen Holm', source: 'adresse' });
  });
});
