// finlens JS API: the C++ analyzer compiled to WebAssembly, for browsers, Web Workers
// (module workers included) and Node >= 20.
//
//   import { init, analyze, analyzeJson, version } from './wasm/finlens.mjs';
//   await init();                                   // optional: analyze() calls it
//   const a = await analyze(text, { date: '2025-01-29' });
//   a.figures[0].text === text.slice(a.figures[0].start, a.figures[0].end)
//
// The module itself is built by scripts/build.sh into build/wasm/dist/
// (finlens-core.mjs + finlens-core.wasm). Offsets in the result are UTF-16 code units
// of `text`, so String.prototype.slice applies to them directly.

const CORE_WASM = 'finlens-core.wasm';

/**
 * The version of this API and of the core it loads (package.json and the CMake project
 * carry the same; scripts/package.mjs checks). Known without loading anything.
 */
export const VERSION = '0.1.0';

// Resolved against this file so that bundlers (Vite) emit the .wasm as an asset.
const defaultWasmUrl = () => new URL('../build/wasm/dist/finlens-core.wasm', import.meta.url);

const isNode =
  typeof process === 'object' &&
  process !== null &&
  typeof process.versions === 'object' &&
  typeof process.versions.node === 'string' &&
  typeof window === 'undefined';

let core = null; // the instantiated Emscripten module
let pending = null; // the promise of init(), while it runs or once it has succeeded

/**
 * Loads and instantiates the WebAssembly module, once; later calls return the same
 * promise. Options (all optional):
 *   wasmBinary  ArrayBuffer | Uint8Array   the .wasm bytes (no fetch then)
 *   wasmModule  WebAssembly.Module         an already compiled module
 *   wasmUrl     string | URL               where to fetch the .wasm from
 *   locateFile  (name) => string | URL     Emscripten-style: called with 'finlens-core.wasm'
 *   print, printErr                        where the module's stdout/stderr go
 *   warm        boolean (default true)     analyze a tiny text once so the first real call is fast
 * @returns {Promise<void>}
 */
const WARM_UP_TEXT = `Warmup Holdings Ltd (NYSE: WRM; HKG: 1234) shares jumped 4.8% to HK$160.10 on Wednesday, the highest since November 2021, while the Hang Seng index rose 1.5 percent.
Analysts at Example Securities estimate revenue rose 9.7 percent from a year ago to US$87 billion in the December quarter, according to Reuters. The company reportedly plans a 380 billion yuan ($53 billion) three-year investment, people familiar with the matter said.
“We are vigorously advancing our plans,” said Jane Doe (李明), chief executive of Warmup Cloud. “The next five years will matter,” she told Bloomberg yesterday at 4:21 a.m. ET.
Photo: Reuters
Warmup Eyes $350 Billion Valuation as AI Funding Accelerates
Rival Stock Slides After Q4 Earnings Miss`;

export function init(opts = {}) {
  if (!pending) {
    pending = instantiate(opts).catch((err) => {
      pending = null; // let a later call try again
      throw err;
    });
  }
  return pending;
}

async function instantiate(opts) {
  const { default: createFinlensCore } = await import('../build/wasm/dist/finlens-core.mjs');
  const compile = (imports) => instantiateWasm(imports, opts);
  let failInit;
  const failed = new Promise((_, reject) => {
    failInit = reject;
  });
  const moduleArg = {
    // We load the .wasm ourselves, the same way everywhere. The module is built for
    // web and worker only (-sENVIRONMENT=web,worker): Emscripten 3.1.6's own Node
    // support needs CommonJS's require/__dirname and, on Node >= 18, fetches a file
    // path; and in module workers it finds neither `window` nor `importScripts`.
    instantiateWasm(imports, receiveInstance) {
      compile(imports).then((instance) => receiveInstance(instance), failInit);
      return {};
    },
    print: opts.print ?? ((s) => console.log(s)),
    printErr: opts.printErr ?? ((s) => console.warn(s)),
  };
  core = await Promise.race([createFinlensCore(moduleArg), failed]);
  // The core compiles its patterns and builds its name lists on first use (a few hundred
  // ms in wasm): pay that here, at start-up, not on the user's first paste.
  // (re2 builds its automata lazily, state by state, as text is read: a warm-up text
  // that looks like news builds most of the states a real article needs.)
  if (opts.warm !== false) analyzeJsonNow(WARM_UP_TEXT, { date: '2025-02-14' });
}

