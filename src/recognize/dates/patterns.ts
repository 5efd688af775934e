/**
 * Date patterns that cost less than the regex they stand for: one that looks for the part a
 * date cannot do without before the optional words ahead of it (AnchoredPattern), one that
 * first checks the text for words every match contains (NeedsPattern), and copies with
 * unbounded white-space repeats, which compile faster, for texts where they find the same
 * (unboundSpaces, spacedFor); wrapParser and wrapBaseParsers put chrono's own parsers behind
 * the last two. Language-neutral: each locale builds its own from its words
 * and needs tables.
 */
import type { Chrono, Parser, ParsingContext } from 'chrono-node';
import { isSpaceCode } from '../../engine/tokens.js';

/**
 * White space inside a date, for the date patterns of every locale. They read the normalized
 * text, where the only white space is ' ' and '\n' (normalize.ts turns every other space into ' '),
 * so this class means there what \s would; V8 compiles `\s{1,3}`, a class of ten ranges
 * unrolled in every alternative, about twice as slowly on first use (a cold-start cost).
 */
export const WS = '[ \\n]';

/**
 * The most UTF-16 units a regex source can match: Infinity when it repeats without bound.
 * Reads the syntax the date patterns use: literals, escapes, classes, groups,
 * look-arounds (which match nothing), alternation and the quantifiers ? * + {m} {m,} {m,n}.
 */
export function maxLength(source: string): number {
  let i = 0;
  const alternatives = (): number => {
    let best = sequence();
    while (source[i] === '|') {
      i++;
      best = Math.max(best, sequence());
    }
    return best;
  };
  const sequence = (): number => {
    let total = 0;
    while (i < source.length && source[i] !== '|' && source[i] !== ')') {
      let atom: number;
      const c = source[i];
      if (c === '(') {
        const look = /^\(\?<?[=!]/.test(source.slice(i, i + 4));
        i += source[i + 1] === '?' ? (look ? (source[i + 2] === '<' ? 4 : 3) : 3) : 1;
        atom = alternatives();
        i++; // ')'
        if (look) atom = 0;
      } else if (c === '[') {
        i++;
        while (source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
        i++;
        atom = 1;
      } else if (c === '\\') {
        const e = source[i + 1];
        if (/[1-9]/.test(e)) throw new Error(`maxLength: back-reference in ${source}`);
        atom = e === 'b' || e === 'B' ? 0 : 1;
        i += 2;
      } else {
        atom = c === '^' || c === '$' ? 0 : 1;
        i += c.length;
      }
      const q = /^(?:\?|\*|\+|\{(\d+)(?:(,)(\d*))?\})\??/.exec(source.slice(i));
      if (q) {
        i += q[0].length;
        const head = q[0][0];
        const times = head === '?' ? 1 : head === '*' || head === '+' ? Infinity : q[2] ? (q[3] ? Number(q[3]) : Infinity) : Number(q[1]);
        atom = atom === 0 ? 0 : atom * times;
      }
      total += atom;
    }
    return total;
  };
  return alternatives();
}

/** Moves the back-references of a pattern's source by `n` groups. */
const shiftBackReferences = (source: string, n: number): string => source.replace(/\\([1-9]\d*)/g, (_, k: string) => `\\${Number(k) + n}`);

/**
 * The capturing groups of a regex source: `(` not followed by `?`, and named groups `(?<name>`
 * (not look-behinds), outside classes and escapes. Read from the source rather than by running
 * `new RegExp(source + '|')`, which compiled every prefix at import (a cold-start cost).
 */
export function groupCount(source: string): number {
  let n = 0;
  syntaxScan(source, (c, i) => {
    if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) n++;
    return false;
  });
  return n;
}

/**
 * Calls `visit` with each character of a regex source that is syntax: outside escapes and
 * character classes (a class's opening `[` is not visited). Stops, answering true, when `visit` does.
 */
function syntaxScan(source: string, visit: (c: string, i: number) => boolean): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (visit(c, i)) return true;
  }
  return false;
}

