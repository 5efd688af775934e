// `npm run bench`: speed, growth, cold start, memory, batch throughput and size of the BUILT
// library (dist/), each figure printed beside its target. All ratios come from this one run.
//   node bench/bench.mjs [--quick]   (--quick: fewer heap iterations, no 1 MB naive pass)
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cpus } from 'node:os';
import nlp from 'compromise';
import * as chrono from 'chrono-node';
import { dist, longInput, median, seeds, time } from './lib.mjs';
import { sizes } from './size.mjs';

const quick = process.argv.includes('--quick');
if (!existsSync(new URL('index.js', dist)) || !existsSync(new URL('node.js', dist))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { extract } = await import(new URL('index.js', dist).href);
const { extractMany } = await import(new URL('node.js', dist).href);

const floor = (text) => text.normalize('NFC').match(/\p{L}+/gu);
const naive = (text) => [nlp(text), chrono.parse(text)];

const rows = [];
/** One line of the verdict table. `ok` is null for figures without a target. */
function report(figure, value, target, ok) {
  rows.push({ figure, value, target: target ?? '', met: ok == null ? '' : ok ? 'yes' : 'NO' });
}
const fmt = (x, d = 2) => (x >= 100 ? x.toFixed(0) : x.toFixed(d));
const ms = (x) => `${x < 1 ? x.toFixed(3) : fmt(x)} ms`;
const log = (...a) => console.log(...a);

log(`hoidam bench: node ${process.version}, ${cpus().length} CPUs (${cpus()[0]?.model ?? '?'})${quick ? ', quick' : ''}\n`);

// ---- Speed on the seed articles -------------------------------------------------------------
const all = seeds();
const byLang = { vi: all.filter((s) => s.language === 'vi'), en: all.filter((s) => s.language === 'en') };
const perLang = {};
log('Per article (median of repeated runs; ratios = extract time / other pass time on the same text)');
log('  lang  file                          chars   extract      floor      naive   ×floor   ×naive');
for (const lang of ['vi', 'en']) {
  let sumE = 0, sumF = 0, sumN = 0;
  for (const s of byLang[lang]) {
    const e = time(() => extract(s.text));
    const f = time(() => floor(s.text));
    const n = time(() => naive(s.text), { minMs: 500, minBatches: 5 });
    sumE += e; sumF += f; sumN += n;
    log(`  ${lang}    ${s.file.padEnd(28)} ${String(s.text.length).padStart(6)} ${ms(e).padStart(10)} ${ms(f).padStart(10)} ${ms(n).padStart(10)} ${fmt(e / f).padStart(8)} ${fmt(e / n, 3).padStart(8)}`);
  }
  const k = byLang[lang].length;
  perLang[lang] = { extract: sumE / k, floor: sumF / k, naive: sumN / k };
}
log('');
const vi = perLang.vi, en = perLang.en;
report('vi article: extract time (mean of seeds)', ms(vi.extract), null, null);
report('vi article: extract / floor', `${fmt(vi.extract / vi.floor)}×`, '≤ 30×', vi.extract / vi.floor <= 30);
report('vi article: extract / naive', `${fmt(vi.extract / vi.naive, 3)}×`, '≤ 0.1×', vi.extract / vi.naive <= 0.1);
report('en article: extract time (mean of seeds)', ms(en.extract), null, null);
report('en article: extract / floor', `${fmt(en.extract / en.floor)}×`, null, null);
report('en article: extract / naive', `${fmt(en.extract / en.naive, 3)}×`, '≤ 1.0×', en.extract / en.naive <= 1.0);

// ---- Long inputs and growth -----------------------------------------------------------------
log('Long inputs (whole seed articles of one language, concatenated; 1 KB = 1,000 UTF-16 units)');
log('  lang   size    extract      floor      naive   ×floor   ×naive   µs/char');
for (const lang of ['vi', 'en']) {
  const texts = byLang[lang].map((s) => s.text);
  const t = {};
  for (const [label, chars] of [['10 KB', 10_000], ['100 KB', 100_000], ['1 MB', 1_000_000]]) {
    const text = longInput(texts, chars);
    const big = chars >= 1_000_000;
    const e = time(() => extract(text), big ? { minMs: 0, minBatches: 3 } : { minMs: 400 });
    const f = time(() => floor(text), { minMs: 200 });
    // The naive pass takes seconds on 1 MB: one timed run there (none with --quick).
    const n = big && quick ? NaN : time(() => naive(text), big ? { minMs: 0, minBatches: 1 } : { minMs: 0, minBatches: chars > 10_000 ? 2 : 5 });
    t[label] = { e, len: text.length };
    log(`  ${lang}   ${label.padStart(6)} ${ms(e).padStart(10)} ${ms(f).padStart(10)} ${(Number.isNaN(n) ? 'skipped' : ms(n)).padStart(10)} ${fmt(e / f).padStart(8)} ${(Number.isNaN(n) ? '-' : fmt(e / n, 3)).padStart(8)} ${((e * 1000) / text.length).toFixed(3).padStart(9)}`);
  }
  // Per character, so that the few characters the whitespace cut removes do not count.
  const growth = (t['1 MB'].e / t['1 MB'].len) / (t['10 KB'].e / t['10 KB'].len);
  report(`${lang} growth: time(1 MB) / (100 × time(10 KB))`, fmt(growth), '≤ 1.3', growth <= 1.3);
}
log('');

// ---- Cold start -----------------------------------------------------------------------------
const here = fileURLToPath(new URL('.', import.meta.url));
function child(args, nodeArgs = []) {
  return JSON.parse(execFileSync(process.execPath, [...nodeArgs, ...args], { encoding: 'utf8', maxBuffer: 1 << 24 }).trim());
}
const firstVi = fileURLToPath(new URL(`../fixtures/${byLang.vi[0].file}`, import.meta.url));
const firstEn = fileURLToPath(new URL(`../fixtures/${byLang.en[0].file}`, import.meta.url));
log('Cold start (fresh process; import + first extract(), median of 5)');
for (const [label, entry, file, target] of [
  ['hoidam, vi article', 'index.js', firstVi, true],
  ['hoidam, en article', 'index.js', firstEn, true],
  ['hoidam/vi, vi article', 'vi.js', firstVi, true],
]) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    const r = child([`${here}child-cold.mjs`, new URL(entry, dist).href, file]);
    runs.push({ ...r, wallMs: performance.now() - t0 });
  }
  const m = (k) => median(runs.map((r) => r[k]));
  log(`  ${label.padEnd(24)} import ${ms(m('importMs')).padStart(9)}  first extract ${ms(m('firstExtractMs')).padStart(9)}  total ${ms(m('totalMs')).padStart(9)}  (process spawn to exit ${ms(m('wallMs'))})`);
  report(`cold start: ${label}`, ms(m('totalMs')), target ? '≤ 150 ms' : null, target ? m('totalMs') <= 150 : null);
}
log('');

