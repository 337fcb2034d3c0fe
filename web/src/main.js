// finlens page: wires the input form to the analyzer worker and renders results.
import { AnalyzerClient, LatestOnlyScheduler } from './analyzer-client.js';
import { formatMs } from './format.js';
import { renderArticle, renderCounts, renderFiguresTable, renderWarnings, summaryLine } from './render.js';
import sampleArticle from './samples/alibaba-chips.txt?raw';

const TYPING_DEBOUNCE_MS = 250;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const ui = {
  form: /** @type {HTMLFormElement} */ ($('analyze-form')),
  input: /** @type {HTMLTextAreaElement} */ ($('article-input')),
  date: /** @type {HTMLInputElement} */ ($('date-input')),
  status: $('status'),
  timing: $('timing'),
  counts: {
    companies: $('count-companies'),
    figures: $('count-figures'),
    claims: $('count-claims'),
    warnings: $('count-warnings'),
  },
  warnings: $('warnings'),
  article: $('article-view'),
  figuresBody: /** @type {HTMLTableSectionElement} */ ($('figures-table').tBodies[0]),
  figuresEmpty: $('figures-empty'),
  version: $('engine-version'),
};

const client = new AnalyzerClient();
let runs = 0;
let lastShown = null;

const scheduler = new LatestOnlyScheduler(
  (job) => client.analyze(job.text, { date: job.date }),
  (job, result) => show(job, result),
  (job, err) => setStatus('error', `Analysis failed: ${err.message}`),
);

function currentDate() {
  const v = ui.date.value.trim();
  return DATE_RE.test(v) ? v : undefined;
}

/** Queue an analysis of the current input. `t0` is when the user acted. */
function analyzeNow(trigger, t0 = performance.now()) {
  clearTimeout(debounceTimer);
  scheduler.request({ text: ui.input.value, date: currentDate(), trigger, t0 });
}

let debounceTimer = 0;
function analyzeSoon(trigger, t0) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(() => analyzeNow(trigger, t0), TYPING_DEBOUNCE_MS);
}

function show(job, { analysis, ms }) {
  if (!analysis || analysis.schema !== 'finlens/1') {
    setStatus('error', 'The analyzer returned an unexpected result.');
    return;
  }
  renderArticle(ui.article, job.text, analysis);
  const rows = renderFiguresTable(ui.figuresBody, analysis);
  ui.figuresEmpty.hidden = rows > 0;
  renderCounts(ui.counts, analysis);
  renderWarnings(ui.warnings, analysis);

  const shownMs = performance.now() - job.t0;
  runs += 1;
  lastShown = { text: job.text, date: job.date ?? null, analysis };
  Object.assign(ui.timing.dataset, {
    analyzeMs: ms.toFixed(2),
    shownMs: shownMs.toFixed(2),
    runs: String(runs),
    trigger: job.trigger,
  });
  ui.timing.textContent = `Analyzed in ${formatMs(ms)} · shown ${formatMs(shownMs)} after ${job.trigger}`;
  setStatus('done', job.text.trim() ? `Found ${summaryLine(analysis)}.` : 'Paste an article to analyze it.');
  document.body.dataset.analysisRuns = String(runs);
}

function setStatus(state, message) {
  ui.status.dataset.state = state;
  ui.status.textContent = message;
}

// --- events -----------------------------------------------------------------

ui.input.addEventListener('input', (event) => {
  const e = /** @type {InputEvent} */ (event);
  const t0 = performance.now();
  // Pasting or dropping a whole article: analyze at once; typing: wait for a pause.
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') analyzeNow('paste', t0);
  else analyzeSoon('typing', t0);
});

ui.date.addEventListener('change', () => analyzeNow('date'));

ui.form.addEventListener('submit', (event) => {
  event.preventDefault();
  analyzeNow('button');
});

// Clicking a figure row brings its mark into view, and the reverse.
ui.figuresBody.addEventListener('click', (event) => {
  const row = /** @type {HTMLElement} */ (event.target).closest('tr[data-figure-id]');
  if (!row) return;
  const mark = ui.article.querySelector(`mark[data-figure-id="${CSS.escape(row.dataset.figureId)}"]`);
  if (mark) {
    mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
    flash(mark);
  }
});
ui.article.addEventListener('click', (event) => {
  const mark = /** @type {HTMLElement} */ (event.target).closest('mark[data-figure-id]');
  if (!mark) return;
  const row = ui.figuresBody.querySelector(`tr[data-figure-id="${CSS.escape(mark.dataset.figureId)}"]`);
  if (row) {
    row.scrollIntoView({ block: 'nearest', behavior: 'smooth' });
    flash(row);
  }
});

function flash(el) {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}

// --- start ------------------------------------------------------------------

ui.input.value = sampleArticle;
setStatus('loading', 'Loading the analyzer…');
client.ready.then(
  ({ version, initMs }) => {
    ui.version.textContent = version ? `v${version}` : '';
    ui.timing.dataset.initMs = initMs.toFixed(2);
    document.body.dataset.engine = 'ready';
  },
  (err) => {
    document.body.dataset.engine = 'failed';
    setStatus('error', err.message);
  },
);
analyzeNow('load');

// A small programmatic handle, for the console and for the browser tests: analyzes
// with the very same worker and module the page uses, independently of the UI.
window.finlens = Object.freeze({
  analyze: async (text, opts = {}) => (await client.analyze(String(text), opts)).analysis,
  ready: () => client.ready,
  get lastShown() {
    return lastShown;
  },
});
