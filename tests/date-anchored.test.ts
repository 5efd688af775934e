/**
 * The Vietnamese date parsers' anchored patterns (AnchoredPattern in src/recognize/dates/patterns.ts)
 * must find exactly what their whole regex finds, on every text chrono may give them (chrono
 * runs a pattern again on the rest of the text after each match), while looking for the
 * required part first and for the optional words before it only near it.
 */
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import type { Parser } from 'chrono-node';
import { AnchoredPattern, BoundaryPattern, groupCount, longestSpaceRun, maxLength, NeedsPattern, unboundSpaces, WS } from '../src/recognize/dates/patterns.js';
import { defineParser } from '../src/recognize/dates/rules.js';
import { viParsers } from '../src/locales/vi/dates/parsers.js';
import { createDateBase } from '../src/locales/vi/dates/index.js';
import { createDateBase as createEnDateBase, dateParsers as enDateParsers } from '../src/locales/en/dates/index.js';

// A parser's pattern for a text: our parsers give a copy with unbounded white-space repeats
// when the text's white-space runs are short (spacedFor), the pattern as written otherwise.
const patternFor = (p: Parser, text: string) => p.pattern({ text, option: {} } as never) as RegExp | NeedsPattern;
const LONG_RUN = ' '.repeat(50);
const described = (parsers: readonly Parser[]) => parsers
  .map((p) => ({ name: (p as { constructor: { name: string } }).constructor.name, parser: p, pattern: patternFor(p, LONG_RUN) }));
const named = described([...createDateBase().parsers, ...viParsers]);
/** The pattern a parser's pattern searches with: the one behind its needs, if any. */
const inner = (re: RegExp | NeedsPattern) => (re instanceof NeedsPattern ? re.pattern : re);
const namedEn = described([...createEnDateBase().parsers, ...enDateParsers]);

/**
 * What the regex itself finds: the anchored (or rest-first) one's own source and flags, or the
 * pattern a NeedsPattern wraps, run as a plain regex (not through an exec of its own).
 */
const written = (re: RegExp | BoundaryPattern) => (re instanceof BoundaryPattern ? re.written : re);
const native = (re: RegExp | NeedsPattern | BoundaryPattern, text: string) => RegExp.prototype.exec.call(written(re instanceof NeedsPattern ? re.pattern : re), text);
const plain = (m: RegExpExecArray | null) => (m ? { index: m.index, groups: [...m] } : null);

/**
 * On every suffix of every text, the parser's pattern for that text (loosened or not) and the
 * pattern as written (used on texts with long white-space runs) find what the written regex finds.
 */
function sameOnEverySuffix(texts: readonly string[], parsers = named): string[] {
  const diffs: string[] = [];
  for (const { name, parser, pattern } of parsers) {
    for (const text of texts) {
      for (let i = 0; i < text.length; i++) {
        const s = text.slice(i);
        const b = JSON.stringify(plain(native(pattern, s)));
        for (const p of [pattern, patternFor(parser, s)]) {
          const a = JSON.stringify(plain(p.exec(s)));
          if (a !== b) diffs.push(`${name} on ${JSON.stringify(s)}: ${a} vs ${b}`);
        }
      }
    }
  }
  return diffs;
}


