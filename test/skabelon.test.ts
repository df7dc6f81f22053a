import { describe, expect, it } from 'vitest';
import { lintText } from './helpers/session.js';

function placeholders(text: string): string[] {
  return lintText(text).messages.filter((m) => m.ruleId === 'skabelon/pladsholder').map((m) => text.slice(m.start, m.end));
}

describe('skabelon/pladsholder', () => {
  it('flags bracketed field names, X runs, angle-bracket instructions, mustache and Word merge fields', () => {
    const text = 'Kære {{modtager}}\n\nDu bor på [ADRESSE] og får <skriv beløb> kr. fra XX-XX-XXXX. Hilsen «Sagsbehandler».';
    expect(placeholders(text)).toEqual(['{{modtager}}', '[ADRESSE]', '<skriv beløb>', 'XX-XX-XXXX', '«Sagsbehandler»']);
  });

  it('flags a field name in brackets in the signature ("Telefon: [Telefon direkte]")', () => {
    expect(placeholders('Kære Anna\n\nDu får hjælp.\n\nVenlig hilsen\n\nLouise Brandt\nTelefon: [Telefon direkte]\n')).toEqual(['[Telefon direkte]']);
  });

  it('flags a field name in angle brackets, also with typographic ones', () => {
    expect(placeholders('Kære Anna\n\nRing til leverandøren på ‹leverandørens telefonnummer>.')).toEqual(['‹leverandørens telefonnummer>']);
  });

  it('flags XX for a missing number, but not a masked CPR number', () => {
    expect(placeholders('Kære Anna\n\nCPR-nr.: 140341-xxxx\n\nDu skal svare på tilbuddet inden XX\ndage.')).toEqual(['XX']);
  });

  it('leaves Markdown links, ordinary brackets and roman numerals alone', () => {
    const text = 'Se [vejledningen](https://example.org) og kapitel XI [bilag 2 er vedlagt]. Hun er XL i størrelse.';
    expect(placeholders(text)).toEqual([]);
  });

  it('reports the exact span of the placeholder with a Danish message', () => {
    const text = 'Vi har modtaget din ansøgning den [DATO].';
    const [message] = lintText(text).messages;
    expect(message).toMatchObject({ ruleId: 'skabelon/pladsholder', topic: 'skabelon', start: 34, end: 40, severity: 'error' });
    expect(message!.reason).toContain('[DATO]');
    expect(message!.url).toMatch(/skabelon\.md#skabelonpladsholder$/);
  });
});
