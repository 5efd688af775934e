// Records what dist's extract() returns on every fixture and dev-corpus article, and on long
// inputs built from the fixtures, into one JSON file, so that a speed change can be checked to
// change no output: take a snapshot before, rebuild, take one after, and compare the files.
//   node scripts/record-snapshot.mjs OUT.json [--entry dist/index.js] [--no-long]
// Like ../shared/corpus/score.mjs, extract() is called with the text alone (no referenceDate).
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { pathToFileURL, fileURLToPath } from 'node:url';
import path from 'node:path';

const args = process.argv.slice(2);
const out = args.find((a) => !a.startsWith('--') && args[args.indexOf(a) - 1] !== '--entry');
if (!out) {
  console.error('usage: node scripts/record-snapshot.mjs OUT.json [--entry dist/index.js] [--no-long]');
  process.exit(2);
}
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const entry = path.resolve(root, args.includes('--entry') ? args[args.indexOf('--entry') + 1] : 'dist/index.js');
const { extract } = await import(pathToFileURL(entry).href);

const dirs = [path.join(root, 'fixtures'), path.resolve(root, '../shared/corpus/dev')].filter(existsSync);
const records = {};
const fixtures = { vi: [], en: [] };
for (const dir of dirs) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = readFileSync(path.join(dir, f), 'utf8');
    const rec = extract(text);
    records[`${path.basename(dir)}/${f}`] = rec;
    if (dir.endsWith('fixtures') && fixtures[rec.language]) fixtures[rec.language].push(text);
  }
}
if (!args.includes('--no-long')) {
  // As bench/lib.mjs builds them: whole articles joined by blank lines, cut at a space.
  const longInput = (texts, chars) => {
    let s = '';
    for (let i = 0; s.length < chars; i++) s += (s ? '\n\n' : '') + texts[i % texts.length];
    const cut = s.lastIndexOf(' ', chars);
    return s.slice(0, cut > chars * 0.9 ? cut : chars);
  };
  for (const lang of ['vi', 'en']) {
    for (const chars of [10_000, 100_000, 1_000_000]) {
      records[`long/${lang}-${chars}`] = extract(longInput(fixtures[lang], chars));
    }
  }
}
writeFileSync(out, JSON.stringify(records, null, 1) + '\n');
console.log(`${Object.keys(records).length} records written to ${out}`);
