// The recognizer corpora (tests/corpus/*.json) run through the WebAssembly module, as
// tests/unit/corpus_test.cc runs them natively: every case lists each figure of the
// file's kinds that the text must yield, in order, with the fields to check ("company"
// by the linked company's name or alias).
//
//   node tests/node/corpus.mjs [-v]
//
// Ends with the line `N passed, M failed`; exits 1 when anything failed.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assert, finish, test } from './_harness.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const corpusDir = join(root, 'tests/corpus');
const api = await import(pathToFileURL(join(root, 'wasm/finlens.mjs')).href);

// The company a figure links to, by name or alias; null when it links to none.
function checkCompany(analysis, figure, want, where) {
  if (want === null) {
    assert(!('company' in figure), `${where}: expected no company, got ${JSON.stringify(figure)}`);
    return;
  }
  const c = analysis.companies.find((x) => 'company' in figure && x.id === figure.company);
  const ok = c && (c.name === want || c.aliases.includes(want));
  assert(ok, `${where}: company ${c ? JSON.stringify(c.name) : '(none)'} != ${JSON.stringify(want)}`);
}

function checkField(got, key, want, where) {
  if (want === null) {
    assert(!(key in got), `${where}: expected no ${key}, got ${JSON.stringify(got)}`);
    return;
  }
  if (key === 'no_date') {
    assert(!('date' in got), `${where}: expected no date, got ${JSON.stringify(got)}`);
    return;
  }
  assert(key in got, `${where}: missing ${key} in ${JSON.stringify(got)}`);
  if (typeof want === 'number') {
    const g = got[key];
    assert(typeof g === 'number' && Math.abs(g - want) <= 1e-9 * Math.abs(want) + 1e-12,
      `${where}: ${key} ${JSON.stringify(g)} != ${want}`);
  } else {
    assert(JSON.stringify(got[key]) === JSON.stringify(want),
      `${where}: ${key} ${JSON.stringify(got[key])} != ${JSON.stringify(want)}`);
  }
}

let loaded = false;
await test('the wasm module loads', async () => {
  await api.init();
  loaded = true;
});
if (!loaded) {
  console.log('(build it with scripts/build.sh wasm)');
  finish();
  process.exit();
}

// The layout corpus (tests/corpus/layout.json), as tests/unit/layout_test.cc runs it:
// a text laid out another way gives the same findings as its plain form (same_as),
// credits are boilerplate sections, addresses give no figures, non-text is refused.
const squeeze = (s) => s.replace(/[\s\u00a0]+/g, ' ').trim();
function findings(a, spanTextsDiffer) {
  const t = (s) => (spanTextsDiffer ? '' : squeeze(s));
  return [
    ...a.companies.map((c) => `company ${c.name}`),
    ...a.people.map((p) => `person ${p.name}`),
    ...a.figures.map((f) => `figure ${f.kind} ${t(f.text)} ${f.value ?? ''} ${f.currency ?? ''}`),
    ...a.claims.map((c) => `claim ${c.kind} ${c.source ? c.source.name : ''}: ${t(c.text)}`),
  ].sort();
}
async function layoutCase(c) {
  const a = await api.analyze(c.text);
  const where = JSON.stringify(c.text.slice(0, 80));
  if ('same_as' in c) {
    const got = findings(a, c.span_texts_differ), want = findings(await api.analyze(c.same_as), c.span_texts_differ);
    assert(JSON.stringify(got) === JSON.stringify(want),
      `${where}: ${c.why}\n  lost ${want.filter((x) => !got.includes(x)).join(' | ')}\n  new ${got.filter((x) => !want.includes(x)).join(' | ')}`);
  }
  for (const line of c.boilerplate ?? []) {
    const at = c.text.indexOf(line);
    assert(a.sections.some((s) => s.kind === 'boilerplate' && s.start <= at && at + line.length <= s.end),
      `${where}: no boilerplate section over ${JSON.stringify(line)} in ${JSON.stringify(a.sections)}`);
  }
  if ('figures' in c) {
    const got = a.figures.map((f) => f.text);
    assert(JSON.stringify(got) === JSON.stringify(c.figures), `${where}: figures ${JSON.stringify(got)}`);
  }
  if ('warning' in c) assert(a.warnings.some((w) => w.code === c.warning), `${where}: no warning ${c.warning}`);
}
const layout = join(corpusDir, 'layout.json');
if (existsSync(layout)) {
  for (const [i, c] of JSON.parse(readFileSync(layout, 'utf8')).cases.entries()) {
    await test(`layout.json#${i}: ${c.why}`, () => layoutCase(c));
  }
}

const files = existsSync(corpusDir) ? readdirSync(corpusDir).filter((f) => f.endsWith('.json')).sort() : [];
await test('there are corpora to run', () => assert(files.length > 0, `no *.json in ${corpusDir}`));
for (const file of files) {
  const corpus = JSON.parse(readFileSync(join(corpusDir, file), 'utf8'));
  // Only the figure corpora ({kinds, cases: [{text, expect}]}); other files there
  // (annotations with another shape) have tests of their own.
  if (!Array.isArray(corpus.kinds) || !Array.isArray(corpus.cases)) continue;
  const kinds = new Set(corpus.kinds);
  for (const [i, c] of corpus.cases.entries()) {
    await test(`${file}#${i}: ${c.text.slice(0, 60)}`, async () => {
      const a = await api.analyze(c.text, c.date ? { date: c.date } : {});
      const got = a.figures.filter((f) => kinds.has(f.kind));
      const texts = got.map((f) => `[${f.text}]`).join(' ');
      const where = `${JSON.stringify(c.text)}\n  found ${texts || 'nothing'}`;
      assert(got.length === c.expect.length, `${where}\n  expected ${c.expect.length} figure(s), got ${got.length}`);
      c.expect.forEach((want, k) => {
        for (const [key, value] of Object.entries(want)) {
          if (key === 'company') checkCompany(a, got[k], value, where);
          else checkField(got[k], key, value, where);
        }
      });
    });
  }
}
finish();
