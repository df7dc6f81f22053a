// The letter with its span findings highlighted in topic colours. Overlapping findings split the text into
// segments; each segment belongs to the shortest finding covering it, and the first segment of every finding
// is focusable so the letter can be walked with the keyboard.
import { clear, h } from './dom.js';
import type { Finding } from './api.js';
import { SEVERITY_LABEL } from './labels.js';

export interface LetterViewOptions {
  readonly onSelect?: (finding: Finding) => void;
  /** Extra class per segment, e.g. to hide findings not yet revealed in training mode. */
  readonly visible?: (finding: Finding) => boolean;
}

export function spanFindings(findings: readonly Finding[]): Finding[] {
  return findings.filter((f) => !f.extra.documentLevel && f.to > f.from);
}

export function renderLetter(container: HTMLElement, text: string, findings: readonly Finding[], options: LetterViewOptions = {}): void {
  clear(container);
  const spans = spanFindings(findings).filter((f) => options.visible?.(f) ?? true);
  const cuts = new Set<number>([0, text.length]);
  for (const f of spans) {
    cuts.add(Math.min(f.from, text.length));
    cuts.add(Math.min(f.to, text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const started = new Set<number>();
  for (let k = 0; k + 1 < points.length; k++) {
    const from = points[k]!;
    const to = points[k + 1]!;
    const piece = text.slice(from, to);
    const covering = spans.filter((f) => f.from <= from && f.to >= to);
    if (covering.length === 0) {
      container.append(piece);
      continue;
    }
    const primary = covering.reduce((best, f) => (f.to - f.from < best.to - best.from ? f : best));
    const first = !started.has(primary.index);
    started.add(primary.index);
    const mark = h('mark', {
      class: `finding topic-${primary.topic} severity-${primary.severity}`,
      'data-index': primary.index,
      'data-covers': covering.map((f) => f.index).join(' '),
      title: covering.map((f) => `${SEVERITY_LABEL[f.severity] ?? f.severity}: ${f.message}`).join('\n'),
      ...(first && options.onSelect ? { tabindex: 0, role: 'button', 'aria-label': `${SEVERITY_LABEL[primary.severity] ?? ''}: ${primary.message}` } : {}),
    }, piece);
    if (options.onSelect) {
      const select = options.onSelect;
      mark.addEventListener('click', () => select(primary));
      mark.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          select(primary);
        }
      });
    }
    container.append(mark);
  }
}

/** Mark the segments of one finding as selected and bring the first into view. */
export function highlightSelected(container: HTMLElement, index: number | undefined): void {
  let first: Element | undefined;
  for (const mark of container.querySelectorAll('mark.finding')) {
    const on = index !== undefined && (mark.getAttribute('data-covers') ?? '').split(' ').includes(String(index));
    mark.classList.toggle('selected', on);
    if (on && !first) first = mark;
  }
  first?.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
}
