// The review page: two views ("Tjek et brev" and "Træning") chosen by the URL hash, over one topic list.
import './styles.css';
import { loadTopics, type TopicInfo } from './api.js';
import { clear, h } from './dom.js';
import { reviewView } from './review.js';
import { trainingView } from './training.js';

const main = document.getElementById('indhold')!;
let topics: Map<string, TopicInfo> | undefined;

async function route(): Promise<void> {
  const training = location.hash.startsWith('#/traening');
  document.getElementById('nav-tjek')?.setAttribute('aria-current', String(!training));
  document.getElementById('nav-traening')?.setAttribute('aria-current', String(training));
  document.title = training ? 'Træning – Brevtjek' : 'Brevtjek – gennemgå et afgørelsesbrev';
  clear(main);
  if (!topics) {
    try {
      topics = new Map((await loadTopics()).map((t) => [t.id, t]));
    } catch (error) {
      main.append(h('p', { class: 'status error', role: 'alert' }, (error as Error).message));
      return;
    }
  }
  if (training) await trainingView(main, topics);
  else reviewView(main, topics);
}

window.addEventListener('hashchange', () => void route());
void route();
