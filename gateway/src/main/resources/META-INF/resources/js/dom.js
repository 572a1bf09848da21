// Builds DOM nodes. Data from the API only ever becomes text nodes or attribute values, never markup.

const SVG_NS = 'http://www.w3.org/2000/svg';

function apply(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) {
      continue;
    }
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else if (name === 'text') {
      element.textContent = value;
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Appends strings (as text), nodes and nested arrays; null and undefined are skipped. */
export function append(parent, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) {
      continue;
    }
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** An HTML element: h('a', {href: '#/', class: 'x'}, 'text', otherNode). */
export function h(tag, attributes, ...children) {
  return apply(document.createElement(tag), attributes, children);
}

/** An SVG element, same shape as h. */
export function s(tag, attributes, ...children) {
  return apply(document.createElementNS(SVG_NS, tag), attributes, children);
}

export function clear(element) {
  element.replaceChildren();
  return element;
}

/** Replaces the element's content with the given children (null ones skipped). */
export function fill(element, ...children) {
  return append(clear(element), children);
}

/** A status line for a region that is still loading. */
export function loading(what) {
  return h('p', { class: 'state loading', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }),
    `Loading ${what}…`);
}

/** An error box with the problem's detail and the fields at fault. */
export function errorBox(error, intro) {
  const violations = error && error.violations ? error.violations : [];
  return h('div', { class: 'notice error', role: 'alert' },
    h('p', {}, h('strong', {}, intro || 'Something went wrong.'), ' ', error && error.message ? error.message : ''),
    violations.length ? h('ul', {}, violations.map(v => h('li', {}, `${v.field}: ${v.message}`))) : null);
}

export function empty(message) {
  return h('p', { class: 'state empty' }, message);
}

const dateFormat = new Intl.DateTimeFormat(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
const timeFormat = new Intl.DateTimeFormat(undefined,
  { year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A <time> element for an ISO timestamp, or null when there is none. */
export function time(iso, withTime) {
  if (!iso) {
    return null;
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return null;
  }
  return h('time', { datetime: iso }, (withTime ? timeFormat : dateFormat).format(date));
}

export function percent(value) {
  return typeof value === 'number' ? `${Math.round(value * 100)} %` : '–';
}

/** Only web links become hrefs: anything else (javascript:, data:) would run in our origin. */
export function safeUrl(url) {
  return typeof url === 'string' && /^https?:\/\//i.test(url) ? url : null;
}
