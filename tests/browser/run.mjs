// Browser tests for the built finlens page (run `npm run build:web` first).
//
// Serves dist/web on 127.0.0.1 under a sub-path (as GitHub Pages does), opens it
// in Debian's Chromium through playwright-core, and checks what a person sees
// against the analysis computed by the same module in the same page.
// Prints `N passed, M failed` last and exits non-zero on any failure.
//
// Environment:
//   FINLENS_SHARED   the shared material (default: ../shared beside the repo)
//   FINLENS_WEB_DIST the built page (default: dist/web)
//   CHROMIUM_PATH    the browser (default: /usr/bin/chromium)
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { serveStatic } from './server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = resolve(process.env.FINLENS_SHARED ?? join(repoRoot, '..', 'shared'));
const distDir = resolve(process.env.FINLENS_WEB_DIST ?? join(repoRoot, 'dist', 'web'));
const outDir = join(repoRoot, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 15_000;
const BUDGET = 370_000; // bytes, gzipped, the whole built page including the wasm

// --- a minimal runner ----------------------------------------------------------

const tests = [];
const test = (name, fn) => tests.push({ name, fn });
const report = []; // measured figures, printed at the end

class AssertionError extends Error {}
function assert(cond, message) {
  if (!cond) throw new AssertionError(message);
}
function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message}\n      expected: ${e}\n      actual:   ${a}`);
}

// --- fixtures --------------------------------------------------------------------

// The seeds ship with the page as samples (web/src/samples), so the tests also run
// where shared/ is absent (a clone on its own, as in GitHub CI).
const samples = join(repoRoot, 'web', 'src', 'samples');
const SHIPPED = {
  '000_': 'alibaba-chips.txt',
  '001_': 'alibaba-ai-frenzy.txt',
  '002_': 'alibaba-ai-investment.txt',
  '003_': 'alibaba-bond-chips.txt',
  '004_': 'alibaba-premarket.txt',
};

function readSeed(prefix) {
  const dir = join(sharedDir, 'seeds');
  const name = existsSync(dir) && readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (name) return { text: readFileSync(join(dir, name), 'utf8'), from: join(dir, name) };
  if (SHIPPED[prefix]) return { text: readFileSync(join(samples, SHIPPED[prefix]), 'utf8'), from: join(samples, SHIPPED[prefix]) };
  throw new Error(`no seed ${prefix}*.txt in ${dir} (set FINLENS_SHARED)`);
}
const SEEDS = ['000_', '001_', '002_', '003_', '004_'].map((p) => ({ prefix: p, ...readSeed(p) }));
const seed = (p) => SEEDS.find((s) => s.prefix === p);
const rel = (p) => relative(repoRoot, p) || p;

const XSS_TEXT =
  'Acme Corp shares rose 5% to $10.50 <img src=x onerror=alert(1)> on Monday.\n' +
  '<script>alert(1)</script> Revenue fell 2.5 percent to US$3 billion. "</mark><b>bold</b>" & done';

const XSS_HTML = `<!doctype html><html><head><title>Acme news</title>
<script>window.__pwned = 'script'</script><style>p{color:red}</style></head>
<body><nav>Home | Markets</nav><article><h1>Acme Corp shares rise</h1>
<p>Acme Corp shares rose 5% to $10.50 on Monday.</p>
<img src="x-does-not-exist.png" onerror="window.__pwned = 'img'">
<p>"We are pleased," said Jane Doe, chief executive of Acme Corp.</p>
<script>alert(2)</script></article></body></html>`;
const XSS_HTML_TEXT = 'Acme Corp shares rise\nAcme Corp shares rose 5% to $10.50 on Monday.\n"We are pleased," said Jane Doe, chief executive of Acme Corp.';

// --- page helpers -------------------------------------------------------------------

async function runs(page) {
  return Number((await page.getAttribute('#timing', 'data-runs')) ?? 0);
}

/** Wait until the page has shown an analysis newer than `after` (a run count). */
async function waitForRun(page, after, trigger) {
  await page.waitForFunction(
    ([n, t]) => {
      const el = document.getElementById('timing');
      return Number(el.dataset.runs) > n && (!t || el.dataset.trigger === t);
    },
    [after, trigger],
    { timeout: TIMEOUT },
  );
}

/** Rows of one panel's table: ref, first-cell button text, cells by column label. */
async function panelRows(page, name) {
  await page.click(`#tab-${name}`); // panels are built when their tab opens
  return page.$$eval(`#panel-${name} tbody tr[data-ref]`, (rows) =>
    rows.map((tr) => {
      const cells = {};
      for (const c of tr.children) cells[c.dataset.label] = c.textContent;
      const v = tr.querySelector('[data-label=Value]');
      return {
        ref: tr.dataset.ref,
        label: tr.querySelector('button.ref')?.textContent ?? '',
        cells,
        value: v?.dataset.value ?? null,
        currency: v?.dataset.currency ?? null,
        group: tr.closest('tbody').querySelector('tr.group')?.textContent ?? '',
      };
    }),
  );
}

