// Big inputs, hostile input, files, the combined view (with people and claims), one
// company at a glance with its chart, removing articles and Undo.
import { COMPARE, XSS_HTML, XSS_HTML_TEXT, XSS_TEXT, bigText, sample } from './fixtures.mjs';
import { assert, assertEqual, ctx, report, test } from './harness.mjs';
import { articleList, contrastFailures, dropFiles, longTasks, longestTask, panelRows, resetLongTasks, runs, tableRows, waitForRun, waitForText } from './helpers.mjs';

const ALLOWED = ['MARK', 'SPAN', 'DIV', 'TABLE', 'THEAD', 'TBODY', 'TR', 'TD', 'TH', 'BUTTON', 'P', 'SECTION', 'H3', 'UL', 'LI', 'STRONG', 'CODE'];

export function viewTests() {
  test('a 2 MB paste: the status follows it, no main-thread task blocks for long, tables page', bigPaste);
  test('HTML in the input is shown as text, never run', hostileText);
  test('files: two picked, two dropped; the combined view merges Halvard Steel and flags $4.25', filesAndCombined);
  test('the combined view lists the people and claims of every article', combinedPeopleAndClaims);
  test('one company at a glance: its figures, facts, claims and people across articles, and a chart', companyGlance);
  test('a dropped HTML page becomes text and Markdown loses its markup (links too); removing an article can be undone', droppedFiles);
}

async function bigPaste() {
  const { page } = ctx;
  const text = bigText(2_000_000);
  await page.evaluate(() => {
    window.__statuses = [];
    const el = document.getElementById('status');
    new MutationObserver(() => window.__statuses.push(el.textContent)).observe(el, { childList: true, characterData: true, subtree: true });
    window.__progressSeen = false;
    const p = document.getElementById('progress');
    new MutationObserver(() => (window.__progressSeen ||= !p.hidden)).observe(p, { attributes: true });
  });
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click('#article-input');
  await page.keyboard.press('ControlOrMeta+A');
  const before = await runs(page);
  await resetLongTasks(page);
  const t0 = Date.now();
  await page.keyboard.press('ControlOrMeta+V');
  await waitForRun(page, before, 'paste');
  await waitForText(page);
  const doneMs = Date.now() - t0;
  await page.waitForTimeout(300); // let the last frames land
  const longest = await longestTask(page);
  const tasks = await longTasks(page);
  const [analyzeMs, shownMs] = await page.$eval('#timing', (t) => [t.dataset.analyzeMs, t.dataset.shownMs].map(Number));
  const statuses = await page.evaluate(() => window.__statuses);
  assert(statuses.some((s) => s.startsWith('Analyzing')), `the status said it was analyzing: ${statuses.slice(0, 5).join(' | ')}`);
  assert(statuses.some((s) => s.startsWith('Showing the text')), `and that it was drawing the text: ${statuses.slice(0, 8).join(' | ')}`);
  assert((await page.textContent('#status')).startsWith('Found'), 'and then what it found');
  assert(await page.evaluate(() => window.__progressSeen), 'the progress indicator showed');
  assert(await page.isHidden('#article-input'), 'the box is hidden for a text this big');
  assert((await page.textContent('#big-note')).includes('large text'), 'and a note says why');
  assertEqual(await page.evaluate(() => window.finlens.lastShown.text.length), text.length, 'the whole text is the article');
  const counts = await page.$eval('#count-figures', (c) => Number(c.dataset.count));
  const viewLength = await page.evaluate(() => document.getElementById('article-view').textContent.length);
  assertEqual(viewLength, text.length, 'the text view holds all of it');
  // The figures tab: one page of rows, quickly.
  await resetLongTasks(page);
  const tab0 = Date.now();
  await page.click('#tab-figures');
  await page.waitForSelector('#figures-table-pager');
  const tabMs = Date.now() - tab0;
  const tabLongest = await longestTask(page);
  const pager = await page.textContent('#figures-table-pager .pager-text');
  assert(/^Rows 1–100 of [\d,]+$/.test(pager), `the figures table pages: ${pager}`);
  await page.click('#figures-table-pager [data-go="1"]');
  assert((await page.textContent('#figures-table-pager .pager-text')).startsWith('Rows 101–200'), 'Next shows the next page');
  await page.screenshot({ path: ctx.shot('finlens-2mb.png') });
  report.push(
    `2 MB paste: ${(Buffer.byteLength(text) / 1e6).toFixed(2)} MB, ${counts} figures; analyzed in ${analyzeMs.toFixed(0)} ms (worker), ` +
      `analysis in the page ${shownMs.toFixed(0)} ms and the whole text drawn ${doneMs} ms after the paste; ` +
      `LONGEST MAIN-THREAD TASK ${longest} ms (tasks over 50 ms, duration@start: ${tasks.join(' ')}); Figures tab opened in ${tabMs} ms (longest task ${tabLongest} ms)`,
  );
  // back to something small for the next tests
  const small = sample('kestrel-robotics').text;
  const b2 = await runs(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), small);
  await page.focus('#big-note');
  await page.keyboard.press('ControlOrMeta+V');
  await waitForRun(page, b2, 'paste');
  assert(await page.isVisible('#article-input'), 'a paste into the big text’s note replaces it, and the box is back');
  assertEqual(await page.inputValue('#article-input'), small, 'with the pasted text');
  // A large text can still be edited in the box, on request.
  const large = bigText(150_000);
  const b3 = await runs(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), large);
  await page.click('#article-input');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await waitForRun(page, b3, 'paste');
  assert(await page.isHidden('#article-input'), 'a 150 KB text is kept out of the box too');
  await page.click('#show-box');
  assertEqual(await page.evaluate(() => document.getElementById('article-input').value.length), large.length, '“Edit it in the box” puts it all there');
  const b4 = await runs(page);
  await page.evaluate((t) => navigator.clipboard.writeText(t), small);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
  await waitForRun(page, b4, 'paste');
  assertEqual(await page.inputValue('#article-input'), small, 'and a paste over it, all selected, replaces it');
}

