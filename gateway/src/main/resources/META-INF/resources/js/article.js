// An article read with its quotes in place, the stance board and chart, and the detail of one quote.
import { api, ApiError } from './api.js';
import { h, fill, loading, errorBox, empty, time, percent, safeUrl } from './dom.js';
import { LABELS, LABEL_TEXT, badge, legend, countsChart } from './stance.js';

function labelOf(quote) {
  return quote.stance && LABEL_TEXT[quote.stance.label] ? quote.stance.label : 'none';
}

function speakerName(speaker) {
  if (!speaker) {
    return 'Unknown speaker';
  }
  return speaker.name || speaker.mention || 'Unnamed source';
}

function quoteMark(quote, index, href) {
  const label = labelOf(quote);
  return h('a', {
    class: `q q-${label}`, href, 'data-quote-index': index,
    'aria-label': `Quote by ${speakerName(quote.speaker)}, ${label === 'none' ? 'no label' : label}: ${quote.text}`,
  }, h('span', { class: 'q-text' }, quote.text), ' ', h('span', { class: 'q-tag', 'aria-hidden': 'true' },
    label === 'none' ? 'no label' : LABEL_TEXT[label].word));
}

/**
 * The article text with each quote highlighted where it stands (offsets are UTF-16 units, as JS strings count).
 * Without the text, the quotes are listed in the article's order.
 */
function articleBody(text, quotes, hrefFor) {
  const placed = quotes.map((quote, index) => ({ quote, index }))
    .filter(({ quote }) => Number.isInteger(quote.start) && Number.isInteger(quote.end))
    .sort((a, b) => a.quote.start - b.quote.start);
  const fits = text && placed.every(({ quote }) => text.slice(quote.start, quote.end) === quote.text);
  if (!fits) {
    return h('div', {},
      h('p', { class: 'notice info' }, 'The full text of this article is not available here, so its quotes are '
        + 'listed in the order they appear.'),
      quotes.length ? h('ol', { class: 'excerpts' }, placed.map(({ quote, index }) =>
        h('li', {}, h('span', { class: 'speaker-line' }, speakerName(quote.speaker), ': '),
          quoteMark(quote, index, hrefFor(quote, index))))) : empty('No quotes were found in this article.'));
  }
  const body = h('div', { class: 'article-text' });
  let paragraph = body.appendChild(h('p'));
  // Plain text between quotes: each line break starts a new paragraph.
  const addText = segment => segment.split('\n').forEach((line, i) => {
    if (i > 0) {
      paragraph = body.appendChild(h('p'));
    }
    paragraph.append(line);
  });
  let position = 0;
  for (const { quote, index } of placed) {
    if (quote.start < position) {
      continue; // overlaps the quote before; it stays reachable from the board and the search
    }
    addText(text.slice(position, quote.start));
    paragraph.append(quoteMark(quote, index, hrefFor(quote, index)));
    position = quote.end;
  }
  addText(text.slice(position));
  return body;
}

/** Speakers grouped by label, each with their affiliation and how many of their quotes carry it. */
function stanceBoard(quotes) {
  const groups = new Map([...LABELS, 'none'].map(label => [label, new Map()]));
  for (const quote of quotes) {
    const speaker = quote.speaker || {};
    const key = speaker.id != null ? `id:${speaker.id}` : `name:${speakerName(speaker)}`;
    const group = groups.get(labelOf(quote));
    const entry = group.get(key) || { speaker, count: 0 };
    entry.count += 1;
    group.set(key, entry);
  }
  const sections = [...groups].filter(([label, speakers]) => label !== 'none' || speakers.size > 0)
    .map(([label, speakers]) => h('section', { class: `board-group board-${label}`, 'data-label': label },
      h('h4', {}, h('span', { class: `badge badge-${label}` },
        label === 'none' ? 'no label' : LABEL_TEXT[label].group), ` ${speakers.size}`),
      speakers.size === 0 ? h('p', { class: 'muted' }, 'Nobody') : h('ul', {}, [...speakers.values()].map(
        ({ speaker, count }) => h('li', { class: 'board-speaker' },
          speaker.id != null ? h('a', { href: `#/speakers/${speaker.id}` }, speakerName(speaker))
            : h('span', {}, speakerName(speaker)),
          speaker.affiliation ? h('span', { class: 'affiliation' }, ` · ${speaker.affiliation}`) : null,
          count > 1 ? h('span', { class: 'muted' }, ` (${count} quotes)`) : null)))));
  return h('div', { class: 'board' }, sections);
}

