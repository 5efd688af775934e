/**
 * chrono's word-boundary patterns found rest first (BoundaryPattern), the kept answers of the
 * needs chrono's parsers share, and the white-space measure that picks a pattern's copy
 * (src/recognize/dates/patterns.ts): each must answer what the plain form answers.
 */
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import type { Chrono, Parser } from 'chrono-node';
import { casual as viCasual } from 'chrono-node/vi';
import { casual as enCasual } from 'chrono-node/en';
import { BoundaryPattern, longestSpaceRun, NeedsPattern, wrapBaseParsers } from '../src/recognize/dates/patterns.js';
import { createDateBase } from '../src/locales/vi/dates/index.js';

const articleLines = texts('vi', 'en', 'fixtures').flatMap((t) => t.split(/\n+/));

let seed = 4242;
const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
/** Random runs of date words, word characters, digits, separators and white space. */
function randomTexts(count: number): string[] {
  const pieces = [
    'sáng', 'Sáng', 'SÁNG', 'sáng sớm', 'buổi', 'buổi  ', 'trưa', 'chiều', 'tối', 'đêm', 'nửa đêm', 'bình minh', 'hôm nay', 'hôm qua', 'ngày mai',
    'bây giờ', 'lúc này', 'lúc', 'vào', 'giờ', 'phút', 'năm', 'TCN', 'tháng', 'ngày', 'thứ hai', 'Thứ Sáu', 'chủ nhật', 'cn', 'CN', 't2', 'T7',
    'này', 'tới', 'sau', 'sau khi', 'qua', 'trước', 'monday', 'Friday', 'next', 'last', 'on', 'at', 'noon', 'today', 'Jan', 'March',
    'x', 'X', '_', 'a', 'Z', 'ă', 'é', '1', '2', '7', '12', '21', '2016', '2024-03-21', '2024-3-1T10:20', '15', '30', ':', '15:30',
    '/', '.', '-', '–', ',', '(', ')', ' ', '  ', '\n', '\t', '\u00a0', '',
  ];
  const gaps = ['', '', ' ', ' ', '  ', '\n', '_', 'a', ',', '1'];
  const texts: string[] = [];
  for (let k = 0; k < count; k++) {
    let s = '';
    const n = 1 + rand(9);
    for (let i = 0; i < n; i++) s += pieces[rand(pieces.length)] + gaps[rand(gaps.length)];
    texts.push(s);
  }
  return texts;
}

const plain = (m: RegExpExecArray | null) => (m ? { index: m.index, groups: [...m] } : null);
const boundaryPatterns = (c: Chrono) => c.parsers
  .map((p) => ({ name: p.constructor.name, written: p.pattern({ text: '', option: {} } as never) as RegExp }))
  .map((p) => ({ ...p, rest: BoundaryPattern.of(p.written) }));

/** Differences between the rest-first pattern and the written regex, on every suffix of every text. */
function differences(patterns: { name: string; written: RegExp; rest: BoundaryPattern | null }[], texts: readonly string[]): string[] {
  const diffs: string[] = [];
  for (const { name, written, rest } of patterns) {
    if (!rest) continue;
    for (const text of texts) {
      for (let i = 0; i <= text.length; i++) {
        const s = text.slice(i);
        const a = JSON.stringify(plain(rest.exec(s)));
        const b = JSON.stringify(plain(written.exec(s)));
        if (a !== b) diffs.push(`${name} on ${JSON.stringify(s)}: ${a} vs ${b}`);
      }
    }
  }
  return diffs;
}