async function hostileText() {
  const { page } = ctx;
  const before = await runs(page);
  await page.fill('#article-input', XSS_TEXT);
  await waitForRun(page, before, 'typing');
  await page.waitForTimeout(300); // give a would-be onerror the chance to fire
  assertEqual(await page.textContent('#article-view'), XSS_TEXT, 'the text view shows the markup as text');
  const injected = await page.$$eval('#article-view *, #single-view [role=tabpanel] *', (els, ok) => els.filter((e) => !ok.includes(e.tagName)).map((e) => e.tagName), ALLOWED);
  assertEqual(injected, [], 'no elements other than the page’s own in the output');
  assertEqual(await page.locator('img, b').count(), 0, 'no <img> or <b> anywhere in the page');
  assertEqual(await page.locator('body script').count(), 0, 'no <script> in the body');
  assertEqual(ctx.seen.dialogs, [], 'no dialog fired');
  const a = await page.evaluate((t) => window.finlens.analyze(t), XSS_TEXT);
  assertEqual((await panelRows(page, 'figures')).length, a.figures.length, 'figure rows for the markup text');
}

const file = (key) => ({ name: `${key}.txt`, text: sample(key).text, type: 'text/plain' });

async function filesAndCombined() {
  const { page } = ctx;
  await page.goto(ctx.baseUrl, { waitUntil: 'load' });
  await waitForRun(page, 0, 'load');
  let before = await runs(page);
  await page.setInputFiles(
    '#file-input',
    COMPARE.slice(0, 2).map((k) => ({ name: file(k).name, mimeType: 'text/plain', buffer: Buffer.from(file(k).text) })),
  );
  await waitForRun(page, before, 'files');
  assertEqual(await articleList(page), COMPARE.slice(0, 2).map((k, i) => `${i + 1}. ${k}`), 'the picked files replace the sample, one article each');
  assert(await page.isVisible('#combined-view'), 'two files open the combined view');

  before = await runs(page);
  await dropFiles(page, COMPARE.slice(2).map(file));
  await waitForRun(page, before, 'drop');
  assertEqual(await articleList(page), COMPARE.map((k, i) => `${i + 1}. ${k}`), 'dropped files are added');
  const digests = await page.$$eval('#article-list .art .sub', (xs) => xs.map((x) => x.textContent));
  assert(digests.every((d) => d.startsWith('Halvard Steel')), `each article’s digest names Halvard Steel: ${digests.join(' | ')}`);

  const col = await page.evaluate((ts) => window.finlens.analyzeMany(ts.map((text, i) => ({ id: String(i), text }))), COMPARE.map((k) => sample(k).text));
  const m = col.merged;
  const rows = await page.$$eval('#merged-table tbody tr', (trs) =>
    trs.map((tr) => ({ name: tr.querySelector('th').firstChild.textContent, articles: tr.querySelectorAll('.art-chip').length })),
  );
  assertEqual(rows.map((r) => r.name).sort(), m.companies.map((c) => c.name).sort(), 'merged companies = the module’s');
  const halvard = rows.find((r) => /Halvard/.test(r.name));
  assert(halvard && halvard.articles === 4, `Halvard Steel is merged across the 4 articles: ${JSON.stringify(halvard)}`);
  const cards = await page.$$eval('#combined-view .cmp-fig', (bs) => bs.map((b) => [b.querySelector('.big').textContent, b.dataset.outlier === 'true']));
  assertEqual(cards, m.comparisons.flatMap((k) => k.figures.map((f) => [f.text, !!f.outlier])), 'figures side by side, outliers flagged, as the module says');
  assert(cards.some(([t, o]) => t === '$4.25' && o), '$4.25 is flagged as an outlier');
  assertEqual(await contrastFailures(page), [], 'text below 4.5:1 in the combined view');
  await page.click('#combined-view .outlier .cmp-fig');
  assertEqual(await page.getAttribute('#article-list li:nth-child(3) .art', 'aria-current'), 'true', 'the card opened article 3');
  assert((await page.getAttribute('#article-view', 'data-shown')).startsWith('fi:'), 'and showed its figure');
}

