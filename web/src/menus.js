// The page's menus and buttons that only read the state: the sample menu, the export
// menu (download or copy), Copy link; and the drop of files anywhere on the page.
import { h, replaceChildren } from './dom.js';
import { EXPORTS, exportKeys, exportText } from './exports.js';
import { csvFile, download, linkFragment } from './io.js';
import { $, articleAt, articleLabel, articleName, copy, sentDate, setStatus, state, ui } from './page.js';
import { COMPARE, SAMPLES } from './samples.js';

function closeMenu(menu) {
  menu.open = false;
  menu.querySelector('summary').focus();
}

/** The sample menu: one item a sample, with where it comes from. */
function sampleMenu(openSample) {
  replaceChildren(
    ui.sampleBody,
    [...Object.entries(SAMPLES), [COMPARE.key, COMPARE]].map(([key, s]) =>
      h(
        'button',
        { type: 'button', class: 'menu-item', dataset: { sample: key } },
        s.label,
        h('span', { class: 'sub' }, s.credit === 'wikinews' ? `Wikinews, ${s.date.slice(0, 4)}` : s.keys ? 'invented companies' : 'invented company'),
      ),
    ),
  );
  ui.sampleBody.addEventListener('click', (e) => {
    const b = /** @type {HTMLElement} */ (e.target).closest('button[data-sample]');
    if (!b) return;
    closeMenu(ui.sampleMenu);
    openSample(b.dataset.sample);
  });
}

/** What the export menu exports: the combined view's collection, or the article shown. */
function exportOf(key) {
  const a = state.active;
  return exportText(key, {
    collection: state.view === 'combined' ? state.collection : null,
    articleAt: (i) => {
      const x = articleAt(i);
      return x && { label: articleLabel(x), text: x.text };
    },
    article: a && { name: articleName(a), text: a.text, date: a.date, analysis: a.analysis, ix: a.ix },
  });
}

function exportMenu() {
  ui.exportMenu.addEventListener('toggle', () => {
    if (!ui.exportMenu.open) return;
    replaceChildren(
      ui.exportBody,
      exportKeys(state.view === 'combined').map((k) =>
        h(
          'div',
          { class: 'menu-row' },
          h('span', null, EXPORTS[k].label),
          h('button', { type: 'button', class: 'btn small', dataset: { exp: k, act: 'download' }, 'aria-label': `Download ${EXPORTS[k].label}` }, 'Download'),
          h('button', { type: 'button', class: 'btn small', dataset: { exp: k, act: 'copy' }, 'aria-label': `Copy ${EXPORTS[k].label}` }, 'Copy'),
        ),
      ),
    );
  });
  ui.exportBody.addEventListener('click', async (e) => {
    const b = /** @type {HTMLElement} */ (e.target).closest('button[data-exp]');
    if (!b) return;
    const out = exportOf(b.dataset.exp);
    if (!out) return setStatus('error', 'Nothing to export yet.');
    const [name, text] = out;
    const spec = EXPORTS[b.dataset.exp];
    closeMenu(ui.exportMenu);
    if (b.dataset.act === 'download') {
      download(name, spec.ext === 'csv' ? csvFile(text) : text, `${spec.type};charset=utf-8`);
      setStatus('done', `Saved ${name}.`);
    } else await copy(text, `${spec.label} copied to the clipboard.`);
  });
}

function linkButton() {
  $('link-button').addEventListener('click', async () => {
    const a = state.active;
    if (!a?.text.trim()) return setStatus('error', 'There is no text to link to.');
    const frag = await linkFragment(a.text, sentDate(a));
    if (!frag) return setStatus('error', 'This text is too long to fit in a link; export it instead.');
    history.replaceState(null, '', frag);
    await copy(location.href, 'Link copied. The text rides in the link after “#”, which is never sent to a server.');
  });
}

/** Files from the picker, or dropped anywhere on the page (with an overlay meanwhile). */
function files(addFiles) {
  $('open-files').addEventListener('click', () => ui.file.click());
  ui.file.addEventListener('change', () => {
    addFiles([...ui.file.files], 'files');
    ui.file.value = '';
  });
  const hasFiles = (e) => [...(e.dataTransfer?.types ?? [])].includes('Files');
  let depth = 0;
  addEventListener('dragenter', (e) => {
    if (!hasFiles(e)) return;
    depth++;
    ui.overlay.hidden = false;
  });
  addEventListener('dragleave', (e) => {
    if (hasFiles(e) && --depth <= 0) {
      depth = 0;
      ui.overlay.hidden = true;
    }
  });
  addEventListener('dragover', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
  });
  addEventListener('drop', (e) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    depth = 0;
    ui.overlay.hidden = true;
    addFiles([...e.dataTransfer.files], 'drop');
  });
}

/**
 * @param {object} o
 * @param {(key: string) => void} o.openSample
 * @param {(files: File[], trigger: string) => void} o.addFiles
 */
export function wireMenus(o) {
  sampleMenu(o.openSample);
  exportMenu();
  linkButton();
  files(o.addFiles);
  for (const menu of [ui.exportMenu, ui.sampleMenu]) {
    menu.addEventListener('keydown', (e) => e.key === 'Escape' && closeMenu(menu));
  }
  document.addEventListener('click', (e) => {
    for (const menu of [ui.exportMenu, ui.sampleMenu]) if (menu.open && !menu.contains(/** @type {Node} */ (e.target))) menu.open = false;
  });
}
