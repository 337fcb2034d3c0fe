// Getting text in (files, HTML, Markdown, links) and results out (JSON, CSV,
// Markdown, clipboard). Nothing here touches the network.
import { figureDate, formatValue, metricLabel, plural } from './format.js';
import { digest } from './digest.js';
import { factPhrase } from './model.js';
import { uniqueFacts } from './panels.js';
import { claimKind, roles } from './render.js';

// --- files ---------------------------------------------------------------------------

const BLOCK = new Set(
  'ADDRESS ARTICLE ASIDE BLOCKQUOTE BR DD DIV DL DT FIGCAPTION FIGURE FOOTER H1 H2 H3 H4 H5 H6 HEADER HR LI MAIN OL P PRE SECTION TABLE TR UL'.split(' '),
);

/**
 * The readable text of an HTML page. It is parsed by DOMParser into an inert document
 * (no scripts run, nothing loads) and only its text is read; nothing of it is inserted.
 */
export function htmlToText(html) {
  // The parsed document shares this page's Content-Security-Policy, which blocks (and
  // reports, noisily) inline styles and event handlers: take those off first. This is
  // not what keeps the page safe (the document is inert and never inserted); it keeps
  // the console quiet.
  const quiet = html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/\s(?:on[a-z]+|style)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
  const doc = new DOMParser().parseFromString(quiet, 'text/html');
  doc.querySelectorAll('script,style,noscript,template,iframe,object,embed,svg,canvas,nav,form,button,select').forEach((e) => e.remove());
  const root = doc.querySelector('article') || doc.querySelector('main') || doc.body;
  const lines = [];
  let line = '';
  const flush = () => {
    if (line.trim()) lines.push(line.trim());
    line = '';
  };
  const walk = (n) => {
    if (n.nodeType === 3) line += n.nodeValue.replace(/\s+/g, ' ');
    if (n.nodeType !== 1) return;
    const block = BLOCK.has(n.tagName);
    if (block) flush();
    for (const c of n.childNodes) walk(c);
    if (block) flush();
  };
  if (root) walk(root);
  flush();
  const h1 = doc.querySelector('h1');
  const title = (h1 && !root?.contains(h1) ? h1.textContent : '').trim().replace(/\s+/g, ' ');
  return (title ? [title, ...lines] : lines).join('\n');
}

/** Markdown with its markup taken off: headings, emphasis, links, list bullets. */
export function markdownToText(md) {
  return md
    .replace(/^\s{0,3}(#{1,6}|>|[-*+]|\d+\.)\s+/gm, '')
    // a link's target may hold one level of parentheses: [x](javascript:alert(1))
    .replace(/!?\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[\s(])[*_](\S(?:.*?\S)?)[*_](?=[\s).,;:!?]|$)/gm, '$1$2')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/^\s*([-*_]\s*){3,}$/gm, '');
}

const TEXT_EXT = /\.(txt|text|md|markdown|html?|xhtml)$/i;
export const MAX_FILE = 2 * 1024 * 1024;

/** A dropped or picked file as {name, text}; null if it is not a text file we read. */
export async function readFile(file) {
  if (!TEXT_EXT.test(file.name) && !/^text\//.test(file.type)) return null;
  if (file.size > MAX_FILE) throw new Error(`${file.name} is larger than ${MAX_FILE / 1048576} MB`);
  const raw = await file.text();
  const name = file.name.replace(/\.[^.]+$/, '') || file.name;
  if (/\.x?html?$/i.test(file.name) || file.type === 'text/html') return { name, text: htmlToText(raw) };
  if (/\.(md|markdown)$/i.test(file.name) || file.type === 'text/markdown') return { name, text: markdownToText(raw) };
  return { name, text: raw.replace(/\r\n?/g, '\n') };
}

// --- links: the text in the URL fragment ------------------------------------------------

export const MAX_LINK = 32_000; // characters of fragment

async function pipe(bytes, stream) {
  return new Uint8Array(await new Response(new Blob([bytes]).stream().pipeThrough(stream)).arrayBuffer());
}

const toB64 = (u8) => (u8.toBase64 ? u8.toBase64({ alphabet: 'base64url', omitPadding: true }) : btoa(Array.from(u8, (b) => String.fromCharCode(b)).join('')).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, ''));
const fromB64 = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));

