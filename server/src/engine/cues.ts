// Weighted text cues from rules/ data, compiled once. A cue is a regular expression source with a weight.
//
// Rule data is written case-insensitive ("iu"), but V8 runs /iu patterns several hundred times slower than /u
// patterns (measured 0.5 ms against 0.001 ms per letter for one klage pattern). So a pattern is compiled once in
// lower case with flag "u", and matched against lower-cased text: the same matches, at the fast speed.
export interface CueSource {
  readonly pattern: string;
  readonly weight?: number;
  readonly anywhere?: boolean;
}

export interface Cue {
  readonly regex: RegExp;
  readonly weight: number;
  readonly pattern: string;
  /** Counts in conditional or future sentences too (see letter-facts.ts). */
  readonly anywhere?: boolean;
}

/**
 * Lower-case the literal characters of a pattern, leaving escapes (\W, \S, \B, \p{…}, \u{…}) intact. Case
 * properties become plain letters (\p{Lu} → \p{L}), as they matched any letter under the "i" flag anyway.
 */
export function lowerCasePattern(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch !== '\\') { out += ch.toLowerCase(); continue; }
    const next = source[i + 1] ?? '';
    if ((next === 'p' || next === 'P' || next === 'u') && source[i + 2] === '{') {
      const close = source.indexOf('}', i + 2);
      const body = source.slice(i + 3, close < 0 ? source.length : close);
      out += `\\${next}{${next === 'u' ? body : body.replace(/^L[ult]$/, 'L')}}`;
      i = close < 0 ? source.length : close;
      continue;
    }
    out += ch + next;
    i++;
  }
  return out;
}

/** Compile a case-insensitive data pattern for use on lower-cased text (see lowerCasePattern). */
export function compileLower(source: string, global = false): RegExp {
  return new RegExp(lowerCasePattern(source), global ? 'gu' : 'u');
}

export function compileCues(sources: readonly CueSource[]): Cue[] {
  return sources.map((s) => ({ regex: compileLower(s.pattern), weight: s.weight ?? 1, pattern: s.pattern, ...(s.anywhere ? { anywhere: true } : {}) }));
}

/** Sum of the weights of the cues that occur in the text (each cue counts once). */
export function cueScore(text: string, cues: readonly Cue[]): number {
  const lower = text.toLowerCase();
  let score = 0;
  for (const cue of cues) if (cue.regex.test(lower)) score += cue.weight;
  return score;
}
