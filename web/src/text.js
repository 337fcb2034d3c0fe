// Plain-text helpers over the analyzed text: sentences, the words between two spans.
// Offsets are UTF-16 units, as in the analysis (finlens/1).

// A full stop after these is not a sentence end ("Corp.", "Mr.", "J. Smith").
const ABBREV = /(?:^|[^\p{L}])(?:\p{Lu}|Inc|Corp|Co|Ltd|Mr|Mrs|Ms|Dr|St|vs|No)$/u;

function endsSentence(text, i) {
  const c = text[i];
  if (c !== '.' && c !== '!' && c !== '?') return false;
  const next = text[i + 1];
  if (next !== undefined && !/[\s"”’)]/.test(next)) return false; // "4.8", "U.S."
  return c !== '.' || !ABBREV.test(text.slice(Math.max(0, i - 5), i));
}

/** [start, end) of the sentence around [s, e): a line break or a sentence end bounds it. */
export function sentenceAround(text, s, e = s) {
  let a = s;
  while (a > 0 && text[a - 1] !== '\n' && !endsSentence(text, a - 1)) a--;
  while (a < s && /\s/.test(text[a])) a++;
  let b = e;
  while (b < text.length && text[b] !== '\n' && !endsSentence(text, b)) b++;
  if (b < text.length && text[b] !== '\n') b++;
  while (b < text.length && /["”’)]/.test(text[b])) b++;
  return [a, b];
}

/** The text between two spans, in either order ('' when they overlap). */
export function between(text, x, y) {
  const [l, r] = x.end <= y.start ? [x, y] : [y, x];
  return l.end <= r.start ? text.slice(l.end, r.start) : '';
}

/** At most `n` words of `s`, with an ellipsis where cut (from the end when `tail`). */
export function excerpt(s, n = 12, tail = false) {
  const w = String(s).trim().split(/\s+/).filter(Boolean);
  if (w.length <= n) return w.join(' ');
  return tail ? `… ${w.slice(-n).join(' ')}` : `${w.slice(0, n).join(' ')} …`;
}

/** A span lies inside a range. */
export const within = (x, r) => !!x && !!r && x.start >= r.start && x.end <= r.end;
