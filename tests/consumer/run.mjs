// The npm package as another project uses it:
//
//   1. `npm pack` (its prepack assembles npm-dist/) and a look at what the tarball holds;
//   2. `npm install` of the tarball, offline, into a scratch project
//      (build/consumer-npm/run-PID/app: one per run, so that runs side by side do not
//      collide; kept after a failure, removed after success or by a later run);
//   3. Node: node-app.mjs imports 'finlens' there and analyzes a seed, the .wasm found
//      beside the module, or given as bytes, a URL, a compiled module, after a failed
//      load; the bytes must be the native CLI's; a worker_threads round trip;
//   4. Vite bundles a tiny page (web/index.html + main.js: main thread + Worker) and
//      Chromium (Debian's, through playwright-core) shows its analysis;
//   5. the same page without a bundler: plain <script type="module"> + an import map;
//   6. tsc type-checks example.ts, and every real analysis of the seeds and the corpus
//      (and the seeds' collection) as typed literals, against the package's .d.ts.
//
//   node tests/consumer/run.mjs      (after scripts/build.sh; part of scripts/test.sh)
// Env: FINLENS_SHARED (default ../shared), FINLENS_CLI (default build/native/finlens),
//      CHROMIUM_PATH (default /usr/bin/chromium).
// Ends with `N passed, M failed`; exits 1 when anything failed.
import { execFileSync, spawnSync } from 'node:child_process';
import { createReadStream, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const shared = resolve(process.env.FINLENS_SHARED ?? join(root, '../shared'));
const cli = resolve(process.env.FINLENS_CLI ?? join(root, 'build/native/finlens'));
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const scratchRoot = join(root, 'build/consumer-npm');
const scratch = join(scratchRoot, `run-${process.pid}`);
const app = join(scratch, 'app');
const DATE = '2025-01-29';
const TIMEOUT = 30_000;

// --- a minimal runner ------------------------------------------------------------------
let passed = 0;
let failed = 0;
class Failure extends Error {}
function assert(cond, msg) {
  if (!cond) throw new Failure(msg);
}
async function test(name, fn) {
  const t0 = performance.now();
  try {
    await fn();
    passed++;
    console.log(`ok - ${name} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
    return true;
  } catch (err) {
    failed++;
    console.log(`not ok - ${name}\n    ${String(err instanceof Failure ? err.message : (err?.stack ?? err)).split('\n').join('\n    ')}`);
    return false;
  }
}
function finish() {
  if (failed) console.log(`(the scratch project is kept in ${scratch})`);
  else rmSync(scratch, { recursive: true, force: true });
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 256 << 20, timeout: 5 * 60_000, ...opts });
  if (r.status !== 0) {
    throw new Failure(`${cmd} ${args.join(' ')} exited ${r.status ?? r.signal}\n${(r.stderr || '').slice(-3000)}${(r.stdout || '').slice(-2000)}`);
  }
  return r.stdout;
}

// --- inputs ------------------------------------------------------------------------------
const seedDir = join(shared, 'seeds');
if (!existsSync(seedDir)) {
  console.log(`no seeds in ${seedDir} (set FINLENS_SHARED)`);
  failed++;
  finish();
}
const seeds = readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedDir, f));
const seedPath = seeds[0];
const seedText = readFileSync(seedPath, 'utf8');
if (!existsSync(cli)) {
  console.log(`no native CLI at ${cli}: run scripts/build.sh`);
  failed++;
  finish();
}
const cliJson = run(cli, ['--date', DATE, seedPath]).replace(/\n$/, '');
const cliAnalysis = JSON.parse(cliJson);

// --- 1. pack ---------------------------------------------------------------------------------
// Earlier runs' scratch projects, unless their run is still going.
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return err.code === 'EPERM';
  }
}
if (existsSync(scratchRoot)) {
  for (const d of readdirSync(scratchRoot)) {
    const m = /^run-(\d+)$/.exec(d);
    if (!m || !alive(Number(m[1]))) rmSync(join(scratchRoot, d), { recursive: true, force: true });
  }
}
mkdirSync(app, { recursive: true });
let tarball = null;
let packed = null;
await test('npm pack: a tarball named finlens with the module, its worker and types', () => {
  const out = run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: root });
  packed = JSON.parse(out.slice(out.indexOf('[')))[0];
  tarball = join(scratch, packed.filename);
  assert(packed.name === 'finlens', `name: ${packed.name}`);
  assert(existsSync(tarball), `no ${tarball}`);
  const files = packed.files.map((f) => f.path).sort();
  const want = ['finlens.mjs', 'finlens.d.ts', 'finlens-core.mjs', 'finlens-core.wasm', 'worker.mjs', 'worker.d.ts', 'worker-client.mjs', 'worker-client.d.ts'];
  for (const f of want) assert(files.includes(`npm-dist/${f}`), `npm-dist/${f} not in the tarball: ${files.join(', ')}`);
  const extra = files.filter((f) => !f.startsWith('npm-dist/') && !['package.json', 'README.md'].includes(f));
  assert(extra.length === 0, `unexpected files in the tarball: ${extra.join(', ')}`);
  console.log(`    ${packed.filename}: ${files.length} files, ${packed.size} B packed, ${packed.unpackedSize} B unpacked`);
});
if (!tarball || !existsSync(tarball)) finish();

// --- 2. install --------------------------------------------------------------------------------
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'finlens-consumer', private: true, type: 'module' }, null, 2));
const installed = await test('npm install of the tarball into a scratch project (offline)', () => {
  run('npm', ['install', '--offline', '--no-audit', '--no-fund', '--no-package-lock', tarball], { cwd: app });
  const pkg = JSON.parse(readFileSync(join(app, 'node_modules/finlens/package.json'), 'utf8'));
  assert(pkg.version === packed.version, `installed ${pkg.version}, packed ${packed.version}`);
  assert(existsSync(join(app, 'node_modules/finlens/npm-dist/finlens-core.wasm')), 'no .wasm installed');
});
if (!installed) finish();
cpSync(join(here, 'node-app.mjs'), join(app, 'node-app.mjs'));
cpSync(join(here, 'web/main.js'), join(app, 'main.js'));
cpSync(join(here, 'web/plain.html'), join(app, 'plain.html'));
writeFileSync(join(app, 'seed.txt'), seedText);

// --- 3. Node -------------------------------------------------------------------------------------
function nodeApp(mode) {
  return JSON.parse(run(process.execPath, ['node-app.mjs', mode, seedPath], { cwd: app }));
}
let version = null;
for (const mode of ['default', 'bytes', 'url', 'module', 'retry', 'worker']) {
  const label = {
    default: 'the .wasm beside the module',
    bytes: 'init({ wasmBinary })',
    url: 'init({ wasmUrl })',
    module: 'init({ wasmModule })',
    retry: 'a failed load, then a good one',
    worker: 'worker client round trip (worker_threads)',
  }[mode];
  await test(`Node: import 'finlens' from the installed package: ${label}`, () => {
    const r = nodeApp(mode);
    assert(r.resolved.startsWith(join(app, 'node_modules', 'finlens') + sep), `'finlens' resolved to ${r.resolved}`);
    assert(/^\d+\.\d+\.\d+/.test(r.before) && r.before === r.VERSION && r.after === r.VERSION,
      `version before ${r.before}, VERSION ${r.VERSION}, after ${r.after}`);
    version = r.VERSION;
    assert(r.json === cliJson, `analysis differs from the CLI's:\n  wasm ${r.json.slice(0, 200)}…\n  cli  ${cliJson.slice(0, 200)}…`);
    assert(r.concurrentSame, '8 concurrent first calls gave different answers');
    assert(r.slices, 'a figure span does not slice to its text');
    assert(JSON.stringify(r.many) === '["0","b"]', `analyzeMany ids: ${JSON.stringify(r.many)}`);
    if (mode === 'retry') assert(/^rejected/.test(r.badUrl), `bad URL: ${r.badUrl}`);
    if (mode === 'worker') {
      assert(r.workerSame, 'the worker answered differently from the main thread');
      assert(r.workerVersion === r.VERSION, `worker version ${r.workerVersion}`);
      assert(r.workerMemory > 0, `worker memoryBytes: ${r.workerMemory}`);
      assert(r.workerMany === 2, `worker analyzeMany: ${r.workerMany}`);
      assert(/^TypeError: /.test(r.workerError), `worker error: ${r.workerError}`);
      assert(/terminated/.test(r.afterTerminate), `after terminate: ${r.afterTerminate}`);
    }
  });
}

// --- 4 + 5. browsers ---------------------------------------------------------------------------
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8', '.css': 'text/css' };
function serve(dir) {
  const base = resolve(dir);
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(base + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ url: `http://127.0.0.1:${server.address().port}/`, requests, close: () => new Promise((c) => server.close(c)) })));
}

