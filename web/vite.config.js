// Vite config for the finlens page. Root is web/; output goes to dist/web/ at the
// repository root. `base: './'` keeps every URL relative so the built page works
// from any sub-path (GitHub Pages serves it at /<repo>/).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (p) => fileURLToPath(new URL(p, import.meta.url));
const repoRoot = here('..');

// The analysis engine: the real WebAssembly API module written by the wasm build
// (wasm/finlens.mjs, which loads build/wasm/dist/finlens-core.{mjs,wasm}).
// FINLENS_MOCK=1 swaps in a tiny JS stand-in, for UI work without an Emscripten build.
const realApi = here('../wasm/finlens.mjs');
const mockApi = here('./src/mock/finlens-mock.mjs');
const useMock = process.env.FINLENS_MOCK === '1';

// The page's CSP (in index.html) forbids inline styles; Vite's dev server injects
// CSS as <style> elements, so only while serving do we relax style-src.
function devCspRelax() {
  return {
    name: 'finlens-dev-csp',
    apply: 'serve',
    transformIndexHtml(html) {
      return html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");
    },
  };
}

function requireEngine() {
  return {
    name: 'finlens-require-engine',
    buildStart() {
      if (!useMock && !existsSync(realApi)) {
        this.error(
          'wasm/finlens.mjs not found: build the WebAssembly core first ' +
            '(bash scripts/build.sh), or set FINLENS_MOCK=1 to use the JS mock.',
        );
      }
    },
  };
}

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: false,
  plugins: [devCspRelax(), requireEngine()],
  resolve: {
    alias: {
      'finlens-engine': useMock ? mockApi : realApi,
    },
  },
  worker: {
    format: 'es',
  },
  build: {
    outDir: here('../dist/web'),
    emptyOutDir: true,
    target: 'es2022',
    assetsInlineLimit: 0, // never inline the .wasm as a data: URL
    sourcemap: false,
  },
  server: {
    host: '127.0.0.1',
    fs: { allow: [repoRoot] },
  },
  preview: {
    host: '127.0.0.1',
  },
});
