// finlens page: articles in (paste, files, samples, links), the analysis in a worker,
// the highlighted text, the panels, the combined view and the exports.
import { AnalyzerClient, LatestOnlyScheduler } from './analyzer-client.js';
import { renderCombined } from './combined.js';
import { h, replaceChildren } from './dom.js';
import { formatMs, kb, metricLabel, plural } from './format.js';
import { CSV_COMBINED, CSV_PANELS, download, linkFragment, markdownSummary, readFile, readFragment, slug, toCsv } from './io.js';
import { digest, indexAnalysis } from './model.js';
import { claimsPanel, companiesPanel, figuresPanel, peoplePanel, warningsPanel } from './panels.js';
import { details, KINDS, renderArticle, renderTip } from './render.js';

const TYPING_DEBOUNCE_MS = 250;
const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;
const TABS = ['companies', 'people', 'figures', 'claims', 'warnings'];
const SAMPLES = {
  'alibaba-chips': 'Alibaba shares jump on AI chip hopes',
  'alibaba-ai-frenzy': 'AI frenzy revives Alibaba (long, with other headlines)',
  'alibaba-ai-investment': 'Alibaba to invest 380 billion yuan in AI',
  'alibaba-bond-chips': 'Alibaba AI chips and a $3.2 billion bond',
  'alibaba-premarket': 'Alibaba rises in premarket trading',
  'ford-profit-2010': 'Ford posts US$2.7 billion profit (Wikinews)',
  'gm-sales-2009': 'GM sales plunge 45% (Wikinews)',
};
const COMPARE = ['alibaba-chips', 'alibaba-ai-investment', 'alibaba-bond-chips', 'alibaba-premarket'];
const sampleFiles = import.meta.glob('./samples/*.txt', { query: '?raw', import: 'default' });
const loadSample = (key) => sampleFiles[`./samples/${key}.txt`]();

const $ = (id) => /** @type {any} */ (document.getElementById(id));
const ui = {
  input: $('article-input'),
  date: $('date-input'),
  dateHint: $('date-hint'),
  file: $('file-input'),
  sampleMenu: $('sample-menu'),
  sampleBody: $('sample-body'),
  status: $('status'),
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
  article: $('article-view'),
  tablist: $('tablist'),
  exportMenu: $('export-menu'),
  exportBody: $('export-body'),
  tip: $('tip'),
  overlay: $('drop-overlay'),
  version: $('engine-version'),
};
const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');

// --- state ---------------------------------------------------------------------------
// An article: {id, name, named, text, date, dateAuto, rev, analysis, ix, placeholder}.
// `date` is what the date field shows; `dateAuto` when it came from the text's own
// dateline (then it is not sent: the analyzer reads the dateline itself).

const state = { articles: [], active: null, view: 'single', tab: 'companies', collection: null, collectionKey: '', pending: null };
let seq = 0;
let runs = 0;
let lastShown = null;

function addArticle(text, { name = '', placeholder = false, date = '' } = {}) {
  const a = { id: `a${++seq}`, name, named: !!name, text, date, dateAuto: false, rev: 0, analysis: null, ix: null, placeholder };
  state.articles.push(a);
  return a;
}

const articleName = (a) => a.name || a.text.trim().split('\n')[0].trim().slice(0, 70) || 'Untitled';
const articleLabel = (a) => `#${state.articles.indexOf(a) + 1} ${articleName(a)}`;
const sentDate = (a) => (!a.dateAuto && DATE_RE.test(a.date) ? a.date : undefined);

/** Drop untouched sample and empty articles (before adding files or samples). */
function dropPlaceholders() {
  state.articles = state.articles.filter((a) => !a.placeholder && a.text.trim());
}

// --- analysis ----------------------------------------------------------------------------

const client = new AnalyzerClient();

