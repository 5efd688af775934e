/**
 * Small helpers shared by the date parsers: a chrono Parser from a regex and an extract
 * function, word lists turned into regex alternatives, and tags that carry what chrono's
 * components cannot (part of day, relative offset, what the date is of).
 */
import type { Parser, ParsingContext, ParsingResult, Chrono } from 'chrono-node';
import type { DateWord } from './words.js';

/** Tags the recognizer reads off a chrono result. */
export const TAG = {
  partOfDay: 'hoidam/partOfDay:',
  relative: 'hoidam/relative:',
  about: 'hoidam/about:',
  weekdayCue: 'hoidam/weekdayCue',
  published: 'hoidam/published',
} as const;

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * White space inside a date, for the patterns of this folder. They read the normalized text,
 * where the only white space is ' ' and '\n' (normalize.ts turns every other space into ' '),
 * so this class means there what \s would; V8 compiles `\s{1,3}`, a class of ten ranges
 * unrolled in every alternative, about twice as slowly on first use (a cold-start cost).
 */
export const WS = '[ \\n]';

/** A regex alternative of the words, longest first, spaces matching 1–3 blanks. */
export function alternatives(words: readonly { text: string }[]): string {
  return [...words]
    .map((w) => w.text)
    .sort((a, b) => b.length - a.length)
    .map((t) => escape(t).replace(/ /g, `${WS}{1,3}`))
    .join('|');
}

/** Looks a matched word up in a list, ignoring case and spacing. */
export function lookup<T>(words: readonly DateWord<T>[], text: string | undefined): T | undefined {
  if (!text) return undefined;
  const key = text.toLowerCase().replace(/\s+/g, ' ');
  return words.find((w) => w.text === key)?.value;
}

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

/** No letter or digit touches the match on either side (checked on the whole text). */
export function standsAlone(text: string, start: number, end: number): boolean {
  const before = start > 0 ? text[start - 1] : '';
  const after = end < text.length ? text[end] : '';
  return !(before && LETTER_OR_DIGIT.test(before)) && !(after && LETTER_OR_DIGIT.test(after));
}

type Extract = (context: ParsingContext, match: RegExpExecArray) => ParsingResult | null;

/**
 * A chrono Parser: chrono runs `pattern` over the text and calls `extract` with the match
 * (its index already moved to the whole text). The word-boundary check is done on the
 * whole text because chrono restarts the regex on a substring after a rejected match.
 */
export function defineParser(name: string, pattern: RegExp | NeedsPattern, extract: Extract): Parser {
  const re = pattern instanceof NeedsPattern ? pattern.asRegExp() : pattern;
  const p = {
    pattern: () => re,
    extract: (context: ParsingContext, match: RegExpExecArray): ParsingResult | null => {
      if (!standsAlone(context.text, match.index, match.index + match[0].length)) return null;
      const r = extract(context, match);
      r?.addTag(`parser/${name}`);
      return r;
    },
  };
  Object.defineProperty(p, 'constructor', { value: { name } });
  return p as Parser;
}

/**
 * The most UTF-16 units a regex source can match: Infinity when it repeats without bound.
 * Reads the syntax the patterns of this folder use: literals, escapes, classes, groups,
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

const groupCount = (source: string): number => (new RegExp(`${source}|`).exec('')?.length ?? 1) - 1;

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

  constructor(prefix: string, rest: string, flags: string, spansRest: RegExp | null = null) {
    super(prefix + shiftBackReferences(rest, groupCount(prefix)), flags);
    this.prefixSource = prefix;
    this.restSource = rest;
    this.spansRest = spansRest;
  }

  private build(): NonNullable<AnchoredPattern['parts']> {
    const prefix = this.prefixSource;
    const reach = maxLength(prefix);
    if (!Number.isFinite(reach)) throw new Error(`AnchoredPattern: unbounded prefix ${prefix}`);
    return (this.parts = {
      rest: new RegExp(this.restSource, this.flags),
      before: new RegExp(`(?:${prefix})$`, this.flags),
      whole: new RegExp(this.source, `${this.flags}g`),
      prefixGroups: groupCount(prefix),
      reach,
    });
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
}

/** A chrono parser whose pattern first checks for what its matches need (a locale's CHRONO_NEEDS). */
export function needing(parser: Parser, needs: readonly RegExp[]): Parser {
  let wrapped: NeedsPattern | null = null;
  const p = {
    pattern: (context: ParsingContext): RegExp => {
      const re = parser.pattern(context);
      if (re !== wrapped?.pattern) wrapped = new NeedsPattern(re, needs);
      return wrapped.asRegExp();
    },
    extract: (context: ParsingContext, match: RegExpExecArray) => parser.extract(context, match),
  };
  // chrono names a parser by its constructor in debug output.
  Object.defineProperty(p, 'constructor', { value: parser.constructor });
  return p as Parser;
}

/**
 * Puts a locale's chrono base's own parsers behind what their matches need (`needs`, by
 * chrono's parser class name). The clone shares chrono's parser objects: they are wrapped,
 * not changed.
 */
export function wrapNeeds(base: Chrono, needs: Readonly<Record<string, readonly RegExp[]>>): Chrono {
  base.parsers = base.parsers.map((p) => {
    const n = needs[p.constructor.name];
    return n ? needing(p, n) : p;
  });
  return base;
}

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A real day of a month (29 February allowed when the year is unknown or leap). */
export function validDay(day: number, month: number, year: number | null): boolean {
  if (!(month >= 1 && month <= 12 && day >= 1)) return false;
  if (month === 2 && day === 29 && year != null) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= DAYS_IN_MONTH[month - 1];
}

export const plausibleYear = (y: number): boolean => y >= 1900 && y <= 2100;

/** Components for chrono: known parts assigned, the rest implied so chrono's validity filter passes. */
export function components(day: number | null, month: number | null, year: number | null): Record<string, number> {
  const c: Record<string, number> = {};
  if (day != null) c.day = day;
  if (month != null) c.month = month;
  if (year != null) c.year = year;
  return c;
}

/** Fills what the text does not say with values that always form a valid date. */
export function implyRest(r: ParsingResult): void {
  for (const comp of [r.start, r.end]) {
    if (!comp) continue;
    // 2000 is a leap year, so "29/2" without a year stays a valid date for chrono's filters.
    if (!comp.isCertain('year')) comp.imply('year', 2000);
    if (!comp.isCertain('month')) comp.imply('month', 1);
    if (!comp.isCertain('day')) comp.imply('day', 1);
  }
}
