// The table every panel shares: ARIA roles stated explicitly (the narrow layout turns
// rows into cards), sortable columns with aria-sort, rows filtered by the find box, and
// pages of PAGE_ROWS rows, so that a 2 MB paste's 15 000 figures cost a page to draw.
import { h } from './dom.js';
import { plural } from './format.js';

export const PAGE_ROWS = 100;
const tables = new Map(); // table id → { col, dir, page, query }

const isEmpty = (v) => v === null || v === undefined || v === '' || (Array.isArray(v) && isEmpty(v[1]));

function cmp(a, b) {
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
}

/**
 * Compare two sort keys. A key is a value or [rank, value]: ranks (units, say) always
 * ascend, values follow `dir`, and empty values go last either way.
 */
export function compareKeys(a, b, dir) {
  if (isEmpty(a) || isEmpty(b)) return isEmpty(a) - isEmpty(b);
  if (Array.isArray(a) && Array.isArray(b)) return a[0] - b[0] || dir * cmp(a[1], b[1]);
  return dir * cmp(a, b);
}

function sortRows(rows, key, dir) {
  return rows
    .map((r) => ({ r, k: key(r) }))
    .sort((x, y) => compareKeys(x.k, y.k, dir))
    .map((x) => x.r);
}

function headerCell(o, st, c, i) {
  const on = st.col === i;
  const th = h('th', {
    scope: 'col',
    role: 'columnheader',
    class: c.cls,
    'aria-sort': c.sort ? (on ? (st.dir > 0 ? 'ascending' : 'descending') : 'none') : null,
  });
  if (!c.sort) return th.append(c.label), th;
  const b = h('button', { type: 'button', class: 'sort', id: `${o.id}-h${i}` }, c.label, h('span', { 'aria-hidden': 'true' }, on ? (st.dir > 0 ? ' ↑' : ' ↓') : ' ↕'));
  b.addEventListener('click', () => {
    Object.assign(st, { col: i, dir: on ? -st.dir : c.desc ? -1 : 1, page: 0 });
    o.rerender();
    document.getElementById(b.id)?.focus();
  });
  th.append(b);
  return th;
}

function rowEl(o, r) {
  return h(
    'tr',
    { role: 'row', class: r.section && r.section !== 'article' ? 'out' : null, dataset: { t: o.t, ref: String(r.id), ...o.rowData?.(r) } },
    o.cols.map((c, i) =>
      h(i ? 'td' : 'th', { role: i ? 'cell' : 'rowheader', scope: i ? null : 'row', class: c.cls, 'data-label': c.label, ...c.attrs?.(r) }, c.cell(r)),
    ),
  );
}

/** The rows to show, in order, each with its group: sorted in groups, then filtered. */
function entries(o, st) {
  const q = (o.query ?? '').trim().toLowerCase();
  const col = o.cols[st.col];
  const out = [];
  for (const g of o.groups) {
    const rows = col?.sort ? sortRows(g.rows, col.sort, st.dir) : g.rows;
    for (const r of rows) if (!q || (o.search?.(r) ?? '').toLowerCase().includes(q)) out.push({ g, r });
  }
  return out;
}

function pager(o, st, total, pages) {
  if (pages <= 1) return null;
  const from = st.page * PAGE_ROWS;
  const go = (d) => () => {
    st.page = Math.max(0, Math.min(pages - 1, st.page + d));
    o.rerender();
    document.querySelector(`#${o.id}-pager [data-go="${d}"]`)?.focus();
  };
  const btn = (d, label) => {
    const b = h('button', { type: 'button', class: 'btn small', 'data-go': String(d), disabled: (d < 0 ? st.page === 0 : st.page >= pages - 1) || null }, label);
    b.addEventListener('click', go(d));
    return b;
  };
  return h(
    'div',
    { class: 'pager', id: `${o.id}-pager`, role: 'group', 'aria-label': 'Pages' },
    h('span', { class: 'pager-text' }, `Rows ${from + 1}–${Math.min(total, from + PAGE_ROWS)} of ${total.toLocaleString('en')}`),
    btn(-1, '‹ Previous'),
    btn(1, 'Next ›'),
  );
}

/**
 * @param {object} o
 * @param {string} o.id table id
 * @param {Array<{label: string, cell: (r) => any, sort?: (r) => any, cls?: string, desc?: boolean, attrs?: (r) => object}>} o.cols
 * @param {Array<{label?: string, rows: object[]}>} o.groups
 * @param {string} o.t the mark kind of the rows (data-t), for row ↔ text links
 * @param {() => void} o.rerender draws the table again (after a sort or a page change)
 * @param {(r) => string} [o.search] a row's text for the find box
 * @param {string} [o.query] what the find box holds
 * @param {string} [o.reveal] the ref of a row to show: its page is chosen
 * @param {(r) => object} [o.rowData] more data-* for a row
 */
export function dataTable(o) {
  const st = tables.get(o.id) ?? { col: -1, dir: 1, page: 0, query: '' };
  tables.set(o.id, st);
  if (st.query !== (o.query ?? '')) Object.assign(st, { query: o.query ?? '', page: 0 });
  const list = entries(o, st);
  const pages = Math.max(1, Math.ceil(list.length / PAGE_ROWS));
  const at = o.reveal ? list.findIndex((e) => String(e.r.id) === String(o.reveal)) : -1;
  if (at >= 0) st.page = Math.floor(at / PAGE_ROWS);
  st.page = Math.min(st.page, pages - 1);
  const shown = list.slice(st.page * PAGE_ROWS, (st.page + 1) * PAGE_ROWS);
  const bodies = [];
  for (const e of shown) {
    if (bodies.at(-1)?.g !== e.g) bodies.push({ g: e.g, rows: [] });
    bodies.at(-1).rows.push(e.r);
  }
  const total = o.groups.reduce((n, g) => n + g.rows.length, 0);
  const note = o.query?.trim() ? h('p', { class: 'filter-note', role: 'status' }, list.length ? `${list.length} of ${plural(total, 'row')} match “${o.query.trim()}”.` : `No rows match “${o.query.trim()}”.`) : null;
  const table = h(
    'table',
    { id: o.id, class: 'data', role: 'table' },
    h('thead', { role: 'rowgroup' }, h('tr', { role: 'row' }, o.cols.map((c, i) => headerCell(o, st, c, i)))),
    bodies.map(({ g, rows }) =>
      h(
        'tbody',
        { role: 'rowgroup' },
        g.label ? h('tr', { role: 'row', class: 'group' }, h('th', { colspan: o.cols.length, scope: 'rowgroup', role: 'rowheader' }, g.label)) : null,
        rows.map((r) => rowEl(o, r)),
      ),
    ),
  );
  return h('div', { class: 'table-wrap' }, note, table, pager(o, st, list.length, pages));
}
