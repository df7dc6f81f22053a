// The explanation of one finding, from the knowledge base: the rule, the legal basis, why it matters and a
// bad and a good example; plus the quick fixes the engine offered.
import type { Finding, TopicInfo } from './api.js';
import { button, h } from './dom.js';
import { SEVERITY_LABEL } from './labels.js';

export interface FixActions {
  replace(finding: Finding, replacement: string): void;
  insert(finding: Finding): void;
}

function paragraphs(text: string): HTMLElement[] {
  return text.split(/\n{2,}/).filter((p) => p.trim()).map((p) => h('p', {}, p.replace(/\s*\n\s*/g, ' ').replace(/\*\*|__|`/g, '')));
}

export function explanation(finding: Finding, topic: TopicInfo | undefined, text: string, fixes?: FixActions): HTMLElement {
  const rule = topic?.rules.find((r) => r.id === finding.ruleId);
  const fixButtons = fixes
    ? [
        ...finding.suggestions.map((s) => button(s === '' ? 'Slet teksten' : `Ret til »${s}«`, () => fixes.replace(finding, s), { class: 'fix' })),
        finding.extra.insertion ? button(`Indsæt skabelon: ${finding.extra.insertion.title}`, () => fixes.insert(finding), { class: 'fix insertion' }) : null,
      ]
    : [];
  return h('article', { class: `explanation topic-border-${finding.topic}`, 'aria-labelledby': 'forklaring-titel' },
    h('p', { class: 'eyebrow' }, h('span', { class: `chip topic-${finding.topic}` }, topic?.title ?? finding.topic), ' ', SEVERITY_LABEL[finding.severity] ?? finding.severity, ' · ', h('code', {}, finding.ruleId)),
    h('h2', { id: 'forklaring-titel', tabindex: -1 }, rule?.title ?? finding.message),
    h('p', { class: 'reason' }, finding.message),
    finding.extra.note ? h('p', { class: 'note' }, finding.extra.note) : null,
    !finding.extra.documentLevel && finding.to > finding.from ? h('p', { class: 'actual' }, 'I brevet: ', h('q', {}, text.slice(finding.from, finding.to))) : null,
    fixButtons.some(Boolean) ? h('div', { class: 'fixes', role: 'group', 'aria-label': 'Forslag til rettelse' }, ...fixButtons) : null,
    finding.extra.insertion ? h('p', { class: 'hint' }, 'Skabelonen skal udfyldes med sagens oplysninger, før brevet sendes.') : null,
    rule?.text ? h('section', {}, h('h3', {}, 'Reglen'), ...paragraphs(rule.text)) : null,
    topic && topic.legalBasis.length ? h('section', { class: 'legal' }, h('h3', {}, 'Retsgrundlag'), h('ul', {}, ...topic.legalBasis.map((l) => h('li', {}, l)))) : null,
    topic?.requirement ? h('section', {}, h('h3', {}, 'Hvad reglen kræver'), ...paragraphs(topic.requirement)) : null,
    topic?.whyItMatters ? h('section', {}, h('h3', {}, 'Hvorfor det betyder noget for borgeren'), ...paragraphs(topic.whyItMatters)) : null,
    topic ? h('div', { class: 'examples' },
      h('section', { class: 'example bad' }, h('h3', {}, '✗ Dårligt eksempel'), h('blockquote', {}, topic.badExample)),
      h('section', { class: 'example good' }, h('h3', {}, '✓ Godt eksempel'), h('blockquote', {}, topic.goodExample)),
    ) : null,
    topic?.sources.length ? h('details', { class: 'sources' }, h('summary', {}, 'Kilder'), h('ul', {}, ...topic.sources.map((s) => h('li', {}, s)))) : null,
  );
}
