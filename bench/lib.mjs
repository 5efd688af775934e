// Shared helpers of the benchmark: inputs built from the seeds, and a timer.
import { readFileSync, readdirSync } from 'node:fs';

export const root = new URL('../', import.meta.url);
export const dist = new URL('dist/', root);

/** The seed articles with their language, read from fixtures/*.txt and *.gold.json. */
export function seeds() {
  const dir = new URL('fixtures/', root);
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((file) => ({
    file,
    text: readFileSync(new URL(file, dir), 'utf8'),
    language: JSON.parse(readFileSync(new URL(file.replace(/\.txt$/, '.gold.json'), dir), 'utf8')).language,
  }));
}

/**
 * A long input of exactly `chars` UTF-16 units made of whole seed articles of one language,
 * joined by blank lines and cut at the last whitespace before the limit, as a long page
 * of several articles would look.
 */
export function longInput(texts, chars) {
  let s = '';
  for (let i = 0; s.length < chars; i++) s += (s ? '\n\n' : '') + texts[i % texts.length];
  const cut = s.lastIndexOf(' ', chars);
  return s.slice(0, cut > chars * 0.9 ? cut : chars);
}

/**
 * Median time of one call to fn, in ms. Calls are grouped into batches of at least
 * ~5 ms so that timer resolution does not dominate short calls; batches are repeated
 * until `minMs` has passed and at least `minBatches` were run.
 */
export function time(fn, { minMs = 300, minBatches = 5, maxBatches = 200 } = {}) {
  fn(); // warm up: compile, lazy lexicons, inline caches
  let per = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < per; i++) fn();
    const dt = performance.now() - t0;
    if (dt >= 5 || per >= 1 << 16) break;
    per *= 2;
  }
  const samples = [];
  const start = performance.now();
  while (samples.length < minBatches || (performance.now() - start < minMs && samples.length < maxBatches)) {
    const t0 = performance.now();
    for (let i = 0; i < per; i++) fn();
    samples.push((performance.now() - t0) / per);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

export const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