async function timed(text, run) {
  const timer = setTimeout(() => progress(`Analyzing ${kb(text.length)}…`), text.length > 50_000 ? 0 : 150);
  try {
    return await run();
  } finally {
    clearTimeout(timer);
    progress(null);
  }
}

const scheduler = new LatestOnlyScheduler(
  (job) => timed(job.text, () => client.analyze(job.text, { date: job.date })),
  (job, result) => {
    store(job, result.analysis);
    if (job.article === state.active) {
      if (state.view === 'single') renderSingle();
      markRun(job, result.ms);
    }
  },
  (_job, err) => setStatus('error', `Analysis failed: ${err.message}`),
);

function request(a, trigger, t0 = performance.now()) {
  return { article: a, rev: a.rev, text: a.text, date: sentDate(a), trigger, t0 };
}

/** Keep an analysis on its article (if the article has not changed since). */
function store(job, analysis) {
  const a = job.article;
  if (a.rev !== job.rev || !analysis || analysis.schema !== 'finlens/1') return;
  a.analysis = analysis;
  a.ix = indexAnalysis(analysis);
  if (!a.date || a.dateAuto) {
    const pub = analysis.published;
    const auto = pub?.source === 'dateline' && DATE_RE.test(pub.date);
    a.date = auto ? pub.date : '';
    a.dateAuto = auto;
  }
  if (a === state.active) showDate(a);
  renderList();
}

function markRun(job, ms) {
  const shownMs = performance.now() - job.t0;
  runs += 1;
  const a = job.article;
  if (a) lastShown = { text: job.text, date: job.date ?? null, analysis: a.analysis };
  Object.assign(ui.timing.dataset, { analyzeMs: ms.toFixed(2), shownMs: shownMs.toFixed(2), runs: String(runs), trigger: job.trigger });
  ui.timing.textContent = `Analyzed in ${formatMs(ms)} · shown ${formatMs(shownMs)} after ${job.trigger}`;
  // And once the browser has laid it out and painted it: the next frame, then a task.
  const run = runs;
  requestAnimationFrame(() =>
    setTimeout(() => {
      if (runs !== run) return;
      const paintedMs = performance.now() - job.t0;
      Object.assign(ui.timing.dataset, { paintedMs: paintedMs.toFixed(2), paintedRun: String(run) });
      ui.timing.textContent = `Analyzed in ${formatMs(ms)} · on screen ${formatMs(paintedMs)} after ${job.trigger}`;
    }),
  );
  if (a) setStatus('done', a.text.trim() ? `Found ${summary(a.analysis)}.` : 'Paste an article to analyze it, drop files, or try a sample.');
  document.body.dataset.analysisRuns = String(runs);
}

const summary = (an) =>
  `${plural(an.companies?.length ?? 0, 'company', 'companies')}, ${plural(an.figures?.length ?? 0, 'figure')}, ${plural(an.claims?.length ?? 0, 'claim')}`;

let debounceTimer = 0;
function analyzeNow(trigger, t0) {
  clearTimeout(debounceTimer);
  if (state.active) scheduler.request(request(state.active, trigger, t0));
}
function analyzeSoon(trigger, t0) {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(() => analyzeNow(trigger, t0), TYPING_DEBOUNCE_MS);
}

/** Analyze articles one after the other, with a progress bar. */
async function analyzeAll(list) {
  let ms = 0;
  for (const [i, a] of list.entries()) {
    progress(`Analyzing ${i + 1} of ${list.length}: ${articleName(a)}`, i / list.length);
    const job = request(a, 'files');
    const r = await client.analyze(job.text, { date: job.date });
    ms += r.ms;
    store(job, r.analysis);
  }
  progress(null);
  return ms;
}

function progress(label, value) {
  ui.progress.hidden = label === null;
  if (label === null) return;
  ui.progressText.textContent = label;
  if (value === undefined) ui.progressBar.removeAttribute('value');
  else ui.progressBar.value = value;
}

function setStatus(st, message) {
  ui.status.dataset.state = st;
  ui.status.textContent = message;
}

