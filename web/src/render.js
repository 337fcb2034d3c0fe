// The article, highlighted: pure DOM construction from text nodes and elements (see
// dom.js); the article text is never parsed as HTML. A long text is drawn in blocks, a
// few at a time between tasks, so that the page answers while a 2 MB paste appears.
import { h, nextTask, replaceChildren } from './dom.js';
import { arrow, currencyName, figureDate, formatValue, metricLabel } from './format.js';
import { whyLine } from './why.js';

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

// Texts up to SYNC_CHARS are drawn at once; longer ones in blocks of about BLOCK_CHARS
// (cut after a line break outside any mark), each laid out only when scrolled near
// (content-visibility), about SLICE_MS of script per task (the browser's own style work
// on what was added comes on top).
const SYNC_CHARS = 40_000;
const BLOCK_CHARS = 8_000;
const SLICE_MS = 8;
let drawing = 0; // the current drawing; an older one stops at its next slice

/** Where a long text is cut into blocks: after a line break (else a space), outside every span. */
export function blockCuts(text, lists) {
  const cuts = [0];
  const at = lists.map(() => 0);
  const inside = (pos) => {
    for (const [k, spans] of lists.entries()) {
      while (at[k] < spans.length && spans[at[k]].end <= pos) at[k]++;
      const s = spans[at[k]];
      if (s && s.start < pos) return s.end;
    }
    return -1;
  };
  let pos = BLOCK_CHARS;
  while (pos < text.length) {
    let br = text.indexOf('\n', pos);
    if (br < 0 || br > pos + BLOCK_CHARS) br = text.indexOf(' ', pos);
    if (br < 0) break;
    const cut = br + 1;
    const end = inside(cut);
    if (end >= 0) {
      pos = end;
      continue;
    }
    if (cut < text.length) cuts.push(cut);
    pos = cut + BLOCK_CHARS;
  }
  cuts.push(text.length);
  return cuts;
}

/** Draws the text [s, e) into a parent as section blocks with marks; call in text order. */
function painter(text, ix, spans) {
  const { ents, claims } = spans;
  const es = { i: 0 };
  const cs = { i: 0 };
  const entities = (parent, a, b) => fill(parent, text, a, b, ents, es);
  const segs = sectionSegments(ix.a.sections, text.length);
  return (parent, s, e) => {
    for (const seg of segs) {
      if (seg.end <= s || seg.start >= e) continue;
      const out = seg.kind !== 'article';
      const block = h(out ? 'div' : 'span', {
        class: `${out ? 'sec out' : 'sec'}${seg.start < s ? ' cont' : ''}`,
        dataset: { section: seg.kind, label: SECTION_LABEL[seg.kind] ?? `${seg.kind}, not this article` },
      });
      fill(block, text, Math.max(seg.start, s), Math.min(seg.end, e), claims, cs, entities);
      parent.append(block);
    }
  };
}

/**
 * The text split into section blocks, with companies, people, figures and claims marked.
 * `container.dataset.rendered` is "partial" while a long text is still being drawn, then
 * "done". Resolves with the number of marks once all is drawn (or superseded).
 * @param {string} text the exact analyzed text (offsets are UTF-16 units)
 * @param {(done: number, total: number) => void} [onProgress]
 */
export async function renderArticle(container, text, ix, onProgress) {
  const me = ++drawing;
  container.dataset.rendered = 'partial';
  if (!text) {
    replaceChildren(container);
    container.dataset.rendered = 'done';
    return 0;
  }
  const spans = spansOf(ix, text.length);
  const paint = painter(text, ix, spans);
  const marks = spans.ents.length + spans.claims.length;
  if (text.length <= SYNC_CHARS) {
    const frag = document.createDocumentFragment();
    paint(frag, 0, text.length);
    replaceChildren(container, frag);
    container.dataset.rendered = 'done';
    return marks;
  }
  await nextTask(); // finding the marks took one task; drawing starts in the next
  if (me !== drawing) return marks;
  const cuts = blockCuts(text, [spans.ents, spans.claims]);
  container.replaceChildren();
  let t0 = performance.now();
  for (let i = 0; i + 1 < cuts.length; i++) {
    if (performance.now() - t0 > SLICE_MS) {
      onProgress?.(cuts[i], text.length);
      await nextTask();
      if (me !== drawing) return marks;
      t0 = performance.now();
    }
    const block = h('div', { class: 'block' });
    // a guess at its height until it is first laid out ("auto" then keeps the real one)
    const lines = (cuts[i + 1] - cuts[i]) / 80 + countLines(text, cuts[i], cuts[i + 1]);
    block.style.containIntrinsicSize = `auto ${Math.round(lines * 28)}px`;
    paint(block, cuts[i], cuts[i + 1]);
    container.append(block);
  }
  container.dataset.rendered = 'done';
  onProgress?.(text.length, text.length);
  return marks;
}

function countLines(text, s, e) {
  let n = 0;
  for (let i = text.indexOf('\n', s); i >= 0 && i < e; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

// --- details shown on hover / focus --------------------------------------------------

const row = (k, v) => (v ? [k, String(v)] : null);
const section = (x) => (x.section && x.section !== 'article' ? `${x.section} (not this article)` : '');

/** A heading, label/value rows and the "why" line describing one marked item. */
export function details(t, id, ix, text = '') {
  const d = describe(t, id, ix);
  if (!d) return null;
  const item = { fi: ix.figures, co: ix.companies, pe: ix.people, cl: ix.claims }[t]?.get(String(id));
  return { ...d, why: whyLine(t, item, ix, text) };
}

function describe(t, id, ix) {
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
    d.why ? h('p', { class: 'why' }, h('span', { class: 'why-label' }, 'Why: '), d.why) : null,
  );
}
