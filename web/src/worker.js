// Web Worker: owns the WebAssembly analyzer so that the page never stalls.
//
// Protocol (all messages are plain objects):
//   page → worker  { type: 'analyze', id, text, date? }
//                  { type: 'analyzeMany', id, articles: [{id, text, date?}] }
//   worker → page  { type: 'ready', version, initMs }
//                  { type: 'part', id, key, items }     (a slice of a big list, before its result)
//                  { type: 'result', id, analysis, ms, parts? }
//                  { type: 'error', id|null, message }
import * as engine from 'finlens-engine';

const t0 = performance.now();
const ready = (async () => {
  await engine.init({});
  const version = await engine.version();
  const initMs = performance.now() - t0;
  self.postMessage({ type: 'ready', version: String(version ?? ''), initMs });
})();
ready.catch((err) => {
  self.postMessage({ type: 'error', id: null, message: `Could not start the analyzer: ${messageOf(err)}` });
});

self.addEventListener('message', async (event) => {
  const msg = event.data;
  if (!msg || (msg.type !== 'analyze' && msg.type !== 'analyzeMany')) return;
  const { id, text, date } = msg;
  pending++;
  try {
    await ready;
    const start = performance.now();
    const analysis =
      msg.type === 'analyzeMany'
        ? await engine.analyzeMany(msg.articles)
        : await engine.analyze(String(text ?? ''), date ? { date } : {});
    const ms = performance.now() - start;
    await send(id, analysis, ms);
    if (msg.type === 'analyze') warmWith(String(text ?? ''));
  } catch (err) {
    self.postMessage({ type: 'error', id, message: messageOf(err) });
  } finally {
    pending--;
  }
});

// The browser runs a module's functions first as quickly compiled baseline code and
// optimizes the hot ones only after they have run a while: measured in Chromium, the
// first articles pasted after the page opens were analyzed 2-5x slower than later ones
// (a 5 KB article in 4-16 ms, then 2-4). So the first text analyzed (the sample the page
// opens with) is analyzed again a few times while the worker has nothing else to do, one
// run a task: a request that comes meanwhile goes first, and waits for one run at most.
const WARM_RUNS = 12;
const WARM_BYTES = 8000; // enough text to run every stage, little enough to be quick
let pending = 0;
let warm = null;
function warmWith(text) {
  if (warm || !text.trim()) return;
  warm = { text: text.slice(0, WARM_BYTES), runs: 0 };
  setTimeout(warmStep, 0);
}
async function warmStep() {
  if (warm.runs >= WARM_RUNS) return;
  if (pending === 0) {
    warm.runs++;
    try {
      await engine.analyzeJson(warm.text);
    } catch {
      warm.runs = WARM_RUNS; // nothing to warm if the text cannot be analyzed
    }
  }
  setTimeout(warmStep, pending === 0 ? 0 : 50);
}

// The page reads a message in one task; a 2 MB article's analysis (15 000 figures)
// takes ~200 ms to read. Its big lists go ahead in slices, one message (and task) each.
const SLICE = 2000;
const SPLIT = ['figures', 'claims', 'companies', 'people', 'facts', 'sections', 'warnings'];

// The slices go a task apart: messages that arrive together are read in one task.
async function send(id, analysis, ms) {
  const big = SPLIT.filter((k) => Array.isArray(analysis?.[k]) && analysis[k].length > SLICE);
  if (!big.length) return self.postMessage({ type: 'result', id, analysis, ms });
  const rest = { ...analysis };
  for (const key of big) {
    for (let i = 0; i < analysis[key].length; i += SLICE) {
      self.postMessage({ type: 'part', id, key, items: analysis[key].slice(i, i + SLICE) });
      await new Promise((r) => setTimeout(r, 0));
    }
    rest[key] = [];
  }
  self.postMessage({ type: 'result', id, analysis: rest, ms, parts: big });
}

function messageOf(err) {
  return err && typeof err === 'object' && 'message' in err ? String(err.message) : String(err);
}
