// The public /api, and the editor's token (kept in session storage, only ever sent in the Authorization header).

const TOKEN_KEY = 'quotestance.token';
const TEXT_KEY = 'quotestance.text.';

export const token = {
  get: () => sessionStorage.getItem(TOKEN_KEY),
  set: value => sessionStorage.setItem(TOKEN_KEY, value),
  clear: () => sessionStorage.removeItem(TOKEN_KEY),
};

// The API serves an article's quotes and offsets but not its text: the text an editor stored in this session is
// kept here so that the article can be shown whole, with its quotes in place.
export const articleTexts = {
  get: id => sessionStorage.getItem(TEXT_KEY + id),
  set: (id, text) => {
    try {
      sessionStorage.setItem(TEXT_KEY + id, text);
    } catch (full) {
      // Storage is full: the article is then shown as its quotes in order.
    }
  },
};

export class ApiError extends Error {
  constructor(status, message, violations) {
    super(message);
    this.status = status;
    this.violations = violations || [];
  }
}

async function request(method, path, body, needsToken) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
  }
  if (needsToken) {
    const current = token.get();
    if (!current) {
      throw new ApiError(401, 'Enter your editor token first (at the top of the page).');
    }
    headers.Authorization = `Bearer ${current}`;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch (offline) {
    throw new ApiError(0, 'The server cannot be reached. Check the connection and try again.');
  }
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  if (!response.ok) {
    throw new ApiError(response.status, describe(response, data), data && data.violations);
  }
  return { data, status: response.status };
}

function describe(response, problem) {
  const detail = problem && problem.detail ? problem.detail : `The server answered ${response.status}.`;
  if (response.status === 401) {
    return `${detail} Check the editor token.`;
  }
  const retry = response.headers.get('Retry-After');
  return retry ? `${detail} Try again in ${retry} s.` : detail;
}

function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') {
      search.set(name, value);
    }
  }
  return search.toString();
}

const get = async path => (await request('GET', path)).data;

export const api = {
  analyze: text => request('POST', '/api/analyze', { text }).then(r => r.data),
  storeArticle: submission => request('POST', '/api/articles', submission, true),
  articles: (page, size) => get(`/api/articles?${query({ page, size })}`),
  article: id => get(`/api/articles/${encodeURIComponent(id)}`),
  quotes: filter => get(`/api/quotes?${query(filter)}`),
  stanceHistory: id => get(`/api/quotes/${encodeURIComponent(id)}/stance`),
  overrideStance: (id, change) => request('PUT', `/api/quotes/${encodeURIComponent(id)}/stance`, change, true)
    .then(r => r.data),
  speaker: id => get(`/api/speakers/${encodeURIComponent(id)}`),
};
