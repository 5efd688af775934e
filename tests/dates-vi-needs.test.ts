/**
 * The needs of the Vietnamese date patterns (CHRONO_NEEDS in src/locales/vi/dates/index.ts for
 * chrono's own, NeedsPattern in parsers.ts and year-range.ts for ours): a pattern is not run on
 * a text without what it needs, so every match of the pattern must have it. Checked on phrases
 * of the date words and on our articles; and the base with its needs must find what chrono's
 * own casual vi finds.
 */
import type { Chrono, ParsedResult, ParsingContext, Parser } from 'chrono-node';
import { casual } from 'chrono-node/vi';
import { describe, expect, it } from 'vitest';
import { texts as articleTexts } from './helpers/texts.js';
import { createDateBase, dateParsers, dateRefiners } from '../src/locales/vi/dates/index.js';
import { BoundaryPattern, NeedsPattern } from '../src/recognize/dates/patterns.js';
import {
  casualDays, monthNames, numberWords, partsOfDay, periodModifiers, rangeStarts, rangeWords, relativeAfterPart, relativeDays,
  timeUnits, unitModifiers, weekdayAbbreviations, weekdays, withinWords,
} from '../src/locales/vi/dates/words.js';
// chrono-node 2.10's Vietnamese dictionaries (not in its package exports).
import {
  INTEGER_WORD_DICTIONARY, TIME_UNIT_DICTIONARY, WEEKDAY_DICTIONARY,
} from '../node_modules/chrono-node/dist/esm/locales/vi/constants.js';

const texts = (words: readonly { text: string }[]) => words.map((w) => w.text).sort();

/** The words of chrono's Vietnamese patterns and of ours, taken apart, and some in none. */
function vocabulary(): string[] {
  const words = new Set<string>([
    'và', 'của', 'tại', 'buổi', 'hôm', 'nay', 'qua', 'mai', 'kia', 'ngày', 'bây', 'giờ', 'lúc', 'vào', 'này', 'sáng', 'sớm',
    'trưa', 'chiều', 'tối', 'đêm', 'nửa', 'bình', 'minh', 'thứ', 'chủ', 'nhật', 'cn', 'CN', 't2', 'T7', 'tháng', 'giêng', 'chạp',
    'giây', 'phút', 'tuần', 'trước', 'sau', 'khi', 'tới', 'tiếp', 'nữa', 'trong', 'vòng', 'tcn', 'TCN', 'quan', 'Sáng', 'Tháng',
    'NĂM', 'Thứ', 'Hai', '3', '21', '2016', '2018', '21/3', '15-17/3', '6.9', '2024-03-21', '8:30', '1.5', ',', '(', '-', '–',
  ]);
  for (const list of [partsOfDay, relativeAfterPart, relativeDays, weekdays, weekdayAbbreviations, monthNames, casualDays, timeUnits,
    unitModifiers, withinWords, numberWords, periodModifiers, rangeStarts, rangeWords]) {
    for (const w of list) for (const part of w.text.split(' ')) words.add(part);
  }
  return [...words];
}

const context = (text: string) => ({ text, option: {} }) as unknown as ParsingContext;
/** Each parser's pattern with needs: what it wraps, and what it needs. */
function wrapped(parsers: readonly Parser[]) {
  return parsers.flatMap((p) => {
    const re = p.pattern(context('x')) as unknown as NeedsPattern | RegExp;
    if (!(re instanceof NeedsPattern)) return [];
    const needs = (re as unknown as { needs: { test(t: string): boolean }[] }).needs;
    return [{ name: p.constructor.name, pattern: re.pattern, needs }];
  });
}

const FIELDS = ['year', 'month', 'day', 'weekday', 'hour', 'minute', 'second', 'meridiem', 'timezoneOffset'] as const;
function describeResults(results: ParsedResult[]): string {
  const comp = (c: ParsedResult['start'] | null | undefined) => (c ? FIELDS.map((f) => `${f}=${c.get(f)}${c.isCertain(f) ? '!' : ''}`).join(',') : null);
  return JSON.stringify(results.map((r) => ({ i: r.index, t: r.text, s: comp(r.start), e: comp(r.end), tags: [...r.tags()].sort() })));
}

