// What the page derives from a finlens/1 analysis: lookups by id and the digest.
import { arrow, metricLabel } from './format.js';

const list = (a, k) => (Array.isArray(a?.[k]) ? a[k] : []);

/** Maps id → object for each kind, plus the lists themselves. */
export function indexAnalysis(a) {
  const by = (k) => new Map(list(a, k).map((x) => [String(x.id), x]));
  const companies = by('companies');
  return {
    a,
    companies,
    people: by('people'),
    figures: by('figures'),
    claims: by('claims'),
    list: (k) => list(a, k),
    companyName: (id) => (id ? String(companies.get(String(id))?.name ?? id) : ''),
  };
}

export const inArticle = (x) => !x.section || x.section === 'article';
const mentionsIn = (c) => list(c, 'mentions').length;

/** The company the article is mostly about: most mentions in the article body. */
export function mainCompany(a) {
  let best = null;
  for (const c of list(a, 'companies')) {
    if (c.type === 'media' || !inArticle(c)) continue;
    if (!best || mentionsIn(c) > mentionsIn(best)) best = c;
  }
  return best;
}

/**
 * The headline move: a fact on the main company with a change, best with the level it
 * moved to ("4.8% to HK$160.10"), first in the text; else any fact with a change.
 */
export function headlineFact(a, main) {
  const fig = new Map(list(a, 'figures').map((f) => [f.id, f]));
  const ok = (id) => id && fig.has(id) && inArticle(fig.get(id));
  const score = (x) => (ok(x.change) ? 2 : 0) + (ok(x.level) ? 1 : 0) + (main && x.company === main.id ? 4 : 0);
  let best = null;
  for (const x of list(a, 'facts')) if (score(x) >= 2 && (!best || score(x) > score(best))) best = x;
  return best ?? list(a, 'facts').find((x) => main && x.company === main.id && ok(x.level)) ?? null;
}

/** "shares ▲ 4.8% to HK$160.10 (Wednesday)" */
export function factPhrase(fact, ix) {
  const f = (id) => (id ? ix.figures.get(String(id)) : null);
  const change = f(fact.change);
  const level = f(fact.level);
  const date = f(fact.date);
  const metric = fact.metric === 'share_price' ? 'shares' : fact.metric === 'other' ? '' : metricLabel(fact.metric);
  const parts = [metric];
  if (change) parts.push(arrow(change.direction), change.text);
  if (level) parts.push(change ? `to ${level.text}` : level.text);
  if (date) parts.push(`(${date.text})`);
  return parts.filter(Boolean).join(' ');
}

/** Who is quoted or reported: claim sources in the article, in order, once each. */
export function quotedSources(a) {
  const seen = new Set();
  for (const q of list(a, 'claims')) {
    if (!q.source?.name || !inArticle(q)) continue;
    seen.add(String(q.source.name));
  }
  return [...seen];
}

/** The one-line digest of an article, as parts and as text. */
export function digest(a) {
  const ix = indexAnalysis(a);
  const main = mainCompany(a);
  const fact = headlineFact(a, main);
  const sources = quotedSources(a);
  const move = fact ? factPhrase(fact, ix) : '';
  const moveCompany = fact?.company && fact.company !== main?.id ? ix.companyName(fact.company) : '';
  const quoted = sources.length ? sources.slice(0, 3).join(', ') + (sources.length > 3 ? ` +${sources.length - 3}` : '') : '';
  const parts = {
    company: main ? String(main.name) : '',
    move: moveCompany ? `${moveCompany}: ${move}` : move,
    quoted,
    dir: fact?.change ? ix.figures.get(String(fact.change))?.direction : undefined,
  };
  const text = [
    parts.company || 'No main company',
    parts.move || 'no headline move',
    quoted ? `quoted: ${quoted}` : 'no one quoted',
  ].join(' · ');
  return { ...parts, text };
}