describe('anchored date patterns', () => {
  it('are the parsers with optional words before a required part, and the ones that need a word', () => {
    expect(named.filter((p) => inner(p.pattern) instanceof AnchoredPattern).map((p) => p.name).sort()).toEqual(
      ['VIFromRangeParser', 'VIMonthParser', 'VINumericDateParser', 'VIWeekdayOnlyParser', 'VIWordedDateParser', 'VIYearParser'],
    );
    // chrono's own (their class names, chrono-node 2.10), our relative days, and the parsers
    // of dates in digits.
    expect(named.filter((p) => p.pattern instanceof NeedsPattern).map((p) => p.name).sort()).toEqual([
      'ISOFormatParser', 'ISOFormatParser', 'SlashDateFormatParser',
      'VICasualDateParser', 'VICasualTimeParser', 'VIFromRangeParser', 'VIMonthParser', 'VIMonthYearParser', 'VINumericDateParser',
      'VIRelativeDayParser', 'VIStandardParser', 'VITimeExpressionParser', 'VITimeUnitAgoFormatParser',
      'VITimeUnitCasualRelativeFormatParser', 'VITimeUnitLaterFormatParser', 'VITimeUnitWithinFormatParser', 'VIWeekdayOnlyParser',
      'VIWeekdayParser', 'VIWordedDateParser', 'VIYearParser', 'VIYearParser', 'YearRangeParser',
    ]);
  });

  it('find what their regex finds in our articles and the seeds', () => {
    const lines = texts('vi', 'fixtures').flatMap((t) => t.split(/\n+/));
    expect(sameOnEverySuffix(lines)).toEqual([]);
  });

  it("find what their regex finds in our English articles (chrono's English parsers and ours)", () => {
    const lines = [...texts('en'), ...texts('fixtures').filter((t) => !/[ăơư]/.test(t))].flatMap((t) => t.split(/\n+|(?<=\.) /));
    lines.push('on the  morning of   October 1,  2024', 'within    3 days', 'for the next  two weeks', 'on twenty-second   of March');
    expect(namedEn.length).toBeGreaterThan(20);
    // Most of chrono's English patterns have bounded white-space repeats, so get a copy.
    expect(namedEn.filter((p) => patternFor(p.parser, 'x') !== p.pattern).length).toBeGreaterThan(8);
    expect(sameOnEverySuffix(lines, namedEn)).toEqual([]);
  }, 120_000);

  it('find what their regex finds in random runs of date words, digits and separators', () => {
    const pieces = [
      'bây giờ', 'lúc này', 'giờ', 'phút', 'giây', ':', '15:30', 'trong', 'vòng', 'nữa', 'sau', 'tiếp', 'qua', 'TCN', 'cn', 'CN', 't2', 'T7',
      'hai', 'mười', 'ba', 'kia', 'nửa đêm', 'bình minh', 'Thứ Hai', 'tháng giêng', 'tháng Tư', 'năm 2020', '3 giờ chiều',
      'sáng', 'Sáng', 'chiều', 'CHIỀU', 'chiều tối', 'tối', 'trưa', 'đêm', 'khuya', 'sáng sớm', 'buổi', 'nay', 'qua', 'mai', 'hôm nay',
      'ngày hôm qua', 'hôm kia', 'ngày mai', 'ngày', 'Ngày', 'thứ', 'Thứ', 'thứ hai', 'Thứ Sáu', 'thứ 2', 'thứ 7', 'chủ nhật', 'tuần', 'này', 'tới',
      'trước', 'từ', 'Từ', 'đến', 'tháng', 'Tháng', 'năm', 'trung tuần', 'đầu', 'cuối', 'giữa', 'hạ tuần', 'x', 'và', 'Hà Nội',
      '1', '2', '3', '7', '9', '12', '21', '31', '2016', '2024', '1999', '20', '06',
      '/', '/', '.', '-', '–', ',', '(', ')', ':',
    ];
    const gaps = ['', ' ', ' ', ' ', '  ', '   ', '    ', '\n', ', '];
    let seed = 12345;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const texts: string[] = [];
    for (let k = 0; k < 4000; k++) {
      let s = '';
      const n = 2 + rand(10);
      for (let i = 0; i < n; i++) s += pieces[rand(pieces.length)] + gaps[rand(gaps.length)];
      texts.push(s);
    }
    // The one place a prefix reaches into the required part: "thứ 2" before a day ("thứ 21/3").
    texts.push('Thứ 21/3', 'thứ  21/3/2024', 'sáng thứ 3 1/4', 'thứ 2 tháng 3', 'thứ 21 tháng 3 năm 2016', 'x thứ 7/8', 'chiều thứ 5 15-17/3');
    // Each word a chrono pattern needs, alone with what completes it.
    texts.push('300 TCN', 'x 2016 tcn.', '15:30', 'lúc 8 giờ sáng', 'bây giờ', 'hai ngày nữa', 'trong vòng ba tuần', 'CN tới', 't7 này', 'tháng Chạp', 'nửa đêm');
    // The longest prefixes, spaces at their widest: the look back must reach their start.
    const w = (...words: string[]) => words.join('   ');
    texts.push(
      `x ${w('buổi', 'chiều', 'tối', 'hôm', 'nay', ',', 'ngày', 'hôm', 'nay', '(', 'chủ', 'nhật', ',', 'ngày', '21/3')}`,
      `x ${w('buổi', 'chiều', 'tối', 'hôm', 'qua', '(', 'ngày', 'hôm', 'qua', ',', 'thứ', 'hai', '(', 'ngày', '21', 'tháng', '3')}`,
      `x ${w('buổi', 'chiều', 'tối', 'từ', '4', 'đến', '8.12')}`,
      `x ${w('buổi', 'chiều', 'tối', 'chủ', 'nhật')}`,
      `x ${w('thượng', 'tuần', 'tháng', '12')}`,
      `x ${w('thượng', 'tuần', 'năm', '2020')}`,
    );
    expect(sameOnEverySuffix(texts)).toEqual([]);
  }, 120_000);
});

