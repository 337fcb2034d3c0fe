// Tables and what comes out of them: sorting by value across units, the kind filter,
// find and filter, exports (CSV with a byte-order mark), links, a damaged link.
import { readFileSync } from 'node:fs';
import { sample } from './fixtures.mjs';
import { assert, assertEqual, ctx, report, test } from './harness.mjs';
import { pasteInto, pickSample, runs, tableRows, waitForRun } from './helpers.mjs';

/** The value cells of the figures table, in order, by group. */
const valueCells = (page) =>
  page.$$eval('#figures-table tbody', (bodies) =>
    bodies.map((b) =>
      [...b.querySelectorAll('tr[data-ref]')].map((tr) => {
        const td = tr.querySelector('td[data-label=Value]');
        return { text: tr.querySelector('button.ref').textContent, rank: Number(td.dataset.rank), key: td.dataset.key === undefined ? null : td.dataset.key };
      }),
    ),
  );

export function tableTests() {
  test('the figures table sorts by value: money by its dollar value, then percent, then counts', async () => {
    const { page } = ctx;
    const before = await runs(page);
    await pickSample(page, 'tsurumi-motor');
    await waitForRun(page, before, 'sample');
    await page.click('#tab-figures');
    for (const dir of ['ascending', 'descending']) {
      await page.click('#figures-table-h1');
      assertEqual(await page.$eval('#figures-table-h1', (b) => b.closest('th').getAttribute('aria-sort')), dir, `aria-sort ${dir}`);
      for (const g of await valueCells(page)) {
        const ranks = g.map((c) => c.rank);
        assertEqual(ranks, [...ranks].sort((x, y) => x - y), `units keep their order (money, percent, counts) when ${dir}`);
        for (const r of new Set(ranks)) {
          const keys = g.filter((c) => c.rank === r && c.key !== null).map((c) => (Number.isNaN(Number(c.key)) ? c.key : Number(c.key)));
          const sorted = [...keys].sort((x, y) => (typeof x === 'number' ? x - y : String(x).localeCompare(String(y))) * (dir === 'ascending' ? 1 : -1));
          assertEqual(keys, sorted, `values ${dir} within a unit`);
        }
      }
    }
    await page.click('#figures-table-h1'); // ascending again
    const cells = (await valueCells(page))[0];
    const tsurumi = cells.map((c) => c.text);
    const at = (t) => tsurumi.indexOf(t);
    for (const c of cells.filter((x) => x.text === '7.5 trillion yen')) {
      assert(Number(c.key) >= 48.6e9 && Number(c.key) <= 60e9, `7.5 trillion yen sorts by its dollar value, between $48.6 billion and $60 billion: ${c.key}`);
    }
    assert(tsurumi.lastIndexOf('7.5 trillion yen') < at('$60 billion'), `and before $60 billion: ${tsurumi.join(', ')}`);
    assert(at('$60 billion') < at('11%') && at('11%') < at('26%'), `percentages after money: ${tsurumi.join(', ')}`);
    report.push(`value sort (ascending), Tsurumi: ${tsurumi.join(', ')}`);
  });

  test('the figures table filters by kind', async () => {
    const { page } = ctx;
    const a = (await page.evaluate(() => window.finlens.lastShown)).analysis;
    await page.click('.kind-filter [data-kind=percent]');
    assertEqual(await page.getAttribute('.kind-filter [data-kind=percent]', 'aria-pressed'), 'true', 'Percent is pressed');
    const refs = (await tableRows(page, 'figures-table')).map((r) => r.ref).sort();
    const want = a.figures.filter((f) => f.kind === 'percent' || f.kind === 'percentage_point').map((f) => f.id).sort();
    assertEqual(refs, want, 'only percentages are listed');
    await page.click('.kind-filter [data-kind=all]');
    assertEqual((await tableRows(page, 'figures-table')).length, a.figures.length, 'All lists every figure again');
  });

  test('find: matches highlighted and counted in the text, the tables filtered', async () => {
    const { page } = ctx;
    const text = await page.inputValue('#article-input');
    const word = 'Tsurumi';
    await page.fill('#find', word);
    await page.waitForFunction(() => document.getElementById('find-count').textContent.includes('in the text'));
    const want = text.match(new RegExp(word, 'gi')).length;
    assertEqual(Number(await page.getAttribute('#find-count', 'data-count')), want, `every “${word}” in the text is counted`);
    assertEqual(await page.evaluate(() => CSS.highlights.get('find')?.size ?? 0), want, 'and highlighted');
    await page.click('#tab-claims');
    const claims = await tableRows(page, 'claims-table');
    assert(claims.length > 0 && claims.every((r) => r.text.toLowerCase().includes(word.toLowerCase())), `claim rows all hold “${word}”: ${claims.length}`);
    await page.click('#tab-figures');
    await page.fill('#find', 'yen');
    await page.waitForFunction(() => /\d+ of \d+ rows match “yen”/.test(document.querySelector('#panel-figures .filter-note')?.textContent ?? ''));
    const rows = await tableRows(page, 'figures-table');
    assert(rows.length > 0 && rows.every((r) => /yen|JPY/i.test(r.text)), `figure rows filtered to “yen”: ${rows.map((r) => r.text).join(' | ')}`);
    await page.press('#find', 'Enter');
    assert((await page.textContent('#find-count')).startsWith('1 of'), 'Enter steps to the first match');
    await page.screenshot({ path: ctx.shot('finlens-find.png') });
    await page.fill('#find', '');
    await page.waitForFunction(() => !document.querySelector('#panel-figures .filter-note'));
    assertEqual(await page.evaluate(() => CSS.highlights.get('find')?.size ?? 0), 0, 'clearing find clears the highlights');
  });

  test('export: JSON, CSV per panel (saved with a UTF-8 BOM), Markdown; download and clipboard', async () => {
    const { page } = ctx;
    const a = (await page.evaluate(() => window.finlens.lastShown)).analysis;
    await page.click('#export-menu summary');
    const [dl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-exp=json][data-act=download]')]);
    assert(dl.suggestedFilename().endsWith('.json'), `JSON file name: ${dl.suggestedFilename()}`);
    assertEqual(JSON.parse(readFileSync(await dl.path(), 'utf8')), a, 'the downloaded JSON is the analysis');
    await page.click('#export-menu summary');
    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.click('button[data-exp=figures][data-act=download]')]);
    const bytes = readFileSync(await csvDl.path());
    assertEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'the saved CSV starts with a UTF-8 byte-order mark');
    assert(bytes.toString('utf8').includes('yen'), 'and holds the figures');
    const clip = async (exp) => {
      if ((await page.getAttribute('#export-menu', 'open')) === null) await page.click('#export-menu summary');
      await page.click(`button[data-exp=${exp}][data-act=copy]`);
      return page.evaluate(() => navigator.clipboard.readText());
    };
    for (const panel of ['companies', 'people', 'figures', 'claims', 'warnings']) {
      const csv = await clip(panel);
      const lines = csv.trimEnd().split('\r\n');
      assert(lines[0].startsWith('id,') || panel === 'warnings', `${panel} CSV header: ${lines[0]}`);
      assertEqual(lines.length - 1, a[panel].length, `${panel} CSV rows`);
    }
    const md = await clip('md');
    assert(md.startsWith('# ') && md.includes('## Companies'), `Markdown summary: ${md.slice(0, 80)}`);
    assertEqual(JSON.parse(await clip('json')), a, 'copied JSON is the analysis');
    await page.keyboard.press('Escape');
    assertEqual(await page.getAttribute('#export-menu', 'open'), null, 'Escape closes the export menu');
  });

  test('a link reopens the same text, kept in the fragment and never sent', async () => {
    const { page } = ctx;
    const text = sample('kestrel-robotics').text;
    const before = await runs(page);
    await pasteInto(page, text);
    await waitForRun(page, before, 'paste');
    await page.click('#link-button');
    await page.waitForFunction(() => location.hash.startsWith('#t='));
    const url = await page.evaluate(() => navigator.clipboard.readText());
    assert(url.includes('#t='), `the copied link carries the text in its fragment: ${url.slice(0, 80)}`);
    const other = await ctx.context.newPage();
    try {
      await other.goto(url, { waitUntil: 'load' });
      await waitForRun(other, 0, 'link');
      assertEqual(await other.inputValue('#article-input'), text, 'the link reopens the same text');
      // the same link cut short, as a mail program might: a message, not the sample
      await other.goto(`${ctx.baseUrl}#t=${url.split('#t=')[1].slice(0, 60)}`, { waitUntil: 'load' });
      await other.reload({ waitUntil: 'load' });
      await other.waitForFunction(() => document.getElementById('status').dataset.state === 'error');
      const status = await other.textContent('#status');
      assert(status.includes('link is damaged'), `a damaged link says so: ${status}`);
      assertEqual(await other.inputValue('#article-input'), '', 'and shows no sample in its place');
      assertEqual(await other.evaluate(() => document.getElementById('timing').dataset.runs), '0', 'nothing was analyzed');
      await other.screenshot({ path: ctx.shot('finlens-damaged-link.png') });
    } finally {
      await other.close();
    }
    assert(!ctx.server.requests.some((r) => r.includes('t=')), 'no request carried the text');
    report.push(`link: ${url.length} characters for ${text.length} characters of text`);
  });
}
