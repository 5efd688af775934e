/**
 * Every regex in src/ is checked for super-linear backtracking (scripts/check-regexes.ts):
 * literals and constant `RegExp(…)` by reading the source, dynamic `RegExp(…)` by recording
 * what they build while every module of src/ loads and the seeds are extracted.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkRegex, collectRegexes, starHeight, type Verdict } from '../scripts/check-regexes.js';

// Nothing from src/ may be imported statically here: the modules must load under the recorder.
const fixtures = new URL('../fixtures/', import.meta.url);
const seeds = readdirSync(fixtures).filter((f) => f.endsWith('.txt')).map((f) => ({ text: readFileSync(new URL(f, fixtures), 'utf8') }));

const root = fileURLToPath(new URL('..', import.meta.url));
const srcDir = join(root, 'src');
// Entry points with side effects on import (the CLI runs main(); the worker waits for work).
const SKIP_IMPORT = new Set(['cli.ts', 'node-worker.ts']);

const built = new Map<string, { source: string; flags: string; files: Set<string> }>();
const NativeRegExp = RegExp;

function record(re: RegExp): void {
  const stack = new Error().stack ?? '';
  // The frame that called RegExp (the first outside this file): only src/ code counts, not
  // libraries that src/ calls (chrono builds its own regexes while it parses).
  const files = stack.split('\n').map((l) => /\(?((?:file:\/\/)?\/[^()\s]+?):\d+:\d+\)?$/.exec(l.trim())?.[1]).filter((f): f is string => !!f);
  const m = files.find((f) => !f.endsWith('regex-linear.test.ts'));
  if (!m || !m.includes(`${sep}src${sep}`) || m.includes('node_modules')) return;
  const file = relative(root, m.replace(/^file:\/\//, ''));
  const key = `/${re.source}/${re.flags}`;
  const e = built.get(key) ?? { source: re.source, flags: re.flags, files: new Set<string>() };
  e.files.add(file);
  built.set(key, e);
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (name.endsWith('.ts') && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const { found, dynamic } = collectRegexes(srcDir, root);
// Filled while the modules run (below); read after.
let writtenForms: Map<string, { source: string; flags: string; library: boolean }> = new Map();
let unboundSpaces: (source: string) => { source: string; bound: number } = () => ({ source: '', bound: 0 });

describe('regexes in src/', () => {
  beforeAll(async () => {
    // Record every RegExp built from src/ while the modules load and run.
    globalThis.RegExp = new Proxy(NativeRegExp, {
      construct(target, args, newTarget) {
        const re = Reflect.construct(target, args, newTarget) as RegExp;
        record(re);
        return re;
      },
      apply(target, self, args) {
        const re = Reflect.apply(target, self, args) as RegExp;
        record(re);
        return re;
      },
    });
    try {
      for (const f of walk(srcDir)) if (!SKIP_IMPORT.has(f.split(sep).pop()!)) await import(pathToFileURL(f).href);
      const { extract } = await import('../src/index.js');
      for (const s of seeds) extract(s.text);
      ({ writtenForms, unboundSpaces } = await import('../src/recognize/dates/patterns.js'));
    } finally {
      globalThis.RegExp = NativeRegExp;
    }
  }, 120_000);
  afterAll(() => {
    globalThis.RegExp = NativeRegExp;
  });

  it('finds the regexes (the scan itself works)', () => {
    expect(found.length).toBeGreaterThan(20);
    expect(found.some((r) => r.file.endsWith(`pipeline${sep}segment.ts`))).toBe(true);
  });

  it('has no regex literal or constant RegExp() with super-linear backtracking', () => {
    const seen = new Map<string, Verdict>();
    const bad: string[] = [];
    for (const r of found) {
      const key = `/${r.source}/${r.flags}`;
      let v = seen.get(key);
      if (!v) seen.set(key, (v = checkRegex(r.source, r.flags)));
      if (!v.safe) bad.push(`${r.file}:${r.line} ${key} — ${v.by}: ${v.detail}`);
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('has no dynamic RegExp() with super-linear backtracking, and every dynamic site ran', () => {
    const dynFiles = new Set(dynamic.map((d) => d.file));
    const ranFiles = new Set([...built.values()].flatMap((b) => [...b.files]));
    const notRun = [...dynFiles].filter((f) => !ranFiles.has(f));
    // A RegExp built only inside a path the seeds never reach cannot be checked here.
    expect(notRun, `dynamic RegExp() in files that never built one: ${notRun.join(', ')}`).toEqual([]);
    const literal = new Set(found.map((r) => `/${r.source}/${r.flags}`));
    const bad: string[] = [];
    for (const [key, b] of built) {
      if (literal.has(key)) continue;
      // A date pattern's copy with unbounded white space runs only where it takes the steps of
      // the pattern it stands for (src/recognize/dates/patterns.ts): that one is judged, unless
      // a library (chrono) wrote it, as for the library's other regexes.
      const written = writtenForms.get(key);
      if (written?.library) continue;
      const { source, flags } = written ?? b;
      const v = checkRegex(source, flags);
      if (!v.safe) bad.push(`${[...b.files].join(', ')} ${key}${written ? ` (written /${source}/${flags})` : ''} — ${v.by}: ${v.detail}`);
    }
    expect(bad).toEqual([]);
  }, 300_000);

  it('judges each copy with unbounded white space by a written pattern with bounded repeats', () => {
    expect(writtenForms.size).toBeGreaterThan(10);
    for (const [key, w] of writtenForms) {
      expect(w.source, key).toMatch(/\{\d+,\d+\}/);
      expect(`/${new RegExp(unboundSpaces(w.source).source, w.flags).source}/${w.flags}`).toBe(key);
    }
  });

  it('the checker itself flags nested quantifiers', () => {
    expect(checkRegex('^(a+)+$', '').safe).toBe(false);
    expect(checkRegex('(?:\\s*,?\\s*)+x', '').safe).toBe(false);
    expect(checkRegex('[\\p{L}\\p{M}]+|\\p{N}+', 'u').safe).toBe(true);
    expect(starHeight('(?:a+b)*')).toBe(2);
    expect(starHeight('(?:ab){0,3}c+')).toBe(1);
    expect(starHeight('\\p{L}+(?=x)')).toBe(1);
  });
});
