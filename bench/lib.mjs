// Shared helpers of the benchmark: inputs built from the seeds, and a timer.
import { readFileSync, readdirSync } from 'node:fs';

export const root = new URL('../', import.meta.url);
// HOIDAM_DIST points the bench tools at another build (a directory with index.js), e.g. a quick
// esbuild bundle while profiling.
export const dist = process.env.HOIDAM_DIST ? new URL(`file://${process.env.HOIDAM_DIST.replace(/\/?$/, '/')}`) : new URL('dist/', root);

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
 * CPU time of this process in ms (user + system). The bench measures CPU time rather than wall
 * time so that other work on a shared machine, which takes the CPU away between our calls,
 * does not count; on an idle machine the two agree for this single-threaded code. It does count
 * V8's own helper threads (the optimising compiler, concurrent marking): while V8 is still
 * compiling a function, the batches that call it pay for that too, hence the warm-ups.
 */
export const cpuNow = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Calls per batch so that one batch of fn takes at least ~`ms` (timer resolution). */
function calibrate(fn, ms = 5, warmup = true) {
  if (warmup) fn(); // compile, lazy lexicons, inline caches
  if (ms <= 0) return 1;
  let per = 1;
  for (;;) {
    const t0 = cpuNow();
    for (let i = 0; i < per; i++) fn();
    if (cpuNow() - t0 >= ms || per >= 1 << 16) return per;
    per *= 2;
  }
}

/**
 * Times several functions (CPU time) interleaved: each round runs one batch of each, so a load change
 * on the machine hits all of them alike. Returns the median time per call of each (ms) and
 * `ratio(i, j)`: the median over rounds of time(i) / time(j), which is what the targets use.
 * Rounds continue until `minMs` has passed and at least `minRounds` were run. `batchMs: 0`
 * and `warmup: false` time single calls only, for inputs that take seconds.
 */
export function compare(fns, { minMs = 600, minRounds = 5, maxRounds = 100, batchMs = 5, warmup = true } = {}) {
  const per = fns.map((fn) => calibrate(fn, batchMs, warmup));
  const rounds = [];
  const start = performance.now();
  while (rounds.length < minRounds || (performance.now() - start < minMs && rounds.length < maxRounds)) {
    rounds.push(fns.map((fn, k) => {
      const t0 = cpuNow();
      for (let i = 0; i < per[k]; i++) fn();
      return (cpuNow() - t0) / per[k];
    }));
  }
  return {
    times: fns.map((_, k) => median(rounds.map((r) => r[k]))),
    ratio: (i, j) => median(rounds.map((r) => r[i] / r[j])),
    rounds: rounds.length,
  };
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
