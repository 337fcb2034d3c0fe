// Native CLI vs WebAssembly module: byte-identical analyses, and spans that slice.
//
//   node tests/node/parity.mjs
//
// 1. Every seed, every corpus article (with its publication date) and every case of
//    tests/corpus/*.json goes through `build/native/finlens --jsonl` and through
//    wasm/finlens.mjs; the analysis JSON must be the same bytes.
// 2. On an article with non-ASCII text (CJK, curly quotes, an emoji outside the BMP)
//    and on every seed and corpus article: for every span in the wasm result,
//    text.slice(start, end) === span.text; sections lie within the text and never
//    split a surrogate pair.
// 3. The JS API itself: init once, version, options, empty input, a Node worker thread.
//
// Env: FINLENS_CLI (default build/native/finlens), FINLENS_SHARED (default ../shared).
// Ends with the line `N passed, M failed`; exits 1 when anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { Failure, assert, fail as notOk, finish, test } from './_harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const shared = resolve(process.env.FINLENS_SHARED ?? join(root, '../shared'));
const cli = resolve(process.env.FINLENS_CLI ?? join(root, 'build/native/finlens'));
const apiPath = join(root, 'wasm/finlens.mjs');

// --- inputs ----------------------------------------------------------------------------
const SAMPLE = [
  'Alibaba’s shares jump as 阿里巴巴 unveils AI model 📈',
  '',
  'HONG KONG, Jan 29 (Reuters) — Alibaba Group Holding Ltd (阿里巴巴集团; HKG: 9988, NYSE: BABA)',
  'said on Wednesday its Qwen 2.5 Max model beat rivals. Shares rose 6.7% to HK$160.10 📈📈,',
  'adding about US$25 billion in market value, while Tencent (腾讯) fell 1.2 percent.',
  '“We are very confident about the cloud business,” chief executive Eddie Wu said in a',
  'statement. According to Bloomberg, the company may invest 380 billion yuan ($53 billion)',
  'over the next three years — reportedly its biggest bet yet 🚀.',
  '',
  'Related: Nvidia’s market value slides 17% … 😱',
].join('\n');

function readInputs() {
  const inputs = [];
  const seedDir = join(shared, 'seeds');
  for (const f of readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort()) {
    inputs.push({ id: `seed:${f.replace(/\.txt$/, '')}`, text: readFileSync(join(seedDir, f), 'utf8') });
  }
  const corpus = readFileSync(join(shared, 'corpus/wikinews-business.jsonl'), 'utf8');
  for (const line of corpus.split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    inputs.push({ id: `corpus:${o.id}`, text: o.text, date: o.date });
  }
  // The recognizer corpora the native unit tests run (tests/corpus/*.json).
  const corpusDir = join(root, 'tests/corpus');
  if (existsSync(corpusDir)) {
    for (const f of readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort()) {
      const cases = JSON.parse(readFileSync(join(corpusDir, f), 'utf8')).cases;
      if (!Array.isArray(cases)) continue;
      cases.forEach((c, i) => {
        if (typeof c.text === 'string') inputs.push({ id: `unit:${f}#${i}`, text: c.text, date: c.date });
      });
    }
  }
  inputs.push({ id: 'sample:non-ascii', text: SAMPLE, date: '2025-01-29' });
  return inputs;
}

// The raw text of one member's value in a JSON object text (top level), so that the
// CLI's bytes can be compared without re-serializing them.
function rawMember(json, key) {
  let i = 0;
  const ws = () => {
    while (i < json.length && ' \t\r\n'.includes(json[i])) i++;
  };
  const skipString = () => {
    assert(json[i] === '"', `expected a string at ${i}`);
    const start = i++;
    while (i < json.length && json[i] !== '"') i += json[i] === '\\' ? 2 : 1;
    i++;
    return JSON.parse(json.slice(start, i));
  };
  const skipValue = () => {
    if (json[i] === '"') return skipString();
    if (json[i] === '{' || json[i] === '[') {
      let depth = 0;
      do {
        if (json[i] === '"') {
          skipString();
          continue;
        }
        if (json[i] === '{' || json[i] === '[') depth++;
        else if (json[i] === '}' || json[i] === ']') depth--;
        i++;
      } while (depth > 0 && i < json.length);
      return undefined;
    }
    while (i < json.length && !',}] \t\r\n'.includes(json[i])) i++;
    return undefined;
  };
  ws();
  assert(json[i] === '{', 'expected an object');
  i++;
  for (;;) {
    ws();
    if (json[i] === '}') return undefined;
    const k = skipString();
    ws();
    assert(json[i] === ':', `expected ':' at ${i}`);
    i++;
    ws();
    const start = i;
    skipValue();
    if (k === key) return json.slice(start, i);
    ws();
    if (json[i] === ',') i++;
  }
}

