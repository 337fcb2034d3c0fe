// Browser tests for the built finlens page (run `npm run build:web` first).
//
// Serves dist/web on 127.0.0.1 under a sub-path (as GitHub Pages does), opens it
// in Debian's Chromium through playwright-core, and checks what a person sees.
// Prints `N passed, M failed` last and exits non-zero on any failure.
//
// Environment:
//   FINLENS_SHARED   the shared material (default: ../shared beside the repo)
//   FINLENS_WEB_DIST the built page (default: dist/web)
//   CHROMIUM_PATH    the browser (default: /usr/bin/chromium)
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveStatic } from './server.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = resolve(process.env.FINLENS_SHARED ?? join(repoRoot, '..', 'shared'));
const distDir = resolve(process.env.FINLENS_WEB_DIST ?? join(repoRoot, 'dist', 'web'));
const outDir = join(repoRoot, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const TIMEOUT = 15_000;

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

// Seed 000 ships with the page as its sample (web/src/samples/alibaba-chips.txt), so
// the tests also run where shared/ is absent (a clone on its own, as in GitHub CI).
const SHIPPED = { '000_': join(repoRoot, 'web', 'src', 'samples', 'alibaba-chips.txt') };

function readSeed(prefix) {
  const dir = join(sharedDir, 'seeds');
  const name = existsSync(dir) && readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  if (name) return { text: readFileSync(join(dir, name), 'utf8'), from: join(dir, name) };
  if (SHIPPED[prefix]) return { text: readFileSync(SHIPPED[prefix], 'utf8'), from: SHIPPED[prefix] };
  throw new Error(`no seed ${prefix}*.txt in ${dir} (set FINLENS_SHARED)`);
}

const XSS_TEXT =
  'Acme Corp shares rose 5% to $10.50 <img src=x onerror=alert(1)> on Monday.\n' +
  '<script>alert(1)</script> Revenue fell 2.5 percent to US$3 billion. "</mark><b>bold</b>" & done';

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

/** What the figures table shows, row by row. */
async function tableRows(page) {
  return page.$$eval('#figures-table tbody tr', (rows) =>
    rows.map((tr) => ({
      id: tr.dataset.figureId,
      kind: tr.querySelector('td.kind .kind-badge')?.textContent ?? '',
      text: tr.querySelector('td.text')?.textContent ?? '',
      value: tr.querySelector('td.value')?.dataset.value ?? null,
      currency: tr.querySelector('td.currency')?.textContent ?? '',
    })),
  );
}

/** Paste `text` into the article box through the clipboard, as a person would. */
async function pasteInto(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click('#article-input');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

// --- tests ------------------------------------------------------------------------------

let page; // one page for the whole run, as one visitor would use it
let context;
const seen = { requests: [], blocked: [], dialogs: [], consoleErrors: [], pageErrors: [] };
const { text: seed000, from: seed000From } = readSeed('000_');

test('page loads and analyzes the built-in sample', async () => {
  const t0 = Date.now();
  await page.goto(baseUrl, { waitUntil: 'load' });
  await waitForRun(page, 0, 'load');
  const loadMs = Date.now() - t0;
  assertEqual(await page.getAttribute('#status', 'data-state'), 'done', 'status after first analysis');
  assert((await page.inputValue('#article-input')).includes('Alibaba'), 'textarea is prefilled with the sample');
  assert((await page.locator('#figures-table tbody tr').count()) > 0, 'the sample yields figure rows');
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
  for (const directive of [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    "connect-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
  ]) {
    assert(csp.includes(directive), `CSP has ${directive}: ${csp}`);
  }
  assert(!/unsafe-inline|unsafe-eval'/.test(csp.replace("'wasm-unsafe-eval'", '')), `CSP allows no inline code: ${csp}`);
});

test('pasting seed 000 shows its figures, as the module computes them', async () => {
  const before = await runs(page);
  await pasteInto(page, seed000);
  await waitForRun(page, before);
  const trigger = await page.getAttribute('#timing', 'data-trigger');
  const shownMs = Number(await page.getAttribute('#timing', 'data-shown-ms'));
  const analyzeMs = Number(await page.getAttribute('#timing', 'data-analyze-ms'));
  report.push(`seed 000 (${seed000.length} chars, ${seed000From.replace(repoRoot + '/', '')}) ${trigger}: analyzed in ${analyzeMs.toFixed(1)} ms, shown ${shownMs.toFixed(1)} ms after the ${trigger}`);
  assertEqual(trigger, 'paste', 'the analysis was triggered by the paste');
  assertEqual(await page.inputValue('#article-input'), seed000, 'the textarea holds the pasted seed');

  // The same module, evaluated in the page independently of the UI.
  const analysis = await page.evaluate((t) => window.finlens.analyze(t), seed000);
  assertEqual(analysis.schema, 'finlens/1', 'schema');
  const figures = analysis.figures;
  for (const f of figures) {
    assertEqual(seed000.slice(f.start, f.end), f.text, `figure ${f.id} offsets are UTF-16 offsets of its text`);
  }

  const rows = await tableRows(page);
  assertEqual(rows.length, figures.length, 'one table row per figure');
  assertEqual(
    rows.map((r) => [r.id, r.kind, r.text]),
    figures.map((f) => [String(f.id), f.kind, f.text]),
    'table rows = the analysis figures, in order',
  );
  assertEqual(
    rows.map((r) => [r.value, r.currency]),
    figures.map((f) => [typeof f.value === 'number' ? String(f.value) : null, f.currency ?? '']),
    'values and currencies',
  );
  for (const expected of ['4.8%', 'HK$160.10', '1.5%']) {
    assert(rows.some((r) => r.text === expected), `a figure row reads ${expected}; rows: ${rows.map((r) => r.text).join(' | ')}`);
  }
  const hk = figures.find((f) => f.text === 'HK$160.10');
  assertEqual([hk.kind, hk.value, hk.currency], ['money', 160.1, 'HKD'], 'HK$160.10 is 160.1 HKD');

  // Highlights: the text view shows the whole text, marks exactly at the figures.
  assertEqual(await page.textContent('#article-view'), seed000, 'the text view shows the pasted text');
  const marks = await page.$$eval('#article-view mark', (ms) => ms.map((m) => [m.dataset.figureId, m.textContent]));
  const byId = new Map(figures.map((f) => [String(f.id), f]));
  assert(marks.length > 0, 'some figures are marked');
  for (const [id, text] of marks) {
    assert(byId.has(id), `mark for unknown figure ${id}`);
    assert(byId.get(id).text.includes(text), `mark ${id} "${text}" is (part of) "${byId.get(id).text}"`);
  }
  assert(marks.some(([, t]) => t === '4.8%') && marks.some(([, t]) => t === 'HK$160.10'), '4.8% and HK$160.10 are marked');

  // Counts.
  for (const key of ['companies', 'figures', 'claims', 'warnings']) {
    assertEqual(Number(await page.getAttribute(`#count-${key}`, 'data-count')), analysis[key].length, `${key} count`);
  }
});

test('changing the publication date re-runs the analysis with that date', async () => {
  const before = await runs(page);
  await page.fill('#date-input', '2025-09-17');
  await waitForRun(page, before, 'date');
  const expected = await page.evaluate((t) => window.finlens.analyze(t, { date: '2025-09-17' }), seed000);
  const shown = await page.evaluate(() => window.finlens.lastShown);
  assertEqual(shown.date, '2025-09-17', 'the shown analysis used the date');
  assertEqual(shown.analysis, expected, 'shown analysis = module analysis with that date');
  const rows = await tableRows(page);
  assertEqual(rows.map((r) => r.text), expected.figures.map((f) => f.text), 'table rows with the date');
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
  const rows = await tableRows(page);
  assert(rows.some((r) => r.text === '$12'), `the typed figure $12 is in the table: ${rows.map((r) => r.text).join(' | ')}`);
});

test('HTML in the input is shown as text, never run', async () => {
  const before = await runs(page);
  await page.fill('#article-input', XSS_TEXT);
  await waitForRun(page, before, 'typing');
  await page.waitForTimeout(300); // give a would-be onerror the chance to fire
  assertEqual(await page.textContent('#article-view'), XSS_TEXT, 'the text view shows the markup as text');
  const injected = await page.$$eval('#article-view *, #figures-table *', (els) =>
    els.filter((e) => !['MARK', 'SPAN', 'TR', 'TD', 'TH', 'THEAD', 'TBODY'].includes(e.tagName)).map((e) => e.tagName),
  );
  assertEqual(injected, [], 'no elements other than the page’s own in the output');
  assertEqual(await page.locator('img, b').count(), 0, 'no <img> or <b> anywhere in the page');
  assertEqual(await page.locator('body script').count(), 0, 'no <script> in the body');
  assertEqual(seen.dialogs, [], 'no dialog fired');
  const analysis = await page.evaluate((t) => window.finlens.analyze(t), XSS_TEXT);
  assertEqual((await tableRows(page)).length, analysis.figures.length, 'figure rows for the markup text');
});

test('screenshots at 1280px and 390px; no sideways scrolling down to 360px', async () => {
  mkdirSync(outDir, { recursive: true });
  const before = await runs(page);
  await page.fill('#date-input', '');
  await pasteInto(page, seed000);
  await waitForRun(page, before);
  for (const width of [1280, 390, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `no horizontal overflow at ${width}px (overflow ${overflow}px)`);
    if (width !== 360) await page.screenshot({ path: join(outDir, `finlens-${width}.png`), fullPage: true });
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: join(outDir, 'finlens-1280-dark.png'), fullPage: true });
  await page.emulateMedia({ colorScheme: 'light' });
  report.push(`screenshots: ${['finlens-1280.png', 'finlens-390.png', 'finlens-1280-dark.png'].map((f) => join('test-results', f)).join(', ')}`);
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
  const server = await serveStatic(distDir, { prefix: '/finlens/' });
  baseUrl = server.url;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  let passed = 0;
  let failed = 0;
  try {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
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
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
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
