// The one-line digest: the company the article is about, its headline move, and who is
// quoted. It is the most prominent line on the page, so every part of it is chosen from
// the analysis's own facts and passes guards against the plausible-but-wrong lines seen
// on real articles: an index's move or a central bank's rate shown as a company's, a
// tariff or a country's GDP read as a share move, "quoted: Stock". Nothing is better
// than a wrong headline: when no fact passes, the digest says so.
import { factPhrase, indexAnalysis, list } from './model.js';
import { firstNot } from './sorted.js';
import { between, sentenceAround, within } from './text.js';

// --- who can be the main company -------------------------------------------------------

// Index names the core may still take for companies ("Standard & Poor", "the Dow").
const INDEX_NAME =
  /^(?:the\s+)?(?:S&P|Standard\s*(?:&|and)\s*Poor'?s?|Dow(?:\s+Jones)?|Nasdaq|FTSE|Nikkei|Hang\s+Seng|DAX|CAC|(?:Euro\s+)?Stoxx|KOSPI|Sensex|Nifty|Topix|Russell|MSCI|ASX|TSX|IBEX|Bovespa|Shanghai|Shenzhen)(?:\s+(?:\d+|Composite|Industrials?|Industrial\s+Average|Average|Index|Stock\s+Index))*$/i;
const INDEX_WORD = /\b(?:index|indices|indexes|average|composite)\b/i;
// Central banks, exchanges and regulators set rates and host trading; they are not the
// subject of a company's move ("Bank of England" stays out, "Bank of America" does not).
const NOT_A_SUBJECT =
  /\b(?:central\s+bank|federal\s+reserve|reserve\s+bank|bundesbank|riksbank|norges\s+bank|swiss\s+national\s+bank|people'?s\s+bank\s+of\s+china|bank\s+of\s+(?:england|japan|canada|korea|italy|france|spain|russia|thailand|israel|mexico|greece|portugal)|stock\s+exchange|exchange\s+commission|securities\s+and\s+futures)\b/i;

export const isIndexName = (name) => INDEX_NAME.test(String(name).trim()) || INDEX_WORD.test(String(name));

function eligible(c, indexLike) {
  if (c.type !== undefined && c.type !== 'company' && c.type !== 'financial') return false;
  const names = [c.name, ...list(c, 'aliases')].map(String);
  return !indexLike.has(String(c.id)) && !names.some((n) => isIndexName(n) || NOT_A_SUBJECT.test(n));
}

/** Ids of "companies" whose every figure is an index move: indexes, whatever their name. */
function indexLikeIds(a) {
  const moves = new Map();
  for (const f of list(a, 'figures')) {
    if (!f.company || !f.metric) continue;
    const k = String(f.company);
    moves.set(k, (moves.get(k) ?? true) && f.metric === 'index_change');
  }
  return new Set([...moves].filter(([, all]) => all).map(([k]) => k));
}

// --- where the article is ----------------------------------------------------------------

/** The article's own sections (not other headlines, not boilerplate). */
export function articleRanges(a) {
  const secs = list(a, 'sections').filter((s) => !s.kind || s.kind === 'article');
  if (secs.length) return [...secs].sort((x, y) => x.start - y.start);
  const n = a?.input?.chars;
  return [{ start: 0, end: Number.isInteger(n) ? n : Infinity }];
}
/** A span lies inside one of the (sorted, disjoint) ranges: a binary search. */
function inRanges(ranges, x) {
  return within(x, ranges[firstNot(ranges.length, (i) => ranges[i].start <= x.start) - 1]);
}

/**
 * The lead: the headline (a short first line) and the first sentence of the body, as
 * ranges. Without the text, the first 300 characters of the article stand in for both.
 */
export function leadOf(text, ranges) {
  const first = ranges[0];
  if (!text) return { headline: { start: first.start, end: first.start + 150 }, sentence: { start: first.start, end: first.start + 300 } };
  let at = first.start;
  const lines = [];
  while (at < first.end && lines.length < 4) {
    let nl = text.indexOf('\n', at);
    if (nl < 0 || nl > first.end) nl = first.end;
    const line = text.slice(at, nl);
    if (line.trim()) lines.push({ start: at, end: nl, words: line.trim().split(/\s+/).length });
    at = nl + 1;
  }
  const isHeadline = lines[0] && lines[0].words <= 25 && !/[.:]["”]?\s*$/.test(text.slice(lines[0].start, lines[0].end));
  const headline = isHeadline ? lines[0] : null;
  // the body's first sentence: the first line of some length after the headline (a date
  // line like "March 01, 2008" is skipped)
  const body = lines.find((l) => l !== headline && l.words >= 6) ?? lines.find((l) => l !== headline);
  const [s, e] = body ? sentenceAround(text, body.start) : [first.start, first.start];
  return { headline, sentence: { start: s, end: e } };
}

const articleMentions = (c, ranges) => list(c, 'mentions').filter((m) => inRanges(ranges, m));

/**
 * The company the article is about: named in the headline (first named most), in the
 * first sentence, then most mentioned in the article's own text.
 */
export function mainCompany(a, text = '') {
  const ranges = articleRanges(a);
  const lead = leadOf(text, ranges);
  const indexLike = indexLikeIds(a);
  let best = null;
  for (const c of list(a, 'companies')) {
    if (!eligible(c, indexLike)) continue;
    const ms = articleMentions(c, ranges);
    if (!ms.length) continue;
    const first = (r) => (r ? ms.filter((m) => within(m, r)).reduce((x, m) => Math.min(x, m.start), Infinity) : Infinity);
    const inHead = first(lead.headline);
    const inLead = first(lead.sentence);
    const score = (inHead < Infinity ? 8 : 0) + (inLead < Infinity ? 4 : 0) + Math.min(ms.length, 10);
    const at = Math.min(inHead, inLead, ms[0].start);
    if (!best || score > best.score || (score === best.score && at < best.at)) best = { c, score, at };
  }
  return best?.c ?? null;
}

// --- which fact can be its headline move -------------------------------------------------

// Metrics that are never a company's own move, and the words that mark a figure as
// someone else's: a rate, a tariff, an economy, an index.
const FOREIGN_METRIC = /index|rate|gdp|tariff|inflation|yield|unemployment|economy/i;
const TRAP_WORDS =
  /\b(?:rates?|interest|tariffs?|dut(?:y|ies)|levy|levies|gdp|economy|economic|inflation|index|indices|indexes|benchmark|average|yields?|unemployment|treasur(?:y|ies)|s&p|dow|nikkei|hang\s+seng|ftse|dax|stoxx|kospi|sensex|composite|central\s+bank|federal\s+reserve|the\s+fed)\b/i;
const PRONOUN = /\b(?:its|it|the\s+(?:company|firm|group|bank|lender|carmaker|automaker|airline|retailer|maker|manufacturer|insurer|steelmaker|chipmaker|stock|shares))\b/i;
const PER_SHARE_NOT_PRICE = /\b(?:lost|loss|losses|profits?|earnings?|earned|dividends?|offer(?:ed)?|bid|buyback|eps)\b/i;
const KNOWN_LEVELS = new Set(['share_price', 'market_value', 'valuation', 'revenue', 'profit', 'investment', 'fundraising', 'price_target', 'trade_value']);

/**
 * Why a fact cannot be the main company's headline move, or '' when it can.
 * `text` is optional: without it the fact's sentence (in the analysis) is used.
 */
export function factProblem(x, main, ix, text = '', mentions = mentionIndex(ix)) {
  if (!main || x.company !== main.id) return 'another company';
  if (FOREIGN_METRIC.test(String(x.metric ?? ''))) return `a ${x.metric} figure`;
  const figs = [x.change, x.level].filter(Boolean).map((id) => ix.figures.get(String(id)));
  if (!figs.length || figs.some((f) => !f)) return 'no move or level';
  // "other": the analysis could not tell what moved, so neither can the headline.
  if (!x.metric || x.metric === 'other') return 'no metric';
  const change = x.change && ix.figures.get(String(x.change));
  if (change && change.direction !== 'up' && change.direction !== 'down') return `${change.text} is not a move`; // "hold 15 percent"
  const level = x.level && ix.figures.get(String(x.level));
  if (level && level.kind !== 'money') return `${level.text} is not an amount`; // "holds 15 percent shares"
  if (!x.change && !KNOWN_LEVELS.has(String(x.metric))) return 'a level without a metric';
  const ranges = articleRanges(ix.a);
  for (const f of figs) {
    if (f.company !== main.id) return `${f.text} is not the company's`;
    if ((f.section && f.section !== 'article') || !inRanges(ranges, f)) return `${f.text} is outside the article`;
    if (FOREIGN_METRIC.test(String(f.metric ?? ''))) return `${f.text} is a ${f.metric} figure`;
  }
  const sent = sentenceSpan(x, figs[0], text);
  if (!sent) return '';
  return figs.map((f) => contextProblem(f, main, mentions, sent)).find(Boolean) ?? '';
}

/** A lookup of the company mentions inside a range: (range) => [{c, m}], by binary search. */
export function mentionIndex(ix) {
  const all = [];
  for (const c of ix.list('companies')) for (const m of list(c, 'mentions')) if (Number.isInteger(m?.start)) all.push({ c, m });
  all.sort((p, q) => p.m.start - q.m.start);
  return (r) => {
    const out = [];
    for (let i = firstNot(all.length, (k) => all[k].m.start < r.start); i < all.length && all[i].m.start < r.end; i++) if (all[i].m.end <= r.end) out.push(all[i]);
    return out;
  };
}

function sentenceSpan(x, f, text) {
  if (text) {
    const [s, e] = sentenceAround(text, f.start, f.end);
    return { start: s, end: e, text: text.slice(s, e) };
  }
  const s = x.sentence;
  return s && typeof s.text === 'string' && within(f, s) ? s : null;
}

/** The words around a figure, in its sentence: no trap word, no other company in between. */
function contextProblem(f, main, mentionsOf, sent) {
  const rel = (o) => o - sent.start;
  const before = sent.text.slice(0, rel(f.start));
  const after = sent.text.slice(rel(f.end));
  const near = `${before.split(/\s+/).slice(-6).join(' ')} ${f.text} ${after.split(/\s+/).slice(0, 4).join(' ')}`;
  const trap = TRAP_WORDS.exec(near);
  if (trap) return `“${trap[0]}” next to ${f.text}`;
  // "$9.66 per share" after a loss, an offer or a dividend is not what the shares trade at
  if (/^\s*(?:per|a)\s+share\b/i.test(after) && PER_SHARE_NOT_PRICE.test(sent.text)) return `${f.text} per share is not a share price`;
  const mentions = mentionsOf(sent);
  const own = mentions.filter((x) => x.c.id === main.id);
  if (!own.length && !PRONOUN.test(sent.text)) return `${main.name} is not in the sentence`;
  // The nearest company named before the figure must be the main company.
  const prior = mentions.filter((x) => x.m.end <= f.start).sort((p, q) => q.m.end - p.m.end)[0];
  if (prior && prior.c.id !== main.id && prior.c.parent !== main.id) return `${prior.c.name} is named closer to ${f.text}`;
  return '';
}

/**
 * The headline move: a fact of the main company that passes every guard; best a change
 * with its level ("4.8% to HK$160.10"), one in the lead, then the first in the text.
 * When the change and the level lie far apart (two figures joined), only the change is kept.
 */
export function headlineFact(a, main, text = '', ix = indexAnalysis(a)) {
  if (!main) return null;
  const lead = leadOf(text, articleRanges(a));
  const mentions = mentionIndex(ix);
  let best = null;
  for (const x of list(a, 'facts')) {
    if (x.company !== main.id || factProblem(x, main, ix, text, mentions)) continue;
    const fact = looseParts(x, ix, text);
    const first = ix.figures.get(String(fact.change ?? fact.level));
    const inLead = [lead.headline, lead.sentence].some((r) => within(first, r));
    const score = (fact.change ? 2 : 0) + (fact.level ? 1 : 0) + (inLead ? 3 : 0);
    if (!best || score > best.score || (score === best.score && first.start < best.at)) best = { fact, score, at: first.start };
  }
  return best?.fact ?? null;
}

/**
 * The fact without the parts that only sit near its move: a level or a date far from
 * the change, or behind "and" or ";", is another figure's (two indexes joined, "rose
 * $5.41 yesterday, … risen 23 percent this year").
 */
function looseParts(x, ix, text) {
  const anchor = ix.figures.get(String(x.change ?? x.level));
  const far = (id) => {
    const f = id && ix.figures.get(String(id));
    if (!f || f === anchor) return false;
    const gap = text ? between(text, anchor, f) : ' '.repeat(Math.max(f.start - anchor.end, anchor.start - f.end, 0));
    return gap.length > 40 || /[;,]|\band\b/.test(gap);
  };
  const out = { ...x };
  if (x.change && far(x.level)) delete out.level;
  if (far(x.date)) delete out.date;
  return out;
}

// --- who is quoted ---------------------------------------------------------------------------

// A claim's source is shown when it is a person or an organization: by the analysis's
// own ids, or by a name shaped like one. Not a lone word that is no known name
// ("Stock"), not an adjective ("Hong Kong-listed"), not a crowd ("analysts", "Reports").
const SMALL = new Set(['of', 'the', 'and', '&', 'de', 'van', 'von', 'for', 'da', 'la', 'du', 'del']);
const NOT_A_NAME = /(?:-(?:listed|based|owned|backed|run|born)|'s)$|^(?:the|a|an|some|many|most|several|other|reports?|sources?|analysts?|officials?|experts?|critics?|investors?|traders?|executives?|people|media)\b/i;

const knownNames = (a) => new Set([...list(a, 'people'), ...list(a, 'companies')].flatMap((x) => [x.name, ...list(x, 'aliases')].map(String)));

/** @param {Set<string>} [known] the names of the analysis's people and companies */
export function nameLooksLikeSource(name, a, known = knownNames(a)) {
  const n = String(name ?? '').trim();
  if (!n || NOT_A_NAME.test(n)) return false;
  if (known.has(n)) return true;
  const ws = n.split(/\s+/);
  if (ws.length < 2) return false;
  return ws.every((w) => SMALL.has(w.toLowerCase()) || /^[\p{Lu}\d]/u.test(w)) && /^\p{Lu}/u.test(ws[0]);
}

/** Who is quoted or reported in the article: once each, by their fullest name. */
export function quotedSources(a, ix = indexAnalysis(a)) {
  const ranges = articleRanges(a);
  const known = knownNames(a);
  const seen = new Map();
  for (const q of list(a, 'claims')) {
    const s = q.source;
    if (!s?.name || (q.section && q.section !== 'article') || !inRanges(ranges, q)) continue;
    const person = s.person && ix.people.get(String(s.person));
    const company = s.company && ix.companies.get(String(s.company));
    const name = person ? person.name : company ? company.name : s.name;
    if (!person && !company && !nameLooksLikeSource(s.name, a, known)) continue;
    if (company && isIndexName(company.name)) continue;
    const key = String(name).toLowerCase(); // one "Wu", even when two ids carry it
    if (!seen.has(key)) seen.set(key, { name: String(name), person: person?.id, company: company?.id });
  }
  return [...seen.values()];
}

// --- the digest ------------------------------------------------------------------------------

/** The one-line digest of an article, as parts (with the ids behind them) and as text. */
export function digest(a, text = '') {
  const ix = indexAnalysis(a);
  const main = mainCompany(a, text);
  const fact = headlineFact(a, main, text, ix);
  const sources = quotedSources(a, ix);
  const names = sources.map((s) => s.name);
  const quoted = names.length ? names.slice(0, 3).join(', ') + (names.length > 3 ? ` +${names.length - 3}` : '') : '';
  const parts = {
    company: main ? String(main.name) : '',
    companyId: main ? String(main.id) : '',
    move: fact ? factPhrase(fact, ix) : '',
    figures: fact ? [fact.change, fact.level].filter(Boolean).map(String) : [],
    quoted,
    sources,
    dir: fact?.change ? ix.figures.get(String(fact.change))?.direction : undefined,
  };
  const line = [parts.company || 'No main company', parts.move || 'no headline move', quoted ? `quoted: ${quoted}` : 'no one quoted'];
  return { ...parts, text: line.join(' · ') };
}
