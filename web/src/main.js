// finlens page: articles in (paste, files, samples, links), the analysis in a worker,
// the highlighted text, the panels, the combined and company views, find. The shared
// state is in page.js; the menus, exports and file drops in menus.js.
import { AnalyzerClient, LatestOnlyScheduler } from './analyzer-client.js';
import { renderCombined } from './combined.js';
import { collectCompany, renderCompany } from './company.js';
import { digest } from './digest.js';
import { h, nextTask, replaceChildren } from './dom.js';
import { TextFinder } from './find.js';
import { formatMs, kb, plural } from './format.js';
import { readFile, readFragment } from './io.js';
import { wireMenus } from './menus.js';
import { indexAnalysis } from './model.js';
import {
  $,
  BIG_TEXT,
  DATE_RE,
  EMPTY_HINT,
  TABS,
  addArticle,
  articleAt,
  articleLabel,
  articleName,
  clearLink,
  copy,
  dropPlaceholders,
  offerUndo,
  progress,
  reduceMotion,
  sentDate,
  setStatus,
  state,
  summary,
  ui,
} from './page.js';
import { claimsPanel, companiesPanel, figuresPanel, peoplePanel, uniqueFacts, warningsPanel } from './panels.js';
import { KINDS, renderArticle } from './render.js';
import { COMPARE, creditOf, FIRST_SAMPLE, loadSample, SAMPLES } from './samples.js';
import { wireMarks } from './tips.js';
import { findingText } from './why.js';

const TYPING_DEBOUNCE_MS = 250;
const FIND_DEBOUNCE_MS = 150;
let runs = 0;
let lastShown = null;

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
  (job) => {
    if (job.text.trim()) setStatus('busy', `Analyzing ${kb(job.text.length)}…`);
    return timed(job.text, () => client.analyze(job.text, { date: job.date }));
  },
  async (job, result) => {
    const big = job.text.length > BIG_TEXT;
    // a big analysis: read, stored, digested and drawn in separate tasks
    if (big) await nextTask();
    store(job, result.analysis, { digestNow: !big });
    // not the article shown, or its text changed since (a newer analysis is on its way)
    if (job.article !== state.active || job.rev !== job.article.rev) return;
    if (big) {
      await nextTask();
      job.article.digest = digest(job.article.analysis, job.article.text);
      renderList();
      await nextTask();
    }
    if (state.view === 'single') await renderSingle();
    markRun(job, result.ms);
  },
  (_job, err) => setStatus('error', `Analysis failed: ${err.message}`),
);

function request(a, trigger, t0 = performance.now()) {
  return { article: a, rev: a.rev, text: a.text, date: sentDate(a), trigger, t0 };
}

/** Keep an analysis on its article (if the article has not changed since). */
function store(job, analysis, { digestNow = true } = {}) {
  const a = job.article;
  if (a.rev !== job.rev || !analysis || analysis.schema !== 'finlens/1') return;
  a.analysis = analysis;
  a.ix = indexAnalysis(analysis);
  a.digest = digestNow ? digest(analysis, a.text) : null;
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
  if (a) setStatus('done', doneMessage(a));
  document.body.dataset.analysisRuns = String(runs);
}

// What the status says of a finished analysis; input that is not text (a PDF or image
// read as text) says so instead of "Found nothing".
function doneMessage(a) {
  if (!a.text.trim()) return EMPTY_HINT;
  const notText = (a.analysis.warnings ?? []).find((w) => w.code === 'not_text');
  return notText ? `Not analyzed: ${notText.message}` : `Found ${summary(a.analysis)}.`;
}

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
    setStatus('busy', `Analyzing ${i + 1} of ${plural(list.length, 'article')}…`);
    const job = request(a, 'files');
    const r = await client.analyze(job.text, { date: job.date });
    ms += r.ms;
    store(job, r.analysis);
  }
  progress(null);
  return ms;
}

// --- the text box ------------------------------------------------------------------------------

/**
 * Put an article's text in the box; a text too big to edit there stays out of it (even
 * hidden, a textarea takes ~100 ms to take megabytes) until "Edit it in the box".
 */
