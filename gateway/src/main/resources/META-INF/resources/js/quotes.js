// Browse and search all stored quotes; filters live in the hash so that a search can be linked and reloaded.
import { api } from './api.js';
import { h, fill, loading, errorBox, empty } from './dom.js';
import { LABELS, LABEL_TEXT, badge } from './stance.js';

const PAGE_SIZE = 20;

export function quoteCard(quote, articleTitles) {
  const speaker = quote.speaker || {};
  const name = speaker.name || speaker.mention || 'Unnamed source';
  const title = articleTitles.get(quote.articleId);
  return h('li', { class: 'quote-card', 'data-quote-id': quote.id },
    h('blockquote', {}, quote.text),
    h('p', { class: 'quote-meta' }, badge(quote.stance), ' ',
      speaker.id != null ? h('a', { href: `#/speakers/${speaker.id}` }, name) : name,
      speaker.affiliation ? ` · ${speaker.affiliation}` : '',
      ' · in ', h('a', { href: `#/articles/${quote.articleId}/quotes/${quote.id}` },
        title || `article ${quote.articleId}`)));
}

/** Titles of the newest articles, for labels and the article filter. */
export async function articleTitles() {
  const titles = new Map();
  try {
    const page = await api.articles(0, 100);
    for (const article of page.items) {
      titles.set(article.id, article.title || `Untitled (${article.id})`);
    }
  } catch (ignored) {
    // Titles only decorate the list; the quotes still show with article numbers.
  }
  return titles;
}

export function quotesView(main, { params, go }) {
  document.title = 'Quotes · quote-stance';
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const filter = {
    q: params.get('q') || '', speaker: params.get('speaker') || '', stance: params.get('stance') || '',
    articleId: params.get('articleId') || '',
  };
  const stance = h('select', { id: 'filter-stance', name: 'stance' }, h('option', { value: '' }, 'Any label'),
    LABELS.map(label => h('option', { value: label }, LABEL_TEXT[label].word)));
  stance.value = filter.stance;
  const article = h('select', { id: 'filter-article', name: 'articleId' }, h('option', { value: '' }, 'Any article'));
  const form = h('form', { class: 'panel search-form', role: 'search', method: 'get' },
    h('div', { class: 'field' }, h('label', { for: 'filter-q' }, 'Words in the quote'),
      h('input', { id: 'filter-q', name: 'q', type: 'search', value: filter.q, maxlength: 200 })),
    h('div', { class: 'field' }, h('label', { for: 'filter-speaker' }, 'Speaker'),
      h('input', { id: 'filter-speaker', name: 'speaker', type: 'search', value: filter.speaker, maxlength: 200 })),
    h('div', { class: 'field' }, h('label', { for: 'filter-stance' }, 'Label'), stance),
    h('div', { class: 'field' }, h('label', { for: 'filter-article' }, 'Article'), article),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, 'Search'),
      h('a', { href: '#/quotes', class: 'button-link' }, 'Clear')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    const next = new URLSearchParams();
    for (const element of form.elements) {
      if (element.name && element.value.trim()) {
        next.set(element.name, element.value.trim());
      }
    }
    go(`#/quotes${next.toString() ? `?${next}` : ''}`);
  });
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-heading', 'aria-busy': 'true' },
    h('h2', { id: 'results-heading' }, 'Results'), loading('quotes'));
  main.append(h('h1', { class: 'view-heading', tabindex: '-1' }, 'Quotes'), form, results);

  (async () => {
    const titles = await articleTitles();
    for (const [id, title] of titles) {
      article.append(h('option', { value: id }, title));
    }
    article.value = filter.articleId;
    try {
      const found = await api.quotes({ ...filter, page, size: PAGE_SIZE });
      const pages = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
      const link = n => {
        const next = new URLSearchParams(params);
        next.set('page', n);
        return `#/quotes?${next}`;
      };
      // Past a hundred matches beyond the page the count is a lower bound: say so rather than promise a last page.
      const bounded = found.totalExact === false;
      fill(results, h('h2', { id: 'results-heading' },
        `${bounded ? 'At least ' : ''}${found.total} ${found.total === 1 ? 'quote' : 'quotes'}`),
      found.degraded ? h('p', { class: 'notice warn', role: 'status' }, h('strong', {}, 'Stance unavailable. '),
        'The stance service did not answer in time: labels are missing and label filters may miss quotes.') : null,
      found.items.length ? h('ol', { class: 'quote-list', start: page * PAGE_SIZE + 1 },
        found.items.map(quote => quoteCard(quote, titles))) : empty('No quotes match these filters.'),
      pages > 1 ? h('nav', { class: 'pager', 'aria-label': 'Result pages' },
        page > 0 ? h('a', { href: link(page - 1), rel: 'prev' }, '← Previous') : null,
        h('span', {}, bounded ? `Page ${page + 1}` : `Page ${page + 1} of ${pages}`),
        page + 1 < pages ? h('a', { href: link(page + 1), rel: 'next' }, 'Next →') : null) : null);
    } catch (error) {
      fill(results, h('h2', { id: 'results-heading' }, 'Results'), errorBox(error, 'The search failed.'));
    }
    results.setAttribute('aria-busy', 'false');
  })();
}