function build(base: Chrono): Chrono {
  const c = base.clone();
  c.parsers.push(...dateParsers);
  c.refiners.push(...dateRefiners);
  return c;
}

/** Our base with chrono's own parsers as they are: what ours must find. */
function plainBase(): Chrono {
  const b = createDateBase();
  b.parsers = [...casual.parsers];
  return b;
}

const ref = new Date(Date.UTC(2021, 5, 15, 12));
const articleLines = () => articleTexts('vi', 'fixtures').flatMap((t) => t.split(/\n+/)).filter((l) => l.trim());

describe('the needs of the Vietnamese date patterns', () => {
  const patterns = wrapped([...createDateBase().parsers, ...dateParsers]);

  it("are written from our word lists, which are chrono's dictionaries", () => {
    expect(texts(timeUnits)).toEqual(Object.keys(TIME_UNIT_DICTIONARY).sort());
    expect(texts(numberWords)).toEqual(Object.keys(INTEGER_WORD_DICTIONARY).sort());
    // chrono's weekdays: ours written out, and the abbreviations; ours add "thứ 2" … "thứ 7".
    expect([...texts(weekdays.filter((w) => !/\d/.test(w.text))), ...texts(weekdayAbbreviations)].sort()).toEqual(Object.keys(WEEKDAY_DICTIONARY).sort());
    // The modifiers and other words of chrono's patterns, read from their sources.
    const source = (name: string) => (casual.parsers.find((p) => p.constructor.name === name)!.pattern(context('x')) as RegExp).source;
    const group = (name: string, re: RegExp) => re.exec(source(name))![1].split('|').sort();
    const modifiers = (keep: (v: (typeof unitModifiers)[number]['value']) => boolean) => texts(unitModifiers.filter((m) => keep(m.value)));
    expect(group('VITimeUnitCasualRelativeFormatParser', /^\(\\W\|\^\)\(([^()]+)\)/)).toEqual(modifiers((v) => v.before));
    expect(group('VITimeUnitCasualRelativeFormatParser', /\(([^()]+)\)\(\?=\\W\|\$\)$/)).toEqual(modifiers((v) => v.before));
    expect(group('VITimeUnitAgoFormatParser', /\(\?:([^()]+)\)\(\?=\\W\|\$\)$/)).toEqual(modifiers((v) => v.towards === 'past'));
    expect(group('VITimeUnitLaterFormatParser', /\(\?:([^()]+)\)\(\?=\\W\|\$\)$/)).toEqual(modifiers((v) => v.towards === 'future'));
    expect(source('VITimeUnitWithinFormatParser')).toContain(`(?:trong\\s*(?:vòng\\s*)?)`);
    expect(texts(withinWords)).toEqual(['trong', 'vòng']);
    const ours = texts([...relativeDays, ...casualDays]);
    expect(group('VICasualDateParser', /\\b\(([^()]+)\)/).filter((w) => !ours.includes(w))).toEqual([]);
  });

  it('share a need between patterns of the i and iu flags only where the two fold its letters alike', () => {
    const shared = new Map<{ test(t: string): boolean }, Set<string>>();
    for (const p of patterns) {
      const flags = p.pattern instanceof BoundaryPattern ? p.pattern.written.flags : p.pattern.flags;
      for (const n of p.needs) {
        const need = (n as unknown as { need: RegExp }).need;
        if (!shared.has(need)) shared.set(need, new Set());
        shared.get(need)!.add(flags);
      }
    }
    const mixed = [...shared].filter(([, flags]) => flags.size > 1).map(([need]) => need as RegExp);
    expect(mixed.map((n) => n.source)).toEqual(expect.arrayContaining(['tháng', 'tcn|năm\\s*[0-9]']));
    for (const need of mixed) {
      // Every letter of the need (escapes such as \s are not letters), against every code point under both flags.
      for (const letter of new Set(need.source.replace(/\\./g, '').replace(/[^\p{L}]/gu, ''))) {
        const i = new RegExp(`^${letter}$`, 'i');
        const iu = new RegExp(`^${letter}$`, 'iu');
        for (let cp = 0; cp <= 0x10ffff; cp++) {
          if (cp >= 0xd800 && cp <= 0xdfff) continue;
          const c = String.fromCodePoint(cp);
          if (i.test(c) !== iu.test(c)) expect.fail(`${need}: ${letter} and U+${cp.toString(16)}`);
        }
      }
    }
  });

  it('name most of chrono\'s parsers and the parsers of dates in digits', () => {
    const names = patterns.map((p) => p.name);
    expect(names).toEqual(expect.arrayContaining([
      'VITimeUnitCasualRelativeFormatParser', 'VITimeUnitAgoFormatParser', 'VITimeUnitLaterFormatParser', 'VITimeUnitWithinFormatParser',
      'VICasualDateParser', 'VIWeekdayParser', 'VITimeExpressionParser', 'ISOFormatParser', 'SlashDateFormatParser',
      'VINumericDateParser', 'VIFromRangeParser', 'VIRelativeDayParser', 'YearRangeParser', 'VIWordedDateParser', 'VIMonthParser',
      'VIWeekdayOnlyParser',
    ]));
  });

  it('are in every match of the pattern, on phrases of the date words', () => {
    const list = vocabulary();
    let matches = 0;
    const missed = new Set<string>();
    const check = (phrase: string) => {
      const text = `Đoàn ${phrase} đã tới.`;
      for (const p of patterns) {
        const m = (p.pattern instanceof BoundaryPattern ? p.pattern.written : p.pattern).exec(text);
        if (!m) continue;
        matches++;
        // The need is in the match itself (and the character after it, which a need may look
        // at as the pattern does), so in any text the match is found in.
        const seen = text.slice(m.index, m.index + m[0].length + 1);
        for (const n of p.needs) if (!n.test(seen)) missed.add(`${p.name} ${JSON.stringify(seen)} in ${JSON.stringify(phrase)}`);
      }
    };
    for (const a of list) for (const sep of ['', ' ', '  ', '\n']) check(`${a}${sep}`);
    for (const a of list) for (const b of list) for (const sep of [' ', '', '   ']) check(`${a}${sep}${b}`);
    // A count between two words: "qua 3 tháng", "trong vòng hai ngày", "ba ngày nữa", "mười một năm trước".
    const middle = ['3', '1.5', 'vòng', 'mười một', ...numberWords.map((w) => w.text), ...timeUnits.map((w) => w.text)];
    for (const a of list) for (const n of middle) for (const b of list) check(`${a} ${n} ${b}`);
    // Repeated counts: "2 năm 3 tháng trước", "1 ngày, 2 giờ nữa".
    for (const m of unitModifiers) for (const sep of [' ', ', ', '  ,  ']) check(`2 năm${sep}3 tháng ${m.text}`);
    expect(matches).toBeGreaterThan(20_000);
    expect([...missed]).toEqual([]);
  }, 300_000);

  it('are in every match of the pattern, on our articles and the seeds', () => {
    let matches = 0;
    const missed: string[] = [];
    for (const line of articleLines()) {
      for (const p of patterns) {
        const re = p.pattern instanceof BoundaryPattern ? p.pattern.written : p.pattern;
        // chrono runs a pattern again after each match (from its end, or one past its start when rejected).
        for (let from = 0; from < line.length;) {
          const rest = line.slice(from);
          const m = re.exec(rest);
          if (!m) break;
          matches++;
          const seen = rest.slice(m.index, m.index + m[0].length + 1);
          for (const n of p.needs) if (!n.test(seen)) missed.push(`${p.name} ${JSON.stringify(seen)}`);
          from += m.index + 1;
        }
      }
    }
    expect(matches).toBeGreaterThan(300);
    expect(missed).toEqual([]);
  });

  it("let the base find what chrono's own parsers find, on phrases of the date words and our articles", () => {
    const ours = build(createDateBase());
    const theirs = build(plainBase());
    const list = vocabulary();
    let dates = 0;
    const same = (text: string) => {
      const want = describeResults(theirs.parse(text, ref));
      if (want !== '[]') dates++;
      expect(describeResults(ours.parse(text, ref)), text).toBe(want);
    };
    for (const a of list) for (const b of list) same(`Đoàn ${a} ${b} đã tới.`);
    for (const a of list) for (const n of numberWords) for (const b of timeUnits) same(`Đoàn ${a} ${n.text} ${b.text} đã tới.`);
    for (const line of articleLines()) same(line);
    expect(dates).toBeGreaterThan(3_000);
  }, 300_000);
});