function showText(a) {
  const big = a.text.length > BIG_TEXT;
  ui.input.hidden = big; // first: a visible box would lay out megabytes
  ui.input.value = big ? '' : a.text;
  showBox(a);
}

function showBox(a) {
  const big = a.text.length > BIG_TEXT;
  ui.input.hidden = big;
  ui.big.hidden = !big;
  if (big) {
    let lines = 1;
    for (let i = a.text.indexOf('\n'); i >= 0; i = a.text.indexOf('\n', i + 1)) lines++;
    replaceChildren(
      ui.big,
      h('strong', null, `A large text: ${kb(a.text.length)}, ${plural(lines, 'line')}.`),
      ' It is analyzed whole and shown below; the box is hidden because a browser edits this much text slowly. Paste here to replace it. ',
      h('button', { type: 'button', class: 'btn small', id: 'show-box' }, 'Edit it in the box'),
    );
  }
  showCredit(a);
}

function showCredit(a) {
  const c = a.placeholder && a.sample ? creditOf(a.sample) : null;
  ui.credit.hidden = !c;
  if (!c) return;
  replaceChildren(
    ui.credit,
    c.text,
    c.link ? [' ', h('a', { href: c.link.href, rel: 'noreferrer', target: '_blank' }, c.link.label)] : null,
    ' Paste an article to replace it.',
  );
}

// --- showing an article ----------------------------------------------------------------------

function select(a, { analyze = true } = {}) {
  state.active = a;
  state.view = 'single';
  showText(a);
  showDate(a);
  renderView();
  statusOfActive();
  if (analyze && !a.analysis) analyzeNow('select');
}

/** The status line for the article shown. */
function statusOfActive() {
  const a = state.active;
  if (!a?.text.trim()) setStatus('done', EMPTY_HINT);
  else if (a.analysis) setStatus('done', `${state.articles.length > 1 ? `${articleLabel(a)}: found` : 'Found'} ${summary(a.analysis)}.`);
}

function showDate(a) {
  ui.date.value = a.date;
  ui.dateHint.textContent = a.dateAuto ? 'from the article’s dateline' : a.date ? 'set by you; clear it to use the dateline' : 'resolves dates like “on Wednesday”';
}

function renderView() {
  const v = state.view;
  ui.single.hidden = v !== 'single';
  ui.combined.hidden = v !== 'combined';
  ui.company.hidden = v !== 'company';
  ui.combinedButton.setAttribute('aria-pressed', String(v === 'combined'));
  renderList();
  const n = state.articles.length;
  $('input-heading').textContent = n > 1 ? `Article ${state.articles.indexOf(state.active) + 1} of ${n}` : 'Article';
  if (v === 'combined') return showCombined();
  if (v === 'company') return showCompany();
  return renderSingle();
}

const finder = new TextFinder(ui.article);

async function renderSingle() {
  const a = state.active;
  const ix = a?.ix ?? indexAnalysis({});
  renderDigest(a);
  renderPanels(ix, a?.text ?? '');
  const big = (a?.text.length ?? 0) > BIG_TEXT;
  if (big) await nextTask();
  const drawn = renderArticle(ui.article, a?.analysis ? a.text : '', ix, big ? (done, total) => setStatus('busy', `Showing the text: ${Math.round((done / total) * 100)}%…`) : undefined);
  await drawn;
  if (ui.article.dataset.rendered === 'done') refreshFind();
}

function renderDigest(a) {
  if (!a?.analysis || !a.text.trim()) {
    replaceChildren(ui.digest, a?.text.trim() ? 'Analyzing…' : 'Paste an article, drop files, or try a sample.');
    return;
  }
  const d = a.digest ?? digest(a.analysis, a.text);
  replaceChildren(
    ui.digest,
    d.companyId
      ? h('button', { type: 'button', class: 'dg-company', dataset: { company: d.companyId, glance: d.companyId }, title: `${d.company} at a glance` }, d.company)
      : h('strong', { class: 'dg-company' }, 'No main company'),
    h('span', { class: `dg-move ${d.dir ?? ''}`, dataset: { figures: d.figures.join(' ') } }, d.move || 'no headline move found'),
    h('span', { class: 'dg-quoted' }, d.quoted ? `quoted: ${d.quoted}` : 'no one quoted'),
  );
}

