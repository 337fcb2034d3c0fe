// What the page derives from a finlens/1 analysis: lookups by id, and a fact in words
// (the digest itself is in digest.js).
import { arrow, metricLabel } from './format.js';

export const list = (a, k) => (Array.isArray(a?.[k]) ? a[k] : []);

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
