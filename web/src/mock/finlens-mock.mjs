// A stand-in for wasm/finlens.mjs with the same API, for working on the page
// without an Emscripten build (FINLENS_MOCK=1 npm run dev). It finds only a few
// money and percent figures with regular expressions; the real analyzer is the
// C++ core compiled to WebAssembly.

const CURRENCIES = { HK$: 'HKD', US$: 'USD', $: 'USD', NT$: 'TWD', '€': 'EUR' };
const SCALES = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, b: 1e9, bn: 1e9, m: 1e6 };
const FIGURE_RE =
  /(HK\$|US\$|NT\$|\$|€)\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|B|m)\b)?|(\d+(?:\.\d+)?)\s?(%|percent\b)/g;

export async function init() {}

export function version() {
  return '0.0.0-mock';
}

export async function analyze(text, opts = {}) {
  return JSON.parse(await analyzeJson(text, opts));
}

export async function analyzeJson(text) {
  const figures = [];
  for (const m of text.matchAll(FIGURE_RE)) {
    const id = `f${figures.length + 1}`;
    const span = { id, text: m[0], start: m.index, end: m.index + m[0].length };
    if (m[1]) {
      const scale = m[3] ? SCALES[m[3].toLowerCase()] : 1;
      figures.push({ ...span, kind: 'money', value: Number(m[2].replaceAll(',', '')) * scale, currency: CURRENCIES[m[1]] });
    } else {
      figures.push({ ...span, kind: 'percent', value: Number(m[4]) });
    }
  }
  return JSON.stringify({
    schema: 'finlens/1',
    input: { chars: text.length, bytes: new TextEncoder().encode(text).length },
    sections: [{ kind: 'article', start: 0, end: text.length }],
    companies: [],
    people: [],
    figures,
    claims: [],
    warnings: [{ code: 'mock', message: 'This is the JavaScript mock, not the WebAssembly analyzer.' }],
  });
}

export async function analyzeMany(articles) {
  const list = await Promise.all(articles.map(async (a, i) => ({ id: a.id ?? String(i), analysis: await analyze(a.text ?? a) })));
  return { schema: 'finlens/1', articles: list, merged: { companies: [], comparisons: [], warnings: [] } };
}
