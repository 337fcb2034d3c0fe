// Why a finding was made, in words taken from what the analysis gives (finlens/1 names
// no rules): a claim's cue and source, the words that tie a figure to its company, the
// word that gave a move its direction. And one finding as a line of text, for copying.
import { arrow, formatValue, metricLabel } from './format.js';
import { factPhrase } from './model.js';
import { between, excerpt, sentenceAround, within } from './text.js';

const MOVE = /^(?:ro[sc]e|rises?|rising|risen|jump|climb|gain|surg|soar|rall|advanc|increas|grew|grow|up|fell|fall|drop|slid|slip|slump|declin|plung|tumbl|sank|sink|lost|los|down|decreas|cut|shed|ease|eased|dip)/i;
const CUE = /^(?:shares?|stock|revenue|sales|profits?|earnings|loss|valu(?:e|ation)|capitali[sz]ation|invest\w*|rais\w*|fund\w*|market|price|target|orders?|margin)$/i;

// Optional fields a later core may add: a rule's name or its own explanation.
const ruleOf = (x) => [x?.rule, x?.why].filter((v) => typeof v === 'string' && v).join('; ');

/** The mention of company `c` nearest to span `x` inside the sentence `sent`. */
function nearestMention(c, x, sent) {
  let best = null;
  for (const m of c?.mentions ?? []) {
    if (!within(m, sent)) continue;
    const d = m.end <= x.start ? x.start - m.end : m.start - x.end;
    if (d >= 0 && (!best || d < best.d)) best = { m, d };
  }
  return best?.m ?? null;
}

function figureWhy(f, ix, text) {
  const out = [];
  const rule = ruleOf(f);
  if (rule) out.push(`rule: ${rule}`);
  if (!text) return out.join('; ');
  const [s, e] = sentenceAround(text, f.start, f.end);
  const sent = { start: s, end: e };
  const gapWords = (m) => between(text, m, f).trim().split(/\s+/).filter(Boolean);
  const c = f.company && ix.companies.get(String(f.company));
  if (c) {
    const m = nearestMention(c, f, sent);
    if (m) {
      const gap = excerpt(between(text, m, f), 8, m.start < f.start);
      out.push(`tied to ${c.name} by “${m.start < f.start ? `${m.text} ${gap} ${f.text}` : `${f.text} ${gap} ${m.text}`}”`.replace(/\s+/g, ' '));
      const cue = gapWords(m).find((w) => CUE.test(w.replace(/\W+$/, '')));
      if (cue && f.metric) out.push(`${metricLabel(f.metric)} from “${cue.replace(/\W+$/, '')}”`);
    } else out.push(`tied to ${c.name} from an earlier sentence (“its”, “the company”)`);
  } else out.push('no company named as its subject');
  if (f.direction) {
    const before = text.slice(s, f.start).trim().split(/\s+/).slice(-6).reverse();
    const verb = before.find((w) => MOVE.test(w));
    if (verb) out.push(`${arrow(f.direction)} from “${verb.replace(/\W+$/, '')}”`);
  }
  return out.join('; ');
}

function claimWhy(q) {
  const src = q.source?.name ? String(q.source.name) : '';
  const cue = q.cue ? `“${q.cue}”` : '';
  const how = {
    quote: `words in quotation marks${src ? `, attributed to ${src}${cue ? ` by ${cue}` : ''}` : ''}`,
    reported: `reported speech${cue ? `: ${cue}` : ''}${src ? ` with ${src} as the source` : ''}`,
    assertion: 'stated as fact, with no source',
  }[q.kind] ?? String(q.kind ?? '');
  const hedge = q.hedged ? `; hedged by ${(q.hedges ?? []).map((w) => `“${w}”`).join(', ') || 'its wording'}` : '';
  const rule = ruleOf(q);
  return `${how}${hedge}${rule ? `; rule: ${rule}` : ''}`;
}

function companyWhy(c) {
  const ms = c.mentions ?? [];
  const out = [`named ${ms.length}×${ms[0]?.text ? `, first as “${ms[0].text}”` : ''}`];
  const t = (c.tickers ?? [])[0];
  if (t) out.push(`with the ticker ${t.exchange}: ${t.symbol}`);
  if (c.type === 'financial') out.push('a bank, broker or fund');
  if (c.type === 'media') out.push('a news outlet or wire');
  const rule = ruleOf(c);
  if (rule) out.push(`rule: ${rule}`);
  return out.join('; ');
}

function personWhy(p, ix) {
  const r = (p.roles ?? [])[0];
  const role = r ? `named with the role “${r.title}”${r.company ? ` at ${ix.companyName(r.company)}` : ''}` : 'a personal name';
  return `${role}; ${(p.mentions ?? []).length}× in the text`;
}

/** The "why" line of one marked item ('' when nothing can be said). */
export function whyLine(t, item, ix, text = '') {
  if (!item) return '';
  if (t === 'fi') return figureWhy(item, ix, text);
  if (t === 'cl') return claimWhy(item);
  if (t === 'co') return companyWhy(item);
  if (t === 'pe') return personWhy(item, ix);
  return '';
}

const sentenceOf = (x, text) => {
  if (!text || !Number.isInteger(x?.start)) return '';
  const [s, e] = sentenceAround(text, x.start, x.end);
  return text.slice(s, e).trim();
};

/** One finding as a line of text, to paste elsewhere: what it is, and where it was said. */
export function findingText(t, item, ix, text = '') {
  if (t === 'fi') {
    const f = item;
    const bits = [formatValue(f), ix.companyName(f.company), metricLabel(f.metric), f.direction ? `${arrow(f.direction)} ${f.direction}` : ''].filter(Boolean);
    const s = sentenceOf(f, text);
    return `${f.text} (${bits.join(', ')})${s ? ` — “${s}”` : ''}`;
  }
  if (t === 'cl') {
    const q = item;
    const who = q.source?.name ? `${q.source.name}${q.cue ? ` (${q.cue})` : ''}: ` : '';
    return `${who}“${q.text}”${q.hedged ? ' [hedged]' : ''}`;
  }
  if (t === 'co') {
    const c = item;
    const tk = (c.tickers ?? []).map((k) => `${k.exchange}: ${k.symbol}`).join(', ');
    return `${c.name}${tk ? ` (${tk})` : ''} — ${c.type}, ${(c.mentions ?? []).length} mentions`;
  }
  if (t === 'pe') {
    const roles = (item.roles ?? []).map((r) => (r.company ? `${r.title}, ${ix.companyName(r.company)}` : r.title)).join('; ');
    return `${item.name}${roles ? ` — ${roles}` : ''}`;
  }
  if (t === 'fa') {
    const x = item;
    const s = x.sentence?.text ? ` — “${String(x.sentence.text).trim()}”` : '';
    return `${x.company ? `${ix.companyName(x.company)}: ` : ''}${factPhrase(x, ix)}${s}`;
  }
  return '';
}
