// Inline disable comments: <!-- brevtjek-disable stavning -->, <!-- brevtjek-enable -->,
// <!-- brevtjek-disable-line klarsprog/ord -->, <!-- brevtjek-disable-next-line -->. Ids are topics or rule ids;
// none means every rule. Works in Markdown and plain text alike.
import type { Message } from './types.js';

interface Directive {
  readonly kind: 'disable' | 'enable' | 'disable-line' | 'disable-next-line';
  readonly ids: readonly string[];
  readonly offset: number;
}

const DIRECTIVE = /<!--\s*brevtjek-(disable-next-line|disable-line|disable|enable)\b([^>]{0,500}?)-->/g;

function parseDirectives(text: string): Directive[] {
  const out: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const ids = m[2]!.split(/[\s,]+/).filter(Boolean);
    out.push({ kind: m[1] as Directive['kind'], ids, offset: m.index! });
  }
  return out;
}

function matches(ids: readonly string[], message: Message): boolean {
  return ids.length === 0 || ids.includes(message.ruleId) || ids.includes(message.topic);
}

function lineOf(text: string, offset: number): [number, number] {
  const start = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  let end = text.slice(offset).search(/[\r\n]/);
  end = end < 0 ? text.length : offset + end;
  return [start, end];
}

export function applyDisableComments(text: string, messages: readonly Message[]): Message[] {
  if (!text.includes('brevtjek-')) return [...messages];
  const directives = parseDirectives(text);
  if (directives.length === 0) return [...messages];
  return messages.filter((message) => {
    let disabled = false;
    for (const d of directives) {
      if (d.kind === 'disable' && d.offset <= message.start && matches(d.ids, message)) disabled = true;
      else if (d.kind === 'enable' && d.offset <= message.start && matches(d.ids, message)) disabled = false;
      else if (d.kind === 'disable-line' || d.kind === 'disable-next-line') {
        let [start, end] = lineOf(text, d.offset);
        if (d.kind === 'disable-next-line') [start, end] = lineOf(text, Math.min(text.length, end + (text[end] === '\r' && text[end + 1] === '\n' ? 2 : 1)));
        if (message.start >= start && message.start <= end && matches(d.ids, message)) return false;
      }
    }
    return !disabled;
  });
}