// ---- Memory ---------------------------------------------------------------------------------
{
  const n = quick ? 2_000 : 10_000;
  const r = child([`${here}child-heap.mjs`, String(n)], ['--expose-gc']);
  const grow = r.atN - r.at100;
  // "No growth": what stays referenced after n extractions is what stayed after 100, give or
  // take 1 MiB of V8 noise (code caches, feedback vectors); a leak of even 100 bytes per
  // record would show as ~1 MB here.
  log(`Memory (after gc): heap after 100 extractions ${(r.at100 / 2 ** 20).toFixed(2)} MiB, after ${n.toLocaleString('en')} ${(r.atN / 2 ** 20).toFixed(2)} MiB\n`);
  report(`heap: after ${n.toLocaleString('en')} − after 100 extractions`, `${grow >= 0 ? '+' : ''}${(grow / 1024).toFixed(0)} KiB (×${(r.atN / r.at100).toFixed(3)})`, '≤ +1024 KiB', grow <= 1024 * 1024);
}

// ---- Batches on worker threads ----------------------------------------------------------------
{
  const batch = [];
  for (let i = 0; batch.length < (quick ? 200 : 600); i++) batch.push(all[i % all.length].text);
  const t0 = performance.now();
  for (const t of batch) extract(t);
  const inProcess = batch.length / ((performance.now() - t0) / 1000);
  const rate = {};
  for (const workers of [1, 2]) {
    const t1 = performance.now();
    const out = await extractMany(batch, { workers });
    rate[workers] = out.length / ((performance.now() - t1) / 1000);
  }
  log(`Batches of ${batch.length} seed articles (extractMany, pool start-up included)`);
  log(`  in process, no pool: ${rate && fmt(inProcess)} articles/s; 1 worker: ${fmt(rate[1])} articles/s; 2 workers: ${fmt(rate[2])} articles/s\n`);
  report('extractMany: 1 worker', `${fmt(rate[1])} articles/s`, null, null);
  report('extractMany: 2 workers', `${fmt(rate[2])} articles/s (×${(rate[2] / rate[1]).toFixed(2)})`, null, null);
}

// ---- Size -------------------------------------------------------------------------------------
{
  log('Size (esbuild bundle of the ESM entry with its dependencies, minified, gzip -9; dependency = marginal cost)');
  const kb = (b) => `${(b / 1000).toFixed(1)} kB`;
  for (const s of await sizes()) {
    const deps = Object.entries(s.deps).map(([d, v]) => `${d} ${kb(v.gzip)}`).join(', ');
    log(`  ${s.entry.padEnd(9)} ${kb(s.gzip).padStart(9)} gz (${kb(s.min)} min); own code ${kb(s.own.gzip)}; ${deps}`);
    const name = s.entry === 'vi.js' ? 'hoidam/vi' : 'hoidam';
    const limit = s.entry === 'vi.js' ? 120_000 : 280_000;
    report(`size: ${name} (ESM + deps, min + gzip)`, kb(s.gzip), `≤ ${kb(limit)}`, s.gzip <= limit);
  }
  log('  (the CI budget is `npx size-limit` with .size-limit.json)\n');
}

// ---- Verdict ----------------------------------------------------------------------------------
const w = [Math.max(...rows.map((r) => r.figure.length)), Math.max(...rows.map((r) => r.value.length)), 12];
log(`${'figure'.padEnd(w[0])}  ${'measured'.padEnd(w[1])}  ${'target'.padEnd(w[2])}  met`);
for (const r of rows) log(`${r.figure.padEnd(w[0])}  ${r.value.padEnd(w[1])}  ${r.target.padEnd(w[2])}  ${r.met}`);
const missed = rows.filter((r) => r.met === 'NO').length;
log(`\n${missed ? `${missed} target(s) missed` : 'all targets met'}`);
