// Run in a fresh process: time from the start of the import to the end of the first extract().
// argv: entry URL, article file. Prints one JSON line.
import { readFileSync } from 'node:fs';

const [entry, file] = process.argv.slice(2);
const text = readFileSync(file, 'utf8');
const t0 = performance.now();
const { extract } = await import(entry);
const t1 = performance.now();
const record = extract(text);
const t2 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, firstExtractMs: t2 - t1, totalMs: t2 - t0, meetings: record.meetings.length }) + '\n');
