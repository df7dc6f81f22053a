import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig, resolveConfig, ruleSeverity } from '../server/src/engine/config.js';
import { lintText } from './helpers/session.js';

describe('configuration', () => {
  it('turns rules off and changes severities by rule id or topic', () => {
    const text = 'Du bor på [ADRESSE]. CPR-nr. 120361-1234.';
    expect(lintText(text, 'text', { rules: { skabelon: 'off' } }).messages.map((m) => m.ruleId)).toEqual(['persondata/cpr']);
    const warned = lintText(text, 'text', { rules: { 'persondata/cpr': 'warning' } }).messages.find((m) => m.ruleId === 'persondata/cpr');
    expect(warned?.severity).toBe('warning');
  });

  it('merges layers with later layers winning', () => {
    const config = resolveConfig({ rules: { stavning: 'off' }, words: ['Vejlebo'] }, { rules: { stavning: 'hint' }, words: ['Ølby'] });
    expect(ruleSeverity(config, 'stavning/ukendt-ord', 'error')).toBe('hint');
    expect([...config.words]).toEqual(['Vejlebo', 'Ølby']);
  });

  it('rejects unknown settings and wrong values with a Danish message naming the origin', () => {
    expect(() => parseConfig({ regler: {} }, 'brevtjek.json')).toThrow(ConfigError);
    expect(() => parseConfig({ regler: {} }, 'brevtjek.json')).toThrow(/brevtjek\.json: ukendt indstilling "regler"/);
    expect(() => parseConfig({ defaultArea: 'sport' }, 'x.json')).toThrow(/defaultArea/);
  });

  it('honours inline disable comments', () => {
    const text = '<!-- brevtjek-disable-next-line skabelon -->\nDu bor på [ADRESSE].\n\nDu bor på [BY].\n\n<!-- brevtjek-disable -->\nCPR-nr. 120361-1234 og [POSTNR].';
    const found = lintText(text).messages.map((m) => text.slice(m.start, m.end));
    expect(found).toEqual(['[BY]']);
  });
});
