import { describe, expect, it } from 'vitest';
import { compileCues } from '../src/recognize/dates/prefilter.js';

describe('compileCues (the date prefilter\'s cue tree)', () => {
  it('finds a shorter cue after a longer one ran off the end of the text', () => {
    const cues = compileCues([{ text: 'abc' }, { text: 'b' }])!;
    expect(cues.test('ab')).toBe(true);
    expect(cues.test('a')).toBe(false);
  });

  it('skips any JavaScript white space inside the text and the cue, and ignores case', () => {
    const cues = compileCues([{ text: 'hôm\u00a0qua' }])!;
    for (const ws of [' ', '\t', '\n', '\u00a0', '\u2003', '\u3000', '\ufeff', '']) {
      expect(cues.test(`Đoàn đến HÔM${ws}QUA.`)).toBe(true);
    }
    expect(cues.test('hôm nay')).toBe(false);
  });

  it('reads the long s as s, as the case-insensitive patterns do', () => {
    const cues = compileCues([{ text: 'sáng nay' }])!;
    expect(/sáng nay/iu.test('\u017fáng nay')).toBe(true);
    expect(cues.test('\u017fáng nay')).toBe(true);
  });

  it('gives the same answer as the regex it replaced on random text', () => {
    const list = ['hôm qua', 'hôm nay', 'thứ sáu', 'tháng giêng', 'sáng', 'mai', 'tuần trước', 'a.b'];
    const cues = compileCues(list.map((text) => ({ text })))!;
    const escape = (t: string) => t.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').split(/\s+/).join('\\s*');
    const re = new RegExp(list.map(escape).join('|'), 'iu');
    const letters = ['h', 'ô', 'm', ' ', 'q', 'u', 'a', 'n', 'y', 'T', 'H', 'Ứ', 's', 'á', 'i', '.', 'b', '\t'];
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let n = Math.floor(rand() * 14); n > 0; n--) s += letters[Math.floor(rand() * letters.length)];
      // The tree also skips white space inside words ("ma i"): it may say yes where the regex
      // said no (a chrono call more), never the other way round.
      if (re.test(s)) expect(cues.test(s), JSON.stringify(s)).toBe(true);
      if (!/\s/.test(s)) expect(cues.test(s), JSON.stringify(s)).toBe(re.test(s));
    }
  });
});
