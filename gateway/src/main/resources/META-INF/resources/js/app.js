// The editor's web UI: hash routes over the public /api, nothing else loaded from anywhere.
import { api, articleTexts, token } from './api.js';
import { h, clear, fill, loading, errorBox, empty, time } from './dom.js';
import { articleLayout } from './article.js';
import { analyzeView } from './analyze.js';
import { quotesView } from './quotes.js';
import { speakerView } from './speaker.js';
import { badge } from './stance.js';

const main = document.getElementById('main');
let current = null;
let flash = null;

/** Navigates, with an optional message for the next view. */
function go(hash, message) {
  flash = message || null;
  if (location.hash === hash) {
    route();
  } else {
    location.hash = hash;
  }
}

function articlesView(target, { params }) {
  document.title = 'Articles · quote-stance';
  const page = Math.max(0, Number.parseInt(params.get('page') || '0', 10) || 0);
  const list = h('section', { 'aria-labelledby': 'articles-heading', 'aria-busy': 'true' },
    h('h2', { id: 'articles-heading' }, 'Stored articles'), loading('articles'));
  target.append(h('h1', { class: 'view-heading', tabindex: '-1' }, 'Articles'),
    h('p', {}, h('a', { href: '#/', class: 'button-link primary' }, 'Analyse a new article')), list);
  (async () => {
    try {
      const found = await api.articles(page, 20);
      const pages = Math.max(1, Math.ceil(found.total / 20));
      fill(list, h('h2', { id: 'articles-heading' }, `Stored articles (${found.total})`),
        found.items.length ? h('ul', { class: 'article-list' }, found.items.map(article => h('li', {},
          h('a', { href: `#/articles/${article.id}` }, article.title || `Untitled article ${article.id}`),
          h('span', { class: 'meta' }, article.outlet ? ` · ${article.outlet}` : '', ' · ',
            time(article.publishedAt || article.createdAt), ` · ${article.quoteCount} quotes`))))
          : empty('No articles yet. Analyse one and store it.'),
        pages > 1 ? h('nav', { class: 'pager', 'aria-label': 'Article pages' },
          page > 0 ? h('a', { href: `#/articles?page=${page - 1}`, rel: 'prev' }, '← Newer') : null,
          h('span', {}, `Page ${page + 1} of ${pages}`),
          page + 1 < pages ? h('a', { href: `#/articles?page=${page + 1}`, rel: 'next' }, 'Older →') : null) : null);
    } catch (error) {
      fill(list, h('h2', { id: 'articles-heading' }, 'Stored articles'),
        errorBox(error, 'The articles could not be loaded.'));
    }
    list.setAttribute('aria-busy', 'false');
  })();
}

function articleView(target, { id, quoteId }) {
  document.title = 'Article · quote-stance';
  const region = h('div', { 'aria-busy': 'true' }, loading('the article'));
  target.append(region);
  let layout = null;
  let notice = flash;
  async function show(selectedId, message) {
    try {
      const article = await api.article(id);
      document.title = `${article.title || 'Article'} · quote-stance`;
      layout = articleLayout(article, articleTexts.get(id), {
        hrefFor: quote => `#/articles/${id}/quotes/${quote.id}`,
        onChanged: updated => show(updated.id, h('p', { class: 'notice success', role: 'status' },
          'Saved: the label is now ', badge(updated.stance), '.')),
        notice,
      });
      notice = null; // shown once, not again when the article is redrawn after a label change
      fill(region, layout.element);
      const index = selectedId ? layout.indexOfId(selectedId) : -1;
      if (index >= 0) {
        layout.select(index, Boolean(message), message);
      } else {
        region.querySelector('.view-heading').focus();
      }
    } catch (error) {
      fill(region, h('h1', { class: 'view-heading', tabindex: '-1' }, 'Article'),
        errorBox(error, error.status === 404 ? 'There is no such article.' : 'The article could not be loaded.'));
      region.querySelector('.view-heading').focus();
    }
    region.setAttribute('aria-busy', 'false');
  }
  show(quoteId);
  return {
    key: `article:${id}`,
    update: ({ quoteId: next }) => {
      const index = layout && next ? layout.indexOfId(next) : -1;
      if (index >= 0) {
        layout.select(index, true);
      }
    },
  };
}

const routes = [
  [/^\/?$/, analyzeView],
  [/^\/articles$/, articlesView],
  [/^\/articles\/(\d{1,18})(?:\/quotes\/(\d{1,18}))?$/, articleView, m => ({ id: m[1], quoteId: m[2] })],
  [/^\/quotes$/, quotesView],
  [/^\/speakers\/(\d{1,18})$/, speakerView, m => ({ id: m[1] })],
];

function route() {
  const [path, search] = location.hash.replace(/^#/, '').split('?');
  const params = new URLSearchParams(search || '');
  for (const [pattern, view, read] of routes) {
    const match = pattern.exec(path);
    if (!match) {
      continue;
    }
    const args = { params, go, ...(read ? read(match) : {}) };
    if (current && current.update && view === articleView && current.key === `article:${args.id}` && !flash) {
      current.update(args);
      return;
    }
    clear(main);
    current = view(main, args) || null;
    flash = null;
    markNavigation(path);
    main.querySelector('.view-heading')?.focus();
    return;
  }
  fill(main, h('h1', { class: 'view-heading', tabindex: '-1' }, 'Not found'),
    empty('There is no such page.'), h('p', {}, h('a', { href: '#/articles' }, 'Go to the articles')));
  current = null;
  markNavigation(path);
}

function markNavigation(path) {
  for (const link of document.querySelectorAll('.site-nav a')) {
    const target = link.getAttribute('href').replace(/^#/, '');
    const active = target === '/' ? path === '' || path === '/' : path === target || path.startsWith(`${target}/`);
    if (active) {
      link.setAttribute('aria-current', 'page');
    } else {
      link.removeAttribute('aria-current');
    }
  }
}

/** The token form: entered once per browser session, sent only in the Authorization header. */
function renderToken() {
  const area = document.getElementById('token-area');
  clear(area);
  if (token.get()) {
    area.append(h('p', { class: 'token-set', role: 'status' }, 'Editor token set for this session. ',
      h('button', { type: 'button', id: 'token-forget', onclick: () => {
        token.clear();
        renderToken();
        document.getElementById('token-input').focus();
      } }, 'Forget token')));
    return;
  }
  const input = h('input', { id: 'token-input', name: 'token', type: 'password', autocomplete: 'off',
    spellcheck: 'false', required: true });
  const form = h('form', { class: 'token-form', method: 'post' },
    h('label', { for: 'token-input' }, 'Editor token'), input,
    h('button', { type: 'submit', id: 'token-save' }, 'Use token'));
  form.addEventListener('submit', event => {
    event.preventDefault();
    if (input.value.trim()) {
      token.set(input.value.trim());
      renderToken();
      document.getElementById('token-forget').focus();
    }
  });
  area.append(form);
}

renderToken();
window.addEventListener('hashchange', route);
route();