// --- showing an article ----------------------------------------------------------------------

function select(a, { analyze = true } = {}) {
  state.active = a;
  state.view = 'single';
  ui.input.value = a.text;
  showDate(a);
  renderView();
  if (analyze && !a.analysis) analyzeNow('select');
}

function showDate(a) {
  ui.date.value = a.date;
  ui.dateHint.textContent = a.dateAuto ? 'from the article’s dateline' : a.date ? 'set by you; clear it to use the dateline' : 'resolves dates like “on Wednesday”';
}

function renderView() {
  const combined = state.view === 'combined';
  ui.single.hidden = combined;
  ui.combined.hidden = !combined;
  ui.combinedButton.setAttribute('aria-pressed', String(combined));
  renderList();
  const n = state.articles.length;
  $('input-heading').textContent = n > 1 ? `Article ${state.articles.indexOf(state.active) + 1} of ${n}` : 'Article';
  if (combined) return showCombined();
  renderSingle();
}

function renderSingle() {
  const a = state.active;
  const ix = a?.ix ?? indexAnalysis({});
  renderDigest(a);
  renderArticle(ui.article, a?.analysis ? a.text : '', ix);
  renderPanels(ix);
}

function renderDigest(a) {
  if (!a?.analysis || !a.text.trim()) {
    replaceChildren(ui.digest, a?.text.trim() ? 'Analyzing…' : 'Paste an article, drop files, or try a sample.');
    return;
  }
  const d = digest(a.analysis);
  replaceChildren(
    ui.digest,
    h('strong', { class: 'dg-company' }, d.company || 'No main company'),
    h('span', { class: `dg-move ${d.dir ?? ''}` }, d.move || 'no headline move found'),
    h('span', { class: 'dg-quoted' }, d.quoted ? `quoted: ${d.quoted}` : 'no one quoted'),
  );
}

const PANELS = { companies: companiesPanel, people: peoplePanel, figures: figuresPanel, claims: claimsPanel, warnings: warningsPanel };

// Only the open tab's panel is built at once; the others when they are opened.
let panelIx = null;
const stale = new Set();

function renderPanels(ix) {
  panelIx = ix;
  for (const name of TABS) {
    stale.add(name);
    const n = ix.list(name).length;
    const c = $(`count-${name}`);
    c.textContent = String(n);
    c.dataset.count = String(n);
  }
  renderPanel(state.tab);
}

function renderPanel(name) {
  if (!stale.delete(name) || !panelIx) return;
  const ix = panelIx;
  const el = $(`panel-${name}`);
  const draw = () => ix === panelIx && PANELS[name](el, ix, draw);
  draw();
}

function renderList() {
  const many = state.articles.length > 1;
  ui.nav.hidden = !many;
  if (!many) return;
  replaceChildren(
    ui.list,
    state.articles.map((a, i) =>
      h(
        'li',
        { dataset: { id: a.id } },
        h(
          'button',
          { type: 'button', class: 'art', 'aria-current': state.view === 'single' && a === state.active ? 'true' : null, dataset: { id: a.id } },
          h('span', { class: 'art-name' }, `${i + 1}. ${articleName(a)}`),
          h('span', { class: 'sub' }, a.analysis ? digest(a.analysis).text : 'not analyzed yet'),
        ),
        h('button', { type: 'button', class: 'rm', 'aria-label': `Remove article ${i + 1}: ${articleName(a)}`, title: 'Remove', dataset: { remove: a.id } }, '×'),
      ),
    ),
  );
}

// --- combined view ----------------------------------------------------------------------------