/** The quote's text with the evidence spans (offsets within the quote) highlighted. */
function quoteWithEvidence(quote) {
  const spans = ((quote.stance && quote.stance.evidence) || [])
    .filter(e => Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end)
    .sort((a, b) => a.start - b.start);
  const block = h('blockquote', { class: 'detail-quote' });
  let position = 0;
  for (const span of spans) {
    if (span.start < position || span.end > quote.text.length) {
      continue;
    }
    block.append(quote.text.slice(position, span.start),
      h('mark', { class: 'evidence', title: span.rule || 'evidence' }, quote.text.slice(span.start, span.end)));
    position = span.end;
  }
  block.append(quote.text.slice(position));
  return block;
}

function field(name, value) {
  return [h('dt', {}, name), h('dd', {}, value === null || value === undefined || value === '' ? '—' : value)];
}

function historyList(history) {
  const entries = [...(history.history || [])].reverse();
  return h('section', { class: 'history', 'aria-labelledby': 'history-heading' },
    h('h4', { id: 'history-heading' }, 'Label history'),
    history.automatic ? h('p', { class: 'automatic-label' }, 'Automatic label: ', badge(history.automatic),
      ` (${percent(history.automatic.confidence)}, ${history.automatic.modelVersion || 'model'})`) : null,
    entries.length ? h('ol', { class: 'history-list' }, entries.map(change => h('li', {},
      badge(change), ' ',
      h('span', { class: 'source' }, change.source === 'human' ? `by ${change.editor || 'an editor'}` : 'automatic'),
      ' · ', time(change.at, true),
      change.note ? h('p', { class: 'note' }, `“${change.note}”`) : null))) : empty('No changes yet.'));
}

/** The editor's form to set a label with a note, then the history. */
function overrideSection(quote, onChanged) {
  const section = h('section', { class: 'override', 'aria-labelledby': 'override-heading' },
    h('h4', { id: 'override-heading' }, 'Change the label'));
  const historyRegion = h('div', {}, loading('history'));
  const status = h('div', { class: 'form-status', 'aria-live': 'polite' });
  let version = null;
  const select = h('select', { id: 'override-label', name: 'label', required: true },
    LABELS.map(label => h('option', { value: label }, `${LABEL_TEXT[label].word} — ${LABEL_TEXT[label].hint}`)));
  if (quote.stance) {
    select.value = quote.stance.label;
  }
  const note = h('textarea', { id: 'override-note', name: 'note', rows: 3, maxlength: 2000 });
  const button = h('button', { type: 'submit', class: 'primary' }, 'Save label');
  const form = h('form', { class: 'override-form', method: 'post' },
    h('div', { class: 'field' }, h('label', { for: 'override-label' }, 'New label'), select),
    h('div', { class: 'field' }, h('label', { for: 'override-note' }, 'Note (why this label)'), note),
    button, status);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    button.disabled = true;
    fill(status, loading('the new label'));
    try {
      const change = { label: select.value };
      if (note.value.trim()) {
        change.note = note.value.trim();
      }
      if (version > 0) {
        change.expectedVersion = version;
      }
      const updated = await api.overrideStance(quote.id, change);
      fill(status, h('p', { class: 'notice success', role: 'status' },
        'Saved: the label is now ', badge(updated.stance), '.'));
      onChanged(updated);
    } catch (error) {
      fill(status, errorBox(error, error.status === 409 ? 'Someone changed this label meanwhile.'
        : 'The label was not saved.'));
      if (error.status === 409) {
        loadHistory();
      }
    } finally {
      button.disabled = false;
    }
  });
  async function loadHistory() {
    try {
      const history = await api.stanceHistory(quote.id);
      version = history.version;
      fill(historyRegion, historyList(history));
    } catch (error) {
      fill(historyRegion, error instanceof ApiError && error.status === 404
        ? empty('This quote has no label yet, so it has no history.') : errorBox(error, 'The history is unavailable.'));
    }
  }
  loadHistory();
  section.append(form, historyRegion);
  return section;
}