let browser = null;
async function openPage(dir, file, devServer = null) {
  const server = devServer ?? (await serve(dir));
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (err) => problems.push(`pageerror: ${err.message}`));
  page.on('console', (msg) => msg.type() === 'error' && problems.push(`console: ${msg.text()}`));
  try {
    await page.goto(server.url + file);
    await page.waitForFunction(() => document.body.dataset.result || document.body.dataset.error, null, { timeout: TIMEOUT });
    const error = await page.evaluate(() => document.body.dataset.error);
    assert(!error, `the page failed: ${error}`);
    const result = JSON.parse(await page.evaluate(() => document.body.dataset.result));
    const shown = await page.$$eval('#companies li', (lis) => lis.map((li) => li.textContent));
    const summary = await page.textContent('#summary');
    return { result, shown, summary, problems, requests: [...server.requests] };
  } finally {
    await page.close();
    await server.close();
  }
}

function checkPage({ result, shown, summary, problems, requests }) {
  assert(problems.length === 0, problems.join('\n'));
  const names = cliAnalysis.companies.map((c) => c.name);
  assert(JSON.stringify(result.companies) === JSON.stringify(names), `companies ${JSON.stringify(result.companies)} != CLI ${JSON.stringify(names)}`);
  assert(result.figures === cliAnalysis.figures.length, `figures ${result.figures} != ${cliAnalysis.figures.length}`);
  assert(shown.length === names.length && shown[0].startsWith(names[0]), `the page shows ${JSON.stringify(shown)}`);
  assert(/\d+ companies, \d+ people, \d+ figures, \d+ claims/.test(summary), `summary: ${summary}`);
  assert(result.before === result.VERSION && result.after === result.VERSION && result.workerVersion === result.VERSION,
    `versions: ${JSON.stringify([result.before, result.VERSION, result.after, result.workerVersion])}`);
  assert(result.concurrentSame, 'concurrent first calls differ');
  assert(result.workerSame, 'the Worker answered differently from the main thread');
  assert(result.slices, 'a figure span does not slice to its text');
  assert(JSON.stringify(result.many) === '["seed","short"]' && result.merged > 0, `analyzeMany: ${JSON.stringify(result.many)}, ${result.merged}`);
  const wasm = requests.filter((r) => r.endsWith('.wasm'));
  assert(wasm.length >= 2, `expected the .wasm fetched by the page and by its worker, got ${JSON.stringify(requests)}`);
  return wasm;
}

