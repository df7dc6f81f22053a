import { describe, expect, it } from 'vitest';
import { lintText } from './helpers/session.js';

describe('parsing Danish letters', () => {
  it('does not end sentences after Danish abbreviations or ordinal dates', () => {
    const text = 'Vi har jf. § 100, stk. 2, i serviceloven vurderet sagen den 14. marts 2025 bl.a. ud fra lægens udtalelse. Du får svar.';
    const { model } = lintText(text, 'text');
    expect(model.parsed.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Vi har jf. § 100, stk. 2, i serviceloven vurderet sagen den 14. marts 2025 bl.a. ud fra lægens udtalelse.',
      'Du får svar.',
    ]);
  });

  it('joins words split by a hyphenated line break', () => {
    const { model } = lintText('Vi har afsluttet sags-\nbehandlingen i dag.', 'text');
    expect(model.parsed.words.map((w) => w.value)).toContain('sagsbehandlingen');
  });

  it('maps Markdown positions exactly back to the source', () => {
    const text = '---\nmodtager: Karen Holm\n---\n# Afgørelse\n\nDu får **ikke** hjælp til [ADRESSE].\n';
    const result = lintText(text);
    const word = result.model.parsed.words.find((w) => w.value === 'hjælp')!;
    expect(text.slice(word.start, word.end)).toBe('hjælp');
    expect(result.facts.addressee?.full).toBe('Karen Holm');
    const placeholder = result.messages.find((m) => m.ruleId === 'skabelon/pladsholder')!;
    expect(text.slice(placeholder.start, placeholder.end)).toBe('[ADRESSE]');
  });

  it('recognises plain-text headings in capitals and short heading lines', () => {
    const text = 'Esbjerg Kommune\n\nKære Ole\n\nDu får afslag på en ny kørestol efter servicelovens § 112.\n\nBEGRUNDELSE\nVi har lagt vægt på, at din nuværende kørestol dækker dit behov.\n\nHvad gør du, hvis du er uenig?\nDu kan klage til os inden 4 uger. Vi ser på sagen igen og sender den til Ankestyrelsen.';
    const { facts } = lintText(text, 'text');
    const roles = facts.sections.map((s) => s.role);
    expect(roles).toContain('begrundelse');
    expect(roles).toContain('klagevejledning');
    expect(facts.sender.kommune).toBe('Esbjerg');
  });
});

describe('bullet lines in plain text', () => {
  it('starts a new sentence at a bullet at the start of a line', () => {
    const text = 'Du kan fx fortælle os:\n- om oplysningerne om lønnen er rigtige\n- om du har fortalt os om lønnen\n\nVi hører fra dig.';
    const { model } = lintText(text, 'text');
    expect(model.parsed.sentences.map((s) => text.slice(s.start, s.end))).toEqual(['Du kan fx fortælle os:', '- om oplysningerne om lønnen er rigtige', '- om du har fortalt os om lønnen', 'Vi hører fra dig.']);
  });
});

describe('sentence ends after numbers', () => {
  it('ends a sentence after "nr. 3." or "kl. 19." when a capitalised word follows, but not before a lower-case noun', () => {
    const text = 'Du bor i lejlighed nr. 3. Vi har set på sagen. Han går i 3. klasse fra den 14. marts 2025.';
    const { model } = lintText(text, 'text');
    expect(model.parsed.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Du bor i lejlighed nr. 3.',
      'Vi har set på sagen.',
      'Han går i 3. klasse fra den 14. marts 2025.',
    ]);
  });
});

describe('sentence cache', () => {
  it('gives the same words and offsets when a letter is linted again after an edit elsewhere', () => {
    const letter = '# Afgørelse\n\nDu får **ikke** hjælp jf. § 100, stk. 2.\n\nVi har set på sagen den 3. marts 2025.\n';
    const edited = letter.replace('# Afgørelse', '# Afgørelse om hjælp');
    const fresh = lintText(edited).model.parsed.words.map((w) => [w.value, w.start, w.end]);
    lintText(letter);
    const again = lintText(edited).model.parsed.words.map((w) => [w.value, w.start, w.end]);
    expect(again).toEqual(fresh);
    for (const [value, start, end] of again) expect(edited.slice(start as number, end as number).replace(/[*_]/g, '')).toContain(String(value).replace(/\.$/, ''));
  });
});
