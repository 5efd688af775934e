// Run under callgrind by bench/instructions.mjs: WARM rounds of extract() over the seeds of one
// language, uninstrumented; then it waits for the file `<signal>` (made once instrumentation is
// on) and runs MEASURE rounds. argv: entry URL, language, warm, measure, signal directory.
import { existsSync, writeFileSync } from 'node:fs';
import { seeds } from './lib.mjs';

const [entry, lang, warm, measure, dir] = process.argv.slice(2);
const { extract } = await import(entry);
const texts = seeds().filter((s) => s.language === lang).map((s) => s.text);
for (let i = 0; i < Number(warm); i++) for (const t of texts) extract(t);
writeFileSync(`${dir}/ready`, String(process.pid));
while (!existsSync(`${dir}/go`)) {
  const t0 = Date.now();
  while (Date.now() - t0 < 20);
}
for (let i = 0; i < Number(measure); i++) for (const t of texts) extract(t);
writeFileSync(`${dir}/done`, String(Number(measure) * texts.length));