let built = false;
await test('Vite bundles a page that imports finlens and finlens/worker-client', async () => {
  const { build } = await import('vite');
  const webRoot = join(app, 'web');
  mkdirSync(webRoot, { recursive: true });
  cpSync(join(here, 'web/index.html'), join(webRoot, 'index.html'));
  cpSync(join(here, 'web/main.js'), join(webRoot, 'main.js'));
  await build({
    root: webRoot,
    configFile: false,
    logLevel: 'warn',
    base: './',
    build: { outDir: join(app, 'dist'), emptyOutDir: true },
  });
  writeFileSync(join(app, 'dist/seed.txt'), seedText);
  const assets = readdirSync(join(app, 'dist/assets'));
  assert(assets.some((f) => f.endsWith('.wasm')), `no .wasm among the bundle's assets: ${assets.join(', ')}`);
  console.log(`    dist/assets: ${assets.join(', ')}`);
  built = true;
});

let chromium = null;
try {
  ({ chromium } = await import('playwright-core'));
  browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync'],
  });
} catch (err) {
  await test('Chromium starts (playwright-core)', () => {
    throw err;
  });
}
if (browser) {
  if (built) {
    await test('Chromium: the Vite-bundled page shows the analysis (main thread + Worker)', async () => {
      const wasm = checkPage(await openPage(join(app, 'dist'), 'index.html'));
      assert(wasm.every((p) => p.startsWith('/assets/')), `the .wasm came from ${wasm.join(', ')}`);
    });
  }
  if (built) {
    await test('Chromium: the same page from the Vite dev server', async () => {
      const { createServer } = await import('vite');
      writeFileSync(join(app, 'web/seed.txt'), seedText);
      const requests = [];
      const logRequests = {
        name: 'log-requests',
        configureServer(server) {
          server.middlewares.use((req, _res, next) => {
            requests.push(new URL(req.url, 'http://x').pathname);
            next();
          });
        },
      };
      const vite = await createServer({
        root: join(app, 'web'),
        configFile: false,
        logLevel: 'warn',
        plugins: [logRequests],
        server: { host: '127.0.0.1', port: 0, hmr: false },
      });
      await vite.listen();
      const url = vite.resolvedUrls.local[0];
      const dev = { url, requests, close: () => vite.close() };
      const r = await openPage(null, '', dev);
      const wasm = checkPage(r);
      console.log(`    the .wasm served from ${[...new Set(wasm)].join(', ')}`);
    });
  }
  await test('Chromium: a plain <script type="module"> page (import map, no bundler) shows the analysis', async () => {
    const wasm = checkPage(await openPage(app, 'plain.html'));
    assert(wasm.every((p) => p === '/node_modules/finlens/npm-dist/finlens-core.wasm'), `the .wasm came from ${wasm.join(', ')}`);
  });
  await browser.close();
}

