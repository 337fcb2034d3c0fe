// How the page looks: on a phone (touch: the hint, tap for details), in print, at 1280
// and 390 px, in dark mode, its contrast; and that it stayed within its walls.
import { assert, assertEqual, ctx, report, test } from './harness.mjs';
import { contrastFailures, pickSample, runs, waitForRun } from './helpers.mjs';

export function layoutTests() {
  test('on a phone: the hint speaks of tapping, a tap shows a mark’s details and why, a second tap its row', phone);
  test('print: the whole text and every panel, no text box, no controls', print);
  test('screenshots at 1280px and 390px; no sideways scrolling down to 360px', screenshots);
  test('text contrast is at least 4.5:1 in light and dark', async () => {
    const fails = [];
    for (const tab of ['companies', 'people', 'figures', 'claims', 'warnings']) {
      fails.push(...(await contrastFailures(ctx.page, () => ctx.page.click(`#tab-${tab}`))));
    }
    assertEqual([...new Set(fails)], [], 'text below 4.5:1');
  });
  test('no requests beyond 127.0.0.1, no errors, no CSP violations', async () => {
    const { seen, page } = ctx;
    assert(seen.requests.length > 0, 'requests were observed');
    assertEqual(seen.blocked, [], 'requests to other hosts');
    const wasm = seen.requests.filter((u) => u.endsWith('.wasm'));
    assert(wasm.length >= 1, `the .wasm was fetched from the page's origin (requests: ${seen.requests.join(', ')})`);
    assertEqual(await page.evaluate(() => window.__cspViolations ?? []), [], 'CSP violations');
    assertEqual(seen.pageErrors, [], 'uncaught page errors');
    assertEqual(seen.consoleErrors, [], 'console errors');
    assertEqual(seen.dialogs, [], 'dialogs');
    report.push(`screenshots (test-results/): ${ctx.shots.join(', ')}`);
  });
}

async function phone() {
  const mobile = await ctx.browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, colorScheme: 'light' });
  await mobile.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
  const page = await mobile.newPage();
  try {
    await page.goto(ctx.baseUrl, { waitUntil: 'load' });
    await waitForRun(page, 0, 'load');
    assert(await page.evaluate(() => matchMedia('(hover: none)').matches), 'the phone has no hover');
    assert(await page.isVisible('.hint-touch'), 'the touch hint shows');
    assert(await page.isHidden('.hint-pointer'), 'the hover and arrow-key hint does not');
    assert((await page.textContent('.hint-touch')).startsWith('Tap a mark'), 'it speaks of tapping');
    const mark = page.locator('#article-view mark.fi').first();
    await mark.tap();
    await page.waitForSelector('#tip:not([hidden])');
    assert((await page.textContent('#tip')).includes('Why:'), 'a tap shows the details with the why line');
    assertEqual(await page.getAttribute('#tab-figures', 'aria-selected'), 'false', 'and stays in the text');
    await page.screenshot({ path: ctx.shot('finlens-390-tap.png') });
    await mark.tap();
    assertEqual(await page.getAttribute('#tab-figures', 'aria-selected'), 'true', 'a second tap opens its row');
  } finally {
    await mobile.close();
  }
}

async function print() {
  const { page } = ctx;
  const before = await runs(page);
  await pickSample(page, 'tanker-contract-2008');
  await waitForRun(page, before, 'sample');
  await page.emulateMedia({ media: 'print' });
  try {
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const got = await page.evaluate(() => {
      const drawn = (e) => e.getClientRects().length > 0;
      const shown = (sel) => [...document.querySelectorAll(sel)].every(drawn);
      const view = document.getElementById('article-view');
      return {
        box: drawn(document.getElementById('article-input')) ? 'drawn' : 'none',
        tabs: drawn(document.getElementById('tablist')) ? 'drawn' : 'none',
        panels: shown('[role=tabpanel]'),
        built: [...document.querySelectorAll('[role=tabpanel]')].every((p) => p.childElementCount > 0),
        clipped: view.scrollHeight > view.clientHeight + 1,
        overflow: getComputedStyle(view).overflowY,
      };
    });
    assertEqual(got.box, 'none', 'the text box is not printed');
    assertEqual(got.tabs, 'none', 'nor the tabs');
    assert(got.panels && got.built, 'every panel is printed, drawn');
    assert(!got.clipped && got.overflow === 'visible', `the text is not clipped: ${JSON.stringify(got)}`);
    await page.pdf({ path: ctx.shot('finlens-print.pdf'), format: 'A4' });
    await page.screenshot({ path: ctx.shot('finlens-print.png'), fullPage: true });
  } finally {
    await page.emulateMedia({ media: 'screen' });
  }
}

async function screenshots() {
  const { page } = ctx;
  const shot = (name) => page.screenshot({ path: ctx.shot(name), fullPage: true });
  const noOverflow = async (width) => {
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert(overflow <= 0, `no horizontal overflow at ${width}px (overflow ${overflow}px)`);
  };
  await page.goto(ctx.baseUrl, { waitUntil: 'load' });
  await waitForRun(page, 0, 'load');
  let before = await runs(page);
  await pickSample(page, 'compare');
  await waitForRun(page, before, 'sample');
  await page.waitForSelector('#combined-view:not([hidden]) .cmp');
  for (const width of [1280, 390, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await noOverflow(width);
    if (width !== 360) await shot(`finlens-combined-${width}.png`);
  }
  // The first sample, with its other headlines, claims and people, alone (on a fresh page).
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(ctx.baseUrl, { waitUntil: 'load' });
  await waitForRun(page, 0, 'load');
  await page.evaluate(() => document.activeElement?.blur());
  for (const width of [1280, 390, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await noOverflow(width);
    if (width !== 360) await shot(`finlens-${width}.png`);
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot('finlens-1280-dark.png');
  await page.hover('#article-view mark.fi');
  await page.waitForSelector('#tip:not([hidden])');
  await page.screenshot({ path: ctx.shot('finlens-1280-dark-details.png') });
  await page.emulateMedia({ colorScheme: 'light' });
  before = await runs(page);
  await page.click('#digest button.dg-company');
  await page.waitForSelector('#company-view:not([hidden])');
  await noOverflow(1280);
  await page.click('#company-back');
}
