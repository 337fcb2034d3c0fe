// The combined view of several articles (analyzeMany): companies merged across
// articles, and figures on the same company and metric side by side.
import { h, replaceChildren } from './dom.js';
import { metricLabel, plural, scaled } from './format.js';
import { dataTable } from './panels.js';

const usd = (v) => (typeof v === 'number' && Number.isFinite(v) ? `US$${v >= 1e6 ? scaled(v) : v.toFixed(2)}` : '');

/**
 * @param {HTMLElement} el
 * @param {object} col the analyzeMany collection
 * @param {(i: number) => string} label article index → "#2 name"
 */
export function renderCombined(el, col, label, rerender) {
  const m = col.merged ?? {};
  const companies = m.companies ?? [];
  const names = new Map(companies.map((c) => [c.id, String(c.name)]));
  const articlesOf = (c) => [...new Set((c.companies ?? []).map((r) => r.article))];
  const refsIn = (c, i) => (c.companies ?? []).filter((r) => r.article === i).map((r) => r.id).join(' ');
  const shared = companies.filter((c) => articlesOf(c).length > 1);
  const cmps = m.comparisons ?? [];
  const disagree = cmps.filter((k) => k.disagree);
  const n = col.articles?.length ?? 0;

  const cmpSection = cmps.map((k) =>
    h(
      'section',
      { class: 'cmp', dataset: { company: String(k.company), metric: String(k.metric), disagree: String(!!k.disagree) } },
      h(
        'h4',
        null,
        `${names.get(k.company) ?? k.company}: ${metricLabel(k.metric)} `,
        h('span', { class: `badge ${k.disagree ? 'warn' : 'ok'}` }, k.disagree ? 'articles disagree' : 'consistent'),
      ),
      h(
        'ul',
        { class: 'cmp-figs' },
        (k.figures ?? []).map((f) =>
          h(
            'li',
            { class: f.outlier ? 'outlier' : null },
            h(
              'button',
              { type: 'button', class: 'cmp-fig', dataset: { article: String(f.figure?.article), t: 'fi', ref: String(f.figure?.id), outlier: String(!!f.outlier) } },
              h('span', { class: 'sub' }, label(f.figure?.article)),
              h('span', { class: 'big' }, String(f.text)),
              h('span', { class: 'sub' }, f.currency === 'USD' ? '' : `≈ ${usd(f.usd)}`),
              f.outlier ? h('span', { class: 'badge warn' }, '⚠ outlier') : null,
            ),
          ),
        ),
      ),
    ),
  );

  const cols = [
    { label: 'Company', cell: (c) => [String(c.name), (c.aliases ?? []).length ? h('span', { class: 'sub' }, c.aliases.join(', ')) : null], sort: (c) => String(c.name) },
    {
      label: 'Articles',
      cell: (c) =>
        articlesOf(c).map((i) =>
          h(
            'button',
            { type: 'button', class: 'chip art-chip', title: label(i), dataset: { article: String(i), t: 'co', ref: refsIn(c, i) } },
            `#${i + 1}`,
          ),
        ),
      sort: (c) => articlesOf(c).length,
      desc: true,
    },
    { label: 'Tickers', cell: (c) => (c.tickers ?? []).map((k) => h('span', { class: 'chip' }, `${k.exchange}: ${k.symbol}`)) },
    { label: 'Type', cell: (c) => String(c.type ?? ''), sort: (c) => c.type },
  ];
  const byArticles = [...companies].sort((a, b) => articlesOf(b).length - articlesOf(a).length);

  replaceChildren(
    el,
    h('h2', { id: 'combined-heading' }, 'Figures side by side'),
    h(
      'p',
      { class: 'sub' },
      `${plural(n, 'article')}: ${plural(companies.length, 'company', 'companies')}, ${shared.length} in more than one article; ${plural(disagree.length, 'comparison')} where the articles disagree.`,
    ),
    cmpSection.length ? cmpSection : h('p', { class: 'empty' }, 'No figure appears in more than one article.'),
    (m.warnings ?? []).length
      ? h('ul', { class: 'warnings' }, m.warnings.map((w) => h('li', { dataset: { code: String(w.code) } }, h('code', null, String(w.code)), ' ', String(w.message))))
      : null,
    h('h2', null, 'Companies across articles'),
    dataTable('merged-table', cols, [{ rows: byArticles }], 'mc', rerender),
  );
}
