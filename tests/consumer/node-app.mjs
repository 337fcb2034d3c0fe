// A Node program that uses the installed package, run by run.mjs inside the scratch
// project:  node node-app.mjs MODE SEED.txt
// Prints one JSON object: what it saw. MODE says how the .wasm is found:
//   default  beside the module (the package's own layout)
//   bytes    init({ wasmBinary })      url     init({ wasmUrl })
//   module   init({ wasmModule })      retry   a bad wasmUrl first, then the default
//   worker   the worker client (worker_threads) against the main thread
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { analyze, analyzeJson, analyzeMany, init, version, VERSION } from 'finlens';
import { FinlensClient } from 'finlens/worker-client';

const [mode = 'default', seedPath] = process.argv.slice(2);
const text = readFileSync(seedPath, 'utf8');
const wasmPath = fileURLToPath(import.meta.resolve('finlens/finlens-core.wasm'));
const out = { mode, resolved: fileURLToPath(import.meta.resolve('finlens')), before: version(), VERSION };

if (mode === 'bytes') await init({ wasmBinary: readFileSync(wasmPath) });
if (mode === 'url') await init({ wasmUrl: new URL(import.meta.resolve('finlens/finlens-core.wasm')) });
if (mode === 'module') await init({ wasmModule: await WebAssembly.compile(readFileSync(wasmPath)) });
if (mode === 'retry') {
  try {
    await init({ wasmUrl: new URL('file:///nonexistent/finlens-core.wasm') });
    out.badUrl = 'loaded?!';
  } catch (err) {
    out.badUrl = `rejected: ${err.code ?? err.message}`;
  }
}

// Many calls at once before anything is loaded: one instantiation, all answered.
const options = { date: '2025-01-29' };
const all = await Promise.all(Array.from({ length: 8 }, () => analyzeJson(text, options)));
out.json = all[0];
out.concurrentSame = all.every((j) => j === all[0]);
out.after = version();
const a = await analyze(text, options);
out.slices = a.figures.every((f) => text.slice(f.start, f.end) === f.text);
const many = await analyzeMany([text, { id: 'b', text: 'Acme Corp shares rose 5% to $10.50 on Monday.', date: '2025-01-29' }]);
out.many = many.articles.map((x) => x.id);

if (mode === 'worker') {
  const client = new FinlensClient();
  const [w1, w2] = await Promise.all([client.analyze(text, options), client.analyzeJson(text, options)]);
  out.workerSame = JSON.stringify(w1) === JSON.stringify(a) && w2 === out.json;
  out.workerVersion = await client.version();
  out.workerMemory = await client.memoryBytes();
  const wm = await client.analyzeMany([text, text]);
  out.workerMany = wm.articles.length;
  try {
    await client.analyze(42);
    out.workerError = 'none';
  } catch (err) {
    out.workerError = `${err.constructor.name}: ${err.message}`;
  }
  await client.terminate();
  try {
    await client.analyze(text);
    out.afterTerminate = 'answered?!';
  } catch (err) {
    out.afterTerminate = err.message;
  }
}
process.stdout.write(JSON.stringify(out));
