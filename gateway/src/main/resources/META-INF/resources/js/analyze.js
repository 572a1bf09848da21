// Paste or drop an article, analyse it without storing, then store it with the editor's token.
import { api, articleTexts } from './api.js';
import { h, clear, fill, loading, errorBox } from './dom.js';
import { articleLayout } from './article.js';

function textField(id, labelText, attributes) {
  return h('div', { class: 'field' }, h('label', { for: id }, labelText), h('input', { id, name: id, ...attributes }));
}

export function analyzeView(main, { go }) {
  document.title = 'Analyse an article · quote-stance';
  const text = h('textarea', { id: 'article-text', name: 'text', rows: 12, required: true,
    'aria-describedby': 'article-text-help' });
  const file = h('input', { id: 'article-file', type: 'file', accept: '.txt,text/plain' });
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  const preview = h('div', { class: 'preview' });
  const analyzeButton = h('button', { type: 'submit', class: 'primary', id: 'analyze-button' }, 'Analyse');
  const storeButton = h('button', { type: 'button', id: 'store-button' }, 'Store article');
  const form = h('form', { class: 'panel analyze-form', method: 'post' },
    h('div', { class: 'field drop-zone' },
      h('label', { for: 'article-text' }, 'Article text'),
      h('p', { id: 'article-text-help', class: 'help' }, 'Paste the article here, or drop a text file on this box.'),
      text),
    h('div', { class: 'field' }, h('label', { for: 'article-file' }, 'Or open a text file'), file),
    h('div', { class: 'field-row' },
      textField('article-title', 'Title (optional)', { type: 'text', maxlength: 1000 }),
      textField('article-outlet', 'Outlet (optional)', { type: 'text', maxlength: 200 })),
    h('div', { class: 'field-row' },
      textField('article-url', 'URL (optional)', { type: 'url', maxlength: 2048, placeholder: 'https://' }),
      textField('article-date', 'Published (optional)', { type: 'date' })),
    h('div', { class: 'actions' }, analyzeButton, storeButton),
    status);

  const value = id => form.querySelector(`#${id}`).value.trim();
  function submission() {
    const body = { text: text.value };
    for (const [field, id] of [['title', 'article-title'], ['outlet', 'article-outlet'], ['url', 'article-url']]) {
      if (value(id)) {
        body[field] = value(id);
      }
    }
    if (value('article-date')) {
      body.publishedAt = `${value('article-date')}T00:00:00Z`;
    }
    return body;
  }
  function busy(isBusy) {
    analyzeButton.disabled = isBusy;
    storeButton.disabled = isBusy;
  }
  function needsText() {
    if (text.value.trim()) {
      return false;
    }
    fill(status, h('p', { class: 'notice error', role: 'alert' }, 'Paste or drop the article text first.'));
    text.focus();
    return true;
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (needsText()) {
      return;
    }
    const sent = text.value;
    busy(true);
    clear(preview);
    fill(status, loading('the analysis'));
    try {
      const article = await api.analyze(sent);
      article.title = value('article-title') || 'Analysis (not stored)';
      article.outlet = value('article-outlet') || null;
      fill(status, h('p', { class: 'notice success', role: 'status' },
        `Found ${article.quotes.length} ${article.quotes.length === 1 ? 'quote' : 'quotes'}. `
        + 'Nothing is stored until you choose “Store article”.'));
      const layout = articleLayout(article, sent, { hrefFor: () => '#/' });
      preview.append(layout.element);
    } catch (error) {
      fill(status, errorBox(error, 'The analysis failed.'));
    } finally {
      busy(false);
    }
  });

  storeButton.addEventListener('click', async () => {
    if (needsText()) {
      return;
    }
    const body = submission();
    busy(true);
    fill(status, loading('the stored article'));
    try {
      const { data, status: code } = await api.storeArticle(body);
      articleTexts.set(data.id, body.text);
      go(`#/articles/${data.id}`, code === 200 ? 'This text was already stored: here is the stored article.'
        : 'Stored.');
    } catch (error) {
      fill(status, errorBox(error, 'The article was not stored.'));
      if (error.status === 401) {
        document.getElementById('token-input')?.focus();
      }
    } finally {
      busy(false);
    }
  });

  async function load(fileToRead) {
    if (!fileToRead) {
      return;
    }
    text.value = await fileToRead.text();
    if (!value('article-title')) {
      form.querySelector('#article-title').value = fileToRead.name.replace(/\.[^.]*$/, '');
    }
  }
  file.addEventListener('change', () => load(file.files[0]));
  const zone = form.querySelector('.drop-zone');
  zone.addEventListener('dragover', event => {
    event.preventDefault();
    zone.classList.add('dragging');
  });
  zone.addEventListener('dragleave', () => zone.classList.remove('dragging'));
  zone.addEventListener('drop', event => {
    event.preventDefault();
    zone.classList.remove('dragging');
    load(event.dataTransfer.files[0]);
  });

  main.append(h('h1', { class: 'view-heading', tabindex: '-1' }, 'Analyse an article'), form, preview);
}
