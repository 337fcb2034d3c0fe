// Formatting of analysis values for display.

const numberFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 6 });

/** A figure's value for the table: grouped digits, with a unit for percentages. */
export function formatValue(figure) {
  if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) return '';
  const n = numberFormat.format(figure.value);
  if (figure.kind === 'percent') return `${n}%`;
  if (figure.kind === 'percentage_point') return `${n} pp`;
  return n;
}

/** A figure's date for the table: the ISO date, or the unresolved weekday. */
export function formatDate(figure) {
  if (figure.date) return String(figure.date);
  if (figure.weekday) return `${figure.weekday} (no article date)`;
  return '';
}

/** Milliseconds, compact. */
export function formatMs(ms) {
  if (!Number.isFinite(ms)) return '';
  return ms < 10 ? `${ms.toFixed(1)} ms` : `${Math.round(ms)} ms`;
}

/** "1 figure" / "3 figures". */
export function plural(n, one, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}