function runCli(inputs) {
  const stdin = inputs.map(({ id, text, date }) => JSON.stringify(date ? { id, text, date } : { id, text })).join('\n') + '\n';
  const r = spawnSync(cli, ['--jsonl'], { input: stdin, maxBuffer: 1 << 30, timeout: 300_000 });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${cli} --jsonl exited ${r.status}: ${String(r.stderr).slice(0, 2000)}`);
  const out = new Map();
  for (const line of r.stdout.toString('utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line);
    out.set(String(o.id), o.error !== undefined ? { error: o.error } : { raw: rawMember(line, 'analysis') });
  }
  return out;
}

function firstDifference(a, b) {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ctx = (s) => JSON.stringify(s.slice(Math.max(0, i - 80), i + 80));
  return `first difference at byte ${i} of ${a.length} (native) / ${b.length} (wasm)\n` +
    `native: ...${ctx(a)}...\nwasm:   ...${ctx(b)}...`;
}

function isHigh(c) {
  return c >= 0xd800 && c <= 0xdbff;
}
function isLow(c) {
  return c >= 0xdc00 && c <= 0xdfff;
}
function splitsPair(text, i) {
  return i > 0 && i < text.length && isHigh(text.charCodeAt(i - 1)) && isLow(text.charCodeAt(i));
}

// Every object with numeric start/end in the analysis: spans (with text) and sections.
function checkSpans(text, analysis) {
  const problems = [];
  let count = 0;
  const walk = (v, path) => {
    if (Array.isArray(v)) return v.forEach((x, i) => walk(x, `${path}[${i}]`));
    if (!v || typeof v !== 'object') return;
    if (Number.isInteger(v.start) && Number.isInteger(v.end)) {
      count++;
      if (!(v.start >= 0 && v.start <= v.end && v.end <= text.length)) {
        problems.push(`${path}: [${v.start}, ${v.end}) is outside the text (length ${text.length})`);
      } else if (splitsPair(text, v.start) || splitsPair(text, v.end)) {
        problems.push(`${path}: [${v.start}, ${v.end}) splits a surrogate pair`);
      } else if (typeof v.text === 'string' && text.slice(v.start, v.end) !== v.text) {
        problems.push(`${path}: slice ${JSON.stringify(text.slice(v.start, v.end))} !== text ${JSON.stringify(v.text)}`);
      }
    }
    for (const [k, x] of Object.entries(v)) walk(x, `${path}.${k}`);
  };
  walk(analysis, '$');
  return { problems, count };
}

// --- tests -----------------------------------------------------------------------------
const api = await import(pathToFileURL(apiPath).href);
const inputs = readInputs();

let loaded = false;
await test('wasm: init() loads the module once', async () => {
  const t0 = performance.now();
  const p1 = api.init();
  const p2 = api.init();
  assert(p1 === p2, 'init() returned two different promises');
  await p1;
  console.log(`wasm init: ${(performance.now() - t0).toFixed(0)} ms, version ${api.version()}`);
  assert(typeof globalThis.__dirname === 'undefined', 'init() left __dirname on globalThis');
  assert(typeof globalThis.require === 'undefined', 'init() left require on globalThis');
  loaded = true;
});
if (!loaded) {
  console.log('(build it with scripts/build.sh wasm)');
  finish();
  process.exit();
}

await test('wasm: version() is a version string', () => {
  assert(/^\d+\.\d+\.\d+/.test(api.version()), `version: ${api.version()}`);
});

await test('wasm: empty input', async () => {
  const a = await api.analyze('');
  assert(a.schema === 'finlens/1', `schema: ${a.schema}`);
  assert(a.input.chars === 0 && a.input.bytes === 0, `input: ${JSON.stringify(a.input)}`);
  for (const k of ['sections', 'companies', 'people', 'figures', 'claims', 'warnings']) {
    assert(Array.isArray(a[k]), `${k} is not an array`);
  }
});

await test('wasm: analyzeJson returns what analyze parses', async () => {
  const raw = await api.analyzeJson(SAMPLE, { date: '2025-01-29' });
  assert(typeof raw === 'string', 'not a string');
  const a = await api.analyze(SAMPLE, { date: '2025-01-29' });
  assert(JSON.stringify(JSON.parse(raw)) === JSON.stringify(a), 'analyze() != JSON.parse(analyzeJson())');
});

await test('wasm: input sizes count UTF-16 units and UTF-8 bytes', async () => {
  const a = await api.analyze(SAMPLE);
  assert(a.input.chars === SAMPLE.length, `chars ${a.input.chars} != ${SAMPLE.length}`);
  const bytes = new TextEncoder().encode(SAMPLE).length;
  assert(a.input.bytes === bytes, `bytes ${a.input.bytes} != ${bytes}`);
});

await test('wasm: spans of a non-ASCII article slice to their text', async () => {
  const a = await api.analyze(SAMPLE, { date: '2025-01-29' });
  const { problems, count } = checkSpans(SAMPLE, a);
  assert(problems.length === 0, problems.join('\n'));
  console.log(`non-ASCII sample: ${count} spans checked (${a.figures.length} figures, ` +
    `${a.companies.length} companies, ${a.claims.length} claims, ${a.sections.length} sections)`);
});

await test('wasm: a lone surrogate counts as one unit (U+FFFD)', async () => {
  const text = `Apple rose 5% \ud800 to $100 📈 after \udfff Samsung fell 2%.`;
  const a = await api.analyze(text);
  assert(a.input.chars === text.length, `chars ${a.input.chars} != ${text.length}`);
  const fixed = text.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  const { problems } = checkSpans(fixed, a);
  assert(problems.length === 0, problems.join('\n'));
});

await test('wasm: maxBytes cuts the input', async () => {
  const a = await api.analyze(SAMPLE, { maxBytes: 100 });
  assert(a.input.chars < SAMPLE.length, `chars ${a.input.chars} not below ${SAMPLE.length}`);
  const { problems } = checkSpans(SAMPLE, a);
  assert(problems.length === 0, problems.join('\n'));
});

await test('wasm: bad arguments are refused', async () => {
  let threw = false;
  try {
    await api.analyze(42);
  } catch (err) {
    threw = err instanceof TypeError;
  }
  assert(threw, 'analyze(42) did not throw a TypeError');
});

await test('wasm: works in a Node worker thread', async () => {
  const src = `
    import { parentPort } from 'node:worker_threads';
    const api = await import(${JSON.stringify(pathToFileURL(apiPath).href)});
    const a = await api.analyze(${JSON.stringify(SAMPLE)}, { date: '2025-01-29' });
    parentPort.postMessage(JSON.stringify(a));`;
  const w = new Worker(new URL(`data:text/javascript,${encodeURIComponent(src)}`));
  const msg = await new Promise((res, rej) => {
    w.once('message', res);
    w.once('error', rej);
  });
  await w.terminate();
  const here = JSON.stringify(await api.analyze(SAMPLE, { date: '2025-01-29' }));
  assert(msg === here, 'worker result differs from main-thread result');
});

// Parity and spans over seeds + corpus + sample.
let native = null;
if (!existsSync(cli)) {
  notOk('native CLI exists', `${cli} not found: run scripts/build.sh`);
} else {
  const t0 = performance.now();
  try {
    native = runCli(inputs);
    console.log(`native --jsonl: ${inputs.length} articles in ${(performance.now() - t0).toFixed(0)} ms`);
  } catch (err) {
    notOk('native CLI --jsonl runs', err?.message ?? err);
  }
}

let wasmMs = 0;
let spansChecked = 0;
for (const { id, text, date } of inputs) {
  const t0 = performance.now();
  let raw;
  try {
    raw = await api.analyzeJson(text, date ? { date } : {});
  } catch (err) {
    notOk(`wasm analyzes ${id}`, err?.stack ?? err);
    continue;
  }
  wasmMs += performance.now() - t0;
  const a = JSON.parse(raw);
  await test(`spans slice to their text: ${id}`, () => {
    const { problems, count } = checkSpans(text, a);
    spansChecked += count;
    assert(problems.length === 0, problems.slice(0, 10).join('\n'));
  });
  if (native) {
    await test(`native == wasm: ${id}`, () => {
      const n = native.get(id);
      assert(n, 'no line for it in the CLI output');
      assert(n.error === undefined, `the CLI reported an error: ${n.error}`);
      assert(n.raw !== undefined, 'the CLI line has no "analysis"');
      if (n.raw !== raw) throw new Failure(firstDifference(n.raw, raw));
    });
  }
}
console.log(`wasm: ${inputs.length} articles in ${wasmMs.toFixed(0)} ms; ${spansChecked} spans checked`);
finish();
