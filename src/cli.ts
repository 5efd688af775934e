/**
 * The `hoidam` command: prints the record of each article file as JSON.
 * Node-only; the library itself touches no file system.
 */
import { readFileSync, statSync } from 'node:fs';
import { extract, renderHtml, renderHtmlMany, type ReviewArticle } from './index.js';
import { createBatchExtractor } from './node.js';

// From this many files on, --ndjson spreads articles over worker threads: below it, starting
// the threads costs more than it saves (a seed article takes ~4 ms, a thread ~60 ms to start).
const POOL_MIN_FILES = 32;
// Files read and extracted per round, which bounds memory on long file lists.
const BATCH_FILES = 256;

const USAGE = `usage: hoidam [options] FILE... ('-' reads standard input)
  --ndjson                 one record per line (batches)
  --pretty                 indented JSON
  --html                   a review page: each article with its values highlighted
  --reference-date DATE    YYYY-MM-DD anchor for dates without a year
  --language vi|en|auto    article language (default auto)
  -h, --help               this help`;

interface CliOptions {
  files: string[];
  ndjson: boolean;
  pretty: boolean;
  html: boolean;
  referenceDate?: string;
  language?: 'vi' | 'en' | 'auto';
}

function parseArgs(argv: string[]): CliOptions | string {
  const o: CliOptions = { files: [], ndjson: false, pretty: false, html: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--ndjson') o.ndjson = true;
    else if (a === '--pretty') o.pretty = true;
    else if (a === '--html') o.html = true;
    else if (a === '-h' || a === '--help') return USAGE;
    else if (a === '--reference-date' || a.startsWith('--reference-date=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))) return `hoidam: --reference-date needs YYYY-MM-DD, got ${v ?? 'nothing'}`;
      o.referenceDate = v;
    } else if (a === '--language' || a.startsWith('--language=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'vi' && v !== 'en' && v !== 'auto') return `hoidam: --language takes vi, en or auto, got ${v ?? 'nothing'}`;
      o.language = v;
    } else if (a.startsWith('--')) return `hoidam: unknown option ${a}\n${USAGE}`;
    else o.files.push(a);
  }
  if (!o.files.length) return USAGE;
  if (o.html && o.ndjson) return 'hoidam: --html and --ndjson cannot be combined';
  return o;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads one file as UTF-8 text, or says in one line why it cannot. */
function readText(file: string): string {
  const bytes = file === '-' ? readFileSync(0) : (() => {
    const st = statSync(file);
    if (st.isDirectory()) throw new Error('is a directory');
    return readFileSync(file);
  })();
  if (bytes.includes(0)) throw new Error('is binary data, not text');
  try {
    return decoder.decode(bytes);
  } catch {
    throw new Error('is not valid UTF-8 text');
  }
}

function reason(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  if (e?.code === 'ENOENT') return 'no such file';
  if (e?.code === 'EACCES') return 'permission denied';
  if (e?.code === 'EISDIR') return 'is a directory';
  return e?.message ?? String(err);
}

export async function main(argv: string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (typeof parsed === 'string') {
    const isHelp = parsed === USAGE && (argv.includes('-h') || argv.includes('--help'));
    (isHelp ? process.stdout : process.stderr).write(parsed + '\n');
    return isHelp ? 0 : 2;
  }
  if (parsed.html) return reviewPage(parsed);
  if (parsed.ndjson && parsed.files.length >= POOL_MIN_FILES) return ndjsonOnWorkers(parsed);
  let failed = 0;
  const records: unknown[] = [];
  for (const file of parsed.files) {
    let text: string;
    try {
      text = readText(file);
    } catch (err) {
      process.stderr.write(`hoidam: ${file === '-' ? 'standard input' : file}: ${reason(err)}\n`);
      failed++;
      continue;
    }
    const record = extract(text, { referenceDate: parsed.referenceDate, language: parsed.language });
    const out = parsed.files.length > 1 || parsed.ndjson ? { file, ...record } : record;
    if (parsed.ndjson) process.stdout.write(JSON.stringify(out) + '\n');
    else records.push(out);
  }
  if (!parsed.ndjson && records.length) {
    const value = records.length === 1 && parsed.files.length === 1 ? records[0] : records;
    process.stdout.write(JSON.stringify(value, null, parsed.pretty ? 2 : undefined) + '\n');
  }
  return failed ? 1 : 0;
}

/** --html: one review page; several files get a table of contents. */
function reviewPage(parsed: CliOptions): number {
  const articles: ReviewArticle[] = [];
  let failed = 0;
  for (const file of parsed.files) {
    try {
      const text = readText(file);
      articles.push({ name: file === '-' ? 'standard input' : file, text, record: extract(text, { referenceDate: parsed.referenceDate, language: parsed.language }) });
    } catch (err) {
      process.stderr.write(`hoidam: ${file === '-' ? 'standard input' : file}: ${reason(err)}\n`);
      failed++;
    }
  }
  if (articles.length) {
    const [one] = articles;
    process.stdout.write(parsed.files.length === 1 ? renderHtml(one.text, one.record, { name: one.name }) : renderHtmlMany(articles));
  }
  return failed ? 1 : 0;
}

/** --ndjson over many files: the same output, with the extraction on worker threads. */
async function ndjsonOnWorkers(parsed: CliOptions): Promise<number> {
  const batch = createBatchExtractor();
  let failed = 0;
  try {
    for (let i = 0; i < parsed.files.length; i += BATCH_FILES) {
      const files: string[] = [];
      const texts: string[] = [];
      for (const file of parsed.files.slice(i, i + BATCH_FILES)) {
        try {
          texts.push(readText(file));
          files.push(file);
        } catch (err) {
          process.stderr.write(`hoidam: ${file === '-' ? 'standard input' : file}: ${reason(err)}\n`);
          failed++;
        }
      }
      const records = await batch.extractMany(texts, { referenceDate: parsed.referenceDate, language: parsed.language });
      process.stdout.write(records.map((r, k) => JSON.stringify({ file: files[k], ...r }) + '\n').join(''));
    }
  } finally {
    await batch.close();
  }
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    process.stderr.write(`hoidam: ${String((err as Error)?.message ?? err).replace(/^hoidam: /, '')}\n`);
    process.exitCode = 1;
  },
);
