// The combined view of several articles (analyzeMany): companies merged across
// articles, figures on the same company and metric side by side, and the people and
// claims of all the articles together.
import { normName } from './company.js';
import { h, replaceChildren } from './dom.js';
import { metricLabel, plural, scaled } from './format.js';
import { claimColumns } from './panels.js';
import { dataTable } from './table.js';

const usd = (v) => (typeof v === 'number' && Number.isFinite(v) ? `US$${v >= 1e6 ? scaled(v) : v.toFixed(2)}` : '');

const chip = (i, label, t, ref) =>
  h('button', { type: 'button', class: 'chip art-chip', title: label(i), dataset: { article: String(i), t, ref } }, `#${i + 1}`);

/** People of all articles, one row per name, with the roles and articles they appear in. */
function mergedPeople(col) {
  const byName = new Map();
  for (const [i, art] of (col.articles ?? []).entries()) {
    const a = art.analysis ?? {};
    const company = (id) => (a.companies ?? []).find((c) => c.id === id)?.name ?? '';
    for (const p of a.people ?? []) {
      const key = normName(p.name);
      const row = byName.get(key) ?? { id: `mp${byName.size + 1}`, name: String(p.name), roles: new Set(), refs: [] };
      for (const r of p.roles ?? []) row.roles.add(r.company ? `${r.title}, ${company(r.company)}` : String(r.title ?? ''));
      row.refs.push({ i, ref: String(p.id) });
      byName.set(key, row);
    }
  }
  return [...byName.values()];
}

const allClaims = (col) =>
  (col.articles ?? []).flatMap((art, i) => (art.analysis?.claims ?? []).map((q) => ({ ...q, id: `a${i}-${q.id}`, ref: String(q.id), i })));

function peopleAndClaims(col, label, p) {
  const people = mergedPeople(col);
  const claims = allClaims(col);
  const peopleCols = [
    { label: 'Person', cell: (x) => x.name, sort: (x) => x.name },
    { label: 'Role', cell: (x) => [...x.roles].join('; ') },
    { label: 'Articles', cell: (x) => x.refs.map((r) => chip(r.i, label, 'pe', r.ref)), sort: (x) => x.refs.length, desc: true },
  ];
  const claimCols = [...claimColumns(), { label: 'Article', cell: (q) => chip(q.i, label, 'cl', q.ref), sort: (q) => q.i }];
  return [
    h('h2', null, `People across articles · ${people.length}`),
    people.length
      ? dataTable({ id: 'merged-people', cols: peopleCols, groups: [{ rows: people }], t: 'mp', search: (x) => `${x.name} ${[...x.roles].join(' ')}`, ...p })
      : h('p', { class: 'empty' }, 'No people named.'),
    h('h2', null, `Claims across articles · ${claims.length}`),
    claims.length
      ? dataTable({ id: 'merged-claims', cols: claimCols, groups: [{ rows: claims }], t: 'mq', search: (q) => `${q.source?.name ?? ''} ${q.cue ?? ''} ${q.text}`, ...p })
      : h('p', { class: 'empty' }, 'No claims.'),
  ];
}

/**
 * @param {HTMLElement} el
 * @param {object} col the analyzeMany collection
 * @param {{label: (i: number) => string, rerender: () => void, query: string}} p
 *   label: article index → "#2 name"
 */
export function renderCombined(el, col, p) {
  const { label } = p;
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
      cell: (c) => articlesOf(c).map((i) => chip(i, label, 'co', refsIn(c, i))),
      sort: (c) => articlesOf(c).length,
      desc: true,
    },
    { label: 'Tickers', cell: (c) => (c.tickers ?? []).map((k) => h('span', { class: 'chip' }, `${k.exchange}: ${k.symbol}`)) },
    { label: 'Type', cell: (c) => String(c.type ?? ''), sort: (c) => c.type },
    {
      label: 'View',
      cls: 'act',
      cell: (c) => h('button', { type: 'button', class: 'btn small glance', dataset: { glanceMerged: String(c.id) }, 'aria-label': `${c.name} at a glance` }, 'At a glance'),
    },
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
    dataTable({ id: 'merged-table', cols, groups: [{ rows: byArticles }], t: 'mc', search: (c) => `${c.name} ${(c.aliases ?? []).join(' ')}`, ...p }),
    peopleAndClaims(col, label, p),
  );
}