/** Paste `text` into the article box through the clipboard, as a person would. */
async function pasteInto(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click('#article-input');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Drop files on the page with a synthetic drop event carrying a DataTransfer. */
async function dropFiles(page, files) {
  await page.evaluate((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: f.type }));
    const target = document.getElementById('article-input');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

/** Open a shipped sample from the "Try a sample" menu. */
async function pickSample(page, key) {
  await page.click('#sample-button');
  await page.click(`#sample-body button[data-sample="${key}"]`);
}

async function articleList(page) {
  return page.$$eval('#article-list button.art', (bs) => bs.map((b) => b.querySelector('.art-name').textContent));
}

/** Text whose contrast against its background is below 4.5:1 (visible text nodes only). */
function lowContrast() {
  const parse = (s) => {
    const m = /rgba?\(([^)]+)\)/.exec(s);
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p[3] ?? 1];
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let base = [255, 255, 255];
    for (const l of layers.reverse()) base = base.map((v, i) => l[i] * l[3] + v * (1 - l[3]));
    return base;
  };
  const fails = [];
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode()); ) {
    const el = n.parentElement;
    if (!n.nodeValue.trim() || seen.has(el)) continue;
    seen.add(el);
    if (el.closest('[hidden], .visually-hidden, select, .skip')) continue;
    const r = el.getBoundingClientRect();
    const st = getComputedStyle(el);
    if (!r.width || !r.height || st.visibility === 'hidden') continue;
    const L1 = lum(parse(st.color));
    const L2 = lum(background(el));
    const ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
    if (ratio < 4.5) fails.push(`${el.tagName.toLowerCase()}.${el.className} “${n.nodeValue.trim().slice(0, 24)}” ${ratio.toFixed(2)}`);
  }
  return fails;
}