async function showCombined() {
  const key = state.articles.map((a) => `${a.id}@${a.rev}:${a.date}`).join('|');
  replaceChildren(ui.digest, `${plural(state.articles.length, 'article')} side by side`);
  if (key !== state.collectionKey) {
    state.collectionKey = key;
    const list = state.articles.map((a) => ({ id: a.id, text: a.text, ...(sentDate(a) ? { date: sentDate(a) } : {}) }));
    ui.combined.setAttribute('aria-busy', 'true');
    state.pending = timed(list.map((a) => a.text).join(''), () => client.analyzeMany(list)).then(
      (r) => r.analysis,
      (err) => setStatus('error', `Combining failed: ${err.message}`),
    );
  }
  const col = await state.pending;
  if (!col || key !== state.collectionKey || state.view !== 'combined') return;
  ui.combined.removeAttribute('aria-busy');
  state.collection = col;
  const draw = () => renderCombined(ui.combined, col, (i) => articleLabel(articleAt(i) ?? {}), draw);
  draw();
  const dis = (col.merged?.comparisons ?? []).filter((k) => k.disagree).length;
  replaceChildren(
    ui.digest,
    h('strong', null, `${plural(state.articles.length, 'article')} combined`),
    h('span', null, plural(col.merged?.companies?.length ?? 0, 'company', 'companies')),
    h('span', { class: dis ? 'dg-warn' : null }, dis ? `${plural(dis, 'figure comparison')} disagree` : 'no disagreeing figures'),
  );
  ui.combined.dataset.ready = key;
  setStatus('done', `Combined ${plural(state.articles.length, 'article')}.`);
}

/** The page's article behind an index of the current collection. */
const articleAt = (i) => state.articles.find((a) => a.id === state.collection?.articles?.[i]?.id);

function openCombined() {
  state.view = 'combined';
  return renderView();
}

// --- marks ↔ panels ---------------------------------------------------------------------------

let tipFor = null;
function showTip(el) {
  const d = details(el.dataset.t, el.dataset.ref, state.active?.ix ?? indexAnalysis({}));
  if (!d) return;
  tipFor = el;
  renderTip(ui.tip, d);
  ui.tip.hidden = false;
  el.setAttribute('aria-describedby', 'tip');
  place(el);
}
function place(el) {
  const r = el.getBoundingClientRect();
  const t = ui.tip.getBoundingClientRect();
  const x = Math.max(8, Math.min(r.left, innerWidth - t.width - 8));
  const below = r.bottom + 6 + t.height < innerHeight;
  ui.tip.style.left = `${x}px`;
  ui.tip.style.top = `${below ? r.bottom + 6 : Math.max(8, r.top - t.height - 6)}px`;
}
function hideTip() {
  tipFor?.removeAttribute('aria-describedby');
  tipFor = null;
  ui.tip.hidden = true;
}

const markOf = (target) => /** @type {HTMLElement} */ (target).closest?.('#article-view [data-ref]');
ui.article.addEventListener('mouseover', (e) => {
  const m = markOf(e.target);
  if (m && m !== tipFor) showTip(m);
  else if (!m && tipFor && tipFor !== document.activeElement) hideTip();
});
ui.article.addEventListener('mouseleave', hideTip);
ui.article.addEventListener('focusin', (e) => markOf(e.target) && showTip(markOf(e.target)));
ui.article.addEventListener('focusout', hideTip);
addEventListener('scroll', () => tipFor && (tipFor.isConnected ? place(tipFor) : hideTip()), { capture: true, passive: true });
ui.article.addEventListener('click', (e) => {
  const m = markOf(e.target);
  if (m) showRow(m.dataset.t, m.dataset.ref);
});
ui.article.addEventListener('keydown', (e) => {
  if (e.key === 'Escape') return hideTip();
  const marks = [...ui.article.querySelectorAll('[data-ref]')];
  const at = marks.indexOf(/** @type {any} */ (document.activeElement));
  if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
    e.preventDefault();
    const next = marks[at < 0 ? 0 : Math.max(0, Math.min(marks.length - 1, at + (e.key === 'ArrowRight' ? 1 : -1)))];
    next?.focus();
  } else if ((e.key === 'Enter' || e.key === ' ') && at >= 0) {
    e.preventDefault();
    showRow(marks[at].dataset.t, marks[at].dataset.ref);
  }
});

