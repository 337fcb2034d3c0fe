// Find in the text: every match of the find box highlighted with the CSS Custom
// Highlight API (the marked-up text is not touched, however it was drawn), counted,
// and stepped through. The tables filter themselves by the same words (table.js).
import { firstNot } from './sorted.js';

const MAX_MATCHES = 5000;
const supported = typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Text nodes of `root` with their offsets in its text, for mapping offsets to ranges. */
function textIndex(root) {
  const nodes = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let at = 0;
  for (let n; (n = walker.nextNode()); ) {
    nodes.push({ n, at });
    at += n.nodeValue.length;
  }
  return nodes;
}

function locate(nodes, offset) {
  const { n, at } = nodes[Math.max(0, firstNot(nodes.length, (i) => nodes[i].at <= offset) - 1)];
  return [n, Math.min(offset - at, n.nodeValue.length)];
}

export class TextFinder {
  constructor(root) {
    this.root = root;
    this.ranges = [];
    this.current = -1;
  }

  /** Highlight every match of `query` in the drawn text; returns how many there are. */
  search(query) {
    this.clear();
    const q = query.trim();
    if (!q || this.root.dataset.rendered !== 'done') return 0;
    const nodes = textIndex(this.root);
    if (!nodes.length) return 0;
    const text = nodes.map((x) => x.n.nodeValue).join('');
    const re = new RegExp(escape(q), 'giu');
    for (let m; (m = re.exec(text)) && this.ranges.length < MAX_MATCHES; ) {
      const r = document.createRange();
      r.setStart(...locate(nodes, m.index));
      r.setEnd(...locate(nodes, m.index + m[0].length));
      this.ranges.push(r);
    }
    if (supported) CSS.highlights.set('find', new Highlight(...this.ranges));
    return this.ranges.length;
  }

  /** Move to the next (+1) or previous (-1) match, scroll it into view; its 1-based number. */
  step(d) {
    if (!this.ranges.length) return 0;
    this.current = (this.current + d + this.ranges.length) % this.ranges.length;
    const r = this.ranges[this.current];
    if (supported) CSS.highlights.set('find-current', new Highlight(r));
    r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
    return this.current + 1;
  }

  clear() {
    this.ranges = [];
    this.current = -1;
    if (supported) {
      CSS.highlights.delete('find');
      CSS.highlights.delete('find-current');
    }
  }
}
