// Browser tests for the built finlens page (run `npm run build:web` first).
//
// Serves dist/web on 127.0.0.1 under a sub-path (as GitHub Pages does), opens it
// in Debian's Chromium through playwright-core, and checks what a person sees
// against the analysis computed by the same module in the same page. The tests share
// one page, in order (the files below register them). Prints the measured figures and
// `N passed, M failed` last, and exits non-zero on any failure.
//
// Environment:
//   FINLENS_SHARED   the shared material (default: ../shared beside the repo); the tests
//                    on the seeds and the corpus are skipped without it
//   FINLENS_WEB_DIST the built page (default: dist/web)
//   CHROMIUM_PATH    the browser (default: /usr/bin/chromium)
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { TIMEOUT } from './config.mjs';
import { digestTests } from './digest.test.mjs';
import { repoRoot } from './fixtures.mjs';
import { AssertionError, ctx, report, tests } from './harness.mjs';
import { layoutTests } from './layout.test.mjs';
import { pageTests } from './page.test.mjs';
import { serveStatic } from './server.mjs';
import { tableTests } from './tables.test.mjs';
import { viewTests } from './views.test.mjs';

const distDir = resolve(process.env.FINLENS_WEB_DIST ?? join(repoRoot, 'dist', 'web'));
const outDir = join(repoRoot, 'test-results');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

pageTests(distDir);
tableTests();
viewTests();
digestTests();
layoutTests();

/** A screenshot's path in test-results/, noted for the report. */
ctx.shots = [];
ctx.shot = (name) => {
  ctx.shots.push(name);
  return join(outDir, name);
};

async function openPage(browser) {
  const { seen } = ctx;
  ctx.context = await browser.newContext({ viewport: { width: 1280, height: 900 }, colorScheme: 'light', acceptDownloads: true });
  await ctx.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(ctx.baseUrl).origin });
  // Every request of the page and its worker goes through here: only the local
  // server is let through, anything else is recorded and aborted.
  await ctx.context.route('**/*', (route) => {
    const url = route.request().url();
    seen.requests.push(url);
    const u = new URL(url);
    if (u.protocol === 'data:' || u.protocol === 'blob:' || u.hostname === '127.0.0.1') return route.continue();
    seen.blocked.push(url);
    return route.abort();
  });
  await ctx.context.addInitScript(() => {
    window.__longTasks = []; // durations, ms
    window.__longTaskStarts = []; // and when each started (performance.now())
    try {
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          window.__longTasks.push(Math.round(e.duration));
          window.__longTaskStarts.push(Math.round(e.startTime));
        }
      }).observe({ type: 'longtask' });
    } catch {}
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await ctx.context.newPage();
  page.setDefaultTimeout(TIMEOUT);
  page.on('dialog', (d) => {
    seen.dialogs.push(`${d.type()}: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('console', (m) => m.type() === 'error' && seen.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => seen.pageErrors.push(String(e)));
  ctx.page = page;
}

async function main() {
  const started = Date.now();
  if (!existsSync(join(distDir, 'index.html'))) {
    console.error(`no built page in ${distDir}: run \`npm run build:web\` first`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
  mkdirSync(outDir, { recursive: true });
  ctx.server = await serveStatic(distDir, { prefix: '/finlens/' });
  ctx.baseUrl = ctx.server.url;
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', '--disable-component-update', '--disable-sync', '--disable-quic'],
  });
  ctx.browser = browser;
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  try {
    await openPage(browser);
    for (const { name, fn, skip } of tests) {
      if (skip) {
        skipped++;
        console.log(`ok - ${name} # SKIP ${skip}`);
        continue;
      }
      const t0 = Date.now();
      try {
        await fn();
        passed++;
        console.log(`ok - ${name} (${Date.now() - t0} ms)`);
      } catch (err) {
        failed++;
        console.log(`not ok - ${name} (${Date.now() - t0} ms)\n    ${err instanceof AssertionError ? err.message : err.stack}`);
      }
    }
  } finally {
    await browser.close().catch(() => {});
    await ctx.server.close();
  }
  for (const line of report) console.log(`# ${line}`);
  console.log(`# ${tests.length} tests in ${((Date.now() - started) / 1000).toFixed(1)} s${skipped ? `, ${skipped} skipped` : ''}`);
  console.log(`${passed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
