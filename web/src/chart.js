// Small charts of a company's figures, drawn as SVG by hand: no library, nothing
// fetched, colours from the page's stylesheet (the CSP allows no inline styles).
const NS = 'http://www.w3.org/2000/svg';
const W = 340;
const H = 170;
const PAD = { left: 56, right: 12, top: 18, bottom: 34 };

function svg(tag, attrs = {}, ...children) {
  const el = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) if (v !== null && v !== undefined) el.setAttribute(k, String(v));
  for (const c of children) if (c !== null && c !== undefined) el.append(typeof c === 'string' ? document.createTextNode(c) : c);
  return el;
}

const short = (s, n = 10) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

/**
 * One series as a chart: levels as a line with dots, moves as bars up or down from zero.
 * @param {object} series
 * @param {string} series.title e.g. "Share price, USD"
 * @param {'level'|'move'} series.kind
 * @param {(v: number) => string} series.format a value as an axis label
 * @param {Array<{label: string, value: number, text: string, note?: string}>} series.points in order
 * @returns {SVGSVGElement}
 */
export function drawChart(series) {
  const pts = series.points;
  const values = pts.map((p) => p.value);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  if (series.kind === 'move') [lo, hi] = [Math.min(0, lo), Math.max(0, hi)];
  if (hi === lo) [lo, hi] = [lo - Math.abs(lo || 1) * 0.1, hi + Math.abs(hi || 1) * 0.1];
  const span = hi - lo;
  if (series.kind === 'level') [lo, hi] = [lo - span * 0.1, hi + span * 0.1];
  const plotW = W - PAD.left - PAD.right;
  const plotH = H - PAD.top - PAD.bottom;
  const step = plotW / pts.length;
  const x = (i) => PAD.left + step * (i + 0.5);
  const y = (v) => PAD.top + plotH * (1 - (v - lo) / (hi - lo));
  const summary = `${series.title}: ${pts.map((p) => `${p.label} ${p.text}`).join(', ')}`;
  const root = svg('svg', { class: `chart chart-${series.kind}`, viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary }, svg('title', {}, summary));
  // axis: the top and bottom values, and zero for moves
  const ticks = series.kind === 'move' ? [hi, 0, lo] : [hi, lo];
  for (const v of new Set(ticks)) {
    root.append(
      svg('line', { class: v === 0 ? 'axis zero' : 'axis', x1: PAD.left, x2: W - PAD.right, y1: y(v), y2: y(v) }),
      svg('text', { class: 'tick', x: PAD.left - 6, y: y(v) + 4, 'text-anchor': 'end' }, series.format(v)),
    );
  }
  if (series.kind === 'level' && pts.length > 1) {
    root.append(svg('polyline', { class: 'line', points: pts.map((p, i) => `${x(i)},${y(p.value)}`).join(' ') }));
  }
  const labelEvery = Math.ceil(pts.length / 8);
  pts.forEach((p, i) => {
    const tip = svg('title', {}, `${p.label}: ${p.text}${p.note ? ` (${p.note})` : ''}`);
    if (series.kind === 'move') {
      const top = y(Math.max(0, p.value));
      const h = Math.max(1, Math.abs(y(p.value) - y(0)));
      root.append(svg('rect', { class: `bar ${p.value < 0 ? 'down' : 'up'}`, x: x(i) - Math.min(14, step * 0.35), width: Math.min(28, step * 0.7), y: top, height: h }, tip));
    } else root.append(svg('circle', { class: 'dot', cx: x(i), cy: y(p.value), r: 4 }, tip));
    if (i % labelEvery) return;
    root.append(svg('text', { class: 'xlabel', x: x(i), y: H - PAD.bottom + 14, 'text-anchor': 'middle' }, short(p.label)));
    if (pts.length <= 8) {
      // above the dot or the bar's top; a fall's label sits above the zero line
      const vy = (series.kind === 'move' ? y(Math.max(p.value, 0)) : y(p.value)) - 6;
      root.append(svg('text', { class: 'vlabel', x: x(i), y: vy, 'text-anchor': 'middle' }, short(p.text, 12)));
    }
  });
  return root;
}