// Keeps bundlers from trying to resolve Node built-ins for the browser.
function nodeSpec(name) {
  return `node:${name}`;
}

async function instantiateWasm(imports, opts) {
  if (opts.wasmModule) return WebAssembly.instantiate(opts.wasmModule, imports);
  if (opts.wasmBinary) return (await WebAssembly.instantiate(opts.wasmBinary, imports)).instance;
  const url = opts.wasmUrl ?? (opts.locateFile ? opts.locateFile(CORE_WASM) : defaultWasmUrl());
  if (isNode) {
    const { readFile } = await import(/* @vite-ignore */ nodeSpec('fs/promises'));
    const target = url instanceof URL || /^file:/.test(String(url)) ? new URL(url) : String(url);
    const bytes = await readFile(target);
    return (await WebAssembly.instantiate(bytes, imports)).instance;
  }
  const href = String(url instanceof URL ? url.href : url);
  if (typeof WebAssembly.instantiateStreaming === 'function') {
    try {
      const res = fetch(href, { credentials: 'same-origin' });
      return (await WebAssembly.instantiateStreaming(res, imports)).instance;
    } catch (err) {
      // Wrong MIME type from the server, say: fall back to compiling from bytes.
      if (typeof console !== 'undefined') console.warn(`finlens: streaming compile failed (${err}); retrying`);
    }
  }
  const res = await fetch(href, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`finlens: could not load ${href}: HTTP ${res.status}`);
  return (await WebAssembly.instantiate(await res.arrayBuffer(), imports)).instance;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

// Copies a string into the module's memory as UTF-8 (NUL-terminated); returns [ptr, len].
function toHeap(m, s) {
  const bytes = encoder.encode(s);
  const ptr = m._malloc(bytes.length + 1);
  if (!ptr) throw new Error('finlens: out of memory');
  const heap = m.HEAPU8;
  heap.set(bytes, ptr);
  heap[ptr + bytes.length] = 0;
  return [ptr, bytes.length];
}

function fromHeap(m, ptr) {
  const heap = m.HEAPU8; // read after the call: memory may have grown
  const end = heap.indexOf(0, ptr);
  return decoder.decode(heap.subarray(ptr, end < 0 ? heap.length : end));
}

// A trap (an abort, which is what running out of memory becomes: the module cannot grow
// past its maximum, malloc fails, and C++ without exceptions aborts) leaves the module
// unusable: drop it, so that the next call loads it afresh, and say what happened in
// words a page can show. Other errors pass through as they are.
function afterTrap(m, err, size) {
  if (!(err instanceof WebAssembly.RuntimeError || /abort/i.test(String(err?.message ?? err)))) return err;
  core = null;
  pending = null;
  const mb = (n) => `${Math.round(n / 1048576)} MB`;
  const memory = m?.HEAPU8 ? `, module memory ${mb(m.HEAPU8.length)}` : '';
  const e = new Error(
    `finlens: the analysis stopped inside the WebAssembly module, most likely out of memory ` +
      `(input of ${size}${memory}). The module was reset; try a shorter text or a lower maxBytes.`,
    { cause: err },
  );
  e.code = 'FINLENS_WASM_TRAP';
  return e;
}

/** Bytes of WebAssembly memory the module holds now (0 before init()). */
export function memoryBytes() {
  return core?.HEAPU8 ? core.HEAPU8.length : 0;
}

function analyzeJsonNow(text, options) {
  if (typeof text !== 'string') throw new TypeError('finlens: text must be a string');
  const m = core;
  const date = options.date == null ? '' : String(options.date);
  const maxBytes = options.maxBytes == null ? 0 : Number(options.maxBytes);
  if (!Number.isInteger(maxBytes) || maxBytes < 0 || maxBytes > 0x7fffffff) {
    throw new RangeError('finlens: maxBytes must be a non-negative integer below 2^31');
  }
  let textPtr = 0;
  let datePtr = 0;
  let out = 0;
  try {
    const [tp, len] = toHeap(m, text);
    textPtr = tp;
    datePtr = toHeap(m, date)[0];
    out = m._finlens_analyze(textPtr, len, datePtr, maxBytes) >>> 0;
    if (!out) throw new Error('finlens: out of memory');
    return fromHeap(m, out);
  } catch (err) {
    throw afterTrap(m, err, `${text.length} characters`);
  } finally {
    if (core === m) {
      if (out) m._finlens_free(out);
      if (datePtr) m._free(datePtr);
      if (textPtr) m._free(textPtr);
    }
  }
}

/**
 * Analyzes one article and returns the finlens/1 JSON text, exactly as the native CLI
 * prints it.
 * @param {string} text
 * @param {{date?: string, maxBytes?: number}} [options]  date: publication date
 *   'YYYY-MM-DD' (resolves relative dates); maxBytes: cut longer input (UTF-8 bytes)
 * @returns {Promise<string>}
 */
export async function analyzeJson(text, options = {}) {
  while (!core) await init(); // (another call may have dropped a trapped module meanwhile)
  return analyzeJsonNow(text, options);
}

/**
 * Analyzes one article: the finlens/1 object (see spec/OUTPUT.md).
 * @returns {Promise<object>}
 */
export async function analyze(text, options = {}) {
  return JSON.parse(await analyzeJson(text, options));
}

/**
 * Several articles at once: each analyzed on its own, plus a merged view (companies
 * matched across articles, money figures on the same company and metric side by side,
 * outliers flagged). Returns the collection JSON text.
 * @param {Array<string | {id?: string, text: string, date?: string}>} articles
 * @param {{maxBytes?: number}} [options]
 * @returns {Promise<string>}
 */
export async function analyzeManyJson(articles, options = {}) {
  if (!Array.isArray(articles)) throw new TypeError('finlens: articles must be an array');
  while (!core) await init(); // (another call may have dropped a trapped module meanwhile)
  const m = core;
  const parts = [];
  let total = 0;
  articles.forEach((a, i) => {
    const item = typeof a === 'string' ? { text: a } : a;
    if (!item || typeof item.text !== 'string') throw new TypeError('finlens: each article needs a text string');
    for (const s of [item.id == null ? String(i) : String(item.id), item.date == null ? '' : String(item.date), item.text]) {
      const bytes = encoder.encode(s);
      const head = new Uint8Array(4);
      new DataView(head.buffer).setUint32(0, bytes.length, true);
      parts.push(head, bytes);
      total += 4 + bytes.length;
    }
  });
  const maxBytes = options.maxBytes == null ? 0 : Number(options.maxBytes);
  const ptr = m._malloc(total + 1);
  if (!ptr) throw new Error('finlens: out of memory');
  let out = 0;
  try {
    let at = ptr;
    for (const p of parts) {
      m.HEAPU8.set(p, at);
      at += p.length;
    }
    out = m._finlens_analyze_many(ptr, total, maxBytes) >>> 0;
    if (!out) throw new Error('finlens: out of memory');
    return fromHeap(m, out);
  } catch (err) {
    throw afterTrap(m, err, `${total} bytes`);
  } finally {
    if (core === m) {
      if (out) m._finlens_free(out);
      m._free(ptr);
    }
  }
}

/** Several articles at once: the collection object ({schema, articles, merged}). */
export async function analyzeMany(articles, options = {}) {
  return JSON.parse(await analyzeManyJson(articles, options));
}

/**
 * The version string: the loaded core's own, or before init() has finished, VERSION
 * (the same string; nothing is loaded for it).
 * @returns {string}
 */
export function version() {
  if (!core) return VERSION;
  return fromHeap(core, core._finlens_version() >>> 0);
}
