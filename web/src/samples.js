// The sample articles shipped with the page: Wikinews articles (CC BY 2.5, attribution
// shown with each) and articles written for finlens about invented companies. Each is a
// file in samples/, loaded on demand. Provenance: samples/README.md.

const wikinews = (title, date) => ({
  credit: 'wikinews',
  title,
  date,
  url: `https://en.wikinews.org/wiki/${encodeURIComponent(title.replaceAll(' ', '_')).replace(/%24/g, '$')}`,
});
const invented = { credit: 'invented' };

/** key → label, and where the text comes from. */
export const SAMPLES = {
  'kestrel-robotics': { label: 'Kestrel Robotics jumps after a record quarter', ...invented },
  'tsurumi-motor': { label: 'Tsurumi Motor to invest 7.5 trillion yen', ...invented },
  'ford-profit-2010': { label: 'Ford posts US$2.7 billion profit', ...wikinews('Ford Motors posts US$2.7 billion annual profit', '2010-01-28') },
  'gm-sales-2009': { label: 'GM sales plunge 45%', ...wikinews('General Motors automobile sales plunge by 45%', '2009-04-01') },
  'ford-sales-2010': { label: 'Ford’s US sales spike, surpassing GM', ...wikinews('Ford\'s US auto sales spike, surpassing GM', '2010-03-03') },
  'tanker-contract-2008': {
    label: 'Northrop and EADS beat Boeing (long, many quotes)',
    ...wikinews('Northrop Grumman and Airbus parent EADS defeat Boeing for $40 billion US airtanker contract', '2008-03-01'),
  },
  'halvard-tariff': { label: 'Halvard Steel falls on a tariff', ...invented },
  'halvard-results': { label: 'Halvard Steel profit beats forecasts', ...invented },
  'halvard-mill': { label: 'Halvard Steel to build a Texas mill', ...invented },
  'halvard-bonds': { label: 'Halvard Steel sells $800 million of bonds', ...invented },
};
export const FIRST_SAMPLE = 'kestrel-robotics';
export const COMPARE = { key: 'compare', label: 'Compare four Halvard Steel stories', keys: ['halvard-tariff', 'halvard-results', 'halvard-mill', 'halvard-bonds'] };

const files = import.meta.glob('./samples/*.txt', { query: '?raw', import: 'default' });
export const loadSample = (key) => files[`./samples/${key}.txt`]();

/** The credit line's parts for a sample: [text, link?]. */
export function creditOf(key) {
  const s = SAMPLES[key];
  if (!s) return null;
  if (s.credit === 'wikinews') {
    const when = new Date(`${s.date}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    return { text: `Sample: “${s.title}”, Wikinews, ${when}, CC BY 2.5.`, link: { href: s.url, label: 'The article on Wikinews' } };
  }
  return { text: 'Sample written for finlens: the companies and people in it are invented.' };
}
