// Instructions per extract() in steady state, by function: a deterministic figure for comparing
// two builds on a noisy machine, where wall-clock A/B runs of the same build differ by ±15%.
// Needs valgrind (apt-get install valgrind); not part of `npm run bench` or CI.
//   node bench/instructions.mjs [vi|en] [WARM] [MEASURE] [TOP]      (HOIDAM_DIST: another build)
// After WARM uninstrumented rounds over the seeds (so that V8 has compiled what it will), callgrind
// counts MEASURE rounds; V8 writes a map of its generated code (--perf-basic-prof), by which the
// counts are given per JavaScript function, builtin and regex. --predictable makes V8 compile
// and collect garbage on the main thread, so that all of it is counted, the same way each run.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dist } from './lib.mjs';

const [lang = 'vi', warm = '300', measure = '40', top = '40'] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'hoidam-cg-'));
const out = join(dir, 'callgrind.out');
execFileSync('mkfifo', [join(dir, 'go'), join(dir, 'stop')]);
const child = spawn('valgrind', ['--tool=callgrind', '--instr-atstart=no', '--dump-instr=yes', `--callgrind-out-file=${out}`,
  process.execPath, '--predictable', '--perf-basic-prof', '--no-compact-code-space',
  fileURLToPath(new URL('child-steady.mjs', import.meta.url)), new URL('index.js', dist).href, lang, warm, measure, dir],
{ stdio: ['ignore', 'ignore', 'pipe'], cwd: dir });
let log = '';
child.stderr.on('data', (d) => (log += d));
while (!existsSync(join(dir, 'ready'))) {
  if (child.exitCode !== null) throw new Error(`valgrind stopped:\n${log}`);
  await new Promise((r) => setTimeout(r, 500));
}
execFileSync('callgrind_control', ['-i', 'on', String(child.pid)], { stdio: 'ignore' });
writeFileSync(join(dir, 'go'), 'go');
while (!existsSync(join(dir, 'done'))) await new Promise((r) => setTimeout(r, 500));
execFileSync('callgrind_control', ['-i', 'off', String(child.pid)], { stdio: 'ignore' });
writeFileSync(join(dir, 'stop'), 'stop');
await new Promise((r) => child.on('exit', r));
const extracts = Number(readFileSync(join(dir, 'done'), 'utf8'));
const pid = readFileSync(join(dir, 'ready'), 'utf8').trim();

// The code map: start, size, name per line; sorted for a binary search.
const symbols = readFileSync(`/tmp/perf-${pid}.map`, 'utf8').trim().split('\n').map((l) => {
  const [a, s, ...name] = l.split(' ');
  return { start: parseInt(a, 16), end: parseInt(a, 16) + parseInt(s, 16), name: name.join(' ').replace(/^JS:[*~^+]?/, 'JS:') };
}).sort((x, y) => x.start - y.start);
const symbolAt = (addr) => {
  let lo = 0;
  let hi = symbols.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (symbols[mid].start <= addr) lo = mid + 1;
    else hi = mid;
  }
  const s = symbols[lo - 1];
  return s && addr < s.end ? s.name : null;
};
// callgrind's format with --dump-instr=yes: cost lines "address line Ir", addresses absolute
// (0x…) or relative to the last (+n, -n, *); the line after "calls=" is a call's inclusive cost.
const names = new Map();
const cost = new Map();
let fn = '';
let addr = 0;
let callLine = false;
let total = 0;
for (const line of readFileSync(out, 'utf8').split('\n')) {
  const c = line[0];
  if (line.startsWith('calls=')) {
    callLine = true;
  } else if (line.startsWith('fn=') || line.startsWith('cfn=')) {
    const m = /^c?fn=\((\d+)\)(?: (.*))?/.exec(line);
    if (m) {
      if (m[2]) names.set(m[1], m[2]);
      if (line.startsWith('fn=')) fn = names.get(m[1]) ?? '?';
    }
  } else if (c === '+' || c === '-' || c === '*' || (c >= '0' && c <= '9')) {
    const [a, , ir] = line.split(' ');
    if (a.startsWith('0x')) addr = parseInt(a, 16);
    else if (a[0] === '+') addr += Number(a.slice(1));
    else if (a[0] === '-') addr -= Number(a.slice(1));
    if (callLine) {
      callLine = false;
      continue;
    }
    if (ir === undefined) continue;
    const n = Number(ir);
    total += n;
    const name = symbolAt(addr) ?? `native:${fn}`;
    cost.set(name, (cost.get(name) ?? 0) + n);
  }
}
rmSync(dir, { recursive: true, force: true });
rmSync(`/tmp/perf-${pid}.map`, { force: true });
const k = (n) => `${(n / extracts / 1000).toFixed(1)}k`.padStart(9);
console.log(`${lang}: ${(total / extracts / 1e6).toFixed(2)}M instructions per extract() in steady state (${extracts} measured after ${warm} rounds)`);
for (const [name, n] of [...cost].sort((x, y) => y[1] - x[1]).slice(0, Number(top))) {
  console.log(`${k(n)}  ${(n / total * 100).toFixed(1).padStart(4)}%  ${name.replace(/file:\/\/\S*\/(index|chunk-\w+)\.js/, '$1').slice(0, 120)}`);
}
