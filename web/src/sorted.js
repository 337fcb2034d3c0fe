// Binary search over sorted lists (spans by offset, text nodes, phrases).

/**
 * The first index in [0, n) at which `before(i)` is false, where `before` is true for a
 * prefix of the list and false after it; n when it is true throughout.
 */
export function firstNot(n, before) {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
