// The panels (companies, people, figures with key facts, claims, warnings) and the
// generic table they share: ARIA roles stated explicitly (the narrow layout turns
// rows into cards), sortable columns with aria-sort.
import { h, replaceChildren } from './dom.js';
import { arrow, figureDate, formatValue, metricLabel, plural } from './format.js';
import { factPhrase, inArticle } from './model.js';
import { claimKind, roles } from './render.js';

const sorts = new Map(); // table id → { col, dir }

function cmp(a, b) {
  const ea = a === null || a === undefined || a === '';
  const eb = b === null || b === undefined || b === '';
  if (ea || eb) return ea - eb;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/**
 * @param {string} id table id
 * @param {Array<{label: string, cell: (r) => any, sort?: (r) => any, cls?: string, desc?: boolean}>} cols
 * @param {Array<{label?: string, rows: object[]}>} groups
 * @param {string} t the mark kind of the rows (data-t), for row ↔ text links
 * @param {() => void} rerender called after the sort order changes
 */
export function dataTable(id, cols, groups, t, rerender) {
  const st = sorts.get(id) ?? { col: -1, dir: 1 };
  const head = cols.map((c, i) => {
    const on = st.col === i;
    const th = h('th', {
      scope: 'col',
      role: 'columnheader',
      class: c.cls,
      'aria-sort': c.sort ? (on ? (st.dir > 0 ? 'ascending' : 'descending') : 'none') : null,
    });
    if (!c.sort) return th.append(c.label), th;
    const b = h('button', { type: 'button', class: 'sort', id: `${id}-h${i}` }, c.label, h('span', { 'aria-hidden': 'true' }, on ? (st.dir > 0 ? ' ↑' : ' ↓') : ' ↕'));
    b.addEventListener('click', () => {
      sorts.set(id, { col: i, dir: on ? -st.dir : c.desc ? -1 : 1 });
      rerender();
      document.getElementById(b.id)?.focus();
    });
    th.append(b);
    return th;
  });
  const bodies = groups.map((g) => {
    const rows = st.col >= 0 ? [...g.rows].sort((a, b) => st.dir * cmp(cols[st.col].sort(a), cols[st.col].sort(b))) : g.rows;
    return h(
      'tbody',
      { role: 'rowgroup' },
      g.label ? h('tr', { role: 'row', class: 'group' }, h('th', { colspan: cols.length, scope: 'rowgroup', role: 'rowheader' }, g.label)) : null,
      rows.map((r) =>
        h(
          'tr',
          { role: 'row', class: r.section && r.section !== 'article' ? 'out' : null, dataset: { t, ref: String(r.id) } },
          cols.map((c, i) =>
            h(i ? 'td' : 'th', { role: i ? 'cell' : 'rowheader', scope: i ? null : 'row', class: c.cls, 'data-label': c.label, ...c.attrs?.(r) }, c.cell(r)),
          ),
        ),
      ),
    );
  });
  return h('table', { id, class: 'data', role: 'table' }, h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, head)), bodies);
}

const refButton = (t, id, label) => h('button', { type: 'button', class: 'ref', dataset: { t, ref: String(id) } }, label);
const muted = (s) => (s ? h('span', { class: 'sub' }, s) : null);
const outBadge = (x) => (inArticle(x) ? null : h('span', { class: 'badge out-badge' }, String(x.section)));
const empty = (what) => h('p', { class: 'empty' }, `No ${what} found.`);

export function companiesPanel(el, ix, rerender) {
  const rows = ix.list('companies');
  const cols = [
    { label: 'Company', cell: (c) => [refButton('co', c.id, String(c.name)), muted((c.aliases ?? []).join(', ')), outBadge(c)], sort: (c) => String(c.name) },
    { label: 'Tickers', cell: (c) => (c.tickers ?? []).map((k) => h('span', { class: 'chip' }, `${k.exchange}: ${k.symbol}`)) },
    { label: 'Type', cell: (c) => String(c.type ?? ''), sort: (c) => c.type },
    { label: 'Mentions', cls: 'num', cell: (c) => String(c.mentions?.length ?? 0), sort: (c) => c.mentions?.length ?? 0, desc: true },
    { label: 'Part of', cell: (c) => (c.parent ? ix.companyName(c.parent) : ''), sort: (c) => (c.parent ? ix.companyName(c.parent) : '') },
  ];
  replaceChildren(el, rows.length ? dataTable('companies-table', cols, [{ rows }], 'co', rerender) : empty('companies'));
}

