// The panels: companies, people, figures (key facts, then the table grouped by company),
// claims and warnings. Each is drawn from a context: the analysis index, the text, the
// find box's query, a row to reveal, and how to draw the panel again.
import { h, replaceChildren } from './dom.js';
import { arrow, figureDate, formatValue, metricLabel, plural } from './format.js';
import { factPhrase, inArticle } from './model.js';
import { claimKind, roles } from './render.js';
import { firstNot } from './sorted.js';
import { dataTable } from './table.js';
import { KIND_GROUPS, kindGroup, valueKeyOf } from './units.js';

/**
 * @typedef {object} PanelContext
 * @property {ReturnType<import('./model.js').indexAnalysis>} ix
 * @property {string} query the find box
 * @property {string} [reveal] a row to show
 * @property {() => void} rerender
 */

export const refButton = (t, id, label) => h('button', { type: 'button', class: 'ref', dataset: { t, ref: String(id) } }, label);
export const copyButton = (t, id, what) =>
  h('button', { type: 'button', class: 'copy', title: `Copy this ${what}`, 'aria-label': `Copy this ${what}`, dataset: { copy: t, ref: String(id) } }, 'Copy');
const muted = (s) => (s ? h('span', { class: 'sub' }, s) : null);
const outBadge = (x) => (inArticle(x) ? null : h('span', { class: 'badge out-badge' }, String(x.section)));
const empty = (what) => h('p', { class: 'empty' }, `No ${what} found.`);
const join = (...xs) => xs.flat().filter(Boolean).join(' ');
const copyCol = (t, what) => ({ label: '', cls: 'act', cell: (r) => copyButton(t, r.id, what) });

/** Columns of a claim table that any view shares: source, claim, type. */
export const claimColumns = () => [
  { label: 'Source', cell: (q) => String(q.source?.name ?? 'Unattributed'), sort: (q) => String(q.source?.name ?? '') },
  { label: 'Claim', cls: 'claim', cell: (q) => (q.kind === 'quote' ? `“${q.text}”` : String(q.text)) },
  { label: 'Type', cell: (q) => h('span', { class: `badge kind-${q.kind}` }, claimKind(q)) },
];

export function companiesPanel(el, p) {
  const { ix } = p;
  const rows = ix.list('companies');
  const cols = [
    {
      label: 'Company',
      cell: (c) => [
        refButton('co', c.id, String(c.name)),
        muted((c.aliases ?? []).join(', ')),
        outBadge(c),
        h('button', { type: 'button', class: 'glance', dataset: { glance: String(c.id) }, 'aria-label': `${c.name} at a glance` }, 'at a glance →'),
      ],
      sort: (c) => String(c.name),
    },
    { label: 'Tickers', cell: (c) => (c.tickers ?? []).map((k) => h('span', { class: 'chip' }, `${k.exchange}: ${k.symbol}`)) },
    { label: 'Type', cell: (c) => String(c.type ?? ''), sort: (c) => c.type },
    { label: 'Mentions', cls: 'num', cell: (c) => String(c.mentions?.length ?? 0), sort: (c) => c.mentions?.length ?? 0, desc: true },
    { label: 'Part of', cell: (c) => (c.parent ? ix.companyName(c.parent) : ''), sort: (c) => (c.parent ? ix.companyName(c.parent) : '') },
    copyCol('co', 'company'),
  ];
  const search = (c) => join(c.name, c.aliases, (c.tickers ?? []).map((k) => `${k.exchange}: ${k.symbol}`), c.type);
  replaceChildren(el, rows.length ? dataTable({ id: 'companies-table', cols, groups: [{ rows }], t: 'co', search, ...p }) : empty('companies'));
}

export function peoplePanel(el, p) {
  const { ix } = p;
  const rows = ix.list('people');
  const cols = [
    { label: 'Person', cell: (x) => [refButton('pe', x.id, String(x.name)), muted((x.aliases ?? []).join(', ')), outBadge(x)], sort: (x) => String(x.name) },
    { label: 'Role', cell: (x) => roles(x, ix), sort: (x) => roles(x, ix) },
    { label: 'Mentions', cls: 'num', cell: (x) => String(x.mentions?.length ?? 0), sort: (x) => x.mentions?.length ?? 0, desc: true },
    copyCol('pe', 'person'),
  ];
  const search = (x) => join(x.name, x.aliases, roles(x, ix));
  replaceChildren(el, rows.length ? dataTable({ id: 'people-table', cols, groups: [{ rows }], t: 'pe', search, ...p }) : empty('people'));
}

