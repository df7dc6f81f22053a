// What the engine needs from a spell checker. The implementation (dictionary loading) lives in an adapter
// module, loaded once per process and passed into lint().
export interface Speller {
  /** True when the word is correctly spelt. Cached by the implementation. */
  correct(word: string): boolean;
  /** Suggestions, best first. Expensive: only called on request (code action, --suggest). */
  suggest(word: string): readonly string[];
}