function flash(el) {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}
const behavior = () => (reduceMotion.matches ? 'auto' : 'smooth');

/** From a mark to its row in the panels. */
function showRow(t, ref) {
  const tab = KINDS[t];
  if (!tab) return;
  selectTab(tab);
  const row = $(`panel-${tab}`).querySelector(`tr[data-ref="${CSS.escape(ref)}"]`);
  if (!row) return;
  row.scrollIntoView({ block: 'nearest', behavior: behavior() });
  flash(row);
  row.querySelector('button.ref')?.focus({ preventScroll: true });
}

/** From a row to its marks in the text: scroll to one (the next, on each click), flash all. */
let cycle = { key: '', i: -1 };
function showMarks(t, refs) {
  const marks = refs.flatMap((r) => [...ui.article.querySelectorAll(`[data-t="${t}"][data-ref="${CSS.escape(r)}"]`)]);
  marks.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  if (!marks.length) {
    setStatus('done', 'That one is not marked in the text (it overlaps another mark).');
    return;
  }
  const key = `${t}:${refs.join(' ')}`;
  cycle = { key, i: cycle.key === key ? (cycle.i + 1) % marks.length : 0 };
  marks[cycle.i].scrollIntoView({ block: 'center', behavior: behavior() });
  marks.forEach(flash);
  ui.article.dataset.shown = key;
}

$('single-view').addEventListener('click', (e) => {
  const row = /** @type {HTMLElement} */ (e.target).closest('.panels-card [data-ref]');
  if (!row || /** @type {HTMLElement} */ (e.target).closest('th button.sort')) return;
  if (row.dataset.t in KINDS) showMarks(row.dataset.t, row.dataset.ref.split(' '));
});

// --- tabs --------------------------------------------------------------------------------------

function selectTab(name, focus = false) {
  state.tab = name;
  renderPanel(name);
  for (const t of TABS) {
    const tab = $(`tab-${t}`);
    const on = t === name;
    tab.setAttribute('aria-selected', String(on));
    tab.tabIndex = on ? 0 : -1;
    $(`panel-${t}`).hidden = !on;
    if (on && focus) tab.focus();
  }
}
ui.tablist.addEventListener('click', (e) => {
  const tab = /** @type {HTMLElement} */ (e.target).closest('[role=tab]');
  if (tab) selectTab(tab.id.slice(4));
});
ui.tablist.addEventListener('keydown', (e) => {
  const i = TABS.indexOf(state.tab);
  const to = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: TABS.length - 1 }[e.key];
  if (to === undefined) return;
  e.preventDefault();
  selectTab(TABS[(to + TABS.length) % TABS.length], true);
});

// --- input -----------------------------------------------------------------------------------------

function clearLink() {
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
}

