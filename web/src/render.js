// Rendering of a finlens/1 analysis into the page. Pure DOM construction from
// text nodes and elements (see dom.js): the article text is never parsed as HTML.
import { h, replaceChildren } from './dom.js';
import { formatDate, formatValue, plural } from './format.js';

/** Keep only spans that fit the text; sort by start, longest first. */
export function validSpans(spans, length) {
  return spans
    .filter(
      (s) =>
        Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.start < s.end && s.end <= length,
    )
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

/**
 * Split [0, length) into consecutive section segments: the analysis' sections
 * where given, and plain `article` segments for any gaps.
 */
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

function figureTitle(figure, companyNames) {
  const parts = [figure.kind];
  const value = formatValue(figure);
  if (value) parts.push(figure.currency ? `${value} ${figure.currency}` : value);
  const date = formatDate(figure);
  if (date) parts.push(date);
  if (figure.metric) parts.push(figure.metric);
  if (figure.direction) parts.push(figure.direction);
  if (figure.company && companyNames.has(figure.company)) parts.push(companyNames.get(figure.company));
  return parts.join(' · ');
}

/**
 * The article text, split into section blocks, with each figure wrapped in <mark>.
 * @param {HTMLElement} container
 * @param {string} text the exact text that was analyzed (offsets are UTF-16 units)
 * @param {object} analysis finlens/1
 */
export function renderArticle(container, text, analysis) {
  const companyNames = companyNameMap(analysis);
  const marks = nonOverlapping(validSpans(analysis.figures ?? [], text.length));
  const blocks = [];
  let m = 0;
  for (const seg of sectionSegments(analysis.sections, text.length)) {
    const block = h('span', { class: `section section-${cssToken(seg.kind)}`, dataset: { section: seg.kind } });
    let cursor = seg.start;
    // Marks that started in an earlier segment and run into this one are split.
    while (m > 0 && m <= marks.length && marks[m - 1].end > seg.start) m--;
    for (; m < marks.length && marks[m].start < seg.end; m++) {
      const fig = marks[m];
      const start = Math.max(fig.start, seg.start);
      const end = Math.min(fig.end, seg.end);
      if (end <= start) continue;
      if (start > cursor) block.append(text.slice(cursor, start));
      block.append(
        h(
          'mark',
          {
            class: `fig fig-${cssToken(fig.kind)}`,
            title: figureTitle(fig, companyNames),
            dataset: { figureId: String(fig.id), kind: String(fig.kind) },
          },
          text.slice(start, end),
        ),
      );
      cursor = end;
    }
    if (cursor < seg.end) block.append(text.slice(cursor, seg.end));
    blocks.push(block);
  }
  replaceChildren(container, ...blocks);
  return marks.length;
}

/** One table row per figure, in the analysis' order. */
export function renderFiguresTable(tbody, analysis) {
  const companyNames = companyNameMap(analysis);
  const rows = (analysis.figures ?? []).map((fig) => {
    const section = fig.section && fig.section !== 'article' ? String(fig.section) : null;
    const companyName = fig.company ? (companyNames.get(fig.company) ?? String(fig.company)) : '';
    return h(
      'tr',
      {
        class: section ? 'outside-article' : null,
        dataset: { figureId: String(fig.id) },
      },
      h('td', { class: 'kind', 'data-label': 'Kind' }, h('span', { class: `kind-badge kind-${cssToken(fig.kind)}` }, String(fig.kind)), section ? h('span', { class: 'section-badge' }, section) : null),
      h('td', { class: 'text', 'data-label': 'Text' }, String(fig.text ?? '')),
      h('td', { class: 'num value', 'data-label': 'Value', 'data-value': typeof fig.value === 'number' ? String(fig.value) : null }, formatValue(fig)),
      h('td', { class: 'currency', 'data-label': 'Currency' }, fig.currency ? String(fig.currency) : ''),
      h('td', { class: 'date', 'data-label': 'Date' }, formatDate(fig)),
      h('td', { class: 'company', 'data-label': 'Company', title: fig.company ? String(fig.company) : null }, companyName),
      h('td', { class: 'metric', 'data-label': 'Metric' }, fig.metric ? String(fig.metric).replaceAll('_', ' ') : ''),
      h(
        'td',
        { class: 'direction', 'data-label': 'Direction' },
        fig.direction === 'up' ? h('span', { class: 'dir dir-up' }, '▲ up') : fig.direction === 'down' ? h('span', { class: 'dir dir-down' }, '▼ down') : fig.direction ? String(fig.direction) : '',
      ),
    );
  });
  replaceChildren(tbody, ...rows);
  return rows.length;
}

/** The four counts; each <dd> also carries data-count. */
export function renderCounts(elements, analysis) {
  for (const [key, el] of Object.entries(elements)) {
    const n = Array.isArray(analysis[key]) ? analysis[key].length : 0;
    el.textContent = String(n);
    el.dataset.count = String(n);
  }
}

/** The warnings list (hidden when empty). */
export function renderWarnings(list, analysis) {
  const warnings = analysis.warnings ?? [];
  replaceChildren(
    list,
    ...warnings.map((w) => h('li', { dataset: { code: String(w.code ?? '') } }, h('code', null, String(w.code ?? '')), ' ', String(w.message ?? ''))),
  );
  list.hidden = warnings.length === 0;
}

export function summaryLine(analysis) {
  const n = (k) => (Array.isArray(analysis[k]) ? analysis[k].length : 0);
  return `${plural(n('companies'), 'company', 'companies')}, ${plural(n('figures'), 'figure')}, ${plural(n('claims'), 'claim')}`;
}

function companyNameMap(analysis) {
  return new Map((analysis.companies ?? []).map((c) => [c.id, String(c.name ?? c.id)]));
}

function cssToken(s) {
  return String(s).toLowerCase().replace(/[^a-z0-9_-]/g, '-');
}
