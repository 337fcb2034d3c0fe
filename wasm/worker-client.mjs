// A promise-based client for finlens in a worker (worker.mjs): the same functions as
// the main API, off the main thread.
//
//   import { FinlensClient } from 'finlens/worker-client';
//   const finlens = new FinlensClient();          // starts the package's worker
//   const a = await finlens.analyze(text, { date: '2025-01-29' });
//   finlens.terminate();
//
// In browsers (and bundlers such as Vite, which bundle the worker) the default worker is
// a module Worker; in Node >= 20 a worker_threads Worker. Or pass a worker you started
// yourself: new FinlensClient(new Worker(url, { type: 'module' })).
const WORKER_FILE = './worker.mjs';

const isNode =
  typeof process === 'object' &&
  process !== null &&
  typeof process.versions?.node === 'string' &&
  typeof window === 'undefined' &&
  typeof WorkerGlobalScope === 'undefined';

// Keeps bundlers from trying to resolve Node built-ins for the browser.
const nodeSpec = (name) => `node:${name}`;

function spawn() {
  if (isNode) {
    return import(/* @vite-ignore */ nodeSpec('worker_threads')).then(
      ({ Worker: NodeWorker }) => new NodeWorker(new URL(WORKER_FILE, import.meta.url)),
    );
  }
  // Written out in full so that bundlers see (and bundle) the worker.
  return new Worker(new URL('./worker.mjs', import.meta.url), { type: 'module', name: 'finlens' });
}

const ERRORS = { TypeError, RangeError, SyntaxError };

function revive(error) {
  const Ctor = ERRORS[error?.name] ?? Error;
  const err = new Ctor(String(error?.message ?? 'finlens worker: unknown error'));
  if (!(error?.name in ERRORS) && error?.name) err.name = error.name;
  if (typeof error?.code === 'string') err.code = error.code;
  return err;
}

// Options that cannot cross to a worker (functions) are refused; URLs go as strings.
function cloneable(options) {
  if (!options) return {};
  const out = { ...options };
  for (const k of ['locateFile', 'print', 'printErr']) {
    if (k in out) throw new TypeError(`finlens worker: option ${k} cannot be passed to a worker`);
  }
  if (out.wasmUrl instanceof URL) out.wasmUrl = out.wasmUrl.href;
  return out;
}

export class FinlensClient {
  #worker; // Promise<Worker>
  #pending = new Map(); // id -> { resolve, reject }
  #next = 1;
  #closed = null; // Error once the worker is gone

  /**
   * @param {Worker | import('node:worker_threads').Worker} [worker]  a worker running
   *   worker.mjs; by default the client starts one
   */
  constructor(worker) {
    this.#worker = Promise.resolve(worker ?? spawn()).then((w) => {
      this.#listen(w);
      w.unref?.(); // Node: an idle worker does not keep the process alive
      return w;
    });
    this.#worker.catch((err) => this.#fail(err));
  }

  #listen(w) {
    const onMessage = (msg) => {
      const p = msg && this.#pending.get(msg.id);
      if (!p) return;
      this.#pending.delete(msg.id);
      if (this.#pending.size === 0) w.unref?.();
      if (msg.ok) p.resolve(msg.value);
      else p.reject(revive(msg.error));
    };
    if (typeof w.addEventListener === 'function') {
      w.addEventListener('message', (e) => onMessage(e.data));
      w.addEventListener('error', (e) => {
        e.preventDefault?.();
        this.#fail(new Error(`finlens worker: ${e.message || 'failed to start or crashed'}`));
      });
      w.addEventListener('messageerror', () => this.#fail(new Error('finlens worker: a message could not be read')));
    } else {
      w.on('message', onMessage);
      w.on('error', (err) => this.#fail(err));
      w.on('exit', (code) => this.#fail(new Error(`finlens worker: exited (code ${code})`)));
    }
  }

  #fail(err) {
    this.#closed ??= err instanceof Error ? err : new Error(String(err));
    for (const p of this.#pending.values()) p.reject(this.#closed);
    this.#pending.clear();
  }

  async #call(method, args) {
    if (this.#closed) throw this.#closed;
    const w = await this.#worker;
    if (this.#closed) throw this.#closed;
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve, reject });
      if (this.#pending.size === 1) w.ref?.(); // Node: busy, keep the process alive
      try {
        w.postMessage({ id, method, args });
      } catch (err) {
        this.#pending.delete(id);
        reject(err);
      }
    });
  }

  /** Loads the module in the worker (optional; calls do it). wasmUrl: best absolute. */
  init(options) {
    return this.#call('init', [cloneable(options)]);
  }
  analyze(text, options) {
    return this.#call('analyze', [text, options ?? {}]);
  }
  analyzeJson(text, options) {
    return this.#call('analyzeJson', [text, options ?? {}]);
  }
  analyzeMany(articles, options) {
    return this.#call('analyzeMany', [articles, options ?? {}]);
  }
  analyzeManyJson(articles, options) {
    return this.#call('analyzeManyJson', [articles, options ?? {}]);
  }
  version() {
    return this.#call('version', []);
  }
  /** Bytes of WebAssembly memory the worker's module holds (0 before it is loaded). */
  memoryBytes() {
    return this.#call('memoryBytes', []);
  }
  /** Stops the worker; calls still waiting are rejected. */
  async terminate() {
    const w = await this.#worker.catch(() => null);
    this.#fail(new Error('finlens worker: terminated'));
    if (w) await w.terminate();
  }
}

/** The same as `new FinlensClient(worker)`. */
export function createClient(worker) {
  return new FinlensClient(worker);
}