/**
 * The pattern `prefix` + `rest` (rest's back-references counted from its own groups), which
 * finds what that regex finds with fewer steps. `prefix` is made of optional words before the
 * part a date cannot do without (a part of the day, "ngày" before "21/3"): the regex as one
 * tries the prefix's alternatives at every position of the text. This one finds the leftmost
 * `rest` first, then the leftmost start of a prefix that ends right before it, looking back
 * no further than the prefix's longest match. That is the regex's own match as long as no
 * prefix can reach over the start of `rest`; where one could (`spansRest`, tested on the
 * text before the start of `rest`, e.g. "thứ " before the 2 of "thứ 2 …"), the whole regex
 * runs from that bounded start instead.
 */
export class AnchoredPattern extends RegExp {
  private readonly prefixSource: string;
  private readonly restSource: string;
  private readonly spansRest: RegExp | null;
  // Built on the first exec: the patterns are module constants, and the look-back regexes and
  // the prefix's reach were a few milliseconds of every import (a cold-start cost).
  private parts: { rest: RegExp; before: RegExp; whole: RegExp; prefixGroups: number; reach: number } | null = null;

  /**
   * `written`: for a copy made by `loosen`, the sources of the pattern it stands for. Its
   * prefix's longest match is the look-back's reach (the copy's own prefix is unbounded).
   */
  constructor(prefix: string, rest: string, flags: string, spansRest: RegExp | null = null, private readonly written?: { prefix: string; rest: string }) {
    super(AnchoredPattern.joined(prefix, rest), flags);
    this.prefixSource = prefix;
    this.restSource = rest;
    this.spansRest = spansRest;
    if (written) standsFor(this, AnchoredPattern.joined(written.prefix, written.rest));
  }

  /** The one regex source `prefix` + `rest` stand for (rest's back-references moved past prefix's groups). */
  private static joined(prefix: string, rest: string): string {
    return prefix + shiftBackReferences(rest, groupCount(prefix));
  }

  /** This pattern with unbounded white-space repeats (see unboundSpaces), or null if it has none. */
  loosen(): { pattern: AnchoredPattern; bound: number } | null {
    const prefix = unboundSpaces(this.prefixSource);
    const rest = unboundSpaces(this.restSource);
    const bound = Math.min(prefix.bound, rest.bound);
    if (bound === Infinity) return null;
    const written = { prefix: this.prefixSource, rest: this.restSource };
    return { pattern: new AnchoredPattern(prefix.source, rest.source, this.flags, this.spansRest, written), bound };
  }

  private build(): NonNullable<AnchoredPattern['parts']> {
    const prefix = this.prefixSource;
    const reach = maxLength(this.written?.prefix ?? prefix);
    if (!Number.isFinite(reach)) throw new Error(`AnchoredPattern: unbounded prefix ${prefix}`);
    const parts = {
      rest: new RegExp(this.restSource, this.flags),
      before: new RegExp(`(?:${prefix})$`, this.flags),
      whole: new RegExp(this.source, `${this.flags}g`),
      prefixGroups: groupCount(prefix),
      reach,
    };
    if (this.written) {
      standsFor(parts.rest, this.written.rest);
      standsFor(parts.before, `(?:${this.written.prefix})$`);
      standsFor(parts.whole, AnchoredPattern.joined(this.written.prefix, this.written.rest));
    }
    return (this.parts = parts);
  }

  override exec(text: string): RegExpExecArray | null {
    const { rest, before, whole, prefixGroups, reach } = this.parts ?? this.build();
    const r = rest.exec(text);
    if (!r) return null;
    const q = r.index;
    const from = Math.max(0, q - reach);
    if (this.spansRest?.test(text.slice(from, q))) {
      whole.lastIndex = from;
      return whole.exec(text);
    }
    const b = before.exec(text.slice(from, q));
    const start = b ? from + b.index : q;
    const groups: (string | undefined)[] = b ? b.slice(1) : new Array<undefined>(prefixGroups).fill(undefined);
    const m = [text.slice(start, q + r[0].length), ...groups, ...r.slice(1)] as unknown as RegExpExecArray;
    m.index = start;
    m.input = text;
    return m;
  }
}

/** The word boundary chrono puts before the patterns of its AbstractParserWithWordBoundaryChecking. */
const BOUNDARY = '(\\W|^)';

/** A word character of a regex without the u flag (\w: ASCII letters, digits, '_'). */
const isWordCode = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f;

/** Does a regex source have a `|` outside every group and class? */
function topLevelAlternation(source: string): boolean {
  let depth = 0;
  return syntaxScan(source, (c) => {
    if (c === '(') depth++;
    else if (c === ')') depth--;
    return c === '|' && depth === 0;
  });
}

