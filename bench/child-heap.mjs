// Run with --expose-gc: retained heap after 100, 5,000 (half) and N (default 10,000)
// extractions, each read after two full collections so that only what is still referenced
// counts, and the change of each heap space from 100 to N. Prints one JSON line.
import v8 from 'node:v8';
import { dist, seeds } from './lib.mjs';

const n = Number(process.argv[2] ?? 10_000);
const { extract } = await import(new URL('index.js', dist).href);
const texts = seeds().map((s) => s.text);

function heap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}
const spaces = () => Object.fromEntries(v8.getHeapSpaceStatistics().map((s) => [s.space_name, s.space_used_size]));

const marks = new Set([100, n >> 1, n]);
const at = {};
let first = {};
let sink = 0;
const t0 = performance.now();
for (let i = 1; i <= n; i++) {
  sink += extract(texts[i % texts.length]).people.length;
  if (marks.has(i)) {
    at[i] = heap();
    if (i === 100) first = spaces();
  }
}
const last = spaces();
const change = Object.fromEntries(Object.keys(last).map((k) => [k, last[k] - (first[k] ?? 0)]));
process.stdout.write(JSON.stringify({ n, half: n >> 1, at, spaces: change, ms: performance.now() - t0, sink }) + '\n');
