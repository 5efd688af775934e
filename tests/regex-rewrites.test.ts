/**
 * Regexes rewritten for cold start (a bounded repeat of a Unicode class, which V8 unrolls and
 * compiles slowly, became * with the length checked after) must accept exactly what the
 * originals accepted. The originals are kept here as the reference.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isDuration } from '../src/locales/vi/dates/refiners.js';
import { isByline } from '../src/pipeline/segment.js';
import { isDatelineHead } from '../src/recognize/dates.js';

const DURATION = /^[\p{L}\p{M}\s]{0,12}\d{1,4}\s{0,3}(?:năm|tháng|tuần|ngày|giờ|phút)(?:\s{1,3}[\p{L}\p{M}]{1,6})?$/iu;
const BYLINE = /^(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){0,3}\p{Lu}[\p{L}\p{M}'’.-]*$/u;
const DATELINE_HEAD = /^\p{Lu}{2}[\p{Lu}\p{M} .'-]{0,30}(?:,\s{0,3}|\([^()\n]{0,60})$/u;

let seed = 11;
const rand = (n: number): number => Math.floor(((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31) * n);
const pick = <T>(xs: readonly T[]): T => xs[rand(xs.length)];
function randomString(alphabet: readonly string[], max: number): string {
  let s = '';
  for (let n = rand(max); n > 0; n--) s += pick(alphabet);
  return s;
}

const lines: string[] = [];
for (const dir of ['fixtures', 'tests/articles/vi', 'tests/articles/en']) {
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.txt'))) lines.push(...readFileSync(`${dir}/${f}`, 'utf8').split('\n'));
}

describe('regexes rewritten for cold start accept what the originals did', () => {
  it('durations', () => {
    const alphabet = ['a', 'B', 'ă', 'Ệ', '\u0301', ' ', '  ', '\n', '1', '23', '2024', 'năm', 'tháng', 'NĂM', 'tuần', 'ngày', 'giờ', 'phút', 'qua', 'nay', '𝐀', '-', 'abcdefg'];
    for (let k = 0; k < 20000; k++) {
      const s = randomString(alphabet, 12);
      expect(isDuration(s), JSON.stringify(s)).toBe(DURATION.test(s));
    }
    for (const s of ['70 năm', 'qua 3 tháng', '3 tháng nay', 'abcdefghijkl 5 năm', 'abcdefghijklm 5 năm', '5 năm abcdef', '5 năm abcdefg']) {
      expect(isDuration(s), s).toBe(DURATION.test(s));
    }
  });

  it('bylines', () => {
    const alphabet = ['A', 'b', 'Đ', 'ư', '\u0301', "'", '’', '.', '-', ' ', '  ', '\t', '\n', '1', ',', 'Nguyễn', 'Văn', '𝐀'];
    for (let k = 0; k < 20000; k++) {
      const s = randomString(alphabet, 14);
      expect(isByline(s), JSON.stringify(s)).toBe(BYLINE.test(s));
    }
    for (const s of lines) expect(isByline(s), JSON.stringify(s)).toBe(BYLINE.test(s));
  });

  it('dateline heads', () => {
    const alphabet = ['M', 'O', 'Ś', 'A', 'b', '\u0301', ' ', '.', "'", '-', ',', ', ', '(', ')', 'Sputnik', '\n', '1', '𝐀', 'MOSCOW'];
    for (let k = 0; k < 30000; k++) {
      const s = randomString(alphabet, 16);
      expect(isDatelineHead(s), JSON.stringify(s)).toBe(DATELINE_HEAD.test(s));
    }
    for (const n of [28, 29, 30, 31, 32, 33]) {
      for (const tail of [', ', '(UrduPoint News / Sputnik - ']) {
        const s = `MO${'S'.repeat(n)}${tail}`;
        expect(isDatelineHead(s), s).toBe(DATELINE_HEAD.test(s));
        const astral = `MO${'𝐀'.repeat(n)}${tail}`;
        expect(isDatelineHead(astral), astral).toBe(DATELINE_HEAD.test(astral));
      }
    }
    for (const s of lines) expect(isDatelineHead(s.slice(0, 100)), JSON.stringify(s)).toBe(DATELINE_HEAD.test(s.slice(0, 100)));
  });
});
