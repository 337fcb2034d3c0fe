// finlens in a worker: the analyzer runs off the main thread. Use it through the
// promise-based client (worker-client.mjs; in the npm package `finlens/worker-client`),
// which starts this file for you, or start it yourself:
//
//   browser:  new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module' })
//   Vite:     import FinlensWorker from 'finlens/worker?worker';  new FinlensWorker()
//   Node:     new (await import('node:worker_threads')).Worker(<file: URL of this file>)
//
// Protocol (plain objects, structured clone):
//   → { id, method, args }   method: init | analyze | analyzeJson | analyzeMany |
//                            analyzeManyJson | version | memoryBytes; args: its arguments
//   ← { id, ok: true, value } or { id, ok: false, error: { name, message, code? } }
// Requests may overlap; each answer carries its request's id.
import * as finlens from './finlens.mjs';

const methods = {
  init: (options) => finlens.init(options ?? {}),
  analyze: (text, options) => finlens.analyze(text, options ?? {}),
  analyzeJson: (text, options) => finlens.analyzeJson(text, options ?? {}),
  analyzeMany: (articles, options) => finlens.analyzeMany(articles, options ?? {}),
  analyzeManyJson: (articles, options) => finlens.analyzeManyJson(articles, options ?? {}),
  version: () => finlens.version(),
  memoryBytes: () => finlens.memoryBytes(),
};

function handle(msg, post) {
  if (!msg || typeof msg !== 'object' || typeof msg.method !== 'string') return;
  const { id, method } = msg;
  const args = Array.isArray(msg.args) ? msg.args : [];
  new Promise((resolve) => {
    if (!Object.prototype.hasOwnProperty.call(methods, method)) {
      throw new TypeError(`finlens worker: no method ${method}`);
    }
    resolve(methods[method](...args));
  }).then(
    (value) => post({ id, ok: true, value }),
    (err) => {
      const error = { name: String(err?.name ?? 'Error'), message: String(err?.message ?? err) };
      if (typeof err?.code === 'string') error.code = err.code; // e.g. FINLENS_WASM_TRAP
      post({ id, ok: false, error });
    },
  );
}

// Keeps bundlers from trying to resolve Node built-ins for the browser.
const nodeSpec = (name) => `node:${name}`;

if (typeof WorkerGlobalScope !== 'undefined' && globalThis instanceof WorkerGlobalScope) {
  self.addEventListener('message', (event) => handle(event.data, (m) => self.postMessage(m)));
} else if (typeof process === 'object' && typeof process?.versions?.node === 'string') {
  import(/* @vite-ignore */ nodeSpec('worker_threads')).then(({ parentPort }) => {
    if (parentPort) parentPort.on('message', (data) => handle(data, (m) => parentPort.postMessage(m)));
  });
}