const DATE_KINDS = new Set(['date', 'time', 'duration']);

/** Figures grouped: by company (in order of appearance), then other figures, then dates. */
export function figureGroups(ix, figs = ix.list('figures')) {
  const groups = new Map();
  const add = (key, label, f) => {
    if (!groups.has(key)) groups.set(key, { label, rows: [] });
    groups.get(key).rows.push(f);
  };
  for (const f of figs) if (f.company && !DATE_KINDS.has(f.kind)) add(f.company, ix.companyName(f.company), f);
  for (const f of figs) if (!f.company && !DATE_KINDS.has(f.kind)) add('~other', 'No company named', f);
  for (const f of figs) if (DATE_KINDS.has(f.kind)) add('~dates', 'Dates and times', f);
  return [...groups.values()].map((g) => ({ ...g, label: `${g.label} · ${plural(g.rows.length, 'figure')}` }));
}

/**
 * Key facts, once each: the same company and phrase said twice is one line ("Honda:
 * $60 billion" in the headline and the body), and so is a phrase the next one only
 * completes ("shares ▲ 6.2%", then "shares ▲ 6.2% to $48.35").
 */
export function uniqueFacts(ix) {
  const seen = new Map();
  for (const x of ix.list('facts')) {
    const phrase = factPhrase(x, ix);
    const key = `${x.company ?? ''}|${phrase}`;
    const prev = seen.get(key);
    if (prev) prev.figures = [...new Set([...prev.figures, ...(x.figures ?? [])])];
    else seen.set(key, { ...x, phrase, figures: [...(x.figures ?? [x.change ?? x.level].filter(Boolean))] });
  }
  const all = [...seen.values()];
  // per company, in sorted order: the first phrase at or after "P " is the one to check
  const byCompany = new Map();
  for (const x of all) {
    if (!byCompany.has(x.company)) byCompany.set(x.company, []);
    byCompany.get(x.company).push(x);
  }
  const shorter = new Set();
  for (const group of byCompany.values()) {
    const sorted = [...group].sort((p, q) => (p.phrase < q.phrase ? -1 : p.phrase > q.phrase ? 1 : 0));
    for (const x of group) {
      const key = `${x.phrase} `;
      const y = sorted[firstNot(sorted.length, (i) => sorted[i].phrase < key)];
      if (!y?.phrase.startsWith(`${x.phrase} `)) continue;
      y.figures = [...new Set([...x.figures, ...y.figures])];
      shorter.add(x);
    }
  }
  return all.filter((x) => !shorter.has(x));
}


const FACTS_SHOWN = 40;

function factsList(ix) {
  const facts = uniqueFacts(ix);
  if (!facts.length) return null;
  const item = (x, i) =>
    h(
      'li',
      null,
      h(
        'button',
        { type: 'button', class: 'ref fact', dataset: { t: 'fi', ref: x.figures.join(' ') } },
        x.company ? h('strong', null, ix.companyName(x.company), ': ') : null,
        factPhrase(x, ix),
      ),
      copyButton('fa', String(i), 'fact'),
    );
  return h(
    'section',
    { class: 'facts', 'aria-label': 'Key facts' },
    h('h3', null, 'Key facts'),
    h('ul', null, facts.slice(0, FACTS_SHOWN).map(item)),
    facts.length > FACTS_SHOWN ? h('p', { class: 'sub' }, `and ${facts.length - FACTS_SHOWN} more (in the table below)`) : null,
  );
}

// The figures panel's kind filter, kept across redraws.
let kindFilter = 'all';

function kindFilterBar(figs, rerender) {
  const counts = new Map();
  for (const f of figs) counts.set(kindGroup(f), (counts.get(kindGroup(f)) ?? 0) + 1);
  const choices = [{ key: 'all', label: 'All', n: figs.length }, ...KIND_GROUPS.map((g) => ({ ...g, n: counts.get(g.key) ?? 0 })).filter((g) => g.n)];
  return h(
    'div',
    { class: 'kind-filter', role: 'group', 'aria-label': 'Show figures of one kind' },
    choices.map((c) => {
      const b = h('button', { type: 'button', class: 'btn small', 'aria-pressed': String(kindFilter === c.key), dataset: { kind: c.key } }, `${c.label} ${c.n}`);
      b.addEventListener('click', () => {
        kindFilter = c.key;
        rerender();
        document.querySelector(`.kind-filter [data-kind="${c.key}"]`)?.focus();
      });
      return b;
    }),
  );
}