async function combinedPeopleAndClaims() {
  const { page } = ctx;
  await page.click('#combined-button');
  await page.waitForSelector('#combined-view:not([hidden]) #merged-claims');
  const col = await page.evaluate(() => window.finlens.collection);
  const claims = col.articles.flatMap((a) => a.analysis.claims);
  const names = new Set(col.articles.flatMap((a) => a.analysis.people.map((p) => p.name)));
  assertEqual((await tableRows(page, 'merged-claims')).length, claims.length, 'every claim of every article is listed');
  const people = await tableRows(page, 'merged-people');
  assertEqual(people.length, names.size, 'each person once');
  assert(people.some((p) => p.text.includes('Lars Brekke') && (p.text.match(/#\d/g) ?? []).length === 2), `Lars Brekke is in two articles: ${people.map((p) => p.text).join(' | ')}`);
}

async function companyGlance() {
  const { page } = ctx;
  await page.click('#merged-table tr:has-text("Halvard") button.glance');
  await page.waitForSelector('#company-view:not([hidden]) svg.chart');
  const col = await page.evaluate(() => window.finlens.collection);
  // The articles name other organizations too (a central bank); only Halvard's figures belong here.
  const halvardIds = (a) => new Set(a.analysis.companies.filter((c) => /Halvard/.test(c.name)).map((c) => c.id));
  const figures = col.articles.flatMap((a) => {
    const ids = halvardIds(a);
    return a.analysis.figures.filter((f) => ids.has(f.company) && !['date', 'time', 'duration'].includes(f.kind));
  });
  assert(figures.length >= 17, `the four articles give Halvard at least 17 figures: ${figures.length}`);
  assertEqual((await tableRows(page, 'glance-figures')).length, figures.length, 'every Halvard figure of the four articles');
  const arts = new Set((await tableRows(page, 'glance-figures')).map((r) => r.aid));
  assertEqual(arts.size, 4, 'from all four articles');
  const charts = await page.$$eval('#company-view svg.chart', (ss) => ss.map((s) => ({ label: s.getAttribute('aria-label'), dots: s.querySelectorAll('circle.dot').length, bars: s.querySelectorAll('rect.bar').length })));
  const price = charts.find((c) => c.label.startsWith('share price'));
  assert(price && price.dots === 4, `a share-price chart with a dot per article: ${JSON.stringify(charts)}`);
  for (const t of ['$41.20', '$42.15', '$4.25', '$42.60']) assert(price.label.includes(t), `the chart shows ${t}: ${price.label}`);
  const moves = charts.find((c) => c.label.startsWith('Moves'));
  assert(moves && moves.bars >= 3, `a chart of the moves: ${JSON.stringify(charts)}`);
  assert((await tableRows(page, 'glance-claims')).length > 0, 'claims about it');
  assert((await tableRows(page, 'glance-people')).some((r) => r.text.includes('Lars Brekke')), 'its people');
  assert((await page.textContent('#status')).startsWith('Halvard Steel Corp across 4 articles'), 'the status says what is shown');
  report.push(`company view: ${figures.length} figures of Halvard Steel across 4 articles; charts: ${charts.map((c) => c.label).join(' / ')}`);
  assertEqual(await contrastFailures(page), [], 'text below 4.5:1 in the company view');
  await page.screenshot({ path: ctx.shot('finlens-company-1280.png'), fullPage: true });
  await page.setViewportSize({ width: 390, height: 900 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert(overflow <= 0, `no sideways scrolling in the company view at 390px (${overflow}px)`);
  await page.screenshot({ path: ctx.shot('finlens-company-390.png'), fullPage: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  // A figure's article chip opens the article and shows the figure.
  await page.click('#glance-figures tbody tr:nth-child(1) .art-chip');
  assert(await page.isVisible('#single-view'), 'the article opens');
  assert((await page.getAttribute('#article-view', 'data-shown')).startsWith('fi:'), 'showing the figure');
  // and the digest's company opens its view too
  await page.click('#digest button.dg-company');
  await page.waitForSelector('#company-view:not([hidden])');
  await page.click('#company-back');
  assert(await page.isVisible('#single-view'), 'Back returns to the article');
}

async function droppedFiles() {
  const { page } = ctx;
  const before = await runs(page);
  await dropFiles(page, [
    { name: 'acme.html', text: XSS_HTML, type: 'text/html' },
    { name: 'note.md', text: '# Acme results\n\n**Acme Corp** revenue rose [12%](https://example.com/x) to $3 billion. [Read more](javascript:alert(1)).\n', type: 'text/markdown' },
    { name: 'photo.png', text: 'PNG', type: 'image/png' },
  ]);
  await waitForRun(page, before, 'drop');
  const names = await articleList(page);
  assertEqual(names.slice(4), ['5. acme', '6. note'], 'the HTML and Markdown files are articles; the image is skipped');
  assert((await page.textContent('#status')).includes('photo.png'), 'the status says the image was skipped');
  await page.click('#article-list li:nth-child(5) .art');
  assertEqual(await page.inputValue('#article-input'), XSS_HTML_TEXT, 'the HTML page reduced to its article text');
  await page.click('#article-list li:nth-child(6) .art');
  assertEqual(await page.inputValue('#article-input'), 'Acme results\n\nAcme Corp revenue rose 12% to $3 billion. Read more.\n', 'Markdown without its markup, a javascript: link with no stray “)”');
  await page.waitForTimeout(200);
  assertEqual(await page.evaluate(() => window.__pwned ?? null), null, 'nothing from the HTML ran');
  assertEqual(await page.locator('img').count(), 0, 'no image in the page');
  assertEqual(ctx.seen.dialogs, [], 'no dialog');
  assert(!ctx.seen.requests.some((u) => u.includes('x-does-not-exist') || u.includes('example.com')), 'nothing from the HTML was fetched');
  // Removing an article says so, and Undo brings it back where it was.
  await page.click('#article-list li:nth-child(5) .rm');
  assertEqual((await articleList(page)).length, 5, 'one article removed');
  const status = await page.textContent('#status');
  assert(status.startsWith('Removed “acme”'), `the status says what was removed: ${status}`);
  assert(await page.isVisible('#undo'), 'Undo is offered');
  await page.screenshot({ path: ctx.shot('finlens-undo.png') });
  await page.click('#undo');
  assertEqual((await articleList(page))[4], '5. acme', 'Undo puts it back in its place');
  assert((await page.textContent('#status')).startsWith('Restored “acme”'), 'and says so');
  assert(await page.isHidden('#undo'), 'Undo is gone');
  await page.click('#article-list li:nth-child(6) .rm');
  await page.click('#article-list li:nth-child(5) .rm');
  assertEqual((await articleList(page)).length, 4, 'two articles removed');
  // A file named .txt that is a PDF: refused by its content, with a warning and no findings.
  const pdfBefore = await runs(page);
  await dropFiles(page, [{ name: 'report.txt', text: '%PDF-1.7\n1 0 obj << /Type /Catalog >>\nAcme rose 5% to $3 billion\n', type: 'text/plain' }]);
  await waitForRun(page, pdfBefore, 'drop');
  const pdfStatus = await page.textContent('#status');
  assert(pdfStatus.startsWith('Not analyzed'), `the status says the file is not text: ${pdfStatus}`);
  const warnings = await panelRows(page, 'warnings');
  assert(warnings.some((r) => Object.values(r.cells).join(' ').includes('not_text')), `a not_text warning: ${JSON.stringify(warnings)}`);
  for (const tab of ['companies', 'figures', 'claims']) assertEqual((await panelRows(page, tab)).length, 0, `no ${tab}`);
  await page.click('#article-list li:nth-child(5) .rm');
}

