// Finds every regular expression Brevtjek uses, generically, so patterns added later are covered too:
// - rule data: every string anywhere in the loaded rules/data that compiles as a regular expression and uses regex
//   syntax (phrase-syntax strings are included; testing them costs nothing), and every RegExp in the compiled
//   vocabularies;
// - code: every regex literal and every `new RegExp("literal", …)` in server/src/**/*.ts (TypeScript parser).
// Regexes built from template strings in code are listed as dynamic; their data sources are covered above.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import type { KnowledgeBase } from '../../server/src/knowledge/knowledge-base.js';
import { ROOT } from './fuzz-helpers.js';

export interface FoundRegex {
  readonly where: string;
  readonly source: string;
  readonly flags: string;
}

const REGEX_SYNTAX = /[\\()[\]{}|?*+^$]/;

function compiles(source: string, flags: string): boolean {
  try {
    new RegExp(source, flags);
    return true;
  } catch {
    return false;
  }
}

export function regexesInData(kb: KnowledgeBase): FoundRegex[] {
  const out: FoundRegex[] = [];
  const seen = new Set<unknown>();
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'string') {
      if (REGEX_SYNTAX.test(value) && compiles(value, 'iu')) out.push({ where: `rules/data ${path}`, source: value, flags: 'iu' });
      return;
    }
    if (value instanceof RegExp) {
      out.push({ where: `vocabulary ${path}`, source: value.source, flags: value.flags });
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (value instanceof Map) for (const [k, v] of value) walk(v, `${path}.${String(k)}`);
    else if (value instanceof Set) [...value].forEach((v, i) => walk(v, `${path}[${i}]`));
    else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`));
    else for (const [k, v] of Object.entries(value)) walk(v, `${path}.${k}`);
  };
  walk(kb.data, '');
  return out;
}

export function regexesInObject(value: unknown, label: string): FoundRegex[] {
  const out: FoundRegex[] = [];
  const seen = new Set<unknown>();
  const walk = (v: unknown, path: string): void => {
    if (v instanceof RegExp) {
      out.push({ where: `${label} ${path}`, source: v.source, flags: v.flags });
      return;
    }
    if (v === null || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (v instanceof Map) for (const [k, x] of v) walk(x, `${path}.${String(k)}`);
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`));
    else if (!(v instanceof Set)) for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(value, '');
  return out;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...tsFiles(path));
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(path);
  }
  return out;
}

export function regexesInCode(dir = join(ROOT, 'server', 'src')): { found: FoundRegex[]; dynamic: string[] } {
  const found: FoundRegex[] = [];
  const dynamic: string[] = [];
  for (const file of tsFiles(dir)) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${relative(ROOT, file)}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const slash = text.lastIndexOf('/');
        found.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        const [pattern, flags] = node.arguments ?? [];
        if (pattern && (ts.isStringLiteral(pattern) || ts.isNoSubstitutionTemplateLiteral(pattern)) && (!flags || ts.isStringLiteral(flags))) {
          found.push({ where: where(node), source: pattern.text, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
        } else {
          dynamic.push(where(node));
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return { found, dynamic };
}

/** Characters a pattern mentions literally, plus one representative of each class it uses. */
export function interestingChars(source: string): string[] {
  const chars = new Set<string>(['a', 'æ', 'A', ' ', '1', '.', '\n', '-', '§']);
  const classes: [RegExp, string[]][] = [
    [/\\d/, ['7']], [/\\s/, ['\t', '\u00a0']], [/\\w/, ['_']], [/\\p\{L/, ['ø', 'É']], [/\\p\{Lu/, ['Ø']], [/\\b/, ['x']],
  ];
  for (const [test, reps] of classes) if (test.test(source)) reps.forEach((c) => chars.add(c));
  const unescaped = source.replace(/\\[pPu]\{[^}]*\}|\\[dDsSwWbBnrtfv0]|\\x[0-9a-fA-F]{2}|\\u[0-9a-fA-F]{4}/g, '');
  for (const c of unescaped.replace(/\\(.)/g, '$1')) if (!/[\s()[\]{}|?*+^$\\]/.test(c) || c === ' ') chars.add(c);
  return [...chars].slice(0, 24);
}
