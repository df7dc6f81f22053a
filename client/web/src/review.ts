// "Tjek et brev": paste or drop a letter, see the checklist and the highlighted findings, read the explanations,
// apply quick fixes, and copy or download the corrected text.
import { findingsOf, lintFile, lintText, type Finding, type LintResponse, type TopicInfo } from './api.js';
import { checklistPanel } from './checklist.js';
import { append, button, clear, h } from './dom.js';
import { explanation } from './explain.js';
import { SEVERITY_LABEL } from './labels.js';
import { highlightSelected, renderLetter } from './letter-view.js';

type Format = 'markdown' | 'text';

export function reviewView(root: HTMLElement, topics: ReadonlyMap<string, TopicInfo>): void {
  let text = '';
  let format: Format = 'markdown';
  let response: LintResponse | undefined;
  let findings: Finding[] = [];
  let selected: number | undefined;
  let fileName = 'brev';
  const history: string[] = [];

  const textarea = h('textarea', { id: 'brevtekst', rows: 14, spellcheck: 'false', placeholder: 'Indsæt brevets tekst her …' });
  const formatSelect = h('select', { id: 'format' }, h('option', { value: 'markdown' }, 'Markdown'), h('option', { value: 'text' }, 'Almindelig tekst'));
  const fileInput = h('input', { type: 'file', id: 'fil', accept: '.docx,.txt,.md,.markdown', class: 'sr-only' });
  const status = h('p', { class: 'status', role: 'status', 'aria-live': 'polite' });
  const checkButton = button('Tjek brevet', () => void check(textarea.value, formatSelect.value as Format, 'brev'), { class: 'primary', id: 'tjek' });
  const input = h('section', { class: 'card input', 'aria-labelledby': 'input-titel' },
    h('h2', { id: 'input-titel' }, 'Indsæt eller upload et brev'),
    h('label', { for: 'brevtekst' }, 'Brevets tekst'),
    textarea,
    h('div', { class: 'row' },
      h('label', { for: 'format' }, 'Format '), formatSelect,
      checkButton,
      h('label', { for: 'fil', class: 'button' }, 'Vælg fil (.docx, .txt, .md)'), fileInput,
    ),
    h('p', { class: 'muted drop-hint' }, 'Du kan også trække en fil hertil. Tjek med Ctrl+Enter.'),
  );

  const resultBox = h('div', { class: 'result', hidden: true });
  append(root, input, status, resultBox);

  textarea.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      checkButton.click();
    }
  });
  fileInput.addEventListener('change', () => {
    const file = fileInput.files?.[0];
    if (file) void checkFile(file);
    fileInput.value = '';
  });
  input.addEventListener('dragover', (event) => {
    event.preventDefault();
    input.classList.add('dragging');
  });
  input.addEventListener('dragleave', () => input.classList.remove('dragging'));
  input.addEventListener('drop', (event) => {
    event.preventDefault();
    input.classList.remove('dragging');
    const file = event.dataTransfer?.files[0];
    if (file) void checkFile(file);
  });

  function setStatus(message: string, error = false): void {
    status.textContent = message;
    status.classList.toggle('error', error);
  }

  async function run(work: () => Promise<LintResponse>, keepSelection = false): Promise<void> {
    setStatus('Tjekker brevet …');
    checkButton.disabled = true;
    try {
      response = await work();
      text = response.review.text;
      format = response.review.format;
      findings = findingsOf(response);
      if (!keepSelection) selected = undefined;
      else if (selected !== undefined && !findings[selected]) selected = undefined;
      setStatus(findings.length ? `${findings.length} fund i brevet.` : 'Brevtjek fandt ingen problemer.');
      showResult();
    } catch (error) {
      setStatus((error as Error).message, true);
    } finally {
      checkButton.disabled = false;
    }
  }

  async function check(value: string, fmt: Format, name: string): Promise<void> {
    if (!value.trim()) {
      setStatus('Indsæt et brev først.', true);
      textarea.focus();
      return;
    }
    fileName = name;
    history.length = 0;
    await run(() => lintText(value, fmt));
  }

  async function checkFile(file: File): Promise<void> {
    fileName = file.name.replace(/\.[^.]+$/, '');
    history.length = 0;
    await run(() => lintFile(file));
    if (response) {
      textarea.value = text;
      formatSelect.value = format;
    }
  }

  function applyText(next: string): void {
    history.push(text);
    textarea.value = next;
    void run(() => lintText(next, format));
  }

  const fixes = {
    replace(finding: Finding, replacement: string) {
      applyText(text.slice(0, finding.from) + replacement + text.slice(finding.to));
    },
    insert(finding: Finding) {
      const insertion = finding.extra.insertion;
      if (insertion) applyText(text.slice(0, insertion.offset) + insertion.text + text.slice(insertion.offset));
    },
  };

  function showResult(): void {
    if (!response) return;
    clear(resultBox);
    resultBox.hidden = false;
    // The letter itself takes the screen once it has been checked; "Redigér teksten" brings the input back.
    input.hidden = true;
    const letter = h('div', { class: 'letter', id: 'brev', 'aria-label': 'Brevet med fund markeret' });
    const side = h('aside', { class: 'side', id: 'forklaring', 'aria-live': 'polite' });
    const list = h('ol', { class: 'findings', id: 'fund' });
    const select = (finding: Finding, focus = true) => {
      selected = finding.index;
      clear(side);
      side.append(explanation(finding, topics.get(finding.topic), text, fixes));
      highlightSelected(letter, finding.index);
      for (const item of list.querySelectorAll('button.finding-item')) item.setAttribute('aria-pressed', String(item.getAttribute('data-index') === String(finding.index)));
      if (focus) side.querySelector<HTMLElement>('h2')?.focus({ preventScroll: false });
    };
    renderLetter(letter, text, findings, { onSelect: (f) => select(f) });
    const ordered = [...findings.filter((f) => f.extra.documentLevel), ...findings.filter((f) => !f.extra.documentLevel)];
    for (const f of ordered) {
      const item = button('', () => select(f), { class: `finding-item topic-border-${f.topic}`, 'data-index': String(f.index), 'aria-pressed': 'false' });
      append(item,
        h('span', { class: `chip topic-${f.topic}` }, topics.get(f.topic)?.title ?? f.topic),
        h('span', { class: `severity severity-${f.severity}` }, SEVERITY_LABEL[f.severity] ?? f.severity),
        h('span', { class: 'where' }, f.extra.documentLevel ? 'Hele brevet' : `»${clip(text.slice(f.from, f.to))}«`),
        h('span', { class: 'message' }, f.message),
      );
      list.append(h('li', {}, item));
    }
    const toolbar = h('div', { class: 'toolbar', role: 'toolbar', 'aria-label': 'Rettet tekst' },
      button('Kopiér teksten', () => void copy(), { id: 'kopier' }),
      button('Hent teksten', download, { id: 'hent' }),
      history.length ? button('Fortryd sidste rettelse', () => {
        const previous = history.pop();
        if (previous !== undefined) {
          textarea.value = previous;
          void run(() => lintText(previous, format));
        }
      }, { id: 'fortryd' }) : null,
      button('Redigér teksten', () => {
        textarea.value = text;
        input.hidden = false;
        textarea.focus();
        textarea.scrollIntoView({ block: 'center' });
      }, { id: 'rediger' }),
      button('Nyt brev', () => {
        textarea.value = '';
        input.hidden = false;
        resultBox.hidden = true;
        setStatus('');
        textarea.focus();
      }, { id: 'nyt-brev' }),
      history.length ? h('span', { class: 'muted' }, `${history.length} rettelse${history.length === 1 ? '' : 'r'} anvendt`) : null,
    );
    append(resultBox,
      checklistPanel(response.review.checklist, topics, (topic) => {
        const first = findings.find((f) => f.topic === topic);
        if (first) select(first);
      }, (ruleId) => {
        const first = findings.find((f) => f.ruleId === ruleId);
        if (first) select(first);
      }),
      toolbar,
      h('div', { class: 'columns' },
        h('section', { class: 'card letter-card', 'aria-labelledby': 'brev-titel' }, h('h2', { id: 'brev-titel' }, 'Brevet'), letter),
        h('div', { class: 'card findings-card' },
          h('h2', {}, `Fund (${findings.length})`),
          findings.length ? list : h('p', {}, 'Ingen fund. Læs alligevel brevet igennem en ekstra gang.'),
        ),
        side,
      ),
    );
    const again = selected !== undefined ? findings[selected] : undefined;
    if (again) select(again, false);
    else side.append(h('p', { class: 'muted' }, 'Vælg et fund for at se forklaringen, retsgrundlaget og eksempler.'));
  }

  async function copy(): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      setStatus('Teksten er kopieret.');
    } catch {
      textarea.value = text;
      textarea.select();
      setStatus('Kunne ikke kopiere automatisk. Teksten er markeret i feltet; tryk Ctrl+C.', true);
    }
  }

  function download(): void {
    const blob = new Blob([text], { type: 'text/plain;charset=utf-8' });
    const link = h('a', { href: URL.createObjectURL(blob), download: `${fileName}-rettet.${format === 'markdown' ? 'md' : 'txt'}` });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }
}

function clip(value: string): string {
  const flat = value.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 38)}…` : flat;
}
