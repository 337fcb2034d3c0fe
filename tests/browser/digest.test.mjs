// The digest, the page's most prominent line: over every sample (through the page) and
// the whole shared corpus (through the page's own worker and digest), its company is
// one the article is about and its figure is that company's; and its guards hold on a
// made-up analysis full of the traps seen on real articles.
import { CORPUS, NO_CORPUS, SAMPLES } from './fixtures.mjs';
import { assert, assertEqual, ctx, report, test } from './harness.mjs';
import { pickSample, runs, waitForRun } from './helpers.mjs';

const INDEX = /\b(?:index|average|composite)\b|^(?:the\s+)?(?:S&P|Standard\s*&\s*Poor|Dow|Nasdaq|Nikkei|Hang Seng|FTSE|DAX)\b/i;
const FOREIGN = /index|rate|gdp|tariff|inflation|yield/i;
const NOT_SOURCES = ['Stock', 'Hong Kong-listed', 'Revenue', 'Reports', 'analysts'];

const inArticle = (a, x) => (!x.section || x.section === 'article') && a.sections.some((s) => s.kind === 'article' && x.start >= s.start && x.end <= s.end);

/** Problems with a digest against its analysis; [] when it holds. */
function digestProblems(a, d, label) {
  const out = [];
  const bad = (m) => out.push(`${label}: ${m} (digest: ${d.text})`);
  if (d.companyId) {
    const c = a.companies.find((x) => x.id === d.companyId);
    if (!c) bad(`no company ${d.companyId}`);
    else {
      if (c.type !== 'company' && c.type !== 'financial') bad(`${c.name} is of type ${c.type}`);
      if (INDEX.test(c.name)) bad(`${c.name} is an index`);
      if (!c.mentions.some((m) => inArticle(a, m))) bad(`${c.name} is not named in the article itself`);
    }
  }
  for (const id of d.figures) {
    const f = a.figures.find((x) => x.id === id);
    if (!f) {
      bad(`no figure ${id}`);
      continue;
    }
    if (f.company !== d.companyId) bad(`${f.text} belongs to ${f.company ?? 'no company'}, not ${d.companyId}`);
    if (!inArticle(a, f)) bad(`${f.text} is outside the article`);
    if (FOREIGN.test(f.metric ?? '')) bad(`${f.text} is a ${f.metric} figure`);
  }
  if (d.figures.length && !(a.facts ?? []).some((x) => x.company === d.companyId && d.figures.every((id) => id === x.change || id === x.level))) {
    bad(`${d.figures.join(', ')} is no fact of ${d.companyId}`);
  }
  const known = new Set([...a.people, ...a.companies].flatMap((x) => [x.name, ...(x.aliases ?? [])]));
  for (const s of d.sources) {
    if (NOT_SOURCES.includes(s.name)) bad(`“${s.name}” is no source`);
    else if (!s.person && !s.company && !known.has(s.name) && !/^\p{Lu}\S*(\s+\S+)+$/u.test(s.name)) bad(`“${s.name}” does not look like a person or an organization`);
  }
  return out;
}

/** A made-up analysis with the traps: an index named like a company, a central bank's
 * rate, a country's GDP, another entity's figures joined to the bank's, sources that are
 * an adjective and a noun. Only the bank's own share move may make the digest. */
