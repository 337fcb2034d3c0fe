// One company at a glance: its figures, key facts, claims and people across every
// article loaded, with a small chart of its levels and moves.
import { drawChart } from './chart.js';
import { h, replaceChildren } from './dom.js';
import { arrow, figureDate, formatValue, metricLabel, plural, scaled } from './format.js';
import { factPhrase } from './model.js';
import { claimColumns, copyButton, uniqueFacts } from './panels.js';
import { roles } from './render.js';
import { dataTable } from './table.js';
import { usdOf } from './units.js';

// --- the same company in other articles ------------------------------------------------------

const SUFFIX = /\b(?:the|inc|incorporated|corp|corporation|co|company|companies|ltd|limited|plc|llc|lp|sa|ag|nv|se|spa|group|holdings?)\b\.?/g;

/** "Ford Motor Co." and "Ford Motor Company" → "ford motor". */
export const normName = (s) =>
  String(s ?? '').toLowerCase().replace(/['’]s\b/g, '').replace(SUFFIX, ' ').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** What identifies a company across articles: its names (normalized) and tickers. */
export function companyKeys(c) {
  const names = new Set([c.name, ...(c.aliases ?? [])].map(normName).filter((n) => n.length > 1));
  const tickers = new Set((c.tickers ?? []).map((t) => `${t.exchange}:${t.symbol}`));
  return { names, tickers };
}
const meets = (a, b) => [...a].some((x) => b.has(x));
export const sameCompany = (ka, kb) => meets(ka.names, kb.names) || meets(ka.tickers, kb.tickers);

const DATE_KINDS = new Set(['date', 'time', 'duration']);

/**
 * Everything the loaded articles say about one company.
 * @param {Array<{id: string, label: string, text: string, ix: object, date?: string, main?: string}>} articles
 *   main: the id of the company the article is about (its digest's)
 * @param {object} target a company object (name, aliases, tickers, type)
 */
export function collectCompany(articles, target) {
  const key = companyKeys(target);
  const hits = [];
  for (const art of articles) {
    if (!art.ix) continue;
    const ids = new Set(art.ix.list('companies').filter((c) => sameCompany(key, companyKeys(c))).map((c) => String(c.id)));
    if (!ids.size) continue;
    const mine = (id) => id && ids.has(String(id));
    const tag = (x) => ({ ...x, aid: art.id, article: art });
    // its people: by their roles; in an article about it, also by a role with no company
    // named ("chief executive Lars Brekke"); and who speaks about it
    const own = (p) => (p.roles ?? []).some((r) => mine(r.company) || (!r.company && mine(art.main)));
    const about = art.ix.list('claims').filter((q) => mine(q.source?.company) || (q.companies ?? []).some(mine));
    const people = new Set([...art.ix.list('people').filter(own).map((p) => String(p.id)), ...about.map((q) => q.source?.person).filter(Boolean).map(String)]);
    // its claims: about it, or made by its people
    const claims = art.ix.list('claims').filter((q) => about.includes(q) || people.has(String(q.source?.person)));
    hits.push({
      art,
      companies: art.ix.list('companies').filter((c) => mine(c.id)),
      figures: art.ix.list('figures').filter((f) => mine(f.company) && !DATE_KINDS.has(f.kind)).map(tag),
      // its key facts, where the analysis could tell what they measure
      facts: uniqueFacts(art.ix).filter((x) => mine(x.company) && x.metric && x.metric !== 'other').map(tag),
      claims: claims.map(tag),
      people: art.ix.list('people').filter((p) => people.has(String(p.id))).map(tag),
    });
  }
  return { target, hits };
}

// --- the charts -------------------------------------------------------------------------

/** When a figure was true: its own date, the article's date, else none (then: its order). */
function whenOf(f) {
  const d = figureDate(f, f.article.ix.figures);
  return /^\d{4}(-\d\d){0,2}$/.test(d) ? d : f.article.date || '';
}

function points(figs, value, label) {
  const pts = figs
    .map((f, i) => ({ f, i, when: whenOf(f), v: value(f) }))
    .filter((p) => typeof p.v === 'number' && Number.isFinite(p.v));
  // by date where every point has one, else in the order of the articles and the text
  if (pts.every((p) => p.when)) pts.sort((a, b) => a.when.localeCompare(b.when) || a.i - b.i);
  return pts.map((p) => ({ label: label(p), value: p.v, text: String(p.f.text), note: `${p.f.article.label}${p.when ? `, ${p.when}` : ''}` }));
}

const FOREIGN = /index|rate|gdp|tariff|inflation|yield/;

/**
 * Up to two series: the money metric with the most figures (share price first), in one
 * currency or in US dollars; and the moves in percent, each labelled by what moved.
 */
export function companySeries(hits) {
  const figs = hits.flatMap((x) => x.figures);
  const out = [];
  const money = figs.filter((f) => f.kind === 'money' && f.metric && f.metric !== 'other' && !FOREIGN.test(f.metric));
  const byMetric = Map.groupBy ? Map.groupBy(money, (f) => f.metric) : groupBy(money, (f) => f.metric);
  const best = [...byMetric.entries()].sort((a, b) => (b[0] === 'share_price') - (a[0] === 'share_price') || b[1].length - a[1].length)[0];
  if (best && best[1].length >= 2) {
    const [metric, list] = best;
    const currencies = new Set(list.map((f) => f.currency));
    const one = currencies.size === 1 ? [...currencies][0] : 'USD';
    const rates = new Map(hits.map((x) => [x.art, usdOf(x.art.ix.figures)]));
    const usd = (f) => rates.get(f.article)(f);
    const value = currencies.size === 1 ? (f) => f.value : usd;
    const label = (p) => p.when || p.f.article.label.split(' ')[0];
    const pts = points(list, value, label);
    if (pts.length >= 2) out.push({ title: `${metricLabel(metric)}, ${one}`, kind: 'level', format: (v) => (Math.abs(v) >= 1e6 ? scaled(v) : v.toFixed(v < 100 ? 2 : 0)), points: pts });
  }
  const moves = figs.filter((f) => f.kind === 'percent' && (f.direction === 'up' || f.direction === 'down') && !FOREIGN.test(f.metric ?? ''));
  const seen = new Set();
  const uniq = moves.filter((f) => {
    const k = `${f.article.id}|${f.metric}|${f.value}|${f.direction}`;
    return !seen.has(k) && seen.add(k);
  });
  const signed = (f) => (f.direction === 'down' ? -f.value : f.value);
  const label = (p) => `${metricLabel(p.f.metric).replace(/ (change|growth)$/, '') || 'move'}${p.when ? ` ${p.when.slice(0, 7)}` : ''}`;
  const mpts = points(uniq, signed, label);
  if (mpts.length >= 2) out.push({ title: 'Moves, percent', kind: 'move', format: (v) => `${v > 0 ? '+' : ''}${Math.round(v * 10) / 10}%`, points: mpts });
  return out;
}

function groupBy(xs, key) {
  const m = new Map();
  for (const x of xs) {
    if (!m.has(key(x))) m.set(key(x), []);
    m.get(key(x)).push(x);
  }
  return m;
}

// --- the view -----------------------------------------------------------------------------------

const artChip = (x, t) =>
  h('button', { type: 'button', class: 'chip art-chip', title: x.article.label, dataset: { aid: x.aid, t, ref: String(x.id) } }, x.article.label.split(' ')[0]);

/**
 * @param {HTMLElement} el
 * @param {{target: object, hits: object[]}} got from collectCompany
 * @param {{query: string, rerender: () => void, total: number}} p total: articles loaded
 */
export function renderCompany(el, got, p) {
  const { target, hits } = got;
  const all = (k) => hits.flatMap((x) => x[k]);
  const names = [...new Set(hits.flatMap((x) => x.companies.flatMap((c) => [c.name, ...(c.aliases ?? [])])).map(String))];
  const tickers = [...new Set(hits.flatMap((x) => x.companies.flatMap((c) => (c.tickers ?? []).map((t) => `${t.exchange}: ${t.symbol}`))))];
  const charts = companySeries(hits);
  const facts = all('facts');
  const figCols = [
    { label: 'Figure', cell: (f) => String(f.text), sort: (f) => f.start },
    { label: 'Value', cls: 'num', cell: (f) => formatValue(f) },
    { label: 'Metric', cell: (f) => metricLabel(f.metric), sort: (f) => f.metric },
    { label: 'Change', cell: (f) => (f.direction ? h('span', { class: `dir ${f.direction}` }, `${arrow(f.direction)} ${f.direction}`) : '') },
    { label: 'Date', cell: (f) => figureDate(f, f.article.ix.figures), sort: (f) => figureDate(f, f.article.ix.figures) },
    { label: 'Article', cell: (f) => artChip(f, 'fi'), sort: (f) => f.article.label },
  ];
  const claimCols = [...claimColumns(), { label: 'Article', cell: (q) => artChip(q, 'cl'), sort: (q) => q.article.label }];
  const peopleCols = [
    { label: 'Person', cell: (x) => String(x.name), sort: (x) => String(x.name) },
    { label: 'Role', cell: (x) => roles(x, x.article.ix) },
    { label: 'Article', cell: (x) => artChip(x, 'pe'), sort: (x) => x.article.label },
  ];
  const table = (id, cols, rows, t, search) =>
    rows.length ? dataTable({ id, cols, groups: [{ rows }], t, search, query: p.query, rerender: p.rerender, rowData: (r) => ({ aid: r.aid }) }) : h('p', { class: 'empty' }, 'None.');
  replaceChildren(
    el,
    h(
      'div',
      { class: 'company-head' },
      h('h2', { id: 'company-heading', tabindex: '-1' }, String(target.name)),
      h('button', { type: 'button', class: 'btn small', id: 'company-back' }, '← Back'),
    ),
    h(
      'p',
      { class: 'sub company-sub' },
      [String(target.type ?? 'company'), tickers.join(', '), `in ${hits.length} of ${plural(p.total, 'article')}`, names.length > 1 ? `also: ${names.filter((n) => n !== target.name).join(', ')}` : ''].filter(Boolean).join(' · '),
    ),
    charts.length ? h('div', { class: 'charts' }, charts.map((s) => h('figure', { class: 'chart-box' }, h('figcaption', null, s.title), drawChart(s)))) : h('p', { class: 'sub' }, 'Not enough figures of one kind for a chart.'),
    h('h3', null, `Key facts · ${facts.length}`),
    facts.length
      ? h(
          'ul',
          { class: 'glance-facts' },
          facts.map((x, i) =>
            h('li', null, h('span', { class: 'sub' }, x.article.label), h('span', null, factPhrase(x, x.article.ix)), copyButton('gf', String(i), 'fact')),
          ),
        )
      : h('p', { class: 'empty' }, 'None.'),
    h('h3', null, `Figures · ${all('figures').length}`),
    table('glance-figures', figCols, all('figures'), 'fi', (f) => `${f.text} ${formatValue(f)} ${metricLabel(f.metric)}`),
    h('h3', null, `Claims · ${all('claims').length}`),
    table('glance-claims', claimCols, all('claims'), 'cl', (q) => `${q.source?.name ?? ''} ${q.text}`),
    h('h3', null, `People · ${all('people').length}`),
    table('glance-people', peopleCols, all('people'), 'pe', (x) => `${x.name} ${roles(x, x.article.ix)}`),
  );
  return { figures: all('figures').length, claims: all('claims').length, people: all('people').length, facts, charts: charts.length };
}
