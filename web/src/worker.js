// Web Worker: owns the WebAssembly analyzer so that the page never stalls.
//
// Protocol (all messages are plain objects):
//   page → worker  { type: 'analyze', id, text, date? }
//                  { type: 'analyzeMany', id, articles: [{id, text, date?}] }
//   worker → page  { type: 'ready', version, initMs }
//                  { type: 'result', id, analysis, ms }
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
  try {
    await ready;
    const start = performance.now();
    const analysis =
      msg.type === 'analyzeMany'
        ? await engine.analyzeMany(msg.articles)
        : await engine.analyze(String(text ?? ''), date ? { date } : {});
    const ms = performance.now() - start;
    self.postMessage({ type: 'result', id, analysis, ms });
  } catch (err) {
    self.postMessage({ type: 'error', id, message: messageOf(err) });
  }
});

function messageOf(err) {
  return err && typeof err === 'object' && 'message' in err ? String(err.message) : String(err);
}
