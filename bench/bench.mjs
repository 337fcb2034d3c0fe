// The JavaScript side of the benchmark: finlens in WebAssembly (wasm/finlens.mjs, in
// Node) and the libraries a user might pick instead, on the same texts. One engine per
// process (bench/run.sh runs each under /usr/bin/time -v for its peak memory); prints
// one JSON line per result, as bench_native.cc does.
//
//   node bench/bench.mjs ENGINE corpus FILE.jsonl
//   node bench/bench.mjs ENGINE seeds FILE...
//   node bench/bench.mjs finlens-wasm sizes FILE.jsonl       1 KB ... 10 MB
//   node bench/bench.mjs finlens-wasm big FILE.jsonl MB       one MB-megabyte input (cut at maxBytes)
// ENGINE: finlens-wasm | compromise | wink-nlp | recognizers-text
// env FINLENS_BENCH_SECONDS: minimum timed seconds per measurement (default 2).
//
// What each engine does per text (the nearest each has to finlens's figures, names
// and claims):
//   finlens-wasm      analyzeJson(text): figures, companies, people, claims, facts, as JSON
//   compromise        nlp(text) with compromise-dates: money, percentages, dates, people,
//                     organizations, quotations, each as JSON
//   wink-nlp          readDoc(text) with wink-eng-lite-web-model: entities (money, percent,
//                     dates, cardinals ...) in detail, and the sentences
//   recognizers-text  Microsoft Recognizers-Text, English: numbers, percentages,
//                     currencies, dates and times
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const [engine, mode, ...args] = process.argv.slice(2);
const minSeconds = Number(process.env.FINLENS_BENCH_SECONDS ?? 2);

const readCorpus = (path) =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).text);

let memoryBytes = () => 0;

async function load(name) {
  switch (name) {
    case 'finlens-wasm': {
      const api = await import('../wasm/finlens.mjs');
      await api.init();
      memoryBytes = api.memoryBytes;
      return async (text, options) => (await api.analyzeJson(text, options)).length;
    }
    case 'compromise': {
      const nlp = require('compromise');
      nlp.plugin(require('compromise-dates'));
      return (text) => {
        const doc = nlp(text);
        const out = [doc.money().json(), doc.percentages().json(), doc.dates().json(), doc.people().json(),
          doc.organizations().json(), doc.quotations().json()];
        return out.reduce((n, x) => n + x.length, 0);
      };
    }
    case 'wink-nlp': {
      const winkNLP = require('wink-nlp');
      const nlp = winkNLP(require('wink-eng-lite-web-model'));
      const its = nlp.its;
      return (text) => {
        const doc = nlp.readDoc(text);
        return doc.entities().out(its.detail).length + doc.sentences().out().length;
      };
    }
    case 'recognizers-text': {
      const R = require('@microsoft/recognizers-text-suite');
      const c = R.Culture.English;
      return (text) =>
        R.recognizeNumber(text, c).length + R.recognizePercentage(text, c).length +
        R.recognizeCurrency(text, c).length + R.recognizeDateTime(text, c).length;
    }
    default:
      throw new Error(`unknown engine ${name}`);
  }
}

const analyzeOne = await load(engine);
let sink = 0;
// A peer that throws on a text (compromise-dates does on a few corpus articles) has the
// error counted and its time kept; finlens must never throw.
let errors = 0;
let firstError = null;
async function run(text, options) {
  try {
    return await analyzeOne(text, options);
  } catch (err) {
    if (engine === 'finlens-wasm') throw err;
    errors++;
    firstError ??= String(err?.message ?? err).slice(0, 120);
    return 0;
  }
}

// Whole passes over texts (after a warm-up pass) until minSeconds; seconds per pass.
async function timePasses(texts, min = minSeconds, options = {}) {
  for (const t of texts) sink += await run(t, options);
  let passes = 0;
  const t0 = performance.now();
  let elapsed = 0;
  do {
    for (const t of texts) sink += await run(t, options);
    passes++;
    elapsed = (performance.now() - t0) / 1000;
  } while (elapsed < min);
  return [elapsed / passes, passes];
}

const bytesOf = (s) => Buffer.byteLength(s, 'utf8');
const mem = () => ({
  rss_mb: +(process.memoryUsage().rss / 1048576).toFixed(1),
  wasm_memory_mb: +(memoryBytes() / 1048576).toFixed(1),
});

function textOfSize(corpus, size) {
  const parts = [];
  for (let i = 0, n = 0; n < size; i++) {
    parts.push(corpus[i % corpus.length]);
    n += bytesOf(parts[parts.length - 1]) + 2;
  }
  const out = parts.join('\n\n');
  // cut at a line end near `size` bytes (the corpus is ASCII but for a few characters)
  let buf = Buffer.from(out, 'utf8').subarray(0, size);
  const nl = buf.lastIndexOf(10);
  if (nl > size * 0.9) buf = buf.subarray(0, nl);
  return buf.toString('utf8').replace(/\uFFFD$/, '');
}

const print = (o) => console.log(JSON.stringify({ engine, ...o, ...(errors ? { errors, first_error: firstError } : {}) }));

if (mode === 'corpus' || mode === 'seeds') {
  const texts = mode === 'corpus' ? readCorpus(args[0]) : args.map((f) => readFileSync(f, 'utf8'));
  const bytes = texts.reduce((n, t) => n + bytesOf(t), 0);
  const [s, passes] = await timePasses(texts);
  print({ mode, articles: texts.length, bytes, passes, seconds_per_pass: s, mb_per_s: bytes / s / 1e6,
    ms_per_article: (s * 1000) / texts.length, ...mem() });
} else if (mode === 'sizes') {
  const corpus = readCorpus(args[0]);
  for (const size of [1e3, 1e4, 1e5, 1e6, 1e7]) {
    const text = textOfSize(corpus, size);
    const [s, passes] = await timePasses([text], size >= 1e6 ? 0 : minSeconds / 2);
    print({ mode: 'size', bytes: bytesOf(text), passes, ms: s * 1000, mb_per_s: bytesOf(text) / s / 1e6, ...mem() });
  }
} else if (mode === 'big') {
  const corpus = readCorpus(args[0]);
  const text = textOfSize(corpus, Number(args[1]) * 1e6);
  const t0 = performance.now();
  const a = JSON.parse(await (await import('../wasm/finlens.mjs')).analyzeJson(text));
  const s = (performance.now() - t0) / 1000;
  print({ mode: 'big', bytes: bytesOf(text), truncated: a.warnings.some((w) => w.code === 'input_truncated'),
    chars_analyzed: a.input.chars, figures: a.figures.length, seconds: s, ...mem() });
} else {
  console.error('usage: node bench/bench.mjs ENGINE corpus FILE.jsonl | seeds FILE... | sizes FILE.jsonl | big FILE.jsonl MB');
  process.exit(2);
}
if (sink < 0) console.log(sink);
