// The marks in the text: details (with the "why" line) on hover or focus, ← → between
// marks, Enter or a click to open a mark's row. On a touch screen, where nothing
// hovers, the first tap on a mark shows its details and a second tap opens its row.
import { details, renderTip } from './render.js';

const touch = matchMedia('(hover: none)');

/**
 * @param {object} o
 * @param {HTMLElement} o.view the text view
 * @param {HTMLElement} o.tip the tooltip element
 * @param {() => {ix: object, text: string}} o.current what is shown
 * @param {(t: string, ref: string) => void} o.open opens a mark's row
 */
export function wireMarks(o) {
  const { view, tip } = o;
  let tipFor = null;

  function place(el) {
    const r = el.getBoundingClientRect();
    const t = tip.getBoundingClientRect();
    const x = Math.max(8, Math.min(r.left, innerWidth - t.width - 8));
    const below = r.bottom + 6 + t.height < innerHeight;
    tip.style.left = `${x}px`;
    tip.style.top = `${below ? r.bottom + 6 : Math.max(8, r.top - t.height - 6)}px`;
  }
  function show(el) {
    const { ix, text } = o.current();
    const d = details(el.dataset.t, el.dataset.ref, ix, text);
    if (!d) return;
    tipFor = el;
    renderTip(tip, d);
    tip.hidden = false;
    el.setAttribute('aria-describedby', 'tip');
    place(el);
  }
  function hide() {
    tipFor?.removeAttribute('aria-describedby');
    tipFor = null;
    tip.hidden = true;
  }

  const markOf = (target) => /** @type {HTMLElement} */ (target).closest?.('[data-ref]');
  view.addEventListener('mouseover', (e) => {
    const m = markOf(e.target);
    if (m && m !== tipFor) show(m);
    else if (!m && tipFor && tipFor !== document.activeElement) hide();
  });
  view.addEventListener('mouseleave', () => !touch.matches && hide());
  view.addEventListener('focusin', (e) => markOf(e.target) && show(markOf(e.target)));
  view.addEventListener('focusout', () => !touch.matches && hide());
  addEventListener('scroll', () => tipFor && (tipFor.isConnected ? place(tipFor) : hide()), { capture: true, passive: true });
  view.addEventListener('click', (e) => {
    const m = markOf(e.target);
    if (!m) return touch.matches && hide();
    // a tap shows the details first; tapping the same mark again opens its row
    if (touch.matches && tip.dataset.tapped !== `${m.dataset.t}:${m.dataset.ref}`) {
      show(m);
      tip.dataset.tapped = `${m.dataset.t}:${m.dataset.ref}`;
      return;
    }
    delete tip.dataset.tapped;
    o.open(m.dataset.t, m.dataset.ref);
  });
  view.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') return hide();
    const marks = [...view.querySelectorAll('[data-ref]')];
    const at = marks.indexOf(/** @type {any} */ (document.activeElement));
    if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
      e.preventDefault();
      const next = marks[at < 0 ? 0 : Math.max(0, Math.min(marks.length - 1, at + (e.key === 'ArrowRight' ? 1 : -1)))];
      next?.focus();
    } else if ((e.key === 'Enter' || e.key === ' ') && at >= 0) {
      e.preventDefault();
      o.open(marks[at].dataset.t, marks[at].dataset.ref);
    }
  });
  return { hide };
}
