// Regular expressions built from rule data: escaped alternations, compiled once per data array.
export function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Alternatives for a regex, longest first so that "Vedrørende" wins over "Vedr". */
export function alternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

const built = new WeakMap<object, Map<string, RegExp>>();

/** The regex `name` for this data array, built on first use. */
export function regexFor(data: object, name: string, build: () => RegExp): RegExp {
  let byName = built.get(data);
  if (!byName) built.set(data, (byName = new Map()));
  let regex = byName.get(name);
  if (!regex) byName.set(name, (regex = build()));
  return regex;
}
