// The page of a web tool that embeds finlens: the same file runs bundled by Vite
// (web/index.html) and unbundled, from a plain <script type="module"> with an import
// map (web/plain.html). It analyzes seed.txt on the main thread and in a Worker and
// shows the companies found; the consumer test reads body[data-result].
import { analyze, analyzeMany, version, VERSION } from 'finlens';
import { FinlensClient } from 'finlens/worker-client';

const status = document.getElementById('status');

async function run() {
  const text = await (await fetch('./seed.txt')).text();
  const before = version(); // no module loaded yet
  const options = { date: '2025-01-29' };
  // Concurrent first calls: one instantiation, the same answers.
  const [a, again] = await Promise.all([analyze(text, options), analyze(text, options)]);
  const client = new FinlensClient();
  const inWorker = await client.analyze(text, options);
  const workerVersion = await client.version();
  await client.terminate();
  const many = await analyzeMany([{ id: 'seed', text }, { id: 'short', text: 'Acme Corp shares rose 5% to $10.50 on Monday.' }]);

  const list = document.getElementById('companies');
  for (const c of a.companies) {
    const li = document.createElement('li');
    li.textContent = `${c.name}${c.tickers.length ? ` (${c.tickers.map((t) => `${t.exchange}: ${t.symbol}`).join(', ')})` : ''}`;
    list.append(li);
  }
  document.getElementById('summary').textContent =
    `${a.companies.length} companies, ${a.people.length} people, ${a.figures.length} figures, ${a.claims.length} claims`;
  document.body.dataset.result = JSON.stringify({
    before,
    VERSION,
    after: version(),
    workerVersion,
    companies: a.companies.map((c) => c.name),
    figures: a.figures.length,
    concurrentSame: JSON.stringify(a) === JSON.stringify(again),
    workerSame: JSON.stringify(a) === JSON.stringify(inWorker),
    slices: a.figures.every((f) => text.slice(f.start, f.end) === f.text),
    many: many.articles.map((x) => x.id),
    merged: many.merged.companies.length,
  });
  status.textContent = 'done';
}

run().catch((err) => {
  document.body.dataset.error = String(err?.stack ?? err);
  status.textContent = `error: ${err?.message ?? err}`;
});
