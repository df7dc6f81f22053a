// The shared phrase matcher (checks/rule-types/phrases.ts) and the rule types built on it.
import { describe, expect, it } from 'vitest';
import type { Word } from '../server/src/engine/parse.js';
import { PhraseMatcher, PhraseSyntaxError, fillEndings, wordKey } from '../server/src/checks/rule-types/phrases.js';

/** Words of a plain string, split on spaces and punctuation like the parser does. */
function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\d.]+/gu)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, value: m[0] }));
}

function find(patterns: string[], text: string) {
  const matcher = new PhraseMatcher(patterns, (p) => [p]);
  return matcher.findIn(words(text), undefined, text).map((h) => ({ text: text.slice(h.start, h.end), pattern: h.entry, endings: h.endings }));
}

describe('phrase matcher', () => {
  it('matches a single word case-insensitively', () => {
    expect(find(['såfremt'], 'Såfremt du vil')).toEqual([{ text: 'Såfremt', pattern: 'såfremt', endings: [] }]);
  });

  it('matches inflections given as stem(endings) and captures the ending', () => {
    const hits = find(['fremsend(e|er|es|t)'], 'Vi fremsender brevet, som fremsendes i dag');
    expect(hits.map((h) => [h.text, h.endings])).toEqual([['fremsender', ['er']], ['fremsendes', ['es']]]);
    expect(fillEndings('send$1', ['es'])).toBe('sendes');
  });

  it('matches multiword phrases across punctuation but not partial ones', () => {
    expect(find(['i henhold til'], 'Vi har i henhold til loven')).toHaveLength(1);
    expect(find(['i henhold til'], 'Vi har i henhold')).toHaveLength(0);
    expect(find(['vi forventer at du'], 'Vi forventer, at du kommer')).toHaveLength(1);
  });

  it('supports alternatives, optional words, wildcards and gaps', () => {
    expect(find(['vi har [nu] flere|gentagne gange forklaret'], 'Vi har gentagne gange forklaret')).toHaveLength(1);
    expect(find(['vi har [nu] flere|gentagne gange forklaret'], 'Vi har nu flere gange forklaret')).toHaveLength(1);
    expect(find(['foretage en *'], 'at foretage en besigtigelse')[0]!.text).toBe('foretage en besigtigelse');
    expect(find(['det ... sørge for'], 'det må du selv sørge for')).toHaveLength(1);
    expect(find(['det ... sørge for'], 'det kan vi slet ikke altid sørge for')).toHaveLength(0);
  });

  it('prefers the longest match at a position and never overlaps', () => {
    const hits = find(['påhviler', 'det påhviler dig at'], 'Det påhviler dig at sende');
    expect(hits.map((h) => h.text)).toEqual(['Det påhviler dig at']);
  });

  it('ignores trailing periods and covers the period of an abbreviation written with one', () => {
    expect(wordKey('Vedr.')).toBe('vedr');
    const text = 'Vedr. ansøgning';
    const hits = new PhraseMatcher(['vedr.'], (p) => [p]).findIn([{ start: 0, end: 4, value: 'Vedr' }, { start: 6, end: 15, value: 'ansøgning' }], undefined, text);
    expect(text.slice(hits[0]!.start, hits[0]!.end)).toBe('Vedr.');
  });

  it('rejects patterns that cannot be looked up by their first word', () => {
    expect(() => new PhraseMatcher(['[nu] flere gange'], (p) => [p])).toThrow(PhraseSyntaxError);
    expect(() => new PhraseMatcher(['* gange'], (p) => [p])).toThrow(PhraseSyntaxError);
  });
});
