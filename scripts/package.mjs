#!/usr/bin/env node
// Assembles the npm package's files in npm-dist/ (npm runs this as "prepack", so
// `npm pack` and `npm publish` always ship a fresh copy):
//
//   npm-dist/finlens.mjs        the JS API (wasm/finlens.mjs, the module beside it)
//   npm-dist/finlens.d.ts       types: the API and the whole finlens/1 analysis
//   npm-dist/finlens-core.mjs   Emscripten's glue   } from build/wasm/dist
//   npm-dist/finlens-core.wasm  the analyzer        } (bash scripts/build.sh wasm)
//   npm-dist/worker.mjs, worker.d.ts                 the worker entry ('finlens/worker')
//   npm-dist/worker-client.mjs, worker-client.d.ts   its client ('finlens/worker-client')
//
// In the repository wasm/finlens.mjs loads the module from ../build/wasm/dist/; in the
// package it sits beside it. Those two paths are the only change. Also checks that
// package.json, wasm/finlens.mjs (VERSION) and the CMake project carry one version.
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'npm-dist');
const wasmDist = join(root, 'build/wasm/dist');

function fail(msg) {
  console.error(`package: ${msg}`);
  process.exit(1);
}

for (const f of ['finlens-core.mjs', 'finlens-core.wasm']) {
  if (!existsSync(join(wasmDist, f))) fail(`${relative(root, join(wasmDist, f))} is missing: run bash scripts/build.sh wasm`);
}

// One version everywhere.
const pkgVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
const api = readFileSync(join(root, 'wasm/finlens.mjs'), 'utf8');
const apiVersion = /export const VERSION = '([^']+)'/.exec(api)?.[1];
const cmakeVersion = /project\(finlens VERSION ([0-9.]+)/.exec(readFileSync(join(root, 'CMakeLists.txt'), 'utf8'))?.[1];
if (pkgVersion !== apiVersion || pkgVersion !== cmakeVersion) {
  fail(`versions differ: package.json ${pkgVersion}, wasm/finlens.mjs VERSION ${apiVersion}, CMakeLists.txt ${cmakeVersion}`);
}

// The module sits beside the API in the package.
let packaged = api;
for (const name of ['finlens-core.wasm', 'finlens-core.mjs']) {
  const from = `'../build/wasm/dist/${name}'`;
  const n = packaged.split(from).length - 1;
  if (n !== 1) fail(`expected ${from} once in wasm/finlens.mjs, found it ${n} times`);
  packaged = packaged.replace(from, `'./${name}'`);
}
if (packaged.includes('../build/')) fail('wasm/finlens.mjs refers to ../build/ beyond the two module paths');

// Assembled aside, then moved into place: a pack running alongside sees whole files.
const tmp = `${out}.tmp-${process.pid}`;
rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
writeFileSync(join(tmp, 'finlens.mjs'), packaged);
for (const f of ['finlens.d.ts', 'worker.mjs', 'worker.d.ts', 'worker-client.mjs', 'worker-client.d.ts']) {
  copyFileSync(join(root, 'wasm', f), join(tmp, f));
}
for (const f of ['finlens-core.mjs', 'finlens-core.wasm']) copyFileSync(join(wasmDist, f), join(tmp, f));
rmSync(out, { recursive: true, force: true });
renameSync(tmp, out);

const gz = (f) => gzipSync(readFileSync(join(out, f)), { level: 9 }).length;
const runtime = ['finlens.mjs', 'finlens-core.mjs', 'finlens-core.wasm'];
const total = runtime.reduce((s, f) => s + gz(f), 0);
console.error(
  `package: npm-dist/ assembled (finlens ${pkgVersion}); ` +
    runtime.map((f) => `${f} ${statSync(join(out, f)).size} B (${gz(f)} gzipped)`).join(', ') +
    `; ${total} B gzipped in all`,
);