/** Low-contrast text in light and in dark, after `prepare` (run once per scheme). */
async function contrastFailures(page, prepare = async () => {}) {
  const fails = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await prepare();
    fails.push(...(await page.evaluate(lowContrast)).map((f) => `${scheme}: ${f}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return [...new Set(fails)];
}

// --- tests ------------------------------------------------------------------------------

let page; // one page for the whole run, as one visitor would use it
let context;
let server;
const seen = { requests: [], blocked: [], dialogs: [], consoleErrors: [], pageErrors: [] };

test('page weight: the built page, gzipped, within the 370 KB budget', async () => {
  const files = [];
  const walk = (d) => {
    for (const f of readdirSync(d)) {
      const p = join(d, f);
      if (statSync(p).isDirectory()) walk(p);
      else files.push({ file: relative(distDir, p), raw: statSync(p).size, gz: gzipSync(readFileSync(p), { level: 9 }).length });
    }
  };
  walk(distDir);
  files.sort((a, b) => b.gz - a.gz);
  const total = files.reduce((s, f) => s + f.gz, 0);
  const engine = files.filter((f) => /finlens-core|worker/.test(f.file)).reduce((s, f) => s + f.gz, 0);
  const samplesGz = files.filter((f) => /alibaba|ford|gm-sales/.test(f.file)).reduce((s, f) => s + f.gz, 0);
  const k = (n) => `${(n / 1000).toFixed(1)} KB`;
  report.push(
    `page weight (gzip -9): total ${k(total)} of ${k(BUDGET)}; engine (wasm + glue + worker) ${k(engine)}, ` +
      `page code+css+html ${k(total - engine - samplesGz)}, samples ${k(samplesGz)}`,
    ...files.map((f) => `  ${k(f.gz).padStart(9)}  ${f.file} (${k(f.raw)} raw)`),
  );
  assert(total <= BUDGET, `the page weighs ${k(total)} gzipped, over the ${k(BUDGET)} budget`);
});

test('page loads and analyzes the built-in sample', async () => {
  const t0 = Date.now();
  await page.goto(baseUrl, { waitUntil: 'load' });
  await waitForRun(page, 0, 'load');
  const loadMs = Date.now() - t0;
  assertEqual(await page.getAttribute('#status', 'data-state'), 'done', 'status after first analysis');
  assert((await page.inputValue('#article-input')).includes('Alibaba'), 'textarea is prefilled with the sample');
  assert((await page.locator('#panel-companies tbody tr').count()) > 0, 'the sample yields company rows');
  assert((await page.textContent('#digest')).includes('Alibaba'), 'the digest names Alibaba');
  const initMs = Number(await page.getAttribute('#timing', 'data-init-ms'));
  const shownMs = Number(await page.getAttribute('#timing', 'data-shown-ms'));
  const analyzeMs = Number(await page.getAttribute('#timing', 'data-analyze-ms'));
  report.push(
    `first load: analyzer ready in ${initMs.toFixed(0)} ms (in worker), first analysis ${analyzeMs.toFixed(0)} ms, ` +
      `sample shown ${shownMs.toFixed(0)} ms after the page script started, ${loadMs} ms after navigation`,
  );
});

test('privacy note and Content-Security-Policy are in place', async () => {
  assertEqual(
    (await page.textContent('#privacy-note')).trim(),
    'Your text never leaves this page: analysis runs locally in WebAssembly.',
    'privacy note',
  );
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  for (const directive of ["default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "connect-src 'self'", "style-src 'self'", "img-src 'self' data:"]) {
    assert(csp.includes(directive), `CSP has ${directive}: ${csp}`);
  }
  assert(!/unsafe-inline|unsafe-eval'/.test(csp.replace("'wasm-unsafe-eval'", '')), `CSP allows no inline code: ${csp}`);
});

for (const s of SEEDS) {
  test(`paste seed ${s.prefix.slice(0, 3)}: panels show what the module computes`, async () => {
    const text = s.text;
    const before = await runs(page);
    await pasteInto(page, text);
    await waitForRun(page, before);
    await page.waitForFunction(() => document.getElementById('timing').dataset.paintedRun === document.getElementById('timing').dataset.runs);
    const trigger = await page.getAttribute('#timing', 'data-trigger');
    const [analyzeMs, shownMs, paintedMs] = await page.$eval('#timing', (t) => [t.dataset.analyzeMs, t.dataset.shownMs, t.dataset.paintedMs].map(Number));
    const bytes = Buffer.byteLength(text);
    report.push(
      `paste → analysis: seed ${s.prefix.slice(0, 3)} (${(bytes / 1000).toFixed(1)} KB, ${rel(s.from)}): analyzed in ${analyzeMs.toFixed(1)} ms, ` +
        `in the page ${shownMs.toFixed(1)} ms and on screen ${paintedMs.toFixed(1)} ms after the paste${bytes >= 5000 && bytes < 6000 ? '   ← the 5 KB article' : ''}`,
    );
    assertEqual(trigger, 'paste', 'the analysis was triggered by the paste');
    assertEqual(await page.inputValue('#article-input'), text, 'the textarea holds the pasted seed');

    // The same module, evaluated in the page independently of the UI.
    const a = await page.evaluate((t) => window.finlens.analyze(t), text);
    assertEqual(a.schema, 'finlens/1', 'schema');
    assertEqual((await page.evaluate(() => window.finlens.lastShown)).analysis, a, 'the shown analysis is the module’s');

    // Tab counts.
    for (const key of ['companies', 'people', 'figures', 'claims', 'warnings']) {
      assertEqual(Number(await page.getAttribute(`#count-${key}`, 'data-count')), a[key].length, `${key} count in the tab`);
    }

    // Companies: name, mentions, tickers, type.
    const companies = await panelRows(page, 'companies');
    assertEqual(
      companies.map((r) => [r.ref, r.label, Number(r.cells.Mentions), r.cells.Type]),
      a.companies.map((c) => [c.id, c.name, c.mentions.length, c.type]),
      'company rows: id, name, mention count, type',
    );
    for (const c of a.companies) {
      const row = companies.find((r) => r.ref === c.id);
      for (const t of c.tickers) assert(row.cells.Tickers.includes(`${t.exchange}: ${t.symbol}`), `${c.name} shows ticker ${t.exchange}: ${t.symbol}`);
      if (c.parent) assertEqual(row.cells['Part of'], a.companies.find((p) => p.id === c.parent).name, `${c.name} parent`);
    }

    // People.
    const people = await panelRows(page, 'people');
    assertEqual(people.map((r) => [r.ref, r.label]).sort(), a.people.map((p) => [p.id, p.name]).sort(), 'people rows');

    // Figures: one row each, grouped by company, value and currency from the analysis.
    const figures = await panelRows(page, 'figures');
    assertEqual(figures.map((r) => r.ref).sort(), a.figures.map((f) => f.id).sort(), 'one figure row per figure');
    for (const f of a.figures) {
      const row = figures.find((r) => r.ref === f.id);
      assertEqual([row.label, row.value, row.currency], [f.text, typeof f.value === 'number' ? String(f.value) : null, f.currency ?? null], `figure ${f.id} row`);
      const company = f.company && !['date', 'time', 'duration'].includes(f.kind) ? a.companies.find((c) => c.id === f.company).name : null;
      if (company) assert(row.group.startsWith(company), `figure ${f.id} (${f.text}) is grouped under ${company}, not “${row.group}”`);
      if (f.direction) assert(row.cells.Change.includes(f.direction === 'up' ? '▲' : '▼'), `figure ${f.id} change arrow`);
    }
    const facts = await page.locator('#panel-figures .facts li').count();
    assertEqual(facts, (a.facts ?? []).length, 'key facts listed');

    // Claims: source, claim text, cue, quote vs reported, hedge.
    const claims = await panelRows(page, 'claims');
    assertEqual(
      claims.map((r) => [r.ref, r.cells.Claim.replace(/(headlines|boilerplate)$/, '').replace(/^“|”$/g, ''), r.cells.Cue]),
      a.claims.map((q) => [q.id, q.text, q.cue ?? '']),
      'claim rows: id, text, cue',
    );
    for (const q of a.claims) {
      const row = claims.find((r) => r.ref === q.id);
      if (q.source?.name) assert(row.cells.Source.startsWith(q.source.name), `claim ${q.id} source ${q.source.name}`);
      assertEqual(row.cells.Type, { quote: 'Quote', reported: 'Reported', assertion: 'Assertion' }[q.kind], `claim ${q.id} type`);
      if (q.hedged) for (const w of q.hedges ?? []) assert(row.cells.Hedge.includes(w), `claim ${q.id} hedge word ${w}`);
      else assertEqual(row.cells.Hedge, '', `claim ${q.id} is not hedged`);
    }

    // The text view: the whole text, marks exactly on the analysis' spans.
    assertEqual(await page.textContent('#article-view'), text, 'the text view shows the pasted text');
    const marks = await page.$$eval('#article-view [data-ref]', (ms) => ms.map((m) => [m.dataset.t, m.dataset.ref, m.textContent]));
    const spans = { fi: (x) => [x], co: (x) => x.mentions, pe: (x) => x.mentions, cl: (x) => [x] };
    const lists = { fi: a.figures, co: a.companies, pe: a.people, cl: a.claims };
    for (const [t, ref, mt] of marks) {
      const item = lists[t].find((x) => x.id === ref);
      assert(item, `mark for unknown ${t} ${ref}`);
      assert(spans[t](item).some((sp) => sp.text.includes(mt)), `mark ${t} ${ref} “${mt}” is (part of) one of its spans`);
    }
    for (const t of ['fi', 'co']) if (lists[t].length) assert(marks.some((m) => m[0] === t), `some ${t} marks`);
    const outSections = a.sections.filter((x) => x.kind !== 'article').length;
    assertEqual(await page.locator('#article-view .sec.out').count(), outSections, 'sections outside the article are set apart');

    if (s.prefix === '000_') {
      const hk = a.figures.find((f) => f.text === 'HK$160.10');
      assertEqual([hk.kind, hk.value, hk.currency], ['money', 160.1, 'HKD'], 'HK$160.10 is 160.1 HKD');
      const digest = await page.textContent('#digest');
      for (const w of ['Alibaba', '4.8%', 'HK$160.10', 'Bloomberg']) assert(digest.includes(w), `the digest mentions ${w}: ${digest}`);
    }
  });
}

