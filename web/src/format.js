// Formatting of analysis values for display and export.

const nf = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const nfExact = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });
const SCALES = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];
let currencyNames;
try {
  currencyNames = new Intl.DisplayNames(['en'], { type: 'currency' });
} catch {}

/** 87000000000 → "87 billion"; 160.1 → "160.1". */
export function scaled(v) {
  const a = Math.abs(v);
  for (const [s, w] of SCALES) if (a >= s) return `${nf.format(v / s)} ${w}`;
  return nfExact.format(v);
}

/** "USD" → "US Dollar" (where the browser knows it). */
export function currencyName(code) {
  try {
    return (code && currencyNames?.of(code)) || code || '';
  } catch {
    return code || '';
  }
}

/** A figure's normalized value in words: "≈ 87 billion USD", "4.8%", "2021-11". */
export function formatValue(f) {
  const approx = f.approximate ? '≈ ' : '';
  const v = f.value;
  if (typeof v === 'number' && Number.isFinite(v)) {
    if (f.kind === 'percent') return `${approx}${nfExact.format(v)}%`;
    if (f.kind === 'percentage_point') return `${approx}${nfExact.format(v)} pp`;
    return `${approx}${scaled(v)}${f.currency ? ` ${f.currency}` : ''}`;
  }
  if (f.kind === 'date') return f.date || f.weekday || '';
  return '';
}

/** A figure's date: its own (for dates), or the date it is tied to ("when"). */
export function figureDate(f, figures) {
  if (f.kind === 'date') return f.date ? String(f.date) : f.weekday ? `${f.weekday} (no article date)` : '';
  const w = f.when && figures?.get(f.when);
  if (w) return w.date ? String(w.date) : String(w.text);
  return '';
}

export const metricLabel = (m) => (m ? String(m).replaceAll('_', ' ') : '');

export const arrow = (d) => (d === 'up' ? '▲' : d === 'down' ? '▼' : '');

/** Milliseconds, compact. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** "1 figure" / "3 figures". */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

/** Kilobytes, compact. */
export const kb = (n) => `${(n / 1024).toFixed(n < 10240 ? 1 : 0)} KB`;
