// Run with --expose-gc: retained heap after 100 extractions and after N (default 10,000),
// each read after two full collections so that only what is still referenced counts.
import { seeds } from './lib.mjs';

const n = Number(process.argv[2] ?? 10_000);
const { extract } = await import(new URL('../dist/index.js', import.meta.url).href);
const texts = seeds().map((s) => s.text);

function heap() {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

let sink = 0;
for (let i = 0; i < 100; i++) sink += extract(texts[i % texts.length]).people.length;
const at100 = heap();
const t0 = performance.now();
for (let i = 100; i < n; i++) sink += extract(texts[i % texts.length]).people.length;
const ms = performance.now() - t0;
const atN = heap();
process.stdout.write(JSON.stringify({ n, at100, atN, ms, sink }) + '\n');
