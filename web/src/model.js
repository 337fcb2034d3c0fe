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

/** The headline move: the first fact with a change, on the main company if it has one. */
export function headlineFact(a, main) {
  const facts = list(a, 'facts');
  const fig = new Map(list(a, 'figures').map((f) => [f.id, f]));
  const ok = (x) => x.change && fig.has(x.change) && inArticle(fig.get(x.change));
  return (
    facts.find((x) => ok(x) && main && x.company === main.id) ||
    facts.find(ok) ||
    facts.find((x) => x.level && main && x.company === main.id && inArticle(fig.get(x.level) ?? {})) ||
    null
  );
}

/** "shares ▲ 4.8% to HK$160.10 (Wednesday)" */
export function factPhrase(fact, ix) {
  const f = (id) => (id ? ix.figures.get(String(id)) : null);
  const change = f(fact.change);
  const level = f(fact.level);
  const date = f(fact.date);
  const metric = fact.metric === 'share_price' ? 'shares' : metricLabel(fact.metric) || 'figure';
  let s = metric;
  if (change) s += ` ${arrow(change.direction)} ${change.text}`.replace('  ', ' ');
  if (level) s += `${change ? ' to' : ''} ${level.text}`;
  if (date) s += ` (${date.text})`;
  return s;
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
