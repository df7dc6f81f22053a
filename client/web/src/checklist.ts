// The checklist panel at the top of the review: afgørelse?, outcome, area; begrundelse and klagevejledning
// ✓/✗; LIX with its band; findings per topic.
import type { LintResponse, TopicInfo } from './api.js';
import { h } from './dom.js';
import { AREA_LABEL, OUTCOME_LABEL, STATUS_LABEL, STATUS_SYMBOL } from './labels.js';

type Checklist = LintResponse['review']['checklist'];
type Item = Checklist['begrundelse'][number];

function label(item: Item, onRule?: (ruleId: string) => void): Node | string {
  const ruleId = item.ruleIds[0];
  if (!ruleId || !onRule) return item.label;
  // A failing item opens the finding that failed it.
  const link = h('button', { type: 'button', class: 'link', 'data-rule': ruleId }, item.label);
  link.addEventListener('click', () => onRule(ruleId));
  return link;
}

function items(title: string, list: readonly Item[], extra?: string, onRule?: (ruleId: string) => void): HTMLElement {
  return h('section', { class: 'check-group', 'aria-label': title },
    h('h3', {}, title),
    h('ul', {}, ...list.map((item) => h('li', { class: `status-${item.status}`, 'data-item': item.id, title: item.ruleIds.join(', ') },
      h('span', { class: 'symbol', 'aria-hidden': 'true' }, STATUS_SYMBOL[item.status] ?? '?'),
      h('span', {}, label(item, onRule), h('span', { class: 'sr-only' }, `: ${STATUS_LABEL[item.status] ?? item.status}`),
        item.status === 'ikke-tjekket' || item.status === 'ikke-relevant' ? h('span', { class: 'muted' }, ` (${STATUS_LABEL[item.status]})`) : null),
    ))),
    extra ? h('p', { class: 'warning-text' }, extra) : null,
  );
}

function fact(label: string, value: string, cls = ''): HTMLElement {
  return h('div', { class: `fact ${cls}` }, h('dt', {}, label), h('dd', {}, value));
}

export function checklistPanel(checklist: Checklist, topics: ReadonlyMap<string, TopicInfo>, onTopic?: (topic: string) => void, onRule?: (ruleId: string) => void): HTMLElement {
  const decision = checklist.kind === 'afgoerelse';
  const counts = Object.entries(checklist.topicCounts).filter(([, n]) => n > 0);
  const chips = counts.map(([topic, n]) => {
    const chip = h('button', { type: 'button', class: `chip topic-${topic}`, 'data-topic': topic }, `${topics.get(topic)?.title ?? topic}: ${n}`);
    if (onTopic) chip.addEventListener('click', () => onTopic(topic));
    return chip;
  });
  return h('section', { class: 'checklist', 'aria-label': 'Tjekliste' },
    h('dl', { class: 'facts' },
      fact('Afgørelse?', decision ? 'Ja' : 'Nej', decision ? 'yes' : ''),
      fact('Udfald', checklist.outcome ? OUTCOME_LABEL[checklist.outcome] ?? checklist.outcome : '–'),
      fact('Område', checklist.area ? AREA_LABEL[checklist.area] ?? checklist.area : 'Ukendt'),
      fact('LIX', `${checklist.lix.toLocaleString('da-DK')} (${checklist.lixBand})`, `lix lix-${checklist.lixBand.replace(' ', '-')}`),
    ),
    items('Begrundelse', checklist.begrundelse, undefined, onRule),
    items('Klagevejledning', checklist.klagevejledning, checklist.klagevejledningForkert ? 'Klagevejledningen nævner en forkert klageinstans eller frist.' : undefined, onRule),
    h('section', { class: 'check-group counts', 'aria-label': 'Fund pr. emne' },
      h('h3', {}, 'Fund pr. emne'),
      chips.length ? h('div', { class: 'chips' }, ...chips) : h('p', { class: 'muted' }, 'Ingen fund.'),
    ),
  );
}
