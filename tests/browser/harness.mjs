// The browser tests' minimal runner: tests register in order, share one page (as one
// visitor would use it), and report measured figures at the end.

export const tests = [];
export const report = []; // measured figures, printed at the end

/** Register a test; `skip` (a reason) reports it skipped instead of running it. */
export function test(name, fn, { skip = '' } = {}) {
  tests.push({ name, fn, skip });
}

export class AssertionError extends Error {}
export function assert(cond, message) {
  if (!cond) throw new AssertionError(message);
}
export function assertEqual(actual, expected, message) {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  if (a !== e) throw new AssertionError(`${message}\n      expected: ${e}\n      actual:   ${a}`);
}

/** What every test shares: the page, its context, the server and what was seen. */
export const ctx = {
  page: null,
  context: null,
  browser: null,
  server: null,
  baseUrl: '',
  seen: { requests: [], blocked: [], dialogs: [], consoleErrors: [], pageErrors: [] },
};
