/**
 * Shared checks for the hostile-input, fuzz and timing tests: a record must be
 * schema-valid, every span must slice the caller's input exactly, and no warning may say
 * that the library failed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { ArticleRecordSchema, type ArticleRecord, type Span } from '../src/index.js';

export const fixtureDir = new URL('../fixtures/', import.meta.url);
export const seeds: { file: string; text: string }[] = readdirSync(fixtureDir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => ({ file: f, text: readFileSync(new URL(f, fixtureDir), 'utf8') }));

/** Every span-shaped object in a record, with the path it was found at. */
export function spansOf(v: unknown, path = '$', out: { path: string; span: Span }[] = []): { path: string; span: Span }[] {
  if (!v || typeof v !== 'object') return out;
  if (Array.isArray(v)) {
    v.forEach((x, i) => spansOf(x, `${path}[${i}]`, out));
    return out;
  }
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push({ path, span: o as Span });
  for (const k of Object.keys(o)) spansOf(o[k], `${path}.${k}`, out);
  return out;
}

const FAILURE_CODES = new Set(['internal-error', 'invalid-record']);

/** The problems of a record for `input`, as readable lines (empty when it is sound). */
export function problems(input: string, rec: ArticleRecord): string[] {
  const out: string[] = [];
  const parsed = ArticleRecordSchema.safeParse(rec);
  if (!parsed.success) out.push(`schema: ${parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  for (const w of rec.warnings) if (FAILURE_CODES.has(w.code)) out.push(`warning ${w.code}: ${w.message}`);
  for (const { path, span } of spansOf(rec)) {
    if (!(span.start >= 0 && span.start <= span.end && span.end <= input.length)) out.push(`${path}: span [${span.start}, ${span.end}) outside input of length ${input.length}`);
    else if (input.slice(span.start, span.end) !== span.text) out.push(`${path}: input.slice(${span.start}, ${span.end}) is ${JSON.stringify(input.slice(span.start, span.end))}, span.text is ${JSON.stringify(span.text)}`);
  }
  return out;
}

/** Strips offsets, so records of differently encoded inputs can be compared by value. */
export function valuesOf(rec: ArticleRecord, mapString: (s: string) => string = (s) => s): unknown {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return mapString(v);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) if (k !== 'start' && k !== 'end') o[k] = walk(x);
      return o;
    }
    return v;
  };
  return walk(rec);
}

/** The minimum of `runs` timings of f, in milliseconds (the minimum fights scheduler noise). */
export function minTime(f: () => unknown, runs = 3): number {
  let best = Infinity;
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    f();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}
