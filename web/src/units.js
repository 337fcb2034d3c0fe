// Comparing figures across units: money by its value in US dollars, then percentages,
// then percentage points, then counts, then dates. Used to sort the figures table and
// to filter it by kind.

// Approximate units of a currency per US dollar. The same round values as the core's
// table, copied from core/src/link/rates.h at commit 91ee142: round figures of about
// 2022-2024, good to a factor well under two over the last two decades. Enough to order
// "$48.6 billion" and "7.5 trillion yen" sensibly; not a market quote. Where the text restates an
// amount in dollars ("7.5 trillion yen ($48.6 billion)", `equals`), its own rate wins.
const PER_USD = {
  USD: 1, EUR: 0.9, GBP: 0.75, JPY: 130, CNY: 7, HKD: 7.8, TWD: 31, SGD: 1.35, CAD: 1.3, AUD: 1.4, NZD: 1.55, CHF: 0.92,
  INR: 80, KRW: 1250, BRL: 5, MXN: 18, RUB: 80, TRY: 20, SEK: 10, NOK: 10, DKK: 6.8, ZAR: 16,
};

const num = (v) => typeof v === 'number' && Number.isFinite(v);

/**
 * A function giving a money figure's value in US dollars, or null when its currency is
 * not in the table: the analysis's own `usd` if it gives one, a dollar restatement in
 * the text (either side of `equals`), else the table.
 * @param {Map<string, object>} figures the analysis's figures by id
 */
export function usdOf(figures = new Map()) {
  const restated = new Map(); // figure id → the dollar amount that restates it
  for (const g of figures.values()) {
    const same = g.equals && figures.get(String(g.equals));
    if (!same) continue;
    if (g.currency === 'USD' && num(g.value)) restated.set(String(same.id), g.value);
    if (same.currency === 'USD' && num(same.value)) restated.set(String(g.id), same.value);
  }
  return (f) => {
    if (f?.kind !== 'money' || !num(f.value)) return null;
    if (num(f.usd)) return f.usd;
    if (f.currency === 'USD') return f.value;
    if (restated.has(String(f.id))) return restated.get(String(f.id));
    const rate = PER_USD[f.currency];
    return rate ? f.value / rate : null;
  };
}

// The kinds a person filters by, in the order the table sorts them.
export const KIND_GROUPS = [
  { key: 'money', label: 'Money', kinds: ['money'] },
  { key: 'percent', label: 'Percent', kinds: ['percent', 'percentage_point'] },
  { key: 'count', label: 'Counts', kinds: ['number'] },
  { key: 'date', label: 'Dates', kinds: ['date', 'time', 'duration'] },
];
export const kindGroup = (f) => KIND_GROUPS.find((g) => g.kinds.includes(f.kind))?.key ?? 'other';

const RANK = { money: 0, percent: 1, percentage_point: 2, number: 3, date: 5, time: 6, duration: 7 };

/**
 * A function giving the sort key of a figure's value: [rank, value]. The rank keeps
 * units apart (a descending sort does not reverse it); money whose currency is unknown
 * follows money in dollars; dates sort by their ISO text.
 */
export function valueKeyOf(figures) {
  const usd = usdOf(figures);
  return (f) => {
    if (f.kind === 'money') {
      const v = usd(f);
      return v === null ? [0.5, num(f.value) ? f.value : null] : [0, v];
    }
    const rank = RANK[f.kind] ?? 4;
    return num(f.value) ? [rank, f.value] : [rank, f.date ?? f.text ?? null];
  };
}
