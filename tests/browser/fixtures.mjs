// What the browser tests feed the page: the seeds and the corpus from the shared
// material (../shared, read at test time; the tests that need them are skipped without
// it), the samples shipped with the page, hostile markup, and a 2 MB paste.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const sharedDir = resolve(process.env.FINLENS_SHARED ?? join(repoRoot, '..', 'shared'));
export const rel = (p) => relative(repoRoot, p) || p;

const seedDir = join(sharedDir, 'seeds');
export const SEEDS = existsSync(seedDir)
  ? readdirSync(seedDir)
      .filter((f) => /^\d{3}_.*\.txt$/.test(f))
      .sort()
      .map((f) => ({ prefix: f.slice(0, 4), text: readFileSync(join(seedDir, f), 'utf8'), from: join(seedDir, f) }))
  : [];
export const NO_SEEDS = SEEDS.length ? '' : `no seeds in ${seedDir} (set FINLENS_SHARED)`;
export const seed = (p) => SEEDS.find((s) => s.prefix === p);

const corpusFile = join(sharedDir, 'corpus', 'wikinews-business.jsonl');
export const CORPUS = existsSync(corpusFile)
  ? readFileSync(corpusFile, 'utf8')
      .split('\n')
      .filter((l) => l.trim())
      .map((l) => JSON.parse(l))
  : [];
export const NO_CORPUS = CORPUS.length ? '' : `no corpus at ${corpusFile} (set FINLENS_SHARED)`;

const sampleDir = join(repoRoot, 'web', 'src', 'samples');
export const SAMPLES = readdirSync(sampleDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ key: f.replace(/\.txt$/, ''), text: readFileSync(join(sampleDir, f), 'utf8') }));
export const sample = (key) => SAMPLES.find((s) => s.key === key);
export const COMPARE = ['halvard-tariff', 'halvard-results', 'halvard-mill', 'halvard-bonds'];

/** About `bytes` of real articles, one after another: the corpus where there is one. */
export function bigText(bytes) {
  const parts = CORPUS.length ? CORPUS.map((c) => c.text) : SAMPLES.map((s) => s.text);
  let out = '';
  for (let i = 0; Buffer.byteLength(out) < bytes; i++) out += `${parts[i % parts.length].trim()}\n\n`;
  return out;
}

export const XSS_TEXT =
  'Acme Corp shares rose 5% to $10.50 <img src=x onerror=alert(1)> on Monday.\n' +
  '<script>alert(1)</script> Revenue fell 2.5 percent to US$3 billion. "</mark><b>bold</b>" & done';

export const XSS_HTML = `<!doctype html><html><head><title>Acme news</title>
<script>window.__pwned = 'script'</script><style>p{color:red}</style></head>
<body><nav>Home | Markets</nav><article><h1>Acme Corp shares rise</h1>
<p>Acme Corp shares rose 5% to $10.50 on Monday.</p>
<img src="x-does-not-exist.png" onerror="window.__pwned = 'img'">
<p>"We are pleased," said Jane Doe, chief executive of Acme Corp.</p>
<script>alert(2)</script></article></body></html>`;
export const XSS_HTML_TEXT = 'Acme Corp shares rise\nAcme Corp shares rose 5% to $10.50 on Monday.\n"We are pleased," said Jane Doe, chief executive of Acme Corp.';