describe('BoundaryPattern', () => {
  const vi = boundaryPatterns(viCasual);
  const en = boundaryPatterns(enCasual);

  it("reads chrono's word-boundary patterns without a top-level alternative", () => {
    const taken = vi.filter((p) => p.rest).map((p) => p.name);
    expect(taken).toEqual(expect.arrayContaining(['ISOFormatParser', 'VICasualDateParser', 'VICasualTimeParser', 'VIStandardParser', 'VIYearParser', 'VITimeExpressionParser']));
    // "(\W|^)A|B": the boundary belongs to A alone.
    expect(vi.find((p) => p.name === 'VITimeUnitCasualRelativeFormatParser')?.rest).toBeNull();
    expect(vi.find((p) => p.name === 'SlashDateFormatParser')?.rest).toBeNull();
    expect(en.filter((p) => p.rest).length).toBeGreaterThan(5);
    expect(BoundaryPattern.of(/(\W|^)a(b)\1/i)).toBeNull();
    expect(BoundaryPattern.of(/(\W|^)ab/iu)).toBeNull();
    expect(BoundaryPattern.of(/(\W|^)ab/m)).toBeNull();
    expect(BoundaryPattern.of(/(\W|^)a|b/)).toBeNull();
    expect(BoundaryPattern.of(/(\W|^)(?:a|b)[|]c/)).not.toBeNull();
  });

  it('finds what the written regex finds at the start, after word and non-word characters', () => {
    const p = BoundaryPattern.of(/(\W|^)(buổi\s*)?(sáng|chiều)(?=\W|$)/i)!;
    for (const s of ['sáng', ' sáng', '_sáng', 'xsáng', 'x sáng', ',buổi sáng', 'xbuổi sáng', 'buổi sáng', ' buổi  chiều x', 'sángx sáng', 'ásáng', '']) {
      expect(plain(p.exec(s)), s).toEqual(plain(p.written.exec(s)));
    }
    // At 0, a non-word first character before the rest wins over ^ with the rest at 0.
    const q = BoundaryPattern.of(/(\W|^)(-*)b/)!;
    for (const s of ['-b', '--b', 'b', 'x-b', 'x--b', '.-b', '']) expect(plain(q.exec(s)), s).toEqual(plain(q.written.exec(s)));
    expect(plain(q.exec('-b'))).toEqual({ index: 0, groups: ['-b', '-', ''] });
  });

  it("finds what chrono's Vietnamese and English written regexes find in our articles and the seeds", () => {
    expect(differences([...vi, ...en], articleLines)).toEqual([]);
  }, 120_000);

  it('finds what they find in random runs of date words, word characters and separators', () => {
    expect(differences([...vi, ...en], randomTexts(3000))).toEqual([]);
  }, 120_000);
});

describe('needs', () => {
  it('keep one answer per text for a need several patterns share, the answer the need gives', () => {
    let calls = 0;
    const need = { test: (t: string) => (calls++, t.includes('a')) };
    const a = new NeedsPattern(/a+/, [need]);
    const b = new NeedsPattern(/ab/, [need]);
    const text = 'xaab';
    expect(a.exec(text)?.[0]).toBe('aa');
    expect(b.exec(text)?.[0]).toBe('ab');
    expect(calls).toBe(1);
    expect(a.exec('xyz')).toBeNull();
    expect(b.exec('xyz')).toBeNull();
    expect(a.exec(text)?.[0]).toBe('aa');
    expect(calls).toBe(3);
    expect(() => new NeedsPattern(/a/, [/a/g])).toThrow();
  });

  it("are found for chrono's parsers when a bundler renamed their class (_VICasualTimeParser)", () => {
    class _VICasualTimeParser {
      pattern(): RegExp {
        return /(\W|^)(sáng)(?=\W|$)/i;
      }
      extract(): null {
        return null;
      }
    }
    const base = { parsers: [new _VICasualTimeParser() as unknown as Parser] } as unknown as Chrono;
    wrapBaseParsers(base, { VICasualTimeParser: [/sáng/i] }, new Set(['VICasualTimeParser']));
    const re = base.parsers[0].pattern({ text: 'x', option: {} } as never) as unknown as NeedsPattern;
    expect(re).toBeInstanceOf(NeedsPattern);
    expect(re.pattern).toBeInstanceOf(BoundaryPattern);
  });

  it('give the Vietnamese base every need and rest-first pattern it names', () => {
    const kinds = createDateBase().parsers.map((p) => {
      const re = p.pattern({ text: 'x', option: {} } as never) as unknown as RegExp | NeedsPattern;
      const inner = re instanceof NeedsPattern ? re.pattern : re;
      return `${p.constructor.name}${re instanceof NeedsPattern ? ' needs' : ''}${inner instanceof BoundaryPattern ? ' rest-first' : ''}`;
    });
    expect(kinds).toContain('VICasualTimeParser needs rest-first');
    expect(kinds).toContain('ISOFormatParser needs rest-first');
    expect(kinds).toContain('SlashDateFormatParser needs');
    expect(kinds).toContain('VITimeUnitCasualRelativeFormatParser needs');
  });
});

describe('longestSpaceRun', () => {
  it('counts the longest run of white space as a walk over the text does', () => {
    const spaces = [' ', '\n', '\t', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
    const others = ['a', 'ă', '1', '\u0085', '\u200b', '\u180e', 'x'];
    const walk = (t: string) => {
      let longest = 0;
      let run = 0;
      for (const c of t) {
        if (/\s/.test(c)) longest = Math.max(longest, ++run);
        else run = 0;
      }
      return longest;
    };
    const texts = ['', 'a', ' ', '  ', 'a b', 'a  b', ...articleLines.slice(0, 200)];
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = rand(12); i > 0; i--) s += rand(2) ? spaces[rand(spaces.length)] : others[rand(others.length)];
      texts.push(s);
    }
    for (const t of texts) expect(longestSpaceRun(t), JSON.stringify(t)).toBe(walk(t));
  });
});