/**
 * One of chrono's word-boundary patterns, `(\W|^)` + rest, that finds what that regex finds
 * with fewer steps. The regex tries `\W` (which nearly every position of Vietnamese text
 * passes: its letters are not ASCII) and then the rest at every position, so V8 cannot skip
 * ahead to where the rest could start. This one finds the leftmost rest first and checks the
 * one character before it: the regex matches at p when the character at p is not a word
 * character and the rest matches at p + 1, or (only at p = 0, tried second) when the rest
 * matches at 0. Only for a rest without a top-level `|` (the boundary then belongs to its
 * first alternative alone), back-references or bounded white-space repeats (spacedFor's
 * copies are not made of this), and flags of at most `i` (no `u`: \W is then every code unit
 * but [A-Za-z0-9_]; no `m`: ^ is then the start of the text). Not a RegExp itself: it builds
 * no copy of chrono's regex (chrono only calls `exec` on a parser's pattern).
 */
export class BoundaryPattern {
  // Built on the first exec (no compiling when the parsers are wrapped).
  private parts: { any: RegExp; at: RegExp } | null = null;

  private constructor(readonly written: RegExp, private readonly rest: string) {}

  /** The pattern found rest first, or null when `re` is not of the form this reads. */
  static of(re: RegExp): BoundaryPattern | null {
    if (!re.source.startsWith(BOUNDARY) || !/^i?$/.test(re.flags)) return null;
    const rest = re.source.slice(BOUNDARY.length);
    if (topLevelAlternation(rest) || /\\[1-9]/.test(rest) || unboundSpaces(rest).bound !== Infinity) return null;
    return new BoundaryPattern(re, rest);
  }

  exec(text: string): RegExpExecArray | null {
    const flags = this.written.flags;
    const { any, at } = this.parts ?? (this.parts = { any: new RegExp(this.rest, `${flags}g`), at: new RegExp(this.rest, `${flags}y`) });
    for (let from = 0; ;) {
      any.lastIndex = from;
      const r = any.exec(text);
      if (!r) return null;
      const q = r.index;
      if (q === 0) {
        // At 0 the regex tries \W before ^: a rest right after a first non-word character wins.
        if (text.length > 0 && !isWordCode(text.charCodeAt(0))) {
          at.lastIndex = 1;
          const r1 = at.exec(text);
          if (r1) return BoundaryPattern.match(text, 0, text[0], r1);
        }
        return BoundaryPattern.match(text, 0, '', r);
      }
      if (!isWordCode(text.charCodeAt(q - 1))) return BoundaryPattern.match(text, q - 1, text[q - 1], r);
      from = q + 1;
    }
  }

  /** For chrono's types: a parser's pattern is declared a RegExp. */
  asRegExp(): RegExp {
    return this as unknown as RegExp;
  }

  /** The regex's own match: the boundary (group 1) before the rest's match and groups. */
  private static match(text: string, index: number, boundary: string, r: RegExpExecArray): RegExpExecArray {
    const m = [boundary + r[0], boundary, ...r.slice(1)] as unknown as RegExpExecArray;
    m.index = index;
    m.input = text;
    m.groups = undefined;
    return m;
  }
}

/**
 * Two digits with a date separator between them ("21/3", "06.9", "2024-03"): what every match of
 * a date written in digits has, day and month or year and month (chrono's ISO and slash
 * patterns, the locales' numeric ones). No letters: it agrees with patterns of any flags.
 */
export const DIGITS_SEPARATED = /[0-9][/.-][0-9]/;

/** What a pattern's matches need: anything that tells whether a text has it. */
export interface Need {
  test(text: string): boolean;
}

/**
 * A need whose last answer is kept: several parsers share a need (a unit of time, "tháng"),
 * and chrono runs them all on the same text, one after the other.
 */
class KeptNeed implements Need {
  private lastText: string | null = null;
  private lastAnswer = false;

  constructor(private readonly need: Need) {}

  test(text: string): boolean {
    if (text !== this.lastText) {
      this.lastAnswer = this.need.test(text);
      this.lastText = text;
    }
    return this.lastAnswer;
  }
}