/** Everything about one quote; editors can change its label when it is stored. */
export function quoteDetail(quote, { onChanged, headingId } = {}) {
  const speaker = quote.speaker || {};
  const stance = quote.stance;
  const cueEvidence = ((stance && stance.evidence) || []).filter(e => !Number.isInteger(e.start));
  return h('div', { class: 'quote-detail', 'data-quote-id': quote.id },
    h('h3', { id: headingId || 'detail-heading', tabindex: '-1' }, 'Quote by ',
      speaker.id != null ? h('a', { href: `#/speakers/${speaker.id}` }, speakerName(speaker)) : speakerName(speaker)),
    quoteWithEvidence(quote),
    h('dl', { class: 'facts' },
      field('Stance', h('span', {}, badge(stance),
        stance ? ` ${stance.source === 'human' ? 'set by an editor' : 'automatic'}` : ' stance unavailable')),
      field('Confidence', stance ? percent(stance.confidence) : null),
      field('Speaker', speakerName(speaker)),
      field('Mention', speaker.mention),
      field('Role', speaker.role),
      field('Affiliation', speaker.affiliation),
      field('Kind', speaker.kind),
      field('Cue', quote.cue),
      field('Type', quote.type)),
    stance && stance.evidence && stance.evidence.length ? h('div', { class: 'evidence-list' },
      h('h4', {}, 'Evidence'),
      h('ul', {}, stance.evidence.map(e => h('li', {}, h('mark', { class: 'evidence' }, e.text),
        e.rule ? h('span', { class: 'muted' }, ` — ${e.rule.replace(/-/g, ' ')}`) : null))),
      cueEvidence.length ? h('p', { class: 'muted' }, 'Some evidence is in the reporting words, outside the quote.')
        : null) : null,
    quote.id != null && onChanged ? overrideSection(quote, onChanged) : null);
}

/**
 * The article page body: metadata, notices, the board and chart, the text with its quotes, the quote panel.
 * hrefFor gives each quote's link; select(index, focus, message) shows one quote in the panel.
 */
export function articleLayout(article, text, { hrefFor, onChanged, notice }) {
  const quotes = article.quotes || [];
  const detail = h('section', { class: 'panel detail-panel', 'aria-labelledby': 'detail-title' },
    h('h2', { id: 'detail-title', class: 'small-heading' }, 'Selected quote'),
    h('div', { class: 'detail-body' }, empty('Choose a highlighted quote to see who said it and why it got its label.')));
  const url = safeUrl(article.url);
  const element = h('div', { class: 'article-view' },
    h('header', { class: 'article-header' },
      h('h1', { tabindex: '-1', class: 'view-heading' }, article.title || 'Untitled article'),
      h('p', { class: 'meta' }, [
        article.outlet ? h('span', {}, article.outlet) : null,
        article.publishedAt ? h('span', {}, 'published ', time(article.publishedAt)) : null,
        url ? h('a', { href: url, rel: 'noopener noreferrer' }, 'original') : null,
        `${quotes.length} ${quotes.length === 1 ? 'quote' : 'quotes'}`,
      ].filter(Boolean).flatMap((part, i) => (i > 0 ? [' · ', part] : [part])))),
    notice ? h('p', { class: 'notice info', role: 'status' }, notice) : null,
    article.degraded ? h('p', { class: 'notice warn', role: 'status' }, h('strong', {}, 'Stance unavailable. '),
      'The stance service did not answer in time: quotes are shown without labels. Reload in a moment.') : null,
    h('section', { class: 'panel summary', 'aria-labelledby': 'board-heading' },
      h('h2', { id: 'board-heading' }, 'Stance board'),
      h('div', { class: 'summary-grid' }, stanceBoard(quotes),
        h('figure', { class: 'chart-figure' }, countsChart(article.stanceSummary, 'Quotes per label'),
          h('figcaption', {}, 'Quotes per label')))),
    h('div', { class: 'reading' },
      h('section', { class: 'panel text-panel', 'aria-labelledby': 'text-heading' },
        h('h2', { id: 'text-heading' }, 'Article'), legend(), articleBody(text, quotes, hrefFor)),
      detail));
  element.addEventListener('click', event => {
    const mark = event.target.closest('a.q[data-quote-index]');
    if (!mark) {
      return;
    }
    event.preventDefault();
    const index = Number(mark.dataset.quoteIndex);
    select(index, true);
    const target = mark.getAttribute('href');
    if (target && target !== location.hash) {
      history.replaceState(null, '', target);
    }
  });
  function select(index, focus, message) {
    const quote = quotes[index];
    if (!quote) {
      return;
    }
    element.querySelectorAll('a.q[aria-current]').forEach(mark => mark.removeAttribute('aria-current'));
    element.querySelectorAll(`a.q[data-quote-index="${index}"]`).forEach(mark => mark.setAttribute('aria-current', 'true'));
    const body = detail.querySelector('.detail-body');
    fill(body, message || '', quoteDetail(quote, { onChanged }));
    if (focus) {
      body.querySelector('h3').focus();
    }
  }
  return { element, select, indexOfId: id => quotes.findIndex(q => String(q.id) === String(id)) };
}
