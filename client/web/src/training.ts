// "Træning": the trainer shows a weak letter, participants spot the problems, the findings are revealed one by
// one, and finally the good version is shown side by side with a word diff and the teaching notes.
import { findingsOf, loadTraining, loadTrainingExample, type Finding, type TopicInfo, type TrainingExample } from './api.js';
import { append, button, clear, h } from './dom.js';
import { wordDiff } from './diff.js';
import { explanation } from './explain.js';
import { AREA_LABEL, SEVERITY_LABEL } from './labels.js';
import { highlightSelected, renderLetter } from './letter-view.js';

export async function trainingView(root: HTMLElement, topics: ReadonlyMap<string, TopicInfo>): Promise<void> {
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' }, 'Henter eksempler …');
  const picker = h('nav', { class: 'card pairs', 'aria-label': 'Træningseksempler' });
  const stage = h('div', { class: 'stage' });
  append(root, h('div', { class: 'training' }, picker, h('div', {}, status, stage)));
  let summaries;
  try {
    summaries = await loadTraining();
  } catch (error) {
    status.textContent = (error as Error).message;
    status.classList.add('error');
    return;
  }
  status.textContent = summaries.length ? 'Vælg et eksempel.' : 'Der er ingen træningseksempler (corpus/training/pairs.yaml).';
  append(picker, h('h2', {}, 'Eksempler'), h('ul', {}, ...summaries.map((s) => h('li', {},
    pairButton(s.title, s.area ? AREA_LABEL[s.area] ?? s.area : '', () => void open(s.id), s.id),
  ))));

  async function open(id: string): Promise<void> {
    status.textContent = 'Henter eksemplet …';
    for (const b of picker.querySelectorAll('button.pair')) b.setAttribute('aria-current', String(b.getAttribute('data-id') === id));
    try {
      const example = await loadTrainingExample(id);
      status.textContent = '';
      show(example);
    } catch (error) {
      status.textContent = (error as Error).message;
      status.classList.add('error');
    }
  }

  function show(example: TrainingExample): void {
    clear(stage);
    const weakText = example.weak.review.text;
    const all = findingsOf(example.weak);
    // Findings in reading order; findings about the whole letter after the span findings.
    const order = [...all.filter((f) => !f.extra.documentLevel), ...all.filter((f) => f.extra.documentLevel)];
    let revealed = 0;
    const letter = h('div', { class: 'letter', id: 'svag-brev' });
    const list = h('ol', { class: 'findings revealed', id: 'afsloerede' });
    const side = h('aside', { class: 'side' });
    const counter = h('span', { class: 'counter', id: 'taeller' });
    const next = button('Vis næste fund', () => reveal(revealed + 1), { class: 'primary', id: 'naeste-fund' });
    const allButton = button('Vis alle fund', () => reveal(order.length), { id: 'alle-fund' });
    const goodButton = button('Vis den gode version', () => showGood(example), { id: 'god-version' });
    const comparison = h('div', { class: 'comparison', hidden: true, id: 'sammenligning' });

    const select = (finding: Finding) => {
      clear(side);
      side.append(explanation(finding, topics.get(finding.topic), weakText));
      highlightSelected(letter, finding.index);
    };
    function reveal(count: number): void {
      revealed = Math.min(count, order.length);
      const shown = new Set(order.slice(0, revealed).map((f) => f.index));
      renderLetter(letter, weakText, all, { visible: (f) => shown.has(f.index), onSelect: select });
      clear(list);
      for (const f of order.slice(0, revealed)) {
        const item = h('button', { type: 'button', class: `finding-item topic-border-${f.topic}`, 'data-index': String(f.index) },
          h('span', { class: `chip topic-${f.topic}` }, topics.get(f.topic)?.title ?? f.topic),
          h('span', { class: `severity severity-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
          h('span', { class: 'message' }, f.message));
        item.addEventListener('click', () => select(f));
        list.append(h('li', {}, item));
      }
      counter.textContent = `${revealed} af ${order.length} fund vist`;
      next.disabled = revealed >= order.length;
      allButton.disabled = revealed >= order.length;
      const newest = order[revealed - 1];
      if (newest) select(newest);
    }

    append(stage,
      h('header', { class: 'card example-head' },
        h('h2', {}, example.title),
        example.questions.length ? h('section', { class: 'questions' }, h('h3', {}, 'Spørgsmål til deltagerne'), h('ul', {}, ...example.questions.map((q) => h('li', {}, q)))) : null,
        h('div', { class: 'row' }, next, allButton, goodButton, counter),
      ),
      h('div', { class: 'columns' },
        h('section', { class: 'card letter-card' }, h('h3', {}, 'Den svage version'), letter),
        h('div', { class: 'card findings-card' }, h('h3', {}, 'Fund'), list),
        side,
      ),
      comparison,
    );
    reveal(0);
    side.append(h('p', { class: 'muted' }, 'Lad deltagerne finde problemerne først. Vis derefter fundene ét ad gangen.'));

    function showGood(ex: TrainingExample): void {
      const parts = wordDiff(weakText, ex.good.review.text);
      const before = h('div', { class: 'letter diff', id: 'diff-svag' });
      const after = h('div', { class: 'letter diff', id: 'diff-god' });
      for (const part of parts) {
        if (part.kind !== 'added') before.append(part.kind === 'removed' ? h('del', {}, part.text) : part.text);
        if (part.kind !== 'removed') after.append(part.kind === 'added' ? h('ins', {}, part.text) : part.text);
      }
      const goodCount = ex.good.files[0]?.diagnostics.length ?? 0;
      clear(comparison);
      comparison.hidden = false;
      append(comparison,
        h('section', { class: 'card notes' }, h('h3', {}, 'Undervisningsnoter'), h('ol', {}, ...ex.notes.map((n) => h('li', {}, n)))),
        h('div', { class: 'side-by-side' },
          h('section', { class: 'card' }, h('h3', {}, `Svag version (${order.length} fund)`), h('p', { class: 'legend' }, h('del', {}, 'fjernet')), before),
          h('section', { class: 'card' }, h('h3', {}, `God version (${goodCount} fund)`), h('p', { class: 'legend' }, h('ins', {}, 'tilføjet')), after),
        ),
      );
      comparison.scrollIntoView({ behavior: 'smooth', block: 'start' });
    }
  }
}

function pairButton(title: string, area: string, onClick: () => void, id: string): HTMLButtonElement {
  const b = h('button', { type: 'button', class: 'pair', 'data-id': id }, h('span', { class: 'pair-title' }, title), area ? h('span', { class: 'pair-area' }, area) : null);
  b.addEventListener('click', onClick);
  return b;
}
