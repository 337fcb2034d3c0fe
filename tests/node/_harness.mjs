// A minimal test harness for the node tests: test(), assert(), finish().
// finish() prints the closing line `N passed, M failed` and sets the exit code.
export class Failure extends Error {}

const state = { passed: 0, failed: 0 };
const verbose = process.argv.includes('-v') || process.env.FINLENS_TEST_VERBOSE === '1';

export function assert(cond, msg) {
  if (!cond) throw new Failure(msg);
}

export function pass(name) {
  state.passed++;
  if (verbose) console.log(`ok - ${name}`);
}

export function fail(name, why) {
  state.failed++;
  console.log(`not ok - ${name}\n    ${String(why).split('\n').join('\n    ')}`);
}

export async function test(name, fn) {
  try {
    await fn();
    pass(name);
  } catch (err) {
    fail(name, err instanceof Failure ? err.message : (err?.stack ?? err));
  }
}

export function finish() {
  console.log(`${state.passed} passed, ${state.failed} failed`);
  process.exitCode = state.failed ? 1 : 0;
}
