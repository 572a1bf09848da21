// One speaker: who they are, all their quotes, and how their stance moved from article to article.
import { api } from './api.js';
import { h, s, fill, loading, errorBox, empty, time } from './dom.js';
import { LABELS, LABEL_TEXT, badge, countsChart } from './stance.js';
import { quoteCard } from './quotes.js';

const MAX_PAGES = 5;

async function allQuotes(speakerId) {
  const quotes = [];
  let degraded = false;
  for (let page = 0; page < MAX_PAGES; page++) {
    const found = await api.quotes({ speaker: speakerId, page, size: 100 });
    quotes.push(...found.items);
    degraded = degraded || found.degraded;
    if (quotes.length >= found.total || found.items.length === 0) {
      return { quotes, degraded, total: found.total };
    }
  }
  return { quotes, degraded, total: quotes.length };
}

/** When and where each article appeared: its publication date, else when it was stored. */
async function articlesOf(ids) {
  const known = new Map();
  const listed = await api.articles(0, 100).catch(() => ({ items: [] }));
  for (const article of listed.items) {
    known.set(article.id, { title: article.title, at: article.publishedAt || article.createdAt });
  }
  await Promise.all(ids.filter(id => !known.has(id)).map(async id => {
    const article = await api.article(id).catch(() => null);
    known.set(id, { title: article && article.title, at: article && article.publishedAt });
  }));
  return known;
}

/** Each quote as a dot on its label's row, left to right by date; the list below says the same in words. */
function timeline(entries) {
  const dated = entries.filter(entry => entry.at);
  if (dated.length === 0) {
    return empty('No dates are known for these articles.');
  }
  const times = dated.map(entry => Date.parse(entry.at));
  const first = Math.min(...times);
  const span = Math.max(1, Math.max(...times) - first);
  const left = 92;
  const width = 260;
  const row = 26;
  return s('svg', { class: 'chart timeline', viewBox: `0 0 ${left + width + 20} ${row * LABELS.length + 22}`,
    role: 'img', 'aria-label': 'Stance over time: '
      + dated.map(entry => `${entry.label || 'no label'} on ${new Date(entry.at).toDateString()}`).join('; ') },
  LABELS.map((label, i) => s('g', { class: `bar bar-${label}` },
    s('text', { x: 0, y: i * row + 17, class: 'bar-label' }, LABEL_TEXT[label].word),
    s('line', { x1: left, x2: left + width, y1: i * row + 13, y2: i * row + 13, class: 'track' }))),
  dated.filter(entry => entry.label).map(entry => {
    const x = left + 8 + Math.round(((Date.parse(entry.at) - first) / span) * (width - 16));
    const y = LABELS.indexOf(entry.label) * row + 13;
    return s('g', { class: `bar bar-${entry.label}` }, s('circle', { cx: x, cy: y, r: 6 }));
  }),
  s('text', { x: left, y: row * LABELS.length + 16, class: 'axis' }, new Date(first).toLocaleDateString()),
  s('text', { x: left + width, y: row * LABELS.length + 16, class: 'axis', 'text-anchor': 'end' },
    new Date(first + span).toLocaleDateString()));
}

export function speakerView(main, { id }) {
  document.title = 'Speaker · quote-stance';
  const region = h('div', { 'aria-busy': 'true' }, loading('the speaker'));
  main.append(region);
  (async () => {
    try {
      const speaker = await api.speaker(id);
      document.title = `${speaker.name || 'Speaker'} · quote-stance`;
      const { quotes, degraded } = await allQuotes(id);
      const articles = await articlesOf([...new Set(quotes.map(q => q.articleId))]);
      const titles = new Map([...articles].map(([articleId, article]) => [articleId, article.title]));
      const entries = quotes.map(quote => ({ quote, label: quote.stance && quote.stance.label,
        at: (articles.get(quote.articleId) || {}).at }))
        .sort((a, b) => (a.at ? Date.parse(a.at) : Infinity) - (b.at ? Date.parse(b.at) : Infinity));
      fill(region, 
        h('h1', { class: 'view-heading', tabindex: '-1' }, speaker.name || 'Unnamed speaker'),
        h('dl', { class: 'facts panel' },
          h('dt', {}, 'Role'), h('dd', {}, speaker.role || '—'),
          h('dt', {}, 'Affiliation'), h('dd', {}, speaker.affiliation || '—'),
          h('dt', {}, 'Kind'), h('dd', {}, speaker.kind || '—'),
          h('dt', {}, 'Quotes'), h('dd', {}, String(speaker.quoteCount))),
        degraded ? h('p', { class: 'notice warn', role: 'status' }, h('strong', {}, 'Stance unavailable. '),
          'The stance service did not answer in time: labels are missing.') : null,
        h('div', { class: 'summary-grid' },
          h('section', { class: 'panel', 'aria-labelledby': 'counts-heading' },
            h('h2', { id: 'counts-heading' }, 'Labels'),
            h('figure', { class: 'chart-figure' }, countsChart(speaker.stanceSummary, 'Quotes per label'),
              h('figcaption', {}, 'Quotes per label'))),
          h('section', { class: 'panel', 'aria-labelledby': 'time-heading' },
            h('h2', { id: 'time-heading' }, 'Stance over time'),
            timeline(entries),
            entries.length ? h('ol', { class: 'over-time' }, entries.map(entry => h('li', {},
              time(entry.at) || 'date unknown', ' ', badge(entry.quote.stance), ' ',
              h('a', { href: `#/articles/${entry.quote.articleId}/quotes/${entry.quote.id}` },
                titles.get(entry.quote.articleId) || `article ${entry.quote.articleId}`)))) : null)),
        h('section', { 'aria-labelledby': 'speaker-quotes-heading' },
          h('h2', { id: 'speaker-quotes-heading' }, `All quotes (${quotes.length})`),
          quotes.length ? h('ol', { class: 'quote-list' }, entries.map(entry => quoteCard(entry.quote, titles)))
            : empty('No quotes by this speaker.')));
    } catch (error) {
      fill(region, h('h1', { class: 'view-heading', tabindex: '-1' }, 'Speaker'),
        errorBox(error, 'The speaker could not be loaded.'));
    }
    region.setAttribute('aria-busy', 'false');
    region.querySelector('.view-heading')?.focus();
  })();
}
