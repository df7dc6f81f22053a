// Minimal argument parsing: flags with values (--format json), boolean flags and positionals.
export interface ParsedArgs {
  readonly positionals: string[];
  readonly flags: Map<string, string | true>;
}

export class UsageError extends Error {}

export function parseArgs(argv: readonly string[], valueFlags: readonly string[]): ParsedArgs {
  const positionals: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
    } else if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    } else {
      const [name, inline] = arg.replace(/^--?/, '').split('=', 2) as [string, string | undefined];
      if (valueFlags.includes(name)) {
        const value = inline ?? argv[++i];
        if (value === undefined) throw new UsageError(`--${name} kræver en værdi.`);
        flags.set(name, value);
      } else {
        flags.set(name, inline ?? true);
      }
    }
  }
  return { positionals, flags };
}
