// The article, highlighted: pure DOM construction from text nodes and elements (see
// dom.js); the article text is never parsed as HTML.
import { h, replaceChildren } from './dom.js';
import { arrow, currencyName, figureDate, formatValue, metricLabel } from './format.js';

/** Keep only spans that fit the text; sort by start, longest first. */
export function validSpans(spans, length) {
  return spans
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Drop spans that overlap an earlier (kept) one. */
function nonOverlapping(spans) {
  const kept = [];
  let cursor = 0;
  for (const s of spans) {
    if (s.start < cursor) continue;
    kept.push(s);
    cursor = s.end;
  }
  return kept;
}

/** [0, length) as consecutive section segments; gaps are `article`. */
export function sectionSegments(sections, length) {
  const segs = [];
  let cursor = 0;
  for (const s of nonOverlapping(validSpans(sections ?? [], length))) {
    if (s.start > cursor) segs.push({ kind: 'article', start: cursor, end: s.start });
    segs.push({ kind: String(s.kind || 'article'), start: s.start, end: s.end });
    cursor = s.end;
  }
  if (cursor < length || segs.length === 0) segs.push({ kind: 'article', start: cursor, end: length });
  return segs;
}

// Mark kinds: t = data-t, what panel shows them.
export const KINDS = { co: 'companies', pe: 'people', fi: 'figures', cl: 'claims' };

/** Everything marked in the text: entity spans (figures win over names) and claim spans. */
function spansOf(ix, length) {
  const ents = [];
  for (const f of ix.list('figures')) ents.push({ start: f.start, end: f.end, t: 'fi', ref: f.id, kind: f.kind });
  for (const p of ix.list('people')) for (const m of p.mentions ?? []) ents.push({ start: m.start, end: m.end, t: 'pe', ref: p.id });
  for (const c of ix.list('companies')) for (const m of c.mentions ?? []) ents.push({ start: m.start, end: m.end, t: 'co', ref: c.id });
  const claims = ix.list('claims').map((q) => ({ start: q.start, end: q.end, t: 'cl', ref: q.id, kind: q.kind }));
  return { ents: nonOverlapping(validSpans(ents, length)), claims: nonOverlapping(validSpans(claims, length)) };
}

function markEl(m, text) {
  const el = document.createElement(m.t === 'cl' ? 'span' : 'mark');
  el.className = `m ${m.t}${m.kind ? ` k-${m.kind}` : ''}`;
  el.tabIndex = -1;
  el.dataset.t = m.t;
  el.dataset.ref = String(m.ref);
  if (text) el.textContent = text;
  return el;
}

/**
 * Append text [s, e) to `parent`, wrapping the parts covered by `spans` (sorted,
 * disjoint) in marks; `st.i` is a cursor into spans, kept between calls.
 */
function fill(parent, text, s, e, spans, st, inner) {
  let cur = s;
  while (st.i > 0 && spans[st.i - 1].end > s) st.i--;
  for (; st.i < spans.length && spans[st.i].start < e; st.i++) {
    const m = spans[st.i];
    const a = Math.max(m.start, s);
    const b = Math.min(m.end, e);
    if (b <= a) continue;
    if (a > cur) inner ? inner(parent, cur, a) : parent.append(text.slice(cur, a));
    const el = markEl(m, inner ? null : text.slice(a, b));
    if (inner) inner(el, a, b);
    parent.append(el);
    cur = b;
  }
  if (cur < e) inner ? inner(parent, cur, e) : parent.append(text.slice(cur, e));
}

const SECTION_LABEL = { headlines: 'Other headlines, not this article', boilerplate: 'Boilerplate, not this article' };

/**
 * The text split into section blocks, with companies, people, figures and claims marked.
 * @param {string} text the exact analyzed text (offsets are UTF-16 units)
 */
export function renderArticle(container, text, ix) {
  if (!text) return replaceChildren(container), 0;
  const { ents, claims } = spansOf(ix, text.length);
  const es = { i: 0 };
  const cs = { i: 0 };
  const entities = (parent, a, b) => fill(parent, text, a, b, ents, es);
  const frag = document.createDocumentFragment();
  for (const seg of sectionSegments(ix.a.sections, text.length)) {
    const out = seg.kind !== 'article';
    const block = h(out ? 'div' : 'span', {
      class: out ? 'sec out' : 'sec',
      dataset: { section: seg.kind, label: SECTION_LABEL[seg.kind] ?? `${seg.kind}, not this article` },
    });
    fill(block, text, seg.start, seg.end, claims, cs, entities);
    frag.append(block);
  }
  replaceChildren(container, frag);
  return ents.length + claims.length;
}

// --- details shown on hover / focus --------------------------------------------------

const row = (k, v) => (v ? [k, String(v)] : null);
const section = (x) => (x.section && x.section !== 'article' ? `${x.section} (not this article)` : '');

/** A heading and label/value rows describing one marked item. */
export function details(t, id, ix) {
  if (t === 'fi') {
    const f = ix.figures.get(id);
    if (!f) return null;
    const val = formatValue(f);
    return {
      title: `${f.text} · ${String(f.kind).replaceAll('_', ' ')}`,
      rows: [
        row('Value', f.currency ? `${val} (${currencyName(f.currency)})` : val),
        row('Company', ix.companyName(f.company)),
        row('Metric', metricLabel(f.metric)),
        row('Change', f.direction ? `${arrow(f.direction)} ${f.direction}` : ''),
        row('Period', f.period),
        row('Date', figureDate(f, ix.figures)),
        row('Qualifier', f.qualifier),
        row('Same as', f.equals && ix.figures.get(f.equals)?.text),
        row('Section', section(f)),
      ].filter(Boolean),
    };
  }
  if (t === 'co') {
    const c = ix.companies.get(id);
    if (!c) return null;
    return {
      title: String(c.name),
      rows: [
        row('Type', c.type),
        row('Tickers', (c.tickers ?? []).map((k) => `${k.exchange}: ${k.symbol}`).join(', ')),
        row('Also', (c.aliases ?? []).join(', ')),
        row('Mentions', (c.mentions ?? []).length),
        row('Part of', c.parent && ix.companyName(c.parent)),
        row('Section', section(c)),
      ].filter(Boolean),
    };
  }
  if (t === 'pe') {
    const p = ix.people.get(id);
    if (!p) return null;
    return {
      title: String(p.name),
      rows: [
        row('Role', roles(p, ix)),
        row('Also', (p.aliases ?? []).join(', ')),
        row('Mentions', (p.mentions ?? []).length),
        row('Section', section(p)),
      ].filter(Boolean),
    };
  }
  if (t === 'cl') {
    const q = ix.claims.get(id);
    if (!q) return null;
    return {
      title: `${claimKind(q)} claim`,
      rows: [
        row('Source', sourceText(q)),
        row('Cue', q.cue),
        row('Hedged', q.hedged ? (q.hedges?.length ? q.hedges.join(', ') : 'yes') : ''),
        row('About', (q.companies ?? []).map(ix.companyName).join(', ')),
        row('Section', section(q)),
      ].filter(Boolean),
    };
  }
  return null;
}

export const claimKind = (q) => ({ quote: 'Quote', reported: 'Reported', assertion: 'Assertion' })[q.kind] ?? String(q.kind);

export function roles(p, ix) {
  return (p.roles ?? []).map((r) => (r.company ? `${r.title}, ${ix.companyName(r.company)}` : String(r.title ?? ''))).join('; ');
}

export function sourceText(q) {
  const s = q.source;
  if (!s) return '';
  return s.role ? `${s.name} (${s.role})` : String(s.name ?? '');
}

/** Fill the tooltip element with the details of one mark. */
export function renderTip(tip, d) {
  replaceChildren(
    tip,
    h('strong', null, d.title),
    d.rows.length ? h('dl', null, ...d.rows.flatMap(([k, v]) => [h('dt', null, k), h('dd', null, v)])) : null,
  );
}