// One kept answer per need object, shared by every pattern that needs it. A non-global,
// non-sticky RegExp's test keeps no state, so its answer on the same text is the same.
const kept = new WeakMap<Need, KeptNeed>();

function keptNeed(need: Need): KeptNeed {
  if (need instanceof KeptNeed) return need;
  if (need instanceof RegExp && (need.global || need.sticky)) throw new Error('NeedsPattern: a global or sticky need keeps state between calls');
  let k = kept.get(need);
  if (!k) kept.set(need, (k = new KeptNeed(need)));
  return k;
}

/**
 * A pattern that says "no match" at once when the text lacks something every match of it
 * contains (`needs`: each of these must be found), and runs the pattern it wraps otherwise.
 * The tests are single words, which V8 finds in a text much faster than a pattern that opens
 * with an alternation of words is tried at every position. Not a RegExp itself (it builds no
 * copy of the pattern it wraps): chrono only calls `exec` on a parser's pattern.
 */
export class NeedsPattern {
  private readonly needs: readonly KeptNeed[];

  constructor(readonly pattern: RegExp | BoundaryPattern, needs: readonly Need[]) {
    if (pattern instanceof RegExp && (pattern.global || pattern.sticky)) throw new Error('NeedsPattern: a global or sticky pattern keeps state between calls');
    this.needs = needs.map(keptNeed);
  }

  exec(text: string): RegExpExecArray | null {
    for (const n of this.needs) if (!n.test(text)) return null;
    return this.pattern.exec(text);
  }

  /** For chrono's types: a parser's pattern is declared a RegExp. */
  asRegExp(): RegExp {
    return this as unknown as RegExp;
  }

  /** This pattern with unbounded white-space repeats (see unboundSpaces), or null if it has none. */
  loosen(library = false): { pattern: NeedsPattern; bound: number } | null {
    // A BoundaryPattern is made only of a pattern without bounded white-space repeats.
    if (this.pattern instanceof BoundaryPattern) return null;
    // An anchored pattern keeps its own way of searching when loosened.
    const l = this.pattern instanceof AnchoredPattern ? this.pattern.loosen() : loosenRegExp(this.pattern, library);
    return l && { pattern: new NeedsPattern(l.pattern, this.needs), bound: l.bound };
  }
}

/**
 * A pattern source with its white-space repeats (`[ \n]{a,b}`, `\s{a,b}`) written without
 * their upper bound (`+`, `*`, `{a,}`), and the smallest bound it dropped (Infinity: none).
 * Why: V8 compiles a bounded repeat by unrolling it, in every alternative it sits in; the
 * date patterns, with a `{1,3}` between every two words, compiled 3-4 times slower on their
 * first use (a cold-start cost) than with `+`. The two patterns are the same on a text
 * whose white-space runs are all at most `bound` long: no repeat can then reach its bound,
 * so both try the same lengths in the same order. `spacedFor` picks one per text.
 */
export function unboundSpaces(source: string): { source: string; bound: number } {
  let out = '';
  let bound = Infinity;
  let inClass = false;
  let i = 0;
  const repeat = (): void => {
    const q = /^\{(\d+),(\d+)\}/.exec(source.slice(i, i + 12));
    if (!q) return;
    const min = Number(q[1]);
    out += min === 0 ? '*' : min === 1 ? '+' : `{${min},}`;
    bound = Math.min(bound, Number(q[2]));
    i += q[0].length;
  };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      const escape = source.slice(i, i + 2);
      out += escape;
      i += 2;
      if (!inClass && escape === '\\s') repeat();
    } else if (!inClass && source.startsWith(WS, i)) {
      out += WS;
      i += WS.length;
      repeat();
    } else {
      if (c === '[') inClass = true;
      else if (c === ']') inClass = false;
      out += c;
      i++;
    }
  }
  return { source: out, bound };
}

/** A regex with unbounded white-space repeats (see unboundSpaces), or null if it has none. */
export function loosenRegExp(re: RegExp, library = false): { pattern: RegExp; bound: number } | null {
  const { source, bound } = unboundSpaces(re.source);
  if (bound === Infinity) return null;
  const pattern = new RegExp(source, re.flags);
  standsFor(pattern, re.source, library);
  return { pattern, bound };
}

