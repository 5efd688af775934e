// Profiling helper: extract() on one input, repeated, for `node --cpu-prof bench/profile.mjs`
// (bench/stages.mjs runs it and summarises). CHARS 'seeds' cycles over the seed articles.
//   node --cpu-prof --cpu-prof-dir=prof bench/profile.mjs vi|en CHARS|seeds [RUNS]
import { longInput, seeds, dist } from './lib.mjs';

const [lang = 'vi', chars = '10000', runs = '3'] = process.argv.slice(2);
const { extract } = await import(new URL('index.js', dist).href);
const texts = seeds().filter((s) => s.language === lang).map((s) => s.text);
if (chars === 'seeds') {
  for (let i = 0; i < Number(runs); i++) extract(texts[i % texts.length]);
  process.exit(0);
}
const text = longInput(texts, Number(chars));
for (let i = 0; i < Number(runs); i++) {
  const t0 = performance.now();
  extract(text);
  console.log(`${lang} ${text.length} chars: ${(performance.now() - t0).toFixed(1)} ms`);
}
