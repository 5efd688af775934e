/**
 * Linear-time check of every regular expression in src/: finds regex literals and
 * `RegExp(…)` constructions with the TypeScript parser, and checks each with recheck
 * (automaton-based ReDoS analysis). Where recheck cannot decide, a star-height check is
 * used instead: a quantified group that itself contains an unbounded quantifier fails.
 *
 * Dynamic constructions (`new RegExp(\`…${x}…\`)`) cannot be read statically; the vitest
 * test (tests/regex-linear.test.ts) records their runtime sources and checks those too.
 *
 * Usage: npx tsx scripts/check-regexes.ts [dir]   (exit 1 when a regex is super-linear)
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';

export interface FoundRegex {
  file: string;
  line: number;
  source: string;
  flags: string;
}

export interface DynamicRegex {
  file: string;
  line: number;
  code: string;
}

export interface Verdict {
  source: string;
  flags: string;
  safe: boolean;
  /** 'recheck' when recheck decided, 'star-height' when the fallback did. */
  by: 'recheck' | 'star-height';
  detail: string;
}

function walkTs(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walkTs(p, out);
    else if (/\.(?:ts|tsx|mts|cts)$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

const literalText = (n: ts.Node | undefined): string | null =>
  n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null;

/** Every regex of the .ts files under `dir`: literal ones, and the sites of dynamic ones. */
export function collectRegexes(dir: string, root = process.cwd()): { found: FoundRegex[]; dynamic: DynamicRegex[] } {
  const found: FoundRegex[] = [];
  const dynamic: DynamicRegex[] = [];
  for (const path of walkTs(dir)) {
    const text = readFileSync(path, 'utf8');
    const sf = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const file = relative(root, path);
    const lineOf = (n: ts.Node): number => sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const raw = n.getText(sf);
        const slash = raw.lastIndexOf('/');
        found.push({ file, line: lineOf(n), source: raw.slice(1, slash), flags: raw.slice(slash + 1) });
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const args = n.arguments ?? [];
        const source = literalText(args[0]);
        const flags = args.length > 1 ? literalText(args[1]) : '';
        if (source !== null && flags !== null) found.push({ file, line: lineOf(n), source, flags });
        else dynamic.push({ file, line: lineOf(n), code: n.getText(sf).slice(0, 200) });
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { found, dynamic };
}

/**
 * Star height over unbounded quantifiers: 2 or more (a `+`/`*`/`{n,}` around a group
 * containing one) may backtrack exponentially or polynomially. Bounded repeats `{0,3}`
 * count as unbounded only when the inner quantifier is unbounded and overlapping, which
 * this conservative check does not try to prove: it only fails on unbounded-in-unbounded.
 */
export function starHeight(source: string): number {
  const stack: { height: number }[] = [{ height: 0 }];
  let lastAtomHeight = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      // \p{…} and \u{…} carry braces that are not quantifiers.
      const named = source[i] === 'k' && source[i + 1] === '<';
      if (named || ('pPu'.includes(source[i]) && source[i + 1] === '{')) {
        const close = source.indexOf(named ? '>' : '}', i);
        if (close > 0) i = close;
      }
      lastAtomHeight = 0;
      continue;
    }
    if (c === '[') {
      // A class is one atom; skip to its unescaped end.
      let j = i + 1;
      if (source[j] === '^') j++;
      if (source[j] === ']') j++;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j;
      lastAtomHeight = 0;
      continue;
    }
    if (c === '(') {
      stack.push({ height: 0 });
      continue;
    }
    if (c === ')') {
      const g = stack.length > 1 ? stack.pop()! : { height: 0 };
      const parent = stack[stack.length - 1];
      parent.height = Math.max(parent.height, g.height);
      lastAtomHeight = g.height;
      continue;
    }
    let unbounded = false;
    let quant = false;
    if (c === '*' || c === '+') quant = unbounded = true;
    else if (c === '?') quant = true;
    else if (c === '{') {
      const m = /^\{(\d*)(,?)(\d*)\}/.exec(source.slice(i, i + 24));
      if (m) {
        quant = true;
        unbounded = m[2] === ',' && m[3] === '';
        i += m[0].length - 1;
      }
    }
    if (quant) {
      if (source[i + 1] === '?' || source[i + 1] === '+') i++; // lazy/possessive marker
      const h = lastAtomHeight + (unbounded ? 1 : 0);
      const top = stack[stack.length - 1];
      top.height = Math.max(top.height, h);
      lastAtomHeight = 0;
      continue;
    }
    lastAtomHeight = 0;
  }
  return Math.max(...stack.map((s) => s.height));
}

/** recheck's verdict, or the star-height fallback when recheck cannot decide. */
export function checkRegex(source: string, flags: string): Verdict {
  const f = flags.replace(/[^dgimsuyv]/g, '');
  try {
    const d = checkSync(source, f, { timeout: 10_000, checker: 'automaton' });
    if (d.status === 'safe') return { source, flags, safe: true, by: 'recheck', detail: d.complexity.summary };
    if (d.status === 'vulnerable') {
      return { source, flags, safe: false, by: 'recheck', detail: `${d.complexity.summary}; attack: ${JSON.stringify(d.attack.string.slice(0, 80))}` };
    }
    // The automaton checker does not take look-around; recheck's fuzzer (fixed seed, so CI
    // is reproducible) plus the star-height rule decide those.
    const h = starHeight(source);
    const z = checkSync(source, f, { timeout: 20_000, checker: 'fuzz', randomSeed: 1 });
    if (z.status === 'vulnerable') {
      return { source, flags, safe: false, by: 'recheck', detail: `fuzz: ${z.complexity.summary}; attack: ${JSON.stringify(z.attack.string.slice(0, 80))}` };
    }
    return { source, flags, safe: h <= 1, by: 'star-height', detail: `automaton: ${(d.error as { message?: string } | undefined)?.message ?? 'unknown'}; fuzz: ${z.status}; star height ${h}` };
  } catch (err) {
    const h = starHeight(source);
    return { source, flags, safe: h <= 1, by: 'star-height', detail: `recheck failed (${(err as Error).message}); star height ${h}` };
  }
}

// Run directly: report on src/.
if (process.argv[1] && /check-regexes\.[cm]?[tj]s$/.test(process.argv[1])) {
  const dir = process.argv[2] ?? 'src';
  const { found, dynamic } = collectRegexes(dir);
  let bad = 0;
  const seen = new Map<string, Verdict>();
  for (const r of found) {
    const key = `/${r.source}/${r.flags}`;
    let v = seen.get(key);
    if (!v) seen.set(key, (v = checkRegex(r.source, r.flags)));
    if (!v.safe) {
      bad++;
      console.log(`SUPER-LINEAR ${r.file}:${r.line} ${key} (${v.by}: ${v.detail})`);
    } else if (v.by === 'star-height') console.log(`undecided by recheck, star height ok: ${r.file}:${r.line} ${key}`);
  }
  for (const d of dynamic) console.log(`dynamic (checked at run time by the vitest test): ${d.file}:${d.line} ${d.code.split('\n')[0]}`);
  console.log(`${found.length} regexes (${seen.size} distinct) checked, ${dynamic.length} dynamic, ${bad} super-linear`);
  process.exitCode = bad ? 1 : 0;
}
