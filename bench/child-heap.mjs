// Run with --expose-gc: retained heap after 100, 5,000 (half) and N (default 10,000)
// extractions, each read after two full collections so that only what is still referenced
// counts. Prints one JSON line.
import { dist, seeds } from './lib.mjs';

const n = Number(process.argv[2] ?? 10_000);
const { extract } = await import(new URL('index.js', dist).href);
const texts = seeds().map((s) => s.text);

function heap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

const marks = new Set([100, n >> 1, n]);
const at = {};
let sink = 0;
const t0 = performance.now();
for (let i = 1; i <= n; i++) {
  sink += extract(texts[i % texts.length]).people.length;
  if (marks.has(i)) at[i] = heap();
}
process.stdout.write(JSON.stringify({ n, half: n >> 1, at, ms: performance.now() - t0, sink }) + '\n');
