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
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && (source[i + 1] !== '?' || (source[i + 2] === '<' && source[i + 3] !== '=' && source[i + 3] !== '!'))) n++;
  }
  return n;
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

/**
 * A pattern that says "no match" at once when the text lacks something every match of it
 * contains (`needs`: each of these must be found), and runs the pattern it wraps otherwise.
 * The tests are single words, which V8 finds in a text much faster than a pattern that opens
 * with an alternation of words is tried at every position. Not a RegExp itself (it builds no
 * copy of the pattern it wraps): chrono only calls `exec` on a parser's pattern.
 */
export class NeedsPattern {
  constructor(readonly pattern: RegExp, private readonly needs: readonly RegExp[]) {
    if (pattern.global || pattern.sticky) throw new Error('NeedsPattern: a global or sticky pattern keeps state between calls');
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
    const l = loosenRegExp(this.pattern, library);
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

/** The longest run of white space (JavaScript's \s) in the text; the last answer is kept. */
export function longestSpaceRun(text: string): number {
  if (text === lastText) return lastRun;
  let longest = 0;
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    if (isSpaceCode(text.charCodeAt(i))) {
      if (++run > longest) longest = run;
    } else run = 0;
  }
  lastText = text;
  return (lastRun = longest);
}

type Loosenable = RegExp | NeedsPattern | AnchoredPattern;

/**
 * The pattern to run on a text: the one with unbounded white space when the text's white-space
 * runs are short enough for it to find what the written pattern finds (always so on ordinary
 * prose), the written one otherwise. Both are built on first need. `library`: chrono wrote it.
 */
export function spacedFor(pattern: Loosenable, library = false): (text: string) => RegExp {
  const strict = pattern instanceof NeedsPattern ? pattern.asRegExp() : pattern;
  let loose: { pattern: RegExp; bound: number } | null | undefined;
  return (text) => {
    if (loose === undefined) {
      const l = pattern instanceof AnchoredPattern ? pattern.loosen() : pattern instanceof NeedsPattern ? pattern.loosen(library) : loosenRegExp(pattern, library);
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
export function wrapParser(parser: Parser, needs: readonly RegExp[] | null): Parser {
  let written: RegExp | null = null;
  let patternFor: (text: string) => RegExp;
  const p = {
    pattern: (context: ParsingContext): RegExp => {
      const re = parser.pattern(context);
      if (re !== written) {
        written = re;
        patternFor = spacedFor(needs ? new NeedsPattern(re, needs) : re, true);
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
export function wrapBaseParsers(base: Chrono, needs: Readonly<Record<string, readonly RegExp[]>>): Chrono {
  base.parsers = base.parsers.map((p) => wrapParser(p, needs[p.constructor.name] ?? null));
  return base;
}