/**
 * The copies with unbounded white space, by `/source/flags`, and the written pattern each
 * stands for (`library`: one chrono wrote). A copy runs only on texts where it takes the
 * steps the written one takes, so the linear-time check (tests/regex-linear.test.ts) judges
 * the written one. Bounded: one entry per pattern of the locales.
 */
export const writtenForms = new Map<string, { source: string; flags: string; library: boolean }>();

function standsFor(copy: RegExp, writtenSource: string, library = false): void {
  writtenForms.set(`/${copy.source}/${copy.flags}`, { source: writtenSource, flags: copy.flags, library });
}

let lastText: string | null = null;
let lastRun = 0;
const TWO_SPACES = /\s\s/;
const ONE_SPACE = /\s/;

/** The longest run of white space (JavaScript's \s) in the text; the last answer is kept. */
export function longestSpaceRun(text: string): number {
  if (text === lastText) return lastRun;
  lastText = text;
  // Most texts have no two white-space characters in a row: V8 finds that out faster than
  // the loop below walks the text (\s is the set isSpaceCode reads).
  if (!TWO_SPACES.test(text)) return (lastRun = ONE_SPACE.test(text) ? 1 : 0);
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  return (lastRun = longest);
}

type Loosenable = RegExp | NeedsPattern | AnchoredPattern | BoundaryPattern;

/**
 * The pattern to run on a text: the one with unbounded white space when the text's white-space
 * runs are short enough for it to find what the written pattern finds (always so on ordinary
 * prose), the written one otherwise. Both are built on first need. `library`: chrono wrote it.
 */
export function spacedFor(pattern: Loosenable, library = false): (text: string) => RegExp {
  const strict = pattern instanceof NeedsPattern || pattern instanceof BoundaryPattern ? pattern.asRegExp() : pattern;
  let loose: { pattern: RegExp; bound: number } | null | undefined;
  return (text) => {
    if (loose === undefined) {
      const l = pattern instanceof AnchoredPattern ? pattern.loosen() : pattern instanceof NeedsPattern ? pattern.loosen(library)
        : pattern instanceof BoundaryPattern ? null : loosenRegExp(pattern, library);
      loose = l && { pattern: l.pattern instanceof NeedsPattern ? l.pattern.asRegExp() : l.pattern, bound: l.bound };
    }
    return loose && longestSpaceRun(text) <= loose.bound ? loose.pattern : strict;
  };
}

/**
 * A chrono parser whose pattern runs as a copy with unbounded white-space repeats on texts
 * whose white-space runs allow it (see unboundSpaces; chrono's English patterns with their
 * `\s{0,3}`s took ~15 ms each to compile on first use, and ran slower) and, given `needs` (a
 * locale's CHRONO_NEEDS), first checks for what its matches need. chrono gives the same
 * pattern object on every call, so the copies are kept for the last one.
 */
export function wrapParser(parser: Parser, needs: readonly Need[] | null, restFirst = false): Parser {
  let written: RegExp | null = null;
  let patternFor: (text: string) => RegExp;
  const p = {
    pattern: (context: ParsingContext): RegExp => {
      const re = parser.pattern(context);
      if (re !== written) {
        written = re;
        const found = (restFirst && BoundaryPattern.of(re)) || re;
        patternFor = spacedFor(needs ? new NeedsPattern(found, needs) : found, true);
      }
      return patternFor(context.text);
    },
    extract: (context: ParsingContext, match: RegExpExecArray) => parser.extract(context, match),
  };
  // chrono names a parser by its constructor in debug output.
  Object.defineProperty(p, 'constructor', { value: parser.constructor });
  return p as Parser;
}

/**
 * Wraps a locale's chrono base's own parsers (wrapParser): each is spaced for the text, and
 * put behind what its matches need when `needs` (by chrono's parser class name) names it.
 * The clone shares chrono's parser objects: they are wrapped, not changed.
 */
export function wrapBaseParsers(base: Chrono, needs: Readonly<Record<string, readonly Need[]>>, restFirst: ReadonlySet<string> = new Set()): Chrono {
  base.parsers = base.parsers.map((p) => {
    // Bundlers (esbuild, so our dist) rename a class that refers to itself: chrono's
    // VICasualTimeParser is `class _VICasualTimeParser` there.
    const name = p.constructor.name.replace(/^_/, '');
    return wrapParser(p, needs[name] ?? null, restFirst.has(name));
  });
  return base;
}

