/**
 * The English chrono base (src/locales/en/dates/index.ts, createDateBase): chrono's casual en
 * with its heaviest patterns behind what their matches need. It must find what chrono's own
 * casual en finds, on phrases of chrono's English date words and on our English texts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Chrono, ParsedResult, ParsingContext } from 'chrono-node';
import { casual } from 'chrono-node/en';
import { describe, expect, it } from 'vitest';
import { createDateBase, dateParsers, dateRefiners } from '../src/locales/en/dates/index.js';
import { NeedsPattern } from '../src/recognize/dates/patterns.js';
// chrono-node 2.10.3's English dictionaries (not in its package exports).
import {
  INTEGER_WORD_DICTIONARY, MONTH_DICTIONARY, ORDINAL_WORD_DICTIONARY, TIME_UNIT_DICTIONARY, WEEKDAY_DICTIONARY,
} from '../node_modules/chrono-node/dist/esm/locales/en/constants.js';

/** chrono's dictionaries and the words of its English patterns (ago, within, this, o'clock …). */
function vocabulary(): string[] {
  const words = new Set<string>([
    'the', 'of', 'and', 'on', 'in', 'at', 'a', 'an', 'few', 'several', 'half', 'couple', 'about', 'around', 'roughly',
    'approximately', 'just', '~', 'within', 'for', 'ago', 'before', 'earlier', 'later', 'after', 'from', 'now', 'henceforth',
    'forward', 'out', 'this', 'last', 'past', 'next', '+', '-', 'to', 'until', 'through', 'till', 'today', 'tonight',
    'tomorrow', 'overmorrow', 'tmr', 'tmrw', 'yesterday', 'night', 'morning', 'afternoon', 'evening', 'midnight', 'midday',
    'noon', 'end', 'o', 'clock', 'am', 'pm', 'ad', 'bc', 'ce', 'be', 'since', 'by', 'early', 'late', 'mid', 'meeting', '2', '16th', '2021',
  ]);
  for (const d of [MONTH_DICTIONARY, WEEKDAY_DICTIONARY, INTEGER_WORD_DICTIONARY, ORDINAL_WORD_DICTIONARY, TIME_UNIT_DICTIONARY]) {
    for (const k of Object.keys(d)) for (const w of k.split(/[\s-]/)) words.add(w);
  }
  return [...words];
}

function build(base: Chrono): Chrono {
  const c = base.clone();
  c.parsers.push(...dateParsers);
  c.refiners.push(...dateRefiners);
  return c;
}

const FIELDS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem', 'timezoneOffset'] as const;
/** A result as data: where, what, which parts are known and certain, its tags. */
function describeResults(results: ParsedResult[]): string {
  const comp = (c: ParsedResult['start'] | null | undefined) => (c ? FIELDS.map((f) => `${f}=${c.get(f)}${c.isCertain(f) ? '!' : ''}`).join(',') : null);
  return JSON.stringify(results.map((r) => ({ i: r.index, t: r.text, s: comp(r.start), e: comp(r.end), tags: [...r.tags()].sort() })));
}

const ref = new Date(Date.UTC(2021, 5, 15, 12));

describe('the English chrono base', () => {
  const ours = build(createDateBase());
  const chronos = build(casual);

  it('wraps some of chrono\'s English parsers and no other', () => {
    const wrapped = createDateBase().parsers.filter((p, i) => p !== casual.parsers[i]).map((p) => p.constructor.name);
    expect(wrapped.length).toBeGreaterThanOrEqual(4);
    expect(createDateBase().parsers.map((p) => p.constructor.name)).toEqual(casual.parsers.map((p) => p.constructor.name));
  });

  it('every match of a wrapped pattern has what the pattern needs, on phrases of chrono\'s English date words', () => {
    const context = { option: {}, text: '' } as unknown as ParsingContext;
    const wrapped = createDateBase().parsers.map((p) => p.pattern(context)).filter((re) => re instanceof NeedsPattern) as unknown as NeedsPattern[];
    expect(wrapped.length).toBeGreaterThanOrEqual(4);
    const list = vocabulary();
    let matches = 0;
    const missed: string[] = [];
    const check = (phrase: string) => {
      const text = `The minister ${phrase} met them.`;
      for (const w of wrapped) {
        const m = w.pattern.exec(text);
        if (!m) continue;
        matches++;
        // What the pattern needs is in the match itself, so in any text it is found in.
        for (const n of (w as unknown as { needs: RegExp[] }).needs) if (!n.test(m[0])) missed.push(`${phrase}: ${n}`);
      }
    };
    for (const a of list) check(a);
    for (const a of list) for (const b of list) check(`${a} ${b}`);
    // Three words: a count between two words ("in two days", "a few days ago", "last three weeks").
    const middle = ['a', 'an', 'the', 'few', 'several', 'half', 'couple', 'about', 'around', 'of', 'day', 'd', 'week', 'ago', 'later', 'out', ...Object.keys(INTEGER_WORD_DICTIONARY)];
    for (const a of list) for (const n of middle) for (const b of list) check(`${a} ${n} ${b}`);
    expect(matches).toBeGreaterThan(10_000);
    expect(missed).toEqual([]);
  }, 120_000);

  it('finds what chrono\'s casual en finds, on two-word phrases of its date words', () => {
    const list = vocabulary();
    let dates = 0;
    for (const a of list) {
      for (const b of list) {
        const text = `The minister ${a} ${b} met them.`;
        const want = describeResults(chronos.parse(text, ref));
        if (want !== '[]') dates++;
        expect(describeResults(ours.parse(text, ref)), text).toBe(want);
      }
    }
    expect(dates).toBeGreaterThan(5_000);
  }, 120_000);

  it('finds what chrono\'s casual en finds, sentence by sentence, on our English articles and the English seed', () => {
    const dir = new URL('./articles/en/', import.meta.url);
    const texts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => readFileSync(new URL(f, dir), 'utf8'));
    const fixtures = new URL('../fixtures/', import.meta.url);
    texts.push(...readdirSync(fixtures).filter((f) => f.startsWith('002_') && f.endsWith('.txt')).map((f) => readFileSync(new URL(f, fixtures), 'utf8')));
    let sentences = 0;
    let dates = 0;
    for (const t of texts) {
      for (const s of t.split(/(?<=[.!?])\s+|\n+/)) {
        if (!s.trim()) continue;
        sentences++;
        const want = describeResults(chronos.parse(s, ref));
        if (want !== '[]') dates++;
        expect(describeResults(ours.parse(s, ref)), s).toBe(want);
      }
    }
    expect(sentences).toBeGreaterThan(100);
    expect(dates).toBeGreaterThan(20);
  });
});
