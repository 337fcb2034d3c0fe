// The export menu's items: one analysis (JSON, a CSV per panel, Markdown) or the
// combined view (JSON, CSVs, Markdown), each as [file name, text].
import { digest } from './digest.js';
import { metricLabel, plural } from './format.js';
import { CSV_COMBINED, CSV_PANELS, markdownSummary, slug, toCsv } from './io.js';

export const EXPORTS = {
  json: { label: 'Analysis (JSON)', ext: 'json', type: 'application/json' },
  companies: { label: 'Companies (CSV)', ext: 'csv', type: 'text/csv' },
  people: { label: 'People (CSV)', ext: 'csv', type: 'text/csv' },
  figures: { label: 'Figures (CSV)', ext: 'csv', type: 'text/csv' },
  claims: { label: 'Claims (CSV)', ext: 'csv', type: 'text/csv' },
  warnings: { label: 'Warnings (CSV)', ext: 'csv', type: 'text/csv' },
  comparisons: { label: 'Figures side by side (CSV)', ext: 'csv', type: 'text/csv' },
  md: { label: 'Summary (Markdown)', ext: 'md', type: 'text/markdown' },
};

const PANELS = ['companies', 'people', 'figures', 'claims', 'warnings'];
export const exportKeys = (combined) => (combined ? ['json', 'companies', 'comparisons', 'md'] : ['json', ...PANELS, 'md']);

/**
 * @param {string} key an EXPORTS key
 * @param {object} o
 * @param {object|null} [o.collection] the combined view's collection (when it is shown)
 * @param {(i: number) => {name: string, label: string, text: string}} [o.articleAt] collection index → article
 * @param {{name: string, text: string, date: string, analysis: object, ix: object}|null} [o.article] the article shown
 * @returns {[string, string]|null}
 */
export function exportText(key, o) {
  if (o.collection) {
    const col = o.collection;
    const label = (i) => o.articleAt(i)?.label ?? `#${i + 1}`;
    const company = (id) => col.merged?.companies?.find((c) => c.id === id)?.name ?? id;
    const base = 'finlens-combined';
    if (key === 'json') return [`${base}.json`, JSON.stringify(col, null, 2)];
    if (key === 'md') return [`${base}.md`, combinedMarkdown(col, label, company, (i) => o.articleAt(i)?.text ?? '')];
    return [`${base}-${key}.csv`, toCsv(CSV_COMBINED[key](col, label, company))];
  }
  const a = o.article;
  if (!a?.analysis) return null;
  const base = slug(a.name);
  if (key === 'json') return [`${base}.finlens.json`, JSON.stringify(a.analysis, null, 2)];
  if (key === 'md') return [`${base}.md`, markdownSummary(a.name, a.ix, a.date, a.text)];
  return [`${base}-${key}.csv`, toCsv(CSV_PANELS[key](a.ix))];
}

function combinedMarkdown(col, label, company, textOf) {
  const out = [`# ${plural(col.articles?.length ?? 0, 'article')} combined`, ''];
  for (const [i, art] of (col.articles ?? []).entries()) out.push(`- ${label(i)}: ${digest(art.analysis, textOf(i)).text}`);
  out.push('', '## Figures side by side', '');
  for (const k of col.merged?.comparisons ?? []) {
    out.push(`### ${company(k.company)}: ${metricLabel(k.metric)}${k.disagree ? ' (articles disagree)' : ''}`, '');
    for (const f of k.figures ?? []) out.push(`- ${label(f.figure?.article)}: ${f.text}${f.outlier ? ' **outlier**' : ''}`);
    out.push('');
  }
  for (const w of col.merged?.warnings ?? []) out.push(`> ${w.message}`, '');
  return out.join('\n');
}