const PANELS = { companies: companiesPanel, people: peoplePanel, figures: figuresPanel, claims: claimsPanel, warnings: warningsPanel };

// Only the open tab's panel is built at once; the others when they are opened.
let panelCtx = null;
const stale = new Set();

function renderPanels(ix, text) {
  panelCtx = { ix, text };
  for (const name of TABS) {
    stale.add(name);
    const n = ix.list(name).length;
    const c = $(`count-${name}`);
    c.textContent = String(n);
    c.dataset.count = String(n);
  }
  renderPanel(state.tab);
}

function renderPanel(name, reveal) {
  if (!stale.delete(name) && !reveal) return;
  if (!panelCtx) return;
  const ctx = panelCtx;
  const el = $(`panel-${name}`);
  const draw = (rv) => ctx === panelCtx && PANELS[name](el, { ix: ctx.ix, text: ctx.text, query: state.query, reveal: rv, rerender: () => draw() });
  draw(reveal);
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
          h('span', { class: 'sub' }, a.analysis ? (a.digest ?? digest(a.analysis, a.text)).text : 'not analyzed yet'),
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
    setStatus('busy', `Combining ${plural(state.articles.length, 'article')}…`);
    state.pending = timed(list.map((a) => a.text).join(''), () => client.analyzeMany(list)).then(
      (r) => r.analysis,
      (err) => setStatus('error', `Combining failed: ${err.message}`),
    );
  }
  const col = await state.pending;
  if (!col || key !== state.collectionKey || state.view !== 'combined') return;
  ui.combined.removeAttribute('aria-busy');
  state.collection = col;
  const draw = () => renderCombined(ui.combined, col, { label: (i) => articleLabel(articleAt(i) ?? {}), rerender: draw, query: state.query });
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

function openCombined() {
  state.view = 'combined';
  return renderView();
}

// --- company view -----------------------------------------------------------------------------

/** Open the company view for a company object (of an article or of the merged view). */
function openCompany(company) {
  if (!company) return;
  state.back = state.view === 'company' ? state.back : state.view;
  state.glance = company;
  state.view = 'company';
  renderView();
  ui.company.querySelector('h2')?.focus?.();
}

function showCompany() {
  const arts = state.articles.filter((a) => a.ix).map((a) => ({ id: a.id, label: articleLabel(a), text: a.text, ix: a.ix, date: a.date, main: a.digest?.companyId }));
  const got = collectCompany(arts, state.glance);
  const draw = () => renderCompany(ui.company, got, { query: state.query, rerender: draw, total: state.articles.length });
  const n = draw();
  state.glanceFacts = n.facts;
  replaceChildren(ui.digest, h('strong', null, String(state.glance.name)), h('span', null, `at a glance, across ${plural(got.hits.length, 'article')}`));
  setStatus('done', `${state.glance.name} across ${plural(got.hits.length, 'article')}: ${plural(n.figures, 'figure')}, ${plural(n.claims, 'claim')}, ${plural(n.people, 'person', 'people')}.`);
}

function closeCompany() {
  state.view = state.back === 'company' ? 'single' : state.back;
  renderView();
  if (state.view === 'single') statusOfActive();
}

document.addEventListener('click', (e) => {
  const b = /** @type {HTMLElement} */ (e.target).closest('[data-glance], [data-glance-merged]');
  if (!b) return;
  if (b.dataset.glanceMerged) openCompany(state.collection?.merged?.companies?.find((c) => c.id === b.dataset.glanceMerged));
  else openCompany(state.active?.ix?.companies.get(b.dataset.glance));
});

ui.company.addEventListener('click', (e) => {
  const t = /** @type {HTMLElement} */ (e.target);
  if (t.closest('#company-back')) return closeCompany();
  const chip = t.closest('[data-aid]');
  if (!chip || t.closest('th button.sort')) return;
  const a = state.articles.find((x) => x.id === chip.dataset.aid);
  if (!a) return;
  select(a);
  if (chip.dataset.t in KINDS) showMarks(chip.dataset.t, [chip.dataset.ref]);
});

// --- marks ↔ panels ---------------------------------------------------------------------------