// A paste is timed from the paste event, before the browser inserts the text.
let pastedAt = 0;
ui.input.addEventListener('paste', () => (pastedAt = performance.now()));
ui.input.addEventListener('input', (e) => {
  const t0 = e.inputType === 'insertFromPaste' && pastedAt ? pastedAt : performance.now();
  pastedAt = 0;
  let a = state.active;
  if (!a || state.view === 'combined') {
    if (!a) a = addArticle('');
    state.active = a;
    state.view = 'single';
    renderView();
  }
  a.text = ui.input.value;
  a.rev++;
  a.placeholder = false;
  if (!a.named) a.name = '';
  clearLink();
  // Pasting or dropping a whole article: analyze at once; typing: wait for a pause.
  if (e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop') analyzeNow('paste', t0);
  else analyzeSoon('typing', t0);
});

ui.date.addEventListener('change', () => {
  const a = state.active;
  if (!a) return;
  const v = ui.date.value.trim();
  a.date = DATE_RE.test(v) ? v : '';
  a.dateAuto = false;
  a.rev++;
  showDate(a);
  analyzeNow('date');
});

$('analyze-form').addEventListener('submit', (e) => {
  e.preventDefault();
  if (state.view === 'combined') select(state.active, { analyze: false });
  analyzeNow('button');
});

$('new-article').addEventListener('click', () => {
  dropPlaceholders();
  select(addArticle(''), { analyze: false });
  setStatus('done', 'Paste an article to analyze it, drop files, or try a sample.');
  ui.timing.textContent = '';
  ui.input.focus();
});

ui.list.addEventListener('click', (e) => {
  const b = /** @type {HTMLElement} */ (e.target).closest('button');
  if (!b) return;
  if (b.dataset.remove) {
    const i = state.articles.findIndex((a) => a.id === b.dataset.remove);
    state.articles.splice(i, 1);
    if (!state.articles.length) addArticle('');
    const next = state.articles[Math.min(i, state.articles.length - 1)];
    if (state.articles.length < 2 || state.active?.id === b.dataset.remove) select(next);
    else renderView();
    (ui.list.querySelectorAll('button.art')[Math.min(i, state.articles.length - 1)] ?? ui.input).focus();
    return;
  }
  const a = state.articles.find((x) => x.id === b.dataset.id);
  if (a) select(a);
});

ui.combinedButton.addEventListener('click', () => (state.view === 'combined' ? select(state.active) : openCombined()));

ui.combined.addEventListener('click', (e) => {
  const b = /** @type {HTMLElement} */ (e.target).closest('[data-article]');
  if (!b) return;
  const a = articleAt(Number(b.dataset.article));
  if (!a) return;
  select(a);
  showMarks(b.dataset.t, [b.dataset.ref]);
});

// Files: picker and drag-and-drop anywhere on the page.
$('open-files').addEventListener('click', () => ui.file.click());
ui.file.addEventListener('change', () => {
  addFiles([...ui.file.files], 'files');
  ui.file.value = '';
});

const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
let dragDepth = 0;
addEventListener('dragenter', (e) => {
  if (!hasFiles(e)) return;
  dragDepth++;
  ui.overlay.hidden = false;
});
addEventListener('dragleave', (e) => {
  if (hasFiles(e) && --dragDepth <= 0) {
    dragDepth = 0;
    ui.overlay.hidden = true;
  }
});
addEventListener('dragover', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  e.dataTransfer.dropEffect = 'copy';
});
addEventListener('drop', (e) => {
  if (!hasFiles(e)) return;
  e.preventDefault();
  dragDepth = 0;
  ui.overlay.hidden = true;
  addFiles([...e.dataTransfer.files], 'drop');
});

async function addFiles(files, trigger) {
  const t0 = performance.now();
  const read = [];
  const skipped = [];
  for (const f of files) {
    try {
      const r = await readFile(f);
      if (r && r.text.trim()) read.push(r);
      else skipped.push(f.name);
    } catch (err) {
      skipped.push(`${f.name} (${err.message})`);
    }
  }
  const note = skipped.length ? ` Skipped: ${skipped.join(', ')} (not a text, Markdown or HTML file, or empty).` : '';
  if (!read.length) return setStatus('error', `Nothing to analyze.${note}`);
  dropPlaceholders();
  const added = read.map((r) => addArticle(r.text, { name: r.name }));
  state.active = added[0];
  renderList();
  const ms = await analyzeAll(added);
  if (added.length > 1) {
    state.active = added[0];
    ui.input.value = added[0].text;
    showDate(added[0]);
    await openCombined();
  } else select(added[0]);
  markRun({ article: null, trigger, t0 }, ms);
  setStatus('done', `Added ${plural(added.length, 'article')}.${note}`);
}

