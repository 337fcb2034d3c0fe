// Hostile and large input through the wasm module and the JS API: every span slices
// out of the JS string exactly (lone surrogates, NUL, CR, RTL, combining marks, astral
// characters, runs of quotes, dollars and parentheses), maxBytes cuts with a warning, and
// running out of memory inside the module is a clear Error after which the API works on.
import { readFile } from 'node:fs/promises';

import { assert, finish, test } from './_harness.mjs';

const api = await import('../../wasm/finlens.mjs');
const wasmPath = new URL('../../build/wasm/dist/finlens-core.wasm', import.meta.url);

// Every span of an analysis against the JS string it came from.
function checkSpans(text, a, what) {
  const chars = a.input.chars;
  const spans = [];
  for (const f of a.figures) spans.push([`figure ${f.id}`, f]);
  for (const c of a.companies) for (const m of c.mentions) spans.push([`company ${c.id}`, m]);
  for (const p of a.people) for (const m of p.mentions) spans.push([`person ${p.id}`, m]);
  for (const c of a.claims) spans.push([`claim ${c.id}`, c]);
  for (const f of a.facts ?? []) if (f.sentence) spans.push(['fact sentence', f.sentence]);
  for (const [name, s] of spans) {
    assert(Number.isInteger(s.start) && s.start <= s.end && s.end <= chars, `${what}: ${name} [${s.start}, ${s.end}) out of ${chars}`);
    const slice = text.slice(s.start, s.end).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
    assert(slice === s.text, `${what}: ${name} text ${JSON.stringify(s.text)} != slice ${JSON.stringify(slice)}`);
  }
  for (const s of a.sections) assert(s.start <= s.end && s.end <= chars, `${what}: section out of bounds`);
}

const warned = (a, code) => a.warnings.some((w) => w.code === code);

// The .wasm with a smaller maximum memory: its memory section rewritten (pages of 64 KiB).
function withMaxMemory(bytes, maxPages) {
  const leb = (pos) => {
    let r = 0;
    let s = 0;
    let b;
    do {
      b = bytes[pos++];
      r += (b & 0x7f) * 2 ** s;
      s += 7;
    } while (b & 0x80);
    return [r, pos];
  };
  const enc = (n) => {
    const out = [];
    do {
      let b = n & 0x7f;
      n = Math.floor(n / 128);
      if (n) b |= 0x80;
      out.push(b);
    } while (n);
    return out;
  };
  let p = 8;
  while (p < bytes.length) {
    const id = bytes[p];
    const [size, start] = leb(p + 1);
    if (id === 5) {
      const [count, q] = leb(start);
      const flags = bytes[q];
      const [initial] = leb(q + 1);
      const body = [...enc(count), flags | 1, ...enc(Math.min(initial, maxPages)), ...enc(maxPages)];
      const section = [5, ...enc(body.length), ...body];
      const out = new Uint8Array(p + section.length + bytes.length - (start + size));
      out.set(bytes.subarray(0, p), 0);
      out.set(section, p);
      out.set(bytes.subarray(start + size), p + section.length);
      return out;
    }
    p = start + size;
  }
  throw new Error('no memory section in the .wasm');
}

// First, while nothing else is loaded: a module that may grow to 64 MB only, and an input
// that needs more. The call must reject with a clear Error, and the API must work after.
await test('wasm: out of memory is a clear Error, and the next call works', async () => {
  const small = withMaxMemory(new Uint8Array(await readFile(wasmPath)), 1024);
  const printErr = () => {}; // the module's own "Aborted()" line
  await api.init({ wasmBinary: small, printErr });
  const text = 'Alibaba Group Holding Ltd rose 4.8% to HK$160.10 on Wednesday, Reuters said. '.repeat(200000);
  let error = null;
  try {
    await api.analyze(text);
  } catch (err) {
    error = err;
  }
  assert(error instanceof Error, 'the analysis did not fail with an Error');
  assert(error.code === 'FINLENS_WASM_TRAP', `error code ${error.code}: ${error.message}`);
  assert(/out of memory/.test(error.message) && /reset/.test(error.message), `unclear message: ${error.message}`);
  assert(error.cause instanceof WebAssembly.RuntimeError, 'the trap is not kept as the cause');
  const after = await api.analyze('Apple rose 5% to $3 billion.');
  assert(after.figures.length === 2, 'the API does not work after the trap');
});

const hostile = {
  'lone surrogates': 'a\uD800 rose 5% \uDC00 to $3 billion \uD83D',
  'NUL characters': 'Apple Inc\0 rose 5%\0 to $3 billion\0\0 on Monday.\0',
  'CR-only lines': 'Apple shares jump\rMarch 1, 2008\rApple rose 5% to $3 billion.\r\nIBM fell 2%.\n\r',
  'astral characters': '📈 Alibaba 阿里巴巴 rose 4.8% 📉 to HK$160.10 𝟘𝟙 '.repeat(200),
  'right-to-left text': 'ارتفعت الأسهم 5% \u200Fשוק המניות עלה $3 billion\u202E rose 7%\u202C '.repeat(200),
  'combining marks': 'Socie\u0301te\u0301 Ge\u0301ne\u0301rale rose 3\u0301% to €5 billion. '.repeat(200),
  '10 000 unbalanced quotes': 'He said “sales rose 5% '.repeat(10000),
  '100 000 "$1"': '$1'.repeat(100000),
  'deep parentheses': `${'('.repeat(100000)}5%${')'.repeat(100000)}`,
  'a long line': 'the quick brown fox jumps over the lazy dog, shares rose 5% to $3 billion and '.repeat(3000),
};
for (const [name, text] of Object.entries(hostile)) {
  await test(`wasm: ${name}: every span slices out of the input`, async () => {
    const a = await api.analyze(text, { date: '2025-01-29' });
    assert(a.input.chars === text.length, `${name}: input.chars ${a.input.chars} != ${text.length}`);
    checkSpans(text, a, name);
    if (name !== '10 000 unbalanced quotes' && name !== 'a long line') {
      assert(a.figures.length > 0 || name.startsWith('100 000'), `${name}: no figures`);
    }
  });
}

await test('wasm: maxBytes cuts a long input with an input_truncated warning', async () => {
  const text = 'Alibaba Group Holding Ltd rose 4.8% to HK$160.10 on Wednesday. 阿里巴巴 €5 '.repeat(5000);
  const a = await api.analyze(text, { maxBytes: 100000 });
  assert(warned(a, 'input_truncated'), 'no input_truncated warning');
  assert(!warned(a, 'invalid_utf8'), 'the cut made invalid UTF-8');
  assert(a.input.chars <= 100000 && a.input.chars > 80000, `input.chars ${a.input.chars}`);
  checkSpans(text, a, 'cut input');
  // cut inside a 3-byte character: it steps back to the character's start
  const euro = '€'.repeat(1000);
  for (const max of [1, 2, 3, 1000, 1001, 1002]) {
    const e = await api.analyze(euro, { maxBytes: max });
    assert(e.input.chars === Math.floor(max / 3), `maxBytes ${max}: ${e.input.chars} chars`);
  }
});

await test('wasm: memoryBytes() reports the module memory', async () => {
  assert(api.memoryBytes() >= 16 * 1024 * 1024, `memoryBytes ${api.memoryBytes()}`);
});

finish();
