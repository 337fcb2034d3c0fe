// What every part of the page shares: its elements, the state of the articles, the
// status line. Changed only through these functions and by main.js.
import { plural } from './format.js';

// Above this many characters the text box is hidden: a browser takes seconds to lay out
// a textarea holding megabytes, in one task. The text is still all analyzed and shown.
export const BIG_TEXT = 100_000;
export const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
export const TABS = ['companies', 'people', 'figures', 'claims', 'warnings'];
export const EMPTY_HINT = 'Paste an article to analyze it, drop files, or try a sample.';

export const $ = (id) => /** @type {any} */ (document.getElementById(id));
export const ui = {
  input: $('article-input'),
  big: $('big-note'),
  credit: $('sample-credit'),
  date: $('date-input'),
  dateHint: $('date-hint'),
  file: $('file-input'),
  sampleMenu: $('sample-menu'),
  sampleBody: $('sample-body'),
  status: $('status'),
  undo: $('undo'),
  timing: $('timing'),
  progress: $('progress'),
  progressBar: $('progress-bar'),
  progressText: $('progress-text'),
  nav: $('articles-nav'),
  list: $('article-list'),
  combinedButton: $('combined-button'),
  digest: $('digest'),
  single: $('single-view'),
  combined: $('combined-view'),
  company: $('company-view'),
  article: $('article-view'),
  tablist: $('tablist'),
  find: $('find'),
  findCount: $('find-count'),
  exportMenu: $('export-menu'),
  exportBody: $('export-body'),
  tip: $('tip'),
  overlay: $('drop-overlay'),
  version: $('engine-version'),
};
export const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

// --- state ---------------------------------------------------------------------------
// An article: {id, name, named, text, date, dateAuto, rev, analysis, ix, placeholder, sample}.
// `date` is what the date field shows; `dateAuto` when it came from the text's own
// dateline (then it is not sent: the analyzer reads the dateline itself). `placeholder`:
// a sample nobody has touched, which a paste replaces whole.

export const state = {
  articles: [],
  active: null,
  view: 'single', // 'single' | 'combined' | 'company'
  back: 'single', // the view the company view returns to
  glance: null, // the company shown in the company view
  tab: 'companies',
  collection: null,
  collectionKey: '',
  pending: null,
  query: '',
  removed: null, // {article, index}: what Undo brings back
};
let seq = 0;

export function addArticle(text, { name = '', placeholder = false, date = '', sample = '' } = {}) {
  const a = { id: `a${++seq}`, name, named: !!name, text, date, dateAuto: false, rev: 0, analysis: null, ix: null, placeholder, sample };
  state.articles.push(a);
  return a;
}

export const articleName = (a) => a.name || a.text.trim().split('\n')[0].trim().slice(0, 70) || 'Untitled';
export const articleLabel = (a) => `#${state.articles.indexOf(a) + 1} ${articleName(a)}`;
export const sentDate = (a) => (!a.dateAuto && DATE_RE.test(a.date) ? a.date : undefined);

/** Drop untouched sample and empty articles (before adding files or samples). */
export function dropPlaceholders() {
  state.articles = state.articles.filter((a) => !a.placeholder && a.text.trim());
  offerUndo(null);
}

// --- status ----------------------------------------------------------------------------

/** The status line; every change of state says something here. */
export function setStatus(st, message) {
  ui.status.dataset.state = st;
  ui.status.textContent = message;
}

/** Offer Undo for a removal (until it is used, or articles are added). */
export function offerUndo(removed) {
  state.removed = removed;
  ui.undo.hidden = !removed;
}

export const summary = (an) =>
  `${plural(an.companies?.length ?? 0, 'company', 'companies')}, ${plural(an.figures?.length ?? 0, 'figure')}, ${plural(an.claims?.length ?? 0, 'claim')}`;

export function progress(label, value) {
  ui.progress.hidden = label === null;
  if (label === null) return;
  ui.progressText.textContent = label;
  if (value === undefined) ui.progressBar.removeAttribute('value');
  else ui.progressBar.value = value;
}

/** The page's article behind an index of the current collection. */
export const articleAt = (i) => state.articles.find((a) => a.id === state.collection?.articles?.[i]?.id);

/** Forget the link the URL holds (the text has changed). */
export function clearLink() {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

/** Copy text to the clipboard, and say so. */
export async function copy(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    setStatus('done', done);
  } catch {
    setStatus('error', 'The browser did not allow copying; use Download instead.');
  }
}
