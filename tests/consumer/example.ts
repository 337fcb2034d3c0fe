// An example TypeScript consumer of the npm package. The consumer test (run.mjs)
// type-checks it with tsc against the installed package's .d.ts, under strict settings
// (tsconfig.json beside it); it is never run. The @ts-expect-error lines prove that
// the types refuse what the contract does not allow.
import {
  analyze,
  analyzeJson,
  analyzeMany,
  init,
  version,
  VERSION,
  type Analysis,
  type ArticleInput,
  type Claim,
  type Collection,
  type Company,
  type Figure,
  type MoneyFigure,
  type Span,
} from 'finlens';
import { FinlensClient, createClient } from 'finlens/worker-client';

/** Where every figure points back to in the text. */
export function highlight(text: string, spans: readonly Span[]): string[] {
  return spans.map((s) => text.slice(s.start, s.end));
}

/** One line per figure; narrowing on kind gives each kind's own fields. */
export function describe(f: Figure): string {
  switch (f.kind) {
    case 'money':
      return `${f.value.toFixed(2)} ${f.currency}${f.equals ? ` (= ${f.equals})` : ''}`;
    case 'percent':
    case 'percentage_point':
      return `${f.direction === 'down' ? '-' : '+'}${f.value}${f.kind === 'percent' ? '%' : ' pp'}`;
    case 'number':
      return `${f.value}${f.unit ? ` ${f.unit}` : ''}${f.approximate ? ` (${f.qualifier ?? 'about'})` : ''}`;
    case 'date':
      return f.date ?? f.weekday ?? `${f.month ?? '?'}/${f.day ?? '?'}${f.relative ? ' (relative)' : ''}`;
    case 'time':
      return `${f.time ?? f.text}${f.timezone ? ` ${f.timezone}` : ''}`;
    case 'duration':
      return f.duration ?? f.text;
  }
}

export function moneyByCompany(a: Analysis): Map<Company, MoneyFigure[]> {
  const byId = new Map(a.companies.map((c) => [c.id, c] as const));
  const out = new Map<Company, MoneyFigure[]>();
  for (const f of a.figures) {
    if (f.kind !== 'money' || !f.company) continue;
    const c = byId.get(f.company);
    if (!c) continue;
    out.set(c, [...(out.get(c) ?? []), f]);
  }
  return out;
}

export function attribution(c: Claim): string {
  const who = c.source === null ? 'unattributed' : `${c.source.name}${c.source.role ? `, ${c.source.role}` : ''}`;
  const hedge = c.hedged ? ` [hedged: ${c.hedges.join(', ')}]` : '';
  return `${c.kind} by ${who}${c.cue ? ` (${c.cue})` : ''}${hedge}: ${c.text}`;
}

export function summary(a: Analysis): string {
  const sections = a.sections.map((s) => `${s.kind} ${s.start}-${s.end}`).join(', ');
  const published = a.published ? `${a.published.date} (${a.published.source})` : 'unknown';
  const roles = a.people.flatMap((p) => p.roles.map((r) => `${p.name}: ${r.title}${r.company ? ` @${r.company}` : ''}`));
  const facts = a.facts.map((f) => `${f.company ?? '-'} ${f.metric} ${f.change ?? ''} ${f.level ?? ''} ${f.sentence.text}`);
  const parents = a.companies.filter((c) => c.parent !== undefined).map((c) => `${c.name} < ${c.parent}`);
  const warnings = a.warnings.map((w) => `${w.code}: ${w.message}${w.span ? ` at ${w.span.start}` : ''}`);
  return [a.schema, `${a.input.chars} chars, ${a.input.bytes} bytes`, published, sections, ...roles, ...facts, ...parents, ...warnings].join('\n');
}

export function compare(c: Collection): string[] {
  const lines: string[] = [];
  for (const cmp of c.merged.comparisons) {
    const company = c.merged.companies.find((m) => m.id === cmp.company);
    for (const f of cmp.figures) {
      const article = c.articles[f.figure.article];
      lines.push(
        `${company?.name ?? cmp.company} ${cmp.metric} in ${article?.id ?? '?'}: ${f.text}` +
          `${f.usd !== undefined ? ` ≈ US$${f.usd.toFixed(2)}` : ''}${f.outlier ? ' (outlier)' : ''}${cmp.disagree ? ' !' : ''}`,
      );
    }
  }
  for (const w of c.merged.warnings) lines.push(`${w.code} ${w.figure.article}/${w.figure.id}: ${w.message}`);
  return lines;
}

export async function main(text: string): Promise<string[]> {
  const v: string = version(); // before loading: the package's VERSION
  await init({ wasmUrl: new URL('/assets/finlens-core.wasm', 'https://tool.example') });
  await init({ wasmBinary: new Uint8Array(0), warm: false }); // later options are ignored
  const a: Analysis = await analyze(text, { date: '2025-01-29', maxBytes: 1 << 20 });
  const json: string = await analyzeJson(text);
  const articles: ArticleInput[] = [text, { id: 'b', text, date: '2025-01-30' }, { id: 7, text }];
  const many: Collection = await analyzeMany(articles, { maxBytes: 1 << 20 });

  const client = new FinlensClient();
  const inWorker: Analysis = await client.analyze(text, { date: '2025-01-29' });
  const workerVersion: string = await client.version();
  await client.init({ wasmUrl: 'https://tool.example/finlens-core.wasm' });
  await client.terminate();
  const other = createClient(new Worker(new URL('./my-worker.js', 'https://tool.example'), { type: 'module' }));
  const manyJson: string = await other.analyzeManyJson([text]);

  // @ts-expect-error: analyze wants a string
  await analyze(42);
  // @ts-expect-error: the figure kinds are a closed set
  const kind: Figure['kind'] = 'temperature';
  // @ts-expect-error: a money figure always has a currency (string), never undefined
  const noCurrency: MoneyFigure = { id: 'f1', kind: 'money', start: 0, end: 1, text: '$', section: 'article', value: 1 };
  // @ts-expect-error: functions cannot cross to a worker
  await client.init({ print: (s: string) => s });
  // @ts-expect-error: version() is a string, not a promise
  await version().then(() => 0);

  return [
    v,
    VERSION,
    workerVersion,
    json,
    manyJson,
    summary(a),
    summary(inWorker),
    ...a.figures.map(describe),
    ...a.claims.map(attribution),
    ...highlight(text, a.companies.flatMap((c) => c.mentions)),
    ...[...moneyByCompany(a)].map(([c, fs]) => `${c.name}: ${fs.length}`),
    ...compare(many),
    String(kind),
    String(noCurrency),
  ];
}