// Samples.
replaceChildren(
  ui.sampleBody,
  [...Object.entries(SAMPLES), ['compare', 'Compare four Alibaba stories']].map(([key, label]) =>
    h('button', { type: 'button', class: 'menu-item', dataset: { sample: key } }, label),
  ),
);
ui.sampleBody.addEventListener('click', (e) => {
  const b = /** @type {HTMLElement} */ (e.target).closest('button[data-sample]');
  if (!b) return;
  closeMenu(ui.sampleMenu);
  openSample(b.dataset.sample);
});
async function openSample(key) {
  const t0 = performance.now();
  if (key === 'compare') {
    const texts = await Promise.all(COMPARE.map(loadSample));
    dropPlaceholders();
    const added = texts.map((t, i) => addArticle(t, { name: SAMPLES[COMPARE[i]], placeholder: true }));
    state.active = added[0];
    const ms = await analyzeAll(added);
    ui.input.value = added[0].text;
    showDate(added[0]);
    await openCombined();
    return markRun({ article: null, trigger: 'sample', t0 }, ms);
  }
  const text = await loadSample(key);
  let a = state.active;
  if (!a || !(a.placeholder || !a.text.trim())) a = addArticle('');
  Object.assign(a, { text, name: SAMPLES[key], named: true, placeholder: true, date: '', dateAuto: false, analysis: null, ix: null });
  a.rev++;
  clearLink();
  select(a, { analyze: false });
  analyzeNow('sample', t0);
}

// --- export and links ----------------------------------------------------------------------------

const EXPORTS = {
  json: { label: 'Analysis (JSON)', ext: 'json', type: 'application/json' },
  companies: { label: 'Companies (CSV)', ext: 'csv', type: 'text/csv' },
  people: { label: 'People (CSV)', ext: 'csv', type: 'text/csv' },
  figures: { label: 'Figures (CSV)', ext: 'csv', type: 'text/csv' },
  claims: { label: 'Claims (CSV)', ext: 'csv', type: 'text/csv' },
  warnings: { label: 'Warnings (CSV)', ext: 'csv', type: 'text/csv' },
  comparisons: { label: 'Figures side by side (CSV)', ext: 'csv', type: 'text/csv' },
  md: { label: 'Summary (Markdown)', ext: 'md', type: 'text/markdown' },
};

function exportKeys() {
  return state.view === 'combined' ? ['json', 'companies', 'comparisons', 'md'] : ['json', ...TABS, 'md'];
}

/** The exported text for one item of the export menu, with a file name. */
function exportText(key) {
  const combined = state.view === 'combined';
  if (combined) {
    const col = state.collection;
    if (!col) return null;
    const label = (i) => articleLabel(articleAt(i) ?? {});
    const company = (id) => col.merged?.companies?.find((c) => c.id === id)?.name ?? id;
    const base = 'finlens-combined';
    if (key === 'json') return [`${base}.json`, JSON.stringify(col, null, 2)];
    if (key === 'md') return [`${base}.md`, combinedMarkdown(col, label, company)];
    return [`${base}-${key}.csv`, toCsv(CSV_COMBINED[key](col, label, company))];
  }
  const a = state.active;
  if (!a?.analysis) return null;
  const base = slug(articleName(a));
  if (key === 'json') return [`${base}.finlens.json`, JSON.stringify(a.analysis, null, 2)];
  if (key === 'md') return [`${base}.md`, markdownSummary(articleName(a), a.ix, a.date)];
  return [`${base}-${key}.csv`, toCsv(CSV_PANELS[key](a.ix))];
}

function combinedMarkdown(col, label, company) {
  const out = [`# ${plural(col.articles?.length ?? 0, 'article')} combined`, ''];
  for (const [i, art] of (col.articles ?? []).entries()) out.push(`- ${label(i)}: ${digest(art.analysis).text}`);
  out.push('', '## Figures side by side', '');
  for (const k of col.merged?.comparisons ?? []) {
    out.push(`### ${company(k.company)}: ${metricLabel(k.metric)}${k.disagree ? ' (articles disagree)' : ''}`, '');
    for (const f of k.figures ?? []) out.push(`- ${label(f.figure?.article)}: ${f.text}${f.outlier ? ' **outlier**' : ''}`);
    out.push('');
  }
  for (const w of col.merged?.warnings ?? []) out.push(`> ${w.message}`, '');
  return out.join('\n');
}