test('a sample with a dateline fills the publication date', async () => {
  const before = await runs(page);
  await pickSample(page, 'ford-profit-2010');
  await waitForRun(page, before, 'sample');
  const a = (await page.evaluate(() => window.finlens.lastShown)).analysis;
  assertEqual(a.published?.source, 'dateline', 'the analyzer read the dateline');
  assertEqual(await page.inputValue('#date-input'), a.published.date, 'the date field shows the dateline date');
  assert((await page.textContent('#date-hint')).includes('dateline'), 'the hint says where the date came from');
  assert((await page.textContent('#digest')).includes('Ford'), 'the digest names Ford');
});

test('changing the publication date re-runs the analysis with that date', async () => {
  const text = seed('000_').text;
  let before = await runs(page);
  await pasteInto(page, text);
  await waitForRun(page, before);
  assertEqual(await page.inputValue('#date-input'), '', 'no dateline in seed 000: the date field is empty');
  before = await runs(page);
  await page.fill('#date-input', '2025-09-17');
  await waitForRun(page, before, 'date');
  const expected = await page.evaluate((t) => window.finlens.analyze(t, { date: '2025-09-17' }), text);
  const shown = await page.evaluate(() => window.finlens.lastShown);
  assertEqual(shown.date, '2025-09-17', 'the shown analysis used the date');
  assertEqual(shown.analysis, expected, 'shown analysis = module analysis with that date');
  const wed = expected.figures.find((f) => f.text === 'Wednesday');
  await page.click('#tab-figures');
  if (wed?.date) assert((await page.textContent(`#panel-figures tr[data-ref="${wed.id}"]`)).includes(wed.date), 'the resolved date shows');
});

test('the Analyze button runs the analysis', async () => {
  const before = await runs(page);
  await page.click('#analyze-button');
  await waitForRun(page, before, 'button');
  assertEqual(await page.getAttribute('#status', 'data-state'), 'done', 'status');
});

test('typing is debounced and never blocks the page', async () => {
  const before = await runs(page);
  await page.evaluate(() => (window.__longTasks.length = 0));
  await page.click('#article-input');
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Shares of Acme rose 3% to $12.', { delay: 15 });
  await waitForRun(page, before, 'typing');
  await page.waitForTimeout(400); // a second run, if typing were not debounced, would land here
  assertEqual((await runs(page)) - before, 1, 'one analysis for one burst of typing');
  const longTasks = await page.evaluate(() => window.__longTasks.filter((ms) => ms > 200));
  assertEqual(longTasks, [], 'main-thread tasks over 200 ms while typing');
  const rows = await panelRows(page, 'figures');
  assert(rows.some((r) => r.label === '$12'), `the typed figure $12 is in the table: ${rows.map((r) => r.label).join(' | ')}`);
});

