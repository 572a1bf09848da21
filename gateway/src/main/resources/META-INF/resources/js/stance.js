// The four labels: their words, colours (in css/app.css, keyed by label) and the pictures built from them.
import { h, s } from './dom.js';

export const LABELS = ['confirm', 'deny', 'uncertain', 'concern'];

export const LABEL_TEXT = {
  confirm: { word: 'confirm', group: 'Confirm', hint: 'says the claim is true' },
  deny: { word: 'deny', group: 'Deny', hint: 'says the claim is false' },
  uncertain: { word: 'uncertain', group: 'Uncertain', hint: 'cannot say either way' },
  concern: { word: 'concern', group: 'Concerned', hint: 'is worried about it' },
};

/** The label as a word on its colour; colour is never the only signal. */
export function badge(stance) {
  if (!stance || !LABEL_TEXT[stance.label]) {
    return h('span', { class: 'badge badge-none' }, 'no label');
  }
  return h('span', { class: `badge badge-${stance.label}` }, LABEL_TEXT[stance.label].word);
}

export function legend() {
  return h('section', { class: 'legend', 'aria-labelledby': 'legend-heading' },
    h('h3', { id: 'legend-heading', class: 'small-heading' }, 'Legend'),
    h('ul', {}, LABELS.map(label => h('li', {},
      h('span', { class: `q q-${label} legend-sample` }, h('span', { class: 'q-tag' }, LABEL_TEXT[label].word)),
      ` ${LABEL_TEXT[label].hint}`)),
    h('li', {}, h('span', { class: 'q q-none legend-sample' }, h('span', { class: 'q-tag' }, 'no label')),
      ' stance not available')));
}

/** A horizontal bar chart of label counts, as inline SVG with a text alternative. */
export function countsChart(summary, caption) {
  const counts = LABELS.map(label => (summary && summary[label]) || 0);
  const max = Math.max(1, ...counts);
  const rowHeight = 28;
  const labelWidth = 92;
  const barSpace = 220;
  const description = LABELS.map((label, i) => `${LABEL_TEXT[label].word} ${counts[i]}`).join(', ');
  return s('svg', {
    class: 'chart', viewBox: `0 0 ${labelWidth + barSpace + 40} ${rowHeight * LABELS.length + 4}`, role: 'img',
    'aria-label': `${caption}: ${description}`,
  },
  s('title', {}, `${caption}: ${description}`),
  LABELS.map((label, i) => {
    const y = i * rowHeight + 4;
    const width = Math.round((counts[i] / max) * barSpace);
    return s('g', { class: `bar bar-${label}` },
      s('text', { x: 0, y: y + 15, class: 'bar-label' }, LABEL_TEXT[label].word),
      s('rect', { x: labelWidth, y, width: Math.max(width, 2), height: rowHeight - 10, rx: 3 }),
      s('text', { x: labelWidth + Math.max(width, 2) + 6, y: y + 15, class: 'bar-count' }, String(counts[i])));
  }));
}