// --- 6. types ----------------------------------------------------------------------------------
await test('tsc: example.ts and the real analyses of seeds + corpus type-check against the .d.ts (strict)', () => {
  cpSync(join(here, 'example.ts'), join(app, 'example.ts'));
  cpSync(join(here, 'tsconfig.json'), join(app, 'tsconfig.json'));
  // Every analysis the CLI writes for the seeds (with and without a date) and the corpus,
  // and the seeds' collection, as object literals typed Analysis / Collection: tsc then
  // refuses any field the .d.ts does not declare, a missing required field, a wrong
  // type, or a value outside a closed set.
  const analyses = [];
  for (const s of seeds) {
    analyses.push(run(cli, ['--date', DATE, s]).trim(), run(cli, [s]).trim());
  }
  const corpus = join(shared, 'corpus/wikinews-business.jsonl');
  if (existsSync(corpus)) {
    for (const line of run(cli, ['--jsonl', corpus]).split('\n')) {
      if (line) analyses.push(JSON.stringify(JSON.parse(line).analysis));
    }
  }
  const collection = run(cli, ['--merge', ...seeds]).trim();
  const lines = ["import type { Analysis, Collection } from 'finlens';", ''];
  analyses.forEach((a, i) => lines.push(`export const a${i}: Analysis = ${a};`));
  lines.push(`export const collection: Collection = ${collection};`);
  writeFileSync(join(app, 'real-output.ts'), lines.join('\n') + '\n');
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  run(process.execPath, [tsc, '-p', join(app, 'tsconfig.json')]);
  run(process.execPath, [tsc, '-p', join(app, 'tsconfig.json'), '--module', 'ESNext', '--moduleResolution', 'Bundler']);
  console.log(`    ${analyses.length} analyses + 1 collection checked; example.ts under NodeNext and Bundler resolution`);
});

finish();
