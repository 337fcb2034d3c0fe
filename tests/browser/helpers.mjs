// Page helpers shared by the browser tests: waiting for an analysis, reading panels,
// pasting and dropping as a person would, contrast, long tasks.
import { TIMEOUT } from './config.mjs';

export async function runs(page) {
  return Number((await page.getAttribute('#timing', 'data-runs')) ?? 0);
}

/** Wait until the page has shown an analysis newer than `after` (a run count). */
export async function waitForRun(page, after, trigger) {
  await page.waitForFunction(
    ([n, t]) => {
      const el = document.getElementById('timing');
      return Number(el.dataset.runs) > n && (!t || el.dataset.trigger === t);
    },
    [after, trigger],
    { timeout: TIMEOUT },
  );
}

/** Rows of one panel's table: ref, first-cell button text, cells by column label. */
export async function panelRows(page, name) {
  await page.click(`#tab-${name}`); // panels are built when their tab opens
  return page.$$eval(`#panel-${name} tbody tr[data-ref]`, (rows) =>
    rows.map((tr) => {
      const cells = {};
      for (const c of tr.children) cells[c.dataset.label] = c.textContent;
      const v = tr.querySelector('[data-label=Value]');
      return {
        ref: tr.dataset.ref,
        label: tr.querySelector('button.ref')?.textContent ?? '',
        cells,
        value: v?.dataset.value ?? null,
        currency: v?.dataset.currency ?? null,
        group: tr.closest('tbody').querySelector('tr.group')?.textContent ?? '',
      };
    }),
  );
}

/** Paste `text` into the article box through the clipboard, as a person would. */
export async function pasteInto(page, text) {
  await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  await page.click('#article-input');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('ControlOrMeta+V');
}

/** Drop files on the page with a synthetic drop event carrying a DataTransfer. */
export async function dropFiles(page, files) {
  await page.evaluate((fs) => {
    const dt = new DataTransfer();
    for (const f of fs) dt.items.add(new File([f.text], f.name, { type: f.type }));
    const target = document.getElementById('article-input');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

/** Open a shipped sample from the "Try a sample" menu. */
export async function pickSample(page, key) {
  await page.click('#sample-button');
  await page.click(`#sample-body button[data-sample="${key}"]`);
}

export async function articleList(page) {
  return page.$$eval('#article-list button.art', (bs) => bs.map((b) => b.querySelector('.art-name').textContent));
}

/** Text whose contrast against its background is below 4.5:1 (visible text nodes only). */
export function lowContrast() {
  const parse = (s) => {
    const m = /rgba?\(([^)]+)\)/.exec(s);
    if (!m) return null;
    const p = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [p[0], p[1], p[2], p[3] ?? 1];
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      v /= 255;
      return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const background = (el) => {
    const layers = [];
    for (let e = el; e; e = e.parentElement) {
      const c = parse(getComputedStyle(e).backgroundColor);
      if (c && c[3] > 0) {
        layers.push(c);
        if (c[3] >= 1) break;
      }
    }
    let base = [255, 255, 255];
    for (const l of layers.reverse()) base = base.map((v, i) => l[i] * l[3] + v * (1 - l[3]));
    return base;
  };
  const fails = [];
  const seen = new Set();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n; (n = walker.nextNode()); ) {
    const el = n.parentElement;
    if (!n.nodeValue.trim() || seen.has(el)) continue;
    seen.add(el);
    if (el.closest('[hidden], .visually-hidden, select, .skip')) continue;
    const r = el.getBoundingClientRect();
    const st = getComputedStyle(el);
    if (!r.width || !r.height || st.visibility === 'hidden') continue;
    const L1 = lum(parse(st.color));
    const L2 = lum(background(el));
    const ratio = (Math.max(L1, L2) + 0.05) / (Math.min(L1, L2) + 0.05);
    if (ratio < 4.5) fails.push(`${el.tagName.toLowerCase()}.${el.className} “${n.nodeValue.trim().slice(0, 24)}” ${ratio.toFixed(2)}`);
  }
  return fails;
}

/** Low-contrast text in light and in dark, after `prepare` (run once per scheme). */
export async function contrastFailures(page, prepare = async () => {}) {
  const fails = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    await prepare();
    fails.push(...(await page.evaluate(lowContrast)).map((f) => `${scheme}: ${f}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return [...new Set(fails)];
}

/** Wait until the text view has drawn all of a (long) text. */
export async function waitForText(page) {
  await page.waitForFunction(() => document.getElementById('article-view').dataset.rendered === 'done', null, { timeout: 60_000 });
}

/** The rows of a table by id: their refs and data-* of the value cell. */
export async function tableRows(page, id) {
  return page.$$eval(`#${id} tbody tr[data-ref]`, (rows) =>
    rows.map((tr) => ({ ref: tr.dataset.ref, text: tr.textContent, aid: tr.dataset.aid ?? null, group: tr.closest('tbody').querySelector('tr.group')?.textContent ?? '' })),
  );
}

/** Start counting main-thread long tasks afresh; `longest()` gives the longest since. */
export async function resetLongTasks(page) {
  await page.evaluate(() => {
    window.__longTasks.length = 0;
    window.__longTaskStarts.length = 0;
    window.__since = performance.now();
  });
}
/** The long tasks since resetLongTasks: "duration@start" (ms, start from the reset). */
export async function longTasks(page) {
  return page.evaluate(() => window.__longTasks.map((d, i) => `${d}@${Math.round(window.__longTaskStarts[i] - window.__since)}`));
}
export async function longestTask(page) {
  return Math.max(0, ...(await page.evaluate(() => window.__longTasks)));
}
