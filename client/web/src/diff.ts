// A word diff (longest common subsequence over words and the whitespace between them) for training mode.
export interface DiffPart {
  readonly kind: 'same' | 'removed' | 'added';
  readonly text: string;
}

/** Words with their trailing whitespace (leading whitespace is a token of its own). */
export function tokens(text: string): string[] {
  return text.match(/^\s+|[^\s]+\s*/g) ?? [];
}

/** Parts in order; concatenating same+removed gives `before`, same+added gives `after`. */
export function wordDiff(before: string, after: string): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: LCS length of a[i..] and b[j..], in one flat array.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = a[i] === b[j]
        ? lengths[(i + 1) * (m + 1) + j + 1]! + 1
        : Math.max(lengths[(i + 1) * (m + 1) + j]!, lengths[i * (m + 1) + j + 1]!);
    }
  }
  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
    else parts.push({ kind, text });
  };
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      push('same', a[i]!);
      i++;
      j++;
    } else if (lengths[(i + 1) * (m + 1) + j]! >= lengths[i * (m + 1) + j + 1]!) {
      push('removed', a[i++]!);
    } else {
      push('added', b[j++]!);
    }
  }
  while (i < n) push('removed', a[i++]!);
  while (j < m) push('added', b[j++]!);
  return readable(parts);
}

/**
 * A rewrite shares many small words with the original ("i", "af", "til"); matching them chops the diff into
 * confetti. Short common runs between two changes are folded into the change, so the reader sees whole phrases.
 */
function readable(parts: readonly DiffPart[]): DiffPart[] {
  const isChange = (p: DiffPart | undefined) => p !== undefined && p.kind !== 'same';
  const folded: DiffPart[] = [];
  parts.forEach((part, k) => {
    const short = part.kind === 'same' && tokens(part.text).length <= 2 && part.text.length <= 14;
    if (short && isChange(parts[k - 1]) && isChange(parts[k + 1])) {
      folded.push({ kind: 'removed', text: part.text }, { kind: 'added', text: part.text });
    } else {
      folded.push(part);
    }
  });
  // Regroup: within each run of changes, all removed text first, then all added text.
  const result: DiffPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    if (removed) result.push({ kind: 'removed', text: removed });
    if (added) result.push({ kind: 'added', text: added });
    removed = '';
    added = '';
  };
  for (const part of folded) {
    if (part.kind === 'removed') removed += part.text;
    else if (part.kind === 'added') added += part.text;
    else {
      flush();
      const last = result[result.length - 1];
      if (last?.kind === 'same') result[result.length - 1] = { kind: 'same', text: last.text + part.text };
      else result.push(part);
    }
  }
  flush();
  return result;
}
