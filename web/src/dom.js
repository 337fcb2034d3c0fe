// Tiny DOM builder. Everything the page shows that comes from the article (or from
// the analysis of it) goes through here as text nodes; the page never assigns
// innerHTML/outerHTML or uses insertAdjacentHTML with data.

/**
 * Create an element.
 * @param {string} tag
 * @param {Record<string, unknown>|null} [attrs] `class` → className, `dataset` → data-*,
 *   other keys → setAttribute (null/undefined/false skipped, true → "").
 * @param {...(Node|string|number|null|undefined|false)} children strings become text nodes
 */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  if (attrs) {
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined || value === false) continue;
      if (key === 'class') el.className = String(value);
      else if (key === 'dataset') Object.assign(el.dataset, value);
      else el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

/** Append children (nodes or strings, as text) to a parent. */
export function append(parent, children) {
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return parent;
}

/** Replace all children of `parent` with `children`. */
export function replaceChildren(parent, ...children) {
  parent.replaceChildren();
  return append(parent, children);
}

/** Let the browser run other tasks (input, paint) before going on. */
export const nextTask = () => (globalThis.scheduler?.yield ? globalThis.scheduler.yield() : new Promise((r) => setTimeout(r, 0)));