/** "#t=<deflated text, base64url>&d=<date>", or null when too long for a link. */
export async function linkFragment(text, date) {
  const t = toB64(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
  const frag = `#t=${t}${date ? `&d=${date}` : ''}`;
  return frag.length <= MAX_LINK ? frag : null;
}

/** The text and date kept in a fragment made by linkFragment, or null. */
export async function readFragment(hash) {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const t = p.get('t');
  if (!t) return null;
  const bytes = await pipe(fromB64(t), new DecompressionStream('deflate-raw'));
  const d = p.get('d') ?? '';
  return { text: new TextDecoder().decode(bytes), date: /^\d{4}-\d{2}-\d{2}$/.test(d) ? d : '' };
}

// --- CSV -------------------------------------------------------------------------------

function csvCell(v) {
  let s = v === null || v === undefined ? '' : String(v);
  // A spreadsheet would run "=…" as a formula: keep it text.
  if (/^[=+\-@\t\r]/.test(s) && !/^[+-]?\d/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}
export const toCsv = (rows) => rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
/** A CSV file as saved: with a byte-order mark, without which Excel reads UTF-8 as ANSI (₹, ¥ garbled). */
export const csvFile = (text) => `\uFEFF${text}`;

const join = (xs) => (xs ?? []).join('; ');
const tickers = (c) => join((c.tickers ?? []).map((k) => `${k.exchange}:${k.symbol}`));

/** CSV tables of one analysis, by panel. */
export const CSV_PANELS = {
  companies: (ix) => [
    ['id', 'name', 'aliases', 'tickers', 'type', 'mentions', 'parent', 'section'],
    ...ix.list('companies').map((c) => [c.id, c.name, join(c.aliases), tickers(c), c.type, c.mentions?.length ?? 0, c.parent ? ix.companyName(c.parent) : '', c.section ?? '']),
  ],
  people: (ix) => [
    ['id', 'name', 'aliases', 'roles', 'mentions', 'section'],
    ...ix.list('people').map((p) => [p.id, p.name, join(p.aliases), roles(p, ix), p.mentions?.length ?? 0, p.section ?? '']),
  ],
  figures: (ix) => [
    ['id', 'text', 'kind', 'value', 'currency', 'value_in_words', 'company', 'metric', 'direction', 'date', 'period', 'approximate', 'section', 'start', 'end'],
    ...ix.list('figures').map((f) => [f.id, f.text, f.kind, f.value ?? '', f.currency ?? '', formatValue(f), ix.companyName(f.company), f.metric ?? '', f.direction ?? '', figureDate(f, ix.figures), f.period ?? '', f.approximate ? f.qualifier || 'yes' : '', f.section ?? '', f.start, f.end]),
  ],
  claims: (ix) => [
    ['id', 'kind', 'source', 'role', 'cue', 'claim', 'hedged', 'hedges', 'companies', 'section'],
    ...ix.list('claims').map((q) => [q.id, q.kind, q.source?.name ?? '', q.source?.role ?? '', q.cue ?? '', q.text, q.hedged ? 'yes' : 'no', join(q.hedges), join((q.companies ?? []).map(ix.companyName)), q.section ?? '']),
  ],
  warnings: (ix) => [['code', 'message', 'text'], ...ix.list('warnings').map((w) => [w.code, w.message, w.span?.text ?? ''])],
};

/** CSV tables of a combined (analyzeMany) view. */
export const CSV_COMBINED = {
  companies: (col, names) => [
    ['id', 'name', 'aliases', 'tickers', 'type', 'articles'],
    ...(col.merged?.companies ?? []).map((c) => [c.id, c.name, join(c.aliases), tickers(c), c.type, join([...new Set((c.companies ?? []).map((r) => names(r.article)))])]),
  ],
  comparisons: (col, names, company) => [
    ['company', 'metric', 'disagree', 'article', 'figure', 'value', 'currency', 'usd', 'outlier'],
    ...(col.merged?.comparisons ?? []).flatMap((k) =>
      (k.figures ?? []).map((f) => [company(k.company), k.metric, k.disagree ? 'yes' : 'no', names(f.figure?.article), f.text, f.value, f.currency, f.usd, f.outlier ? 'yes' : 'no']),
    ),
  ],
};

// --- Markdown ----------------------------------------------------------------------------

const md = (s) => String(s ?? '').replace(/([\\`*_[\]|<>#])/g, '\\$1').replace(/\s*\n\s*/g, ' ');

/** A Markdown summary of one analysis. */
export function markdownSummary(name, ix, date, text = '') {
  const a = ix.a;
  const d = digest(a, text);
  const out = [`# ${md(name)}`, '', md(d.text), ''];
  if (date) out.push(`Published: ${date}`, '');
  const companies = ix.list('companies');
  if (companies.length) {
    out.push('## Companies', '');
    for (const c of companies) {
      const t = tickers(c);
      out.push(`- **${md(c.name)}**${t ? ` (${md(t)})` : ''}, ${c.type}, ${plural(c.mentions?.length ?? 0, 'mention')}${c.section && c.section !== 'article' ? ` (${c.section})` : ''}`);
    }
    out.push('');
  }
  const facts = uniqueFacts(ix);
  if (facts.length) {
    out.push('## Key facts', '');
    for (const x of facts) out.push(`- ${x.company ? `**${md(ix.companyName(x.company))}**: ` : ''}${md(factPhrase(x, ix))}`);
    out.push('');
  }
  const figs = ix.list('figures').filter((f) => !['date', 'time', 'duration'].includes(f.kind));
  if (figs.length) {
    out.push('## Figures', '', '| Figure | Value | Company | Metric | Change | Date |', '|---|---|---|---|---|---|');
    for (const f of figs) {
      out.push(`| ${[f.text, formatValue(f), ix.companyName(f.company), metricLabel(f.metric), f.direction ?? '', figureDate(f, ix.figures)].map(md).join(' | ')} |`);
    }
    out.push('');
  }
  const claims = ix.list('claims');
  if (claims.length) {
    out.push('## Claims', '');
    for (const q of claims) {
      const src = q.source?.name ? `**${md(q.source.name)}**${q.cue ? ` (${md(q.cue)})` : ''}: ` : '';
      const body = q.kind === 'quote' ? `“${md(q.text)}”` : md(q.text);
      out.push(`- ${src}${body} _[${claimKind(q).toLowerCase()}${q.hedged ? `, hedged${q.hedges?.length ? `: ${md(q.hedges.join(', '))}` : ''}` : ''}]_`);
    }
    out.push('');
  }
  const warnings = ix.list('warnings');
  if (warnings.length) out.push('## Warnings', '', ...warnings.map((w) => `- \`${w.code}\`: ${md(w.message)}`), '');
  out.push('_Analyzed in the browser by finlens (schema finlens/1)._', '');
  return out.join('\n');
}

// --- out --------------------------------------------------------------------------------

/** Save `text` as a file, from memory (a blob: URL; nothing is uploaded). */
export function download(filename, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export const slug = (s) => String(s).toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 48) || 'article';