test('marks and rows: hover shows details, a row flashes its marks, a mark opens its row', async () => {
  const a = (await page.evaluate(() => window.finlens.lastShown)).analysis;
  const hk = a.figures.find((f) => f.text === 'HK$160.10');
  const alibaba = a.companies.find((c) => c.id === hk.company);
  await page.hover(`#article-view mark[data-ref="${hk.id}"]`);
  await page.waitForSelector('#tip:not([hidden])');
  const tip = await page.textContent('#tip');
  for (const w of ['160.1 HKD', 'share price', alibaba.name]) assert(tip.includes(w), `the tooltip shows ${w}: ${tip}`);

  // Panel row → marks in the text.
  await page.click('#tab-companies');
  await page.click(`#panel-companies tr[data-ref="${alibaba.id}"] button.ref`);
  assertEqual(await page.getAttribute('#article-view', 'data-shown'), `co:${alibaba.id}`, 'the company’s marks were shown');
  const flashed = await page.$$eval(`#article-view [data-t=co][data-ref="${alibaba.id}"]`, (ms) => ms.filter((m) => m.classList.contains('flash')).length);
  assertEqual(flashed, alibaba.mentions.length, 'every mention flashes');

  // Mark → its row, in its tab.
  await page.click(`#article-view mark[data-ref="${hk.id}"]`);
  assertEqual(await page.getAttribute('#tab-figures', 'aria-selected'), 'true', 'the Figures tab opened');
  const row = `#panel-figures tr[data-ref="${hk.id}"]`;
  assert(await page.$eval(row, (r) => r.classList.contains('flash')), 'the figure row flashes');
  assert(await page.$eval(row, (r) => r.contains(document.activeElement)), 'focus moved to the row');
});

test('the figures table sorts by value within each company group', async () => {
  await page.click('#tab-figures');
  const header = '#panel-figures th[data-label], #panel-figures thead th';
  assert((await page.locator(header).count()) > 0, 'a header row');
  for (const dir of ['ascending', 'descending']) {
    await page.click('#figures-table-h1');
    assertEqual(await page.$eval('#figures-table-h1', (b) => b.closest('th').getAttribute('aria-sort')), dir, `aria-sort ${dir}`);
    const groups = await page.$$eval('#figures-table tbody', (bodies) =>
      bodies.map((b) => [...b.querySelectorAll('td[data-value]')].map((td) => Number(td.dataset.value))),
    );
    for (const g of groups) {
      const sorted = [...g].sort((x, y) => (dir === 'ascending' ? x - y : y - x));
      assertEqual(g, sorted, `values ${dir} within a group`);
    }
  }
  assertEqual(await page.getAttribute('#figures-table', 'role'), 'table', 'the table has role=table');
});

