// Run under callgrind by bench/instructions.mjs: WARM rounds of extract() over the seeds of one
// language, uninstrumented; then MEASURE rounds between two waits on FIFOs in `dir` ("go",
// "stop"), during which bench/instructions.mjs turns instrumentation on, and then off. A
// blocked read runs no instructions, so only the measured rounds are counted.
// argv: entry URL, language, warm, measure, dir.
import { readFileSync, writeFileSync } from 'node:fs';
import { seeds } from './lib.mjs';

const [entry, lang, warm, measure, dir] = process.argv.slice(2);
const { extract } = await import(entry);
const texts = seeds().filter((s) => s.language === lang).map((s) => s.text);
for (let i = 0; i < Number(warm); i++) for (const t of texts) extract(t);
writeFileSync(`${dir}/ready`, String(process.pid));
readFileSync(`${dir}/go`);
for (let i = 0; i < Number(measure); i++) for (const t of texts) extract(t);
writeFileSync(`${dir}/done`, String(Number(measure) * texts.length));
readFileSync(`${dir}/stop`);