describe('maxLength', () => {
  it('measures the longest match of a bounded pattern', () => {
    expect(maxLength('abc')).toBe(3);
    expect(maxLength('(?:buổi\\s{1,3})?(chiều\\s{1,3}tối|sáng)')).toBe(4 + 3 + 5 + 3 + 3);
    expect(maxLength('[,(]?\\s{0,3}(?=x)(?!y)\\b')).toBe(4);
    expect(maxLength('(?:a|bc){2}d{1,}')).toBe(Infinity);
    expect(maxLength('(?:a|bc){2}\\.')).toBe(5);
  });
});

describe('AnchoredPattern construction', () => {
  it('refuses a prefix without a bounded length when first used', () => {
    const p = new AnchoredPattern('(?:sáng\\s+)*', '\\d{1,2}/\\d{1,2}', 'iu');
    expect(() => p.exec('sáng 21/3')).toThrow(/unbounded prefix/);
  });
});

describe('white-space repeats without their bound (spacedFor)', () => {
  it('rewrites only the repeats of [ \\n] and \\s, and reports the smallest bound dropped', () => {
    expect(unboundSpaces('a[ \\n]{1,3}b\\s{0,2}c[ \\n]{2,5}d')).toEqual({ source: 'a[ \\n]+b\\s*c[ \\n]{2,}d', bound: 2 });
    expect(unboundSpaces('\\\\s{1,3}')).toEqual({ source: '\\\\s{1,3}', bound: Infinity }); // a backslash, then "s"
    expect(unboundSpaces('[^ \\n]{1,3}[a[ \\n]{1,3}[ \\n]{3}\\s+')).toEqual({ source: '[^ \\n]{1,3}[a[ \\n]{1,3}[ \\n]{3}\\s+', bound: Infinity });
    expect(unboundSpaces('(?:x[ \\n]{1,3}?y)')).toEqual({ source: '(?:x[ \\n]+?y)', bound: 3 });
  });

  it('gives a parser the unbounded pattern only on texts whose white-space runs stay within the bound', () => {
    const written = /a[ \n]{1,3}b/u;
    const parser = defineParser('Test', written, () => null);
    const pick = (text: string) => parser.pattern({ text, option: {} } as never);
    expect(pick('a    b x')).toBe(written);
    expect(pick('a\u00a0 \u3000\tb')).toBe(written); // any \s counts toward a run
    const loose = pick('a   b x');
    expect(loose).not.toBe(written);
    expect(loose.source).toBe('a[ \\n]+b');
    expect(longestSpaceRun('a \n  b\t\t')).toBe(4);
    const anchored = new AnchoredPattern(`(?:sáng${WS}{1,3})?`, `(\\d{1,2})/(\\d{1,2})`, 'iu');
    const ap = defineParser('TestAnchored', anchored, () => null);
    expect(ap.pattern({ text: 'sáng    21/3', option: {} } as never)).toBe(anchored);
    const la = ap.pattern({ text: 'sáng   21/3', option: {} } as never);
    expect(la).toBeInstanceOf(AnchoredPattern);
    expect(la).not.toBe(anchored);
    expect([...la.exec('x sáng   21/3')!]).toEqual([...anchored.exec('x sáng   21/3')!]);
  });

  it('leave the date parsers written with bounded repeats, used as written on long runs', () => {
    const written = named.filter((p) => /^VI(?!Relative|Weekday$)/.test(p.name) && inner(p.pattern) instanceof AnchoredPattern);
    expect(written.length).toBeGreaterThan(4);
    for (const { name, pattern } of written) expect((inner(pattern) as AnchoredPattern).source, name).toMatch(/\{[01],[23]\}/);
  });
});

describe('groupCount', () => {
  it('counts what the regex engine counts', () => {
    const sources: [string, string][] = [
      ...['a', '(a)(b)', '(?:a)(b)', '(?<n>a)(?<=b)(?<!c)(?=d)(?!e)', '\\(a\\)', '[(](a)', '[\\]()](b)', '((a)|(b))', '[^)](x)\\\\(y)']
        .map((x): [string, string] => [x, 'u']),
      ...named.map(({ pattern }): [string, string] => {
        const re = written(pattern instanceof NeedsPattern ? pattern.pattern : pattern);
        return [re.source, re.flags];
      }),
    ];
    expect(sources.length).toBeGreaterThan(20);
    for (const [s, flags] of sources) expect(groupCount(s), s).toBe(new RegExp(`${s}|`, flags).exec('')!.length - 1);
  });
});