wireMarks({
  view: ui.article,
  tip: ui.tip,
  current: () => ({ ix: state.active?.ix ?? indexAnalysis({}), text: state.active?.text ?? '' }),
  open: (t, ref) => showRow(t, ref),
});

function flash(el) {
  el.classList.remove('flash');
  void el.offsetWidth; // restart the animation
  el.classList.add('flash');
}
const behavior = () => (reduceMotion.matches ? 'auto' : 'smooth');

/** From a mark to its row in the panels (on whichever page of the table it is). */
function showRow(t, ref) {
  const tab = KINDS[t];
  if (!tab) return;
  selectTab(tab);
  const find = () => $(`panel-${tab}`).querySelector(`tr[data-ref="${CSS.escape(ref)}"]`);
  if (!find()) renderPanel(tab, ref);
  const row = find();
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
  const t = /** @type {HTMLElement} */ (e.target);
  const row = t.closest('.panels-card [data-ref]');
  if (!row || t.closest('th button.sort, button.copy, button.glance')) return;
  if (row.dataset.t in KINDS) showMarks(row.dataset.t, row.dataset.ref.split(' '));
});

// Copy one finding: a row's, a key fact's, or one of the company view's facts.
document.addEventListener('click', (e) => {
  const b = /** @type {HTMLElement} */ (e.target).closest('button.copy[data-copy]');
  if (!b) return;
  const a = state.active;
  const { copy: t, ref } = b.dataset;
  let text = '';
  if (t === 'gf') {
    const x = state.glanceFacts?.[Number(ref)];
    text = x ? `${x.article.label}: ${findingText('fa', x, x.article.ix)}` : '';
  } else if (a?.ix) {
    const item = t === 'fa' ? uniqueFacts(a.ix)[Number(ref)] : { fi: a.ix.figures, co: a.ix.companies, pe: a.ix.people, cl: a.ix.claims }[t]?.get(ref);
    text = item ? findingText(t, item, a.ix, a.text) : '';
  }
  if (text) copy(text, `Copied: ${text.length > 90 ? `${text.slice(0, 88)}…` : text}`);
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

// --- find ----------------------------------------------------------------------------------------

function refreshFind() {
  const n = state.view === 'single' ? finder.search(state.query) : 0;
  if (!state.query.trim()) finder.clear();
  ui.findCount.textContent = state.query.trim() ? (state.view === 'single' ? `${plural(n, 'match', 'matches')} in the text` : '') : '';
  ui.findCount.dataset.count = String(n);
}

let findTimer = 0;
ui.find.addEventListener('input', () => {
  clearTimeout(findTimer);
  findTimer = setTimeout(() => {
    state.query = ui.find.value;
    if (state.view === 'single') {
      for (const t of TABS) stale.add(t);
      renderPanel(state.tab);
    } else renderView();
    refreshFind();
  }, FIND_DEBOUNCE_MS);
});
ui.find.addEventListener('keydown', (e) => {
  if (e.key === 'Escape' && ui.find.value) {
    ui.find.value = '';
    ui.find.dispatchEvent(new Event('input'));
  } else if (e.key === 'Enter') {
    e.preventDefault();
    const i = finder.step(e.shiftKey ? -1 : 1);
    if (i) ui.findCount.textContent = `${i} of ${plural(finder.ranges.length, 'match', 'matches')} in the text`;
  }
});
for (const [id, d] of [['find-prev', -1], ['find-next', 1]]) {
  $(id).addEventListener('click', () => {
    const i = finder.step(d);
    if (i) ui.findCount.textContent = `${i} of ${plural(finder.ranges.length, 'match', 'matches')} in the text`;
  });
}

// --- input -----------------------------------------------------------------------------------------

/** The box's text became the active article's: analyze at once (paste) or after a pause. */
function textChanged(trigger, t0, { replaced = false, text = ui.input.value } = {}) {
  let a = state.active;
  if (!a || state.view !== 'single') {
    if (!a) a = addArticle('');
    state.active = a;
    state.view = 'single';
    renderView();
  }
  a.text = text;
  a.rev++;
  a.placeholder = false;
  a.digest = null;
  // a sample replaced whole is no longer that sample: nor its name, nor its credit
  if (replaced) Object.assign(a, { named: false, sample: '' });
  if (!a.named) a.name = '';
  clearLink();
  showBox(a);
  if (trigger === 'paste') analyzeNow('paste', t0);
  else analyzeSoon('typing', t0);
}

// A paste into an untouched sample (or a big text's note) replaces it whole, wherever
// the caret was; a big paste is put in by hand, because the browser's own insertion of
// megabytes into a textarea takes seconds in one task. A paste is timed from here.
function onPaste(e) {
  const t0 = performance.now();
  const text = e.clipboardData?.getData('text/plain') ?? '';
  const a = state.active;
  const replace = !a || a.placeholder || e.currentTarget === ui.big;
  if (!text || (!replace && text.length <= BIG_TEXT)) {
    pastedAt = t0;
    return;
  }
  e.preventDefault();
  const box = ui.input;
  const at = replace || box.hidden ? [0, box.value.length] : [box.selectionStart, box.selectionEnd];
  const value = box.value.slice(0, at[0]) + text + box.value.slice(at[1]);
  const big = value.length > BIG_TEXT;
  const focused = document.activeElement === box || document.activeElement === ui.big;
  box.hidden = big;
  box.value = big ? '' : value; // a visible, focused box takes seconds over megabytes
  textChanged('paste', t0, { replaced: replace, text: value });
  if (focused) (big ? ui.big : box).focus();
}
let pastedAt = 0;
ui.input.addEventListener('paste', onPaste);
// Text dropped on an untouched sample replaces it too (files are handled below).
ui.input.addEventListener('drop', (e) => {
  const text = e.dataTransfer?.getData('text/plain');
  if (!text || !state.active?.placeholder || [...(e.dataTransfer?.types ?? [])].includes('Files')) return;
  e.preventDefault();
  ui.input.value = text;
  textChanged('paste', performance.now(), { replaced: true });
});
ui.big.addEventListener('paste', onPaste);
ui.input.addEventListener('input', (e) => {
  const paste = e.inputType === 'insertFromPaste' || e.inputType === 'insertFromDrop';
  const t0 = e.inputType === 'insertFromPaste' && pastedAt ? pastedAt : performance.now();
  pastedAt = 0;
  textChanged(paste ? 'paste' : 'typing', t0);
});
// The first focus on an untouched sample selects it all, so that typing replaces it
// too; the click that focused keeps the selection (its mouseup would drop it).
let keepSelection = false;
ui.input.addEventListener('focus', () => {
  if (!state.active?.placeholder) return;
  ui.input.select();
  keepSelection = true;
});
ui.input.addEventListener('mouseup', (e) => {
  if (keepSelection) e.preventDefault();
  keepSelection = false;
});
ui.big.addEventListener('click', (e) => {
  if (!/** @type {HTMLElement} */ (e.target).closest('#show-box')) return;
  ui.big.hidden = true;
  ui.input.value = state.active?.text ?? '';
  ui.input.hidden = false;
  ui.input.focus();
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
  if (state.view !== 'single') select(state.active, { analyze: false });
  analyzeNow('button');
});

$('new-article').addEventListener('click', () => {
  dropPlaceholders();
  select(addArticle(''), { analyze: false });
  ui.timing.textContent = '';
  ui.input.focus();
});

// Removing an article, and Undo.
function removeArticle(id) {
  const i = state.articles.findIndex((a) => a.id === id);
  if (i < 0) return;
  const [gone] = state.articles.splice(i, 1);
  if (!state.articles.length) addArticle('');
  const next = state.articles[Math.min(i, state.articles.length - 1)];
  if (state.articles.length < 2 || state.active === gone) select(next);
  else renderView();
  (ui.list.querySelectorAll('button.art')[Math.min(i, state.articles.length - 1)] ?? ui.input).focus();
  setStatus('done', `Removed “${articleName(gone)}”; ${plural(state.articles.filter((a) => a.text.trim()).length, 'article')} left.`);
  offerUndo({ article: gone, index: i });
}

ui.undo.addEventListener('click', () => {
  const r = state.removed;
  if (!r) return;
  state.articles = state.articles.filter((a) => a.text.trim());
  state.articles.splice(Math.min(r.index, state.articles.length), 0, r.article);
  offerUndo(null);
  select(r.article);
  setStatus('done', `Restored “${articleName(r.article)}”.`);
  ui.list.querySelector(`li[data-id="${r.article.id}"] button.art`)?.focus();
});

ui.list.addEventListener('click', (e) => {
  const b = /** @type {HTMLElement} */ (e.target).closest('button');
  if (!b) return;
  if (b.dataset.remove) return removeArticle(b.dataset.remove);
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
  showMarks(b.dataset.t, b.dataset.ref.split(' '));
});

async function addFiles(files, trigger) {
  const t0 = performance.now();
  const read = [];
  const skipped = [];
  setStatus('busy', `Reading ${plural(files.length, 'file')}…`);
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
  await openArticles(added, trigger, t0);
  // files that are not text whatever their name (a PDF saved as .txt) are added but say so
  const notText = added.filter((a) => a.analysis?.warnings?.some((w) => w.code === 'not_text')).map((a) => a.name);
  const refused = notText.length ? ` Not analyzed, not text: ${notText.join(', ')}.` : '';
  if (notText.length === added.length) return setStatus('done', `Not analyzed: ${notText.join(', ')} ${notText.length > 1 ? 'are' : 'is'} not text.${note}`);
  setStatus('done', `Added ${plural(added.length, 'article')}.${refused}${note}`);
}

/** Analyze new articles; one is shown, several open the combined view. */
async function openArticles(added, trigger, t0) {
  state.active = added[0];
  renderList();
  const ms = await analyzeAll(added);
  if (added.length > 1) {
    state.active = added[0];
    showText(added[0]);
    showDate(added[0]);
    await openCombined();
  } else select(added[0]);
  markRun({ article: null, trigger, t0 }, ms);
}

async function openSample(key) {
  const t0 = performance.now();
  if (key === COMPARE.key) {
    const texts = await Promise.all(COMPARE.keys.map(loadSample));
    dropPlaceholders();
    const added = texts.map((t, i) => addArticle(t, { name: SAMPLES[COMPARE.keys[i]].label, placeholder: true, sample: COMPARE.keys[i] }));
    return openArticles(added, 'sample', t0);
  }
  const text = await loadSample(key);
  let a = state.active;
  if (!a || !(a.placeholder || !a.text.trim())) a = addArticle('');
  Object.assign(a, { text, name: SAMPLES[key].label, named: true, placeholder: true, sample: key, date: '', dateAuto: false, analysis: null, ix: null, digest: null });
  a.rev++;
  clearLink();
  select(a, { analyze: false });
  analyzeNow('sample', t0);
}

wireMenus({ openSample, addFiles });

// --- links ------------------------------------------------------------------------------------------

/** Open the text a link carries: true if it did, 'damaged' if it could not be read. */
async function openFragment() {
  let got = null;
  try {
    got = await readFragment(location.hash);
  } catch {
    dropPlaceholders();
    select(addArticle(''), { analyze: false });
    setStatus('error', 'This link is damaged: the text it carries could not be read (it may have been cut short when copied). Ask for the link again, or paste the article.');
    return 'damaged';
  }
  if (!got) return false;
  dropPlaceholders();
  const a = addArticle(got.text, { date: got.date });
  select(a, { analyze: false });
  analyzeNow('link');
  return true;
}
addEventListener('hashchange', openFragment);

// Print: every panel, drawn (only the open one is, on screen).
addEventListener('beforeprint', () => {
  if (state.view === 'single') for (const t of TABS) renderPanel(t);
});

// A small programmatic handle, for the console and for the browser tests: analyzes
// with the very same worker and module the page uses, independently of the UI.
window.finlens = Object.freeze({
  analyze: async (text, opts = {}) => (await client.analyze(String(text), opts)).analysis,
  analyzeMany: async (articles) => (await client.analyzeMany(articles)).analysis,
  digest: (analysis, text = '') => digest(analysis, text),
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
  const a = addArticle(await loadSample(FIRST_SAMPLE), { name: SAMPLES[FIRST_SAMPLE].label, placeholder: true, sample: FIRST_SAMPLE });
  select(a, { analyze: false });
  analyzeNow('load', t0);
}