function trapAnalysis() {
  const text = [
    'Standard & Poor index gains as Northgate Bank slips',
    'Northgate Bank shares slipped after the Bank of England cut its rate to 4%.',
    'The Standard & Poor index rose 1.2%, and the Hang Seng fell 0.8% to 19,200.',
    'Northgate Bank said the UK economy grew 0.3%.',
    'Northgate Bank shares fell 2.1% to £3.10 in London.',
    '"We are cautious," said Ada Byrne. Stock said demand was weak. Hong Kong-listed said prices fell.',
  ].join('\n');
  const span = (needle, nth = 0) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`no ${needle}`);
    return { start: at, end: at + needle.length, text: needle };
  };
  const mentions = (name, n) => Array.from({ length: n }, (_, i) => span(name, i));
  const fig = (id, t, kind, value, extra) => ({ id, ...span(t), kind, value, section: 'article', ...extra });
  const line = (i) => span(text.split('\n')[i]);
  return {
    text,
    analysis: {
      schema: 'finlens/1',
      input: { chars: text.length, bytes: text.length },
      sections: [{ kind: 'article', start: 0, end: text.length }],
      companies: [
        { id: 'c1', name: 'Standard & Poor', aliases: [], tickers: [], type: 'company', mentions: mentions('Standard & Poor', 2), section: 'article' },
        { id: 'c2', name: 'Northgate Bank', aliases: [], tickers: [], type: 'financial', mentions: mentions('Northgate Bank', 4), section: 'article' },
        { id: 'c3', name: 'Bank of England', aliases: [], tickers: [], type: 'financial', mentions: mentions('Bank of England', 1), section: 'article' },
        { id: 'c4', name: 'Hang Seng', aliases: [], tickers: [], type: 'company', mentions: mentions('Hang Seng', 1), section: 'article' },
      ],
      people: [{ id: 'p1', name: 'Ada Byrne', aliases: [], roles: [], mentions: mentions('Ada Byrne', 1) }],
      figures: [
        fig('f1', '4%', 'percent', 4, { company: 'c2', metric: 'price_change', direction: 'down' }),
        fig('f2', '1.2%', 'percent', 1.2, { company: 'c1', metric: 'index_change', direction: 'up' }),
        fig('f3', '0.8%', 'percent', 0.8, { company: 'c2', metric: 'price_change', direction: 'down' }),
        fig('f4', '19,200', 'number', 19200, { company: 'c4', metric: 'share_price' }),
        fig('f5', '0.3%', 'percent', 0.3, { company: 'c2', metric: 'revenue_growth', direction: 'up' }),
        fig('f6', '2.1%', 'percent', 2.1, { company: 'c2', metric: 'price_change', direction: 'down' }),
        fig('f7', '£3.10', 'money', 3.1, { company: 'c2', metric: 'share_price', currency: 'GBP' }),
      ],
      facts: [
        { company: 'c1', metric: 'index_change', change: 'f2', figures: ['f2'], sentence: line(2) },
        { company: 'c2', metric: 'share_price', change: 'f1', figures: ['f1'], sentence: line(1) },
        { company: 'c2', metric: 'share_price', change: 'f3', level: 'f4', figures: ['f3', 'f4'], sentence: line(2) },
        { company: 'c2', metric: 'revenue', change: 'f5', figures: ['f5'], sentence: line(3) },
        { company: 'c2', metric: 'share_price', change: 'f6', level: 'f7', figures: ['f6', 'f7'], sentence: line(4) },
      ],
      claims: [
        { id: 'q1', kind: 'quote', ...span('We are cautious,'), source: { name: 'Ada Byrne', person: 'p1' }, cue: 'said', hedged: false, section: 'article' },
        { id: 'q2', kind: 'reported', ...span('demand was weak'), source: { name: 'Stock' }, cue: 'said', hedged: false, section: 'article' },
        { id: 'q3', kind: 'reported', ...span('prices fell'), source: { name: 'Hong Kong-listed' }, cue: 'said', hedged: false, section: 'article' },
      ],
      warnings: [],
    },
  };
}