test('keyboard only: Tab to the panels with focus visible, arrows through the tabs', async () => {
  // Start from the top, as after a click on the page's title.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click('.site-header h1');
  const visited = [];
  let onTab = false;
  for (let i = 0; i < 40 && !onTab; i++) {
    await page.keyboard.press('Tab');
    const f = await page.evaluate(() => {
      const el = document.activeElement;
      const st = getComputedStyle(el);
      return {
        what: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}`,
        role: el.getAttribute('role'),
        visible: st.outlineStyle !== 'none' && parseFloat(st.outlineWidth) >= 2,
        outline: `${st.outlineStyle} ${st.outlineWidth}`,
      };
    });
    visited.push(f.what);
    assert(f.visible, `focus is visible on ${f.what}: ${JSON.stringify(f)}`);
    onTab = f.role === 'tab';
  }
  assert(onTab, `a tab is reachable with Tab: ${visited.join(' → ')}`);
  for (const w of ['#open-files', '#sample-button', '#article-input', '#analyze-button', '#link-button', '#article-view']) {
    assert(visited.some((v) => v.endsWith(w)), `Tab visits ${w}: ${visited.join(' → ')}`);
  }
  report.push(`keyboard: ${visited.length} Tab presses to the panel tabs (${[...new Set(visited)].join(' → ')})`);
  const tabs = ['companies', 'people', 'figures', 'claims', 'warnings'];
  await page.keyboard.press('Home');
  for (let i = 0; i < tabs.length; i++) {
    const id = await page.evaluate(() => document.activeElement.id);
    assertEqual(id, `tab-${tabs[i]}`, 'focus on the tab');
    assertEqual(await page.getAttribute(`#tab-${tabs[i]}`, 'aria-selected'), 'true', `${tabs[i]} selected`);
    assert(await page.isVisible(`#panel-${tabs[i]}`), `${tabs[i]} panel visible`);
    assertEqual(await page.locator('[role=tabpanel]:visible').count(), 1, 'one panel visible');
    await page.keyboard.press('ArrowRight');
  }
  assertEqual(await page.evaluate(() => document.activeElement.id), 'tab-companies', 'ArrowRight wraps around');
  await page.keyboard.press('End');
  assertEqual(await page.evaluate(() => document.activeElement.id), 'tab-warnings', 'End');
  await page.keyboard.press('Home');
  // Into the panel, to the first row, and Enter shows its marks.
  await page.keyboard.press('Tab');
  assertEqual(await page.evaluate(() => document.activeElement.id), 'panel-companies', 'Tab goes into the tab panel');
  let ref;
  for (let i = 0; i < 8 && !ref; i++) {
    await page.keyboard.press('Tab'); // past the sortable column headers
    ref = await page.evaluate(() => document.activeElement.closest('tbody') && document.activeElement.dataset.ref);
  }
  assert(ref, 'Tab reaches the first row');
  await page.keyboard.press('Enter');
  assertEqual(await page.getAttribute('#article-view', 'data-shown'), `co:${ref}`, 'Enter on a row shows its marks');
  // In the text: arrows move between marks, focus shows the details, Enter opens the row.
  await page.focus('#article-view');
  await page.keyboard.press('ArrowRight');
  const mark = await page.evaluate(() => ({ t: document.activeElement.dataset.t, ref: document.activeElement.dataset.ref }));
  assert(mark.ref, 'ArrowRight focuses the first mark');
  assert(await page.isVisible('#tip'), 'focus on a mark shows its details');
  await page.keyboard.press('Enter');
  const tab = { co: 'companies', pe: 'people', fi: 'figures', cl: 'claims' }[mark.t];
  assertEqual(await page.getAttribute(`#tab-${tab}`, 'aria-selected'), 'true', 'Enter on a mark opens its tab');
  assertEqual(await page.evaluate(() => document.activeElement.closest('tr')?.dataset.ref), mark.ref, 'and focuses its row');
});

test('export: JSON, CSV per panel, Markdown; download and clipboard', async () => {
  const a = (await page.evaluate(() => window.finlens.lastShown)).analysis;
  await page.click('#export-menu summary');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-exp=json][data-act=download]')]);
  assert(dl.suggestedFilename().endsWith('.json'), `JSON file name: ${dl.suggestedFilename()}`);
  assertEqual(JSON.parse(readFileSync(await dl.path(), 'utf8')), a, 'the downloaded JSON is the analysis');
  const clip = async (exp) => {
    if ((await page.getAttribute('#export-menu', 'open')) === null) await page.click('#export-menu summary');
    await page.click(`button[data-exp=${exp}][data-act=copy]`);
    return page.evaluate(() => navigator.clipboard.readText());
  };
  for (const panel of ['companies', 'people', 'figures', 'claims', 'warnings']) {
    const csv = await clip(panel);
    const lines = csv.trimEnd().split('\r\n');
    assert(lines[0].startsWith('id,') || panel === 'warnings', `${panel} CSV header: ${lines[0]}`);
    // Rows may span lines when a cell holds a newline; none of these do in the seeds.
    assertEqual(lines.length - 1, a[panel].length, `${panel} CSV rows`);
  }
  const md = await clip('md');
  assert(md.startsWith('# ') && md.includes('## Companies'), `Markdown summary: ${md.slice(0, 80)}`);
  assertEqual(JSON.parse(await clip('json')), a, 'copied JSON is the analysis');
  await page.keyboard.press('Escape');
  assertEqual(await page.getAttribute('#export-menu', 'open'), null, 'Escape closes the export menu');
});

test('a link reopens the same text, kept in the fragment and never sent', async () => {
  const text = await page.inputValue('#article-input');
  await page.click('#link-button');
  await page.waitForFunction(() => location.hash.startsWith('#t='));
  const url = await page.evaluate(() => navigator.clipboard.readText());
  assert(url.includes('#t='), `the copied link carries the text in its fragment: ${url.slice(0, 80)}`);
  const other = await context.newPage();
  try {
    await other.goto(url, { waitUntil: 'load' });
    await waitForRun(other, 0, 'link');
    assertEqual(await other.inputValue('#article-input'), text, 'the link reopens the same text');
  } finally {
    await other.close();
  }
  assert(!server.requests.some((r) => r.includes('t=')), 'no request carried the text');
  report.push(`link: ${url.length} characters for ${text.length} characters of text`);
});

test('a long input shows a progress indicator and stays responsive', async () => {
  const text = Array(40).fill(seed('001_').text).join('\n\n');
  await page.evaluate(() => {
    window.__progressSeen = false;
    window.__longTasks.length = 0;
    const el = document.getElementById('progress');
    new MutationObserver(() => (window.__progressSeen ||= !el.hidden)).observe(el, { attributes: true });
  });
  const before = await runs(page);
  await pasteInto(page, text);
  await waitForRun(page, before, 'paste');
  assert(await page.evaluate(() => window.__progressSeen), 'the progress indicator showed');
  assert(await page.isHidden('#progress'), 'and is gone once the analysis shows');
  const a = (await page.evaluate(() => window.finlens.lastShown)).analysis;
  assertEqual(Number(await page.getAttribute('#count-figures', 'data-count')), a.figures.length, 'figure count');
  const shownMs = Number(await page.getAttribute('#timing', 'data-shown-ms'));
  const longest = Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
  report.push(`long input: ${(Buffer.byteLength(text) / 1000).toFixed(0)} KB, ${a.figures.length} figures, shown ${shownMs.toFixed(0)} ms after the paste; longest main-thread task ${longest} ms`);
});

test('HTML in the input is shown as text, never run', async () => {
  const before = await runs(page);
  await page.fill('#article-input', XSS_TEXT);
  await waitForRun(page, before, 'typing');
  await page.waitForTimeout(300); // give a would-be onerror the chance to fire
  assertEqual(await page.textContent('#article-view'), XSS_TEXT, 'the text view shows the markup as text');
  const injected = await page.$$eval('#article-view *, #single-view [role=tabpanel] *', (els) =>
    els
      .filter((e) => !['MARK', 'SPAN', 'DIV', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'BUTTON', 'P', 'SECTION', 'H3', 'UL', 'LI', 'STRONG', 'CODE'].includes(e.tagName))
      .map((e) => e.tagName),
  );
  assertEqual(injected, [], 'no elements other than the page’s own in the output');
  assertEqual(await page.locator('img, b').count(), 0, 'no <img> or <b> anywhere in the page');
  assertEqual(await page.locator('body script').count(), 0, 'no <script> in the body');
  assertEqual(seen.dialogs, [], 'no dialog fired');
  const a = await page.evaluate((t) => window.finlens.analyze(t), XSS_TEXT);
  assertEqual((await panelRows(page, 'figures')).length, a.figures.length, 'figure rows for the markup text');
});

test('files: two picked, two dropped; the combined view merges Alibaba and flags $4.21', async () => {
  await page.goto(baseUrl, { waitUntil: 'load' });
  await waitForRun(page, 0, 'load');
  const file = (p) => ({ name: `${p.slice(0, 3)}-alibaba.txt`, text: seed(p).text, type: 'text/plain' });
  let before = await runs(page);
  await page.setInputFiles(
    '#file-input',
    ['000_', '002_'].map((p) => ({ name: file(p).name, mimeType: 'text/plain', buffer: Buffer.from(seed(p).text) })),
  );
  await waitForRun(page, before, 'files');
  assertEqual(await articleList(page), ['1. 000-alibaba', '2. 002-alibaba'], 'the picked files replace the sample, one article each');
  assert(await page.isVisible('#combined-view'), 'two files open the combined view');

  before = await runs(page);
  await dropFiles(page, [file('003_'), file('004_')]);
  await waitForRun(page, before, 'drop');
  assertEqual(await articleList(page), ['1. 000-alibaba', '2. 002-alibaba', '3. 003-alibaba', '4. 004-alibaba'], 'dropped files are added');
  const digests = await page.$$eval('#article-list .art .sub', (xs) => xs.map((x) => x.textContent));
  assert(digests.every((d) => d.includes('Alibaba')), `each article’s digest names Alibaba: ${digests.join(' | ')}`);

  const col = await page.evaluate((ts) => window.finlens.analyzeMany(ts.map((text, i) => ({ id: String(i), text }))), ['000_', '002_', '003_', '004_'].map((p) => seed(p).text));
  const m = col.merged;
  const rows = await page.$$eval('#merged-table tbody tr', (trs) =>
    trs.map((tr) => ({ name: tr.querySelector('th').firstChild.textContent, articles: tr.querySelectorAll('.art-chip').length })),
  );
  assertEqual(rows.map((r) => r.name).sort(), m.companies.map((c) => c.name).sort(), 'merged companies = the module’s');
  const alibaba = rows.find((r) => /Alibaba/.test(r.name));
  assert(alibaba && alibaba.articles === 4, `Alibaba is merged across the 4 articles: ${JSON.stringify(alibaba)}`);
  const cards = await page.$$eval('#combined-view .cmp-fig', (bs) => bs.map((b) => [b.querySelector('.big').textContent, b.dataset.outlier === 'true']));
  assertEqual(cards, m.comparisons.flatMap((k) => k.figures.map((f) => [f.text, !!f.outlier])), 'figures side by side, outliers flagged, as the module says');
  assert(cards.some(([t, o]) => t === '$4.21' && o), '$4.21 is flagged as an outlier');
  assert((await page.textContent('#combined-view')).includes('$4.21'), 'the outlier warning shows');

  assertEqual(await contrastFailures(page), [], 'text below 4.5:1 in the combined view');

  // A card opens its article and shows the figure there.
  await page.click('#combined-view .outlier .cmp-fig');
  assertEqual(await page.getAttribute('#article-list li:nth-child(2) .art', 'aria-current'), 'true', 'the card opened article 2');
  assert((await page.getAttribute('#article-view', 'data-shown')).startsWith('fi:'), 'and showed its figure');
});

test('a dropped HTML page becomes text: scripts and images never run or load', async () => {
  const before = await runs(page);
  await dropFiles(page, [
    { name: 'acme.html', text: XSS_HTML, type: 'text/html' },
    { name: 'note.md', text: '# Acme results\n\n**Acme Corp** revenue rose [12%](https://example.com/x) to $3 billion.\n', type: 'text/markdown' },
    { name: 'photo.png', text: 'PNG', type: 'image/png' },
  ]);
  await waitForRun(page, before, 'drop');
  const names = await articleList(page);
  assertEqual(names.slice(4), ['5. acme', '6. note'], 'the HTML and Markdown files are articles; the image is skipped');
  assert((await page.textContent('#status')).includes('photo.png'), 'the status says the image was skipped');
  await page.click('#article-list li:nth-child(5) .art');
  assertEqual(await page.inputValue('#article-input'), XSS_HTML_TEXT, 'the HTML page reduced to its article text');
  await page.click('#article-list li:nth-child(6) .art');
  assertEqual(await page.inputValue('#article-input'), 'Acme results\n\nAcme Corp revenue rose 12% to $3 billion.\n', 'Markdown without its markup');
  await page.waitForTimeout(200);
  assertEqual(await page.evaluate(() => window.__pwned ?? null), null, 'nothing from the HTML ran');
  assertEqual(await page.locator('img').count(), 0, 'no image in the page');
  assertEqual(seen.dialogs, [], 'no dialog');
  assert(!seen.requests.some((u) => u.includes('x-does-not-exist') || u.includes('example.com')), 'nothing from the HTML was fetched');
  // Removing articles.
  await page.click('#article-list li:nth-child(6) .rm');
  await page.click('#article-list li:nth-child(5) .rm');
  assertEqual((await articleList(page)).length, 4, 'two articles removed');
});

test('screenshots at 1280px and 390px; no sideways scrolling down to 360px', async () => {
  mkdirSync(outDir, { recursive: true });
  const shots = [];
  const shot = async (name) => {
    await page.screenshot({ path: join(outDir, name), fullPage: true });
    shots.push(join('test-results', name));
  };
  const noOverflow = async (width) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `no horizontal overflow at ${width}px (overflow ${overflow}px)`);
  };
  await page.click('#combined-button');
  await page.waitForSelector('#combined-view:not([hidden]) .cmp');
  for (const width of [1280, 390, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await noOverflow(width);
    if (width !== 360) await shot(`finlens-combined-${width}.png`);
  }
  // A long article with other headlines, claims and people, alone (on a fresh page).
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(baseUrl, { waitUntil: 'load' });
  await waitForRun(page, 0, 'load');
  const before = await runs(page);
  await pickSample(page, 'alibaba-ai-frenzy');
  await waitForRun(page, before, 'sample');
  await page.evaluate(() => document.activeElement?.blur());
  for (const width of [1280, 390, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await noOverflow(width);
    if (width !== 360) await shot(`finlens-${width}.png`);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot('finlens-1280-dark.png');
  // Details on hover, in the viewport.
  await page.hover('#article-view mark.fi');
  await page.waitForSelector('#tip:not([hidden])');
  await page.screenshot({ path: join(outDir, 'finlens-1280-dark-details.png') });
  shots.push(join('test-results', 'finlens-1280-dark-details.png'));
  await page.emulateMedia({ colorScheme: 'light' });
  report.push(`screenshots: ${shots.join(', ')}`);
});

test('text contrast is at least 4.5:1 in light and dark', async () => {
  const fails = [];
  for (const tab of ['companies', 'people', 'figures', 'claims', 'warnings']) {
    fails.push(...(await contrastFailures(page, () => page.click(`#tab-${tab}`))));
  }
  assertEqual([...new Set(fails)], [], 'text below 4.5:1');
});

test('no requests beyond 127.0.0.1, no errors, no CSP violations', async () => {
  assert(seen.requests.length > 0, 'requests were observed');
  assertEqual(seen.blocked, [], 'requests to other hosts');
  const wasm = seen.requests.filter((u) => u.endsWith('.wasm'));
  assert(wasm.length >= 1, `the .wasm was fetched from the page's origin (requests: ${seen.requests.join(', ')})`);
  const violations = await page.evaluate(() => window.__cspViolations ?? []);
  assertEqual(violations, [], 'CSP violations');
  assertEqual(seen.pageErrors, [], 'uncaught page errors');
  assertEqual(seen.consoleErrors, [], 'console errors');
  assertEqual(seen.dialogs, [], 'dialogs');
});

// --- main -----------------------------------------------------------------------------------

let baseUrl;
async function main() {
  const started = Date.now();
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`no built page in ${distDir}: run \`npm run build:web\` first`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  server = await serveStatic(distDir, { prefix: '/finlens/' });
  baseUrl = server.url;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  let passed = 0;
  let failed = 0;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', acceptDownloads: true });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(baseUrl).origin });
    // Every request of the page and its worker goes through here: only the local
    // server is let through, anything else is recorded and aborted.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      seen.requests.push(url);
      const u = new URL(url);
      if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') return route.continue();
      seen.blocked.push(url);
      return route.abort();
    });
    await context.addInitScript(() => {
      window.__longTasks = [];
      try {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__longTasks.push(Math.round(e.duration));
        }).observe({ type: 'longtask' });
      } catch {}
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    page = await context.newPage();
    page.setDefaultTimeout(TIMEOUT);
    page.on('dialog', (d) => {
      seen.dialogs.push(`${d.type()}: ${d.message()}`);
      d.dismiss().catch(() => {});
    });
    page.on('console', (m) => m.type() === 'error' && seen.consoleErrors.push(m.text()));
    page.on('pageerror', (e) => seen.pageErrors.push(String(e)));

    for (const { name, fn } of tests) {
      const t0 = Date.now();
      try {
        await fn();
        passed++;
        console.log(`ok - ${name} (${Date.now() - t0} ms)`);
      } catch (err) {
        failed++;
        console.log(`not ok - ${name} (${Date.now() - t0} ms)\n    ${err instanceof AssertionError ? err.message : err.stack}`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await server.close();
  }
  for (const line of report) console.log(`# ${line}`);
  console.log(`# ${tests.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