ui.exportMenu.addEventListener('toggle', () => {
  if (!ui.exportMenu.open) return;
  replaceChildren(
    ui.exportBody,
    exportKeys().map((k) =>
      h(
        'div',
        { class: 'menu-row' },
        h('span', null, EXPORTS[k].label),
        h('button', { type: 'button', class: 'btn small', dataset: { exp: k, act: 'download' }, 'aria-label': `Download ${EXPORTS[k].label}` }, 'Download'),
        h('button', { type: 'button', class: 'btn small', dataset: { exp: k, act: 'copy' }, 'aria-label': `Copy ${EXPORTS[k].label}` }, 'Copy'),
      ),
    ),
  );
});
ui.exportBody.addEventListener('click', async (e) => {
  const b = /** @type {HTMLElement} */ (e.target).closest('button[data-exp]');
  if (!b) return;
  const out = exportText(b.dataset.exp);
  if (!out) return setStatus('error', 'Nothing to export yet.');
  const [name, text] = out;
  closeMenu(ui.exportMenu);
  if (b.dataset.act === 'download') {
    download(name, text, `${EXPORTS[b.dataset.exp].type};charset=utf-8`);
    setStatus('done', `Saved ${name}.`);
  } else await copy(text, `${EXPORTS[b.dataset.exp].label} copied to the clipboard.`);
});
function closeMenu(menu) {
  menu.open = false;
  menu.querySelector('summary').focus();
}
for (const menu of [ui.exportMenu, ui.sampleMenu]) {
  menu.addEventListener('keydown', (e) => e.key === 'Escape' && closeMenu(menu));
}
document.addEventListener('click', (e) => {
  for (const menu of [ui.exportMenu, ui.sampleMenu]) if (menu.open && !menu.contains(/** @type {Node} */ (e.target))) menu.open = false;
});

async function copy(text, done) {
  try {
    await navigator.clipboard.writeText(text);
    setStatus('done', done);
  } catch {
    setStatus('error', 'The browser did not allow copying; use Download instead.');
  }
}

$('link-button').addEventListener('click', async () => {
  const a = state.active;
  if (!a?.text.trim()) return setStatus('error', 'There is no text to link to.');
  const frag = await linkFragment(a.text, sentDate(a));
  if (!frag) return setStatus('error', 'This text is too long to fit in a link; export it instead.');
  history.replaceState(null, '', frag);
  await copy(location.href, 'Link copied. The text rides in the link after “#”, which is never sent to a server.');
});

async function openFragment() {
  let got = null;
  try {
    got = await readFragment(location.hash);
  } catch {
    setStatus('error', 'This link’s text could not be read.');
  }
  if (!got) return false;
  dropPlaceholders();
  const a = addArticle(got.text, { date: got.date });
  select(a, { analyze: false });
  analyzeNow('link');
  return true;
}
addEventListener('hashchange', openFragment);

// A small programmatic handle, for the console and for the browser tests: analyzes
// with the very same worker and module the page uses, independently of the UI.
window.finlens = Object.freeze({
  analyze: async (text, opts = {}) => (await client.analyze(String(text), opts)).analysis,
  analyzeMany: async (articles) => (await client.analyzeMany(articles)).analysis,
  ready: () => client.ready,
  get lastShown() {
    return lastShown;
  },
  get collection() {
    return state.collection;
  },
});

// --- start ---------------------------------------------------------------------------------

selectTab('companies');
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
const t0 = performance.now();
if (!(await openFragment())) {
  const a = addArticle(await loadSample('alibaba-chips'), { name: SAMPLES['alibaba-chips'], placeholder: true });
  select(a, { analyze: false });
  analyzeNow('load', t0);
}

