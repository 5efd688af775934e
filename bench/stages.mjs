// Where extract() spends its time, by pipeline stage and by function, from a V8 CPU profile
// of the built library (dist/ is not minified, so function names survive).
//   node bench/stages.mjs [vi|en] [CHARS|seeds] [RUNS]     e.g.  node bench/stages.mjs en 1000000 1
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [lang = 'vi', size = 'seeds', runs = size === 'seeds' ? '300' : '2'] = process.argv.slice(2);
// Outermost occurrence of each counts, so nested calls (tokenize inside segment) are not doubled.
const STAGES = ['extract', 'normalize', 'detectLanguage', 'tokenize', 'segment', 'sentences', 'recognize',
  'recognizeSources', 'recognizeDates', 'recognizePeople', 'recognizeTitles', 'recognizeRanks', 'recognizeOrganizations',
  'recognizePlaces', 'recognizeCountries', 'recognizeTriggers', 'recognizeMeetings', 'recognizeAgreements', 'assemble', 'safeParse'];

const dir = mkdtempSync(join(tmpdir(), 'hoidam-prof-'));
try {
  execFileSync(process.execPath, ['--cpu-prof', `--cpu-prof-dir=${dir}`, fileURLToPath(new URL('profile.mjs', import.meta.url)), lang, size, runs], { stdio: ['ignore', 'ignore', 'inherit'] });
  const p = JSON.parse(readFileSync(join(dir, readdirSync(dir)[0]), 'utf8'));
  const byId = new Map(p.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of p.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const incl = {}, self = {};
  for (let i = 0; i < p.samples.length; i++) {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    const leaf = byId.get(p.samples[i]).callFrame;
    const key = `${leaf.functionName || '(anonymous)'}  ${(leaf.url || '(native)').replace(/^.*\/(dist|node_modules)\//, '$1/')}:${leaf.lineNumber + 1}`;
    self[key] = (self[key] ?? 0) + dt;
    const seen = new Set();
    for (let id = p.samples[i]; id !== undefined; id = parent.get(id)) {
      const fn = byId.get(id).callFrame.functionName;
      if (STAGES.includes(fn) && !seen.has(fn)) { seen.add(fn); incl[fn] = (incl[fn] ?? 0) + dt; }
    }
  }
  const total = incl.extract ?? 0;
  console.log(`extract() on ${lang} ${size === 'seeds' ? 'seed articles' : `${size} chars`} × ${runs}: ${total.toFixed(0)} ms in extract (profiled)`);
  for (const s of STAGES.slice(1)) if (incl[s]) console.log(`  ${s.padEnd(24)} ${incl[s].toFixed(0).padStart(7)} ms  ${((100 * incl[s]) / total).toFixed(1).padStart(5)}%`);
  console.log('Top self time:');
  for (const [k, v] of Object.entries(self).sort((a, b) => b[1] - a[1]).slice(0, 15)) console.log(`  ${v.toFixed(0).padStart(7)} ms  ${k.slice(0, 140)}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