export function figuresPanel(el, p) {
  const { ix } = p;
  const figs = ix.list('figures');
  if (!figs.some((f) => kindGroup(f) === kindFilter)) kindFilter = 'all';
  const shown = kindFilter === 'all' ? figs : figs.filter((f) => kindGroup(f) === kindFilter);
  const valueKey = valueKeyOf(ix.figures);
  const cols = [
    { label: 'Figure', cell: (f) => [refButton('fi', f.id, String(f.text)), outBadge(f)], sort: (f) => f.start },
    {
      label: 'Value',
      cls: 'num',
      cell: (f) => formatValue(f),
      attrs: (f) => {
        const [rank, v] = valueKey(f);
        return { 'data-value': typeof f.value === 'number' ? String(f.value) : null, 'data-currency': f.currency ?? null, 'data-rank': String(rank), 'data-key': v === null ? null : String(v) };
      },
      sort: valueKey,
    },
    { label: 'Metric', cell: (f) => metricLabel(f.metric), sort: (f) => f.metric },
    {
      label: 'Change',
      cell: (f) => (f.direction ? h('span', { class: `dir ${f.direction}` }, `${arrow(f.direction)} ${f.direction}`) : ''),
      sort: (f) => f.direction,
    },
    { label: 'Date', cell: (f) => [f.kind === 'date' ? '' : figureDate(f, ix.figures), muted(f.period)], sort: (f) => figureDate(f, ix.figures) },
    copyCol('fi', 'figure'),
  ];
  const search = (f) => join(f.text, formatValue(f), ix.companyName(f.company), metricLabel(f.metric), f.direction, figureDate(f, ix.figures), f.period);
  replaceChildren(
    el,
    factsList(ix),
    figs.length ? kindFilterBar(figs, p.rerender) : null,
    figs.length ? dataTable({ id: 'figures-table', cols, groups: figureGroups(ix, shown), t: 'fi', search, ...p }) : empty('figures'),
  );
}

export function claimsPanel(el, p) {
  const { ix } = p;
  const rows = ix.list('claims');
  const cols = [
    {
      label: 'Source',
      cell: (q) => [refButton('cl', q.id, q.source?.name ? String(q.source.name) : 'Unattributed'), muted(q.source?.role ?? (q.source?.company ? ix.companyName(q.source.company) : ''))],
    },
    { label: 'Cue', cell: (q) => String(q.cue ?? '') },
    { label: 'Claim', cls: 'claim', cell: (q) => [q.kind === 'quote' ? `“${q.text}”` : String(q.text), outBadge(q)] },
    { label: 'Type', cell: (q) => h('span', { class: `badge kind-${q.kind}` }, claimKind(q)) },
    {
      label: 'Hedge',
      cell: (q) => (q.hedged ? h('span', { class: 'badge hedge', title: 'The text marks this as uncertain' }, `hedged${q.hedges?.length ? `: ${q.hedges.join(', ')}` : ''}`) : ''),
    },
    copyCol('cl', 'claim'),
  ];
  const search = (q) => join(q.source?.name, q.source?.role, q.cue, q.text, q.hedges);
  replaceChildren(el, rows.length ? dataTable({ id: 'claims-table', cols, groups: [{ rows }], t: 'cl', search, ...p }) : empty('claims'));
}

export function warningsPanel(el, p) {
  const rows = p.ix.list('warnings').map((w, i) => ({ ...w, id: `w${i + 1}` }));
  const cols = [
    { label: 'Code', cell: (w) => h('code', null, String(w.code ?? '')) },
    { label: 'Message', cell: (w) => String(w.message ?? '') },
    { label: 'Text', cell: (w) => (w.span?.text ? `“${w.span.text}”` : '') },
  ];
  const search = (w) => join(w.code, w.message, w.span?.text);
  replaceChildren(el, rows.length ? dataTable({ id: 'warnings-table', cols, groups: [{ rows }], t: 'wa', search, ...p }) : empty('warnings'));
}