export function peoplePanel(el, ix, rerender) {
  const rows = ix.list('people');
  const cols = [
    { label: 'Person', cell: (p) => [refButton('pe', p.id, String(p.name)), muted((p.aliases ?? []).join(', ')), outBadge(p)], sort: (p) => String(p.name) },
    { label: 'Role', cell: (p) => roles(p, ix), sort: (p) => roles(p, ix) },
    { label: 'Mentions', cls: 'num', cell: (p) => String(p.mentions?.length ?? 0), sort: (p) => p.mentions?.length ?? 0, desc: true },
  ];
  replaceChildren(el, rows.length ? dataTable('people-table', cols, [{ rows }], 'pe', rerender) : empty('people'));
}

const DATE_KINDS = new Set(['date', 'time', 'duration']);

/** Figures grouped: by company (in order of appearance), then other figures, then dates. */
export function figureGroups(ix) {
  const groups = new Map();
  const add = (key, label, f) => {
    if (!groups.has(key)) groups.set(key, { label, rows: [] });
    groups.get(key).rows.push(f);
  };
  const figs = ix.list('figures');
  for (const f of figs) if (f.company && !DATE_KINDS.has(f.kind)) add(f.company, ix.companyName(f.company), f);
  for (const f of figs) if (!f.company && !DATE_KINDS.has(f.kind)) add('~other', 'No company named', f);
  for (const f of figs) if (DATE_KINDS.has(f.kind)) add('~dates', 'Dates and times', f);
  return [...groups.values()].map((g) => ({ ...g, label: `${g.label} · ${plural(g.rows.length, 'figure')}` }));
}

export function figuresPanel(el, ix, rerender) {
  const figs = ix.list('figures');
  const facts = ix.list('facts');
  const cols = [
    { label: 'Figure', cell: (f) => [refButton('fi', f.id, String(f.text)), outBadge(f)], sort: (f) => f.start },
    {
      label: 'Value',
      cls: 'num',
      cell: (f) => formatValue(f),
      attrs: (f) => ({ 'data-value': typeof f.value === 'number' ? String(f.value) : null, 'data-currency': f.currency ?? null }), sort: (f) => (typeof f.value === 'number' ? f.value : (f.date ?? null)) },
    { label: 'Metric', cell: (f) => metricLabel(f.metric), sort: (f) => f.metric },
    {
      label: 'Change',
      cell: (f) => (f.direction ? h('span', { class: `dir ${f.direction}` }, `${arrow(f.direction)} ${f.direction}`) : ''),
      sort: (f) => f.direction,
    },
    { label: 'Date', cell: (f) => [f.kind === 'date' ? '' : figureDate(f, ix.figures), muted(f.period)], sort: (f) => figureDate(f, ix.figures) },
  ];
  replaceChildren(
    el,
    facts.length
      ? h(
          'section',
          { class: 'facts', 'aria-label': 'Key facts' },
          h('h3', null, 'Key facts'),
          h(
            'ul',
            null,
            facts.map((x) =>
              h(
                'li',
                null,
                h(
                  'button',
                  { type: 'button', class: 'ref fact', dataset: { t: 'fi', ref: (x.figures ?? [x.change ?? x.level]).join(' ') } },
                  x.company ? h('strong', null, ix.companyName(x.company), ': ') : null,
                  factPhrase(x, ix),
                ),
              ),
            ),
          ),
        )
      : null,
    figs.length ? dataTable('figures-table', cols, figureGroups(ix), 'fi', rerender) : empty('figures'),
  );
}

export function claimsPanel(el, ix) {
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
  ];
  replaceChildren(el, rows.length ? dataTable('claims-table', cols, [{ rows }], 'cl') : empty('claims'));
}

export function warningsPanel(el, ix) {
  const rows = ix.list('warnings').map((w, i) => ({ ...w, id: `w${i + 1}` }));
  const cols = [
    { label: 'Code', cell: (w) => h('code', null, String(w.code ?? '')) },
    { label: 'Message', cell: (w) => String(w.message ?? '') },
    { label: 'Text', cell: (w) => (w.span?.text ? `“${w.span.text}”` : '') },
  ];
  replaceChildren(el, rows.length ? dataTable('warnings-table', cols, [{ rows }], 'wa') : empty('warnings'));
}