export function digestTests() {
  test('the digest over every sample: its figure is its company’s, no index, rate or tariff', async () => {
    const { page } = ctx;
    const problems = [];
    const lines = [];
    for (const s of SAMPLES) {
      const before = await runs(page);
      await pickSample(page, s.key);
      await waitForRun(page, before, 'sample');
      const a = (await page.evaluate(() => window.finlens.lastShown)).analysis;
      const shown = await page.$eval('#digest', (el) => ({
        companyId: el.querySelector('[data-company]')?.dataset.company ?? '',
        figures: (el.querySelector('.dg-move')?.dataset.figures ?? '').split(' ').filter(Boolean),
        text: el.textContent,
      }));
      const d = await page.evaluate(([an, t]) => window.finlens.digest(an, t), [a, s.text]);
      assertEqual([shown.companyId, shown.figures], [d.companyId, d.figures], `${s.key}: the page shows the digest computed from its analysis`);
      problems.push(...digestProblems(a, d, s.key));
      lines.push(`${s.key}: ${d.text}`);
    }
    const byKey = Object.fromEntries(lines.map((l) => l.split(': ')));
    const moveOf = (k) => byKey[k].split(' · ')[1];
    for (const [k, no] of [['kestrel-robotics', ['0.4%', '4.5%']], ['tsurumi-motor', ['0.3%', '0.75%']], ['halvard-tariff', ['50%', '0.6%']], ['halvard-bonds', ['1.6%', '0.25']]]) {
      for (const w of no) assert(!moveOf(k).includes(w), `${k}: the headline move is not the index, rate, tariff or GDP figure ${w}: ${byKey[k]}`);
    }
    assertEqual(moveOf('halvard-tariff'), 'shares ▼ 4.1% to $41.20 (Monday)', 'the steelmaker’s own move, not the tariff');
    assertEqual(problems, [], 'digests that do not hold');
    report.push('digests of the samples:', ...lines.map((l) => `  ${l}`));
  });

  test(
    'the digest over the whole shared corpus: every figure belongs to its company in the JSON',
    async () => {
      const { page } = ctx;
      const got = await page.evaluate(async (arts) => {
        const out = [];
        for (const c of arts) {
          const a = await window.finlens.analyze(c.text, { date: c.date });
          out.push({ id: c.id, a, d: window.finlens.digest(a, c.text) });
        }
        return out;
      }, CORPUS.map((c) => ({ id: c.id, text: c.text, date: c.date })));
      const problems = got.flatMap((g) => digestProblems(g.a, g.d, `corpus ${g.id}`));
      assertEqual(problems, [], 'corpus digests that do not hold');
      const withCompany = got.filter((g) => g.d.companyId).length;
      const withMove = got.filter((g) => g.d.figures.length).length;
      report.push(`digest over the corpus: ${got.length} articles, ${withCompany} name a main company, ${withMove} a headline move; every figure is its company’s`);
    },
    { skip: NO_CORPUS },
  );

  test('the digest’s guards: no index as the company, no rate, GDP or other entity’s figure, no adjective as a source', async () => {
    const { page } = ctx;
    const { analysis, text } = trapAnalysis();
    const d = await page.evaluate(([a, t]) => window.finlens.digest(a, t), [analysis, text]);
    assertEqual(d.company, 'Northgate Bank', 'the bank is the main company, not the index named first');
    assertEqual(d.figures, ['f6', 'f7'], 'its own move is the headline, not the rate, the GDP or the Hang Seng’s figures');
    assertEqual(d.move, 'shares ▼ 2.1% to £3.10', 'in words');
    assertEqual(d.sources.map((s) => s.name), ['Ada Byrne'], 'quoted: only the person, not “Stock” or “Hong Kong-listed”');
    // Without the bank's own move there is no headline move at all.
    const bare = { ...analysis, facts: analysis.facts.filter((x) => x.change !== 'f6') };
    const d2 = await page.evaluate(([a, t]) => window.finlens.digest(a, t), [bare, text]);
    assertEqual([d2.company, d2.move], ['Northgate Bank', ''], 'no headline move rather than a wrong one');
    // The same guards without the text (as for an analysis alone).
    const d3 = await page.evaluate((a) => window.finlens.digest(a), analysis);
    assertEqual([d3.company, d3.figures], ['Northgate Bank', ['f6', 'f7']], 'and without the text, from the facts’ sentences');
    assertEqual(digestProblems(analysis, d, 'traps'), [], 'the check agrees');
  });
}
