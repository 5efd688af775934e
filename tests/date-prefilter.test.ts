/**
 * The date prefilter (src/recognize/dates/prefilter.ts): chrono skips a sentence with neither
 * an ASCII digit nor a date cue of the plugins in force. It must change no record, and a
 * plugin's date rules without cues must see every sentence.
 */
import type { Parser, ParsingContext, Refiner } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import { createExtractor, type HoidamPlugin } from '../src/index.js';
import { viPlugin } from '../src/locales/vi/index.js';
import { enPlugin } from '../src/locales/en/index.js';
import { dateCues, dateParsers, dateRefiners } from '../src/locales/vi/dates/index.js';
import {
  casualDays, monthNames, numberWords, partsOfDay, relativeAfterPart, relativeDays, timeUnits, unitModifiers, weekdays, withinWords,
} from '../src/locales/vi/dates/words.js';
import { compileCues, datePrefilterFor } from '../src/recognize/dates/prefilter.js';
import { validatePlugin } from '../src/plugin.js';
import { blankLongRuns } from '../src/recognize/dates.js';

/** A parser that never matches and declares no cues: its plugin turns the prefilter off. */
const inert: Parser = { pattern: () => /(?!)/, extract: () => null };
const noPrefilter: HoidamPlugin = { name: 'no-prefilter', language: 'vi', dates: { parsers: [inert] } };

/** Counts chrono runs: chrono asks each parser for its pattern once per sentence it parses. */
function counter(cues?: Array<{ text: string; gloss?: string }>) {
  const seen: string[] = [];
  const parser: Parser = {
    pattern: (context: ParsingContext) => {
      seen.push(context.text);
      return /(?!)/;
    },
    extract: () => null,
  };
  const plugin: HoidamPlugin = { name: 'counter', language: 'vi', dates: { parsers: [parser], ...(cues ? { cues } : {}) } };
  return { seen, plugin };
}

// Sentences written for these tests: every form of date the Vietnamese rules read without a digit.
const DIGIT_FREE = [
  'Hôm nay, Bộ trưởng Bộ Công an đã tiếp Đại sứ Lào.',
  'Sáng hôm qua, hai bên đã hội đàm tại Hà Nội.',
  'Chiều nay, Thứ trưởng đã tiếp đoàn đại biểu Campuchia.',
  'Tối qua, Đại sứ đã chào xã giao Bộ trưởng.',
  'Hôm kia, đoàn đã tới thăm tỉnh Quảng Ninh.',
  'Ngày mai, hai bên sẽ ký biên bản ghi nhớ.',
  'Vào thứ Sáu, Bộ trưởng đã tiếp Đại sứ Cuba.',
  'Chiều Chủ nhật, đoàn đã tới thăm Viêng Chăn.',
  'Thứ Ba tuần trước, hai Bộ trưởng đã hội đàm trực tuyến.',
  'Hội nghị diễn ra vào tháng Giêng tại Hà Nội.',
  'Đoàn sang thăm Lào vào tháng Chạp.',
  'Hai ngày trước, Thứ trưởng đã tiếp Đại sứ Hàn Quốc.',
  'Tuần trước, đoàn đại biểu Bộ Quốc phòng đã tới Moskva.',
  'Ba tuần nữa, hai bên sẽ họp lại.',
  'Trong vòng hai tháng, hai bên sẽ ký kết hiệp định.',
  'Bây giờ là lúc hai bên hợp tác chặt chẽ hơn.',
  'Hai bên sẽ gặp lại vào CN tới.',
  'Tháng trước, hai bên đã ký kết hiệp định.',
  'Sau ba ngày làm việc, đoàn trở về nước.',
];
// Sentences with no digit and no cue: chrono finds no date in them.
const PLAIN = [
  'Hai bên nhất trí tăng cường hợp tác trong lĩnh vực an ninh.',
  'Bộ trưởng cảm ơn Đại sứ đã dành thời gian tới thăm và làm việc.',
  'Chiều, đoàn tới thăm một đơn vị của Bộ Công an.',
];


describe('the Vietnamese date prefilter', () => {
  const vi = validatePlugin(viPlugin);
  const prefilter = datePrefilterFor(vi.dates.base!, [vi])!;

  it('is on for the Vietnamese locale and lets digits and cue words through', () => {
    expect(prefilter).not.toBeNull();
    expect(prefilter('Chiều 21/3, tại Hà Nội')).toBe(true);
    for (const s of DIGIT_FREE) expect(prefilter(s), s).toBe(true);
    for (const s of PLAIN) expect(prefilter(s), s).toBe(false);
  });

  it('matches cues in any case, with any spacing between their words', () => {
    expect(prefilter('HÔM  NAY hai bên gặp nhau')).toBe(true);
    expect(prefilter('vào Thứ\tSáu')).toBe(true);
    expect(prefilter('hai bên gặp nhau')).toBe(false);
  });

  it('runs chrono on the sentences with a digit or a cue, and on no other', () => {
    const { seen, plugin } = counter([]);
    const ex = createExtractor({ plugins: [plugin] });
    ex.extract([...DIGIT_FREE, ...PLAIN, 'Ngày 16-9, đoàn tới thăm Lào.'].join('\n\n'));
    for (const s of DIGIT_FREE) expect(seen.some((t) => t.includes(s.slice(0, 20))), s).toBe(true);
    for (const s of PLAIN) expect(seen.some((t) => t.includes(s.slice(0, 20))), s).toBe(false);
    expect(seen.some((t) => t.includes('Ngày 16-9'))).toBe(true);
  });

  it('changes no record: our sentences, our articles and the seeds, with and without it', () => {
    const withIt = createExtractor();
    const without = createExtractor({ plugins: [noPrefilter] });
    const all = [...DIGIT_FREE, ...PLAIN, DIGIT_FREE.join(' '), ...texts('vi', 'en', 'fixtures')];
    for (const t of all) expect(withIt.extract(t, { referenceDate: '2021-06-15' }), t.slice(0, 60)).toEqual(without.extract(t, { referenceDate: '2021-06-15' }));
  });

  it('finds every date chrono finds in two- and three-word phrases of the date words', () => {
    // The words of chrono-node 2.10's Vietnamese patterns (its dictionaries, written out here so
    // that a word dropped from our lists is still tried), our date words taken apart, and
    // some words that are in none.
    const words = new Set<string>([
      'và', 'của', 'đoàn', 'tại', 'buổi', 'hôm', 'nay', 'qua', 'mai', 'kia', 'ngày', 'bây', 'giờ', 'lúc', 'này',
      'sáng', 'sớm', 'trưa', 'chiều', 'tối', 'đêm', 'nửa', 'bình', 'minh', 'thứ', 'chủ', 'nhật', 'cn', 'tháng',
      'một', 'giêng', 'hai', 'ba', 'tư', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười', 'chạp', 'bốn',
      'giây', 'phút', 'tuần', 'trước', 'sau', 'tới', 'tiếp', 'nữa', 'trong', 'vòng', 'tcn',
    ]);
    for (const list of [partsOfDay, relativeAfterPart, relativeDays, weekdays, monthNames, casualDays, timeUnits, unitModifiers, withinWords, numberWords]) {
      for (const w of list) for (const part of w.text.split(' ')) words.add(part);
    }
    const c = vi.dates.base!.clone();
    c.parsers.push(...dateParsers);
    c.refiners.push(...dateRefiners);
    const ref = new Date(Date.UTC(2021, 5, 15, 12));
    const isDate = (text: string) => c.parse(text, ref).some((r) => ['day', 'month', 'year', 'weekday'].some((k) => r.start.isCertain(k as 'day'))
      || [...r.tags()].some((t) => t.startsWith('hoidam/relative') || t.startsWith('casualReference/') || t === 'result/relativeDate'));
    const list = [...words];
    const missed: string[] = [];
    let dates = 0;
    const check = (phrase: string) => {
      if (!isDate(`Đoàn ${phrase} đã tới.`)) return;
      dates++;
      if (!prefilter(`Đoàn ${phrase} đã tới.`)) missed.push(phrase);
    };
    for (const a of list) for (const b of list) check(`${a} ${b}`);
    // A number word between two date words: "trước hai ngày", "trong ba tuần".
    for (const a of list) for (const n of numberWords) for (const b of list) check(`${a} ${n.text} ${b}`);
    expect(dates).toBeGreaterThan(500);
    expect(missed).toEqual([]);
  }, 60_000);
});

describe('the prefilter and plugins', () => {
  const article = 'Sáng ngày Quốc khánh Lào, tại Viêng Chăn, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã hội đàm với ông Vilay Lakhamfong, Bộ trưởng Bộ An ninh Lào.';
  const nationalDay: Parser = { pattern: () => /ngày Quốc khánh Lào/i, extract: () => ({ day: 2, month: 12 }) };
  const dateOf = (dates: NonNullable<HoidamPlugin['dates']>) =>
    createExtractor({ referenceDate: '2024-12-20', plugins: [{ name: 'lao-holidays', language: 'vi', dates }] }).extract(article).meetings[0]?.date?.iso ?? null;

  it('a plugin parser without cues still finds its dates in a sentence without digits', () => {
    expect(dateOf({ parsers: [nationalDay] })).toBe('2024-12-02');
  });

  it('a plugin parser finds them through its cues, and its cues are what it is given', () => {
    expect(dateOf({ parsers: [nationalDay], cues: [{ text: 'quốc khánh', gloss: 'national day' }] })).toBe('2024-12-02');
    // Cues that do not cover the parser's phrase: the sentence is skipped (the plugin's contract).
    expect(dateOf({ parsers: [nationalDay], cues: [] })).toBeNull();
  });

  it('a plugin refiner without cues sees every sentence too', () => {
    const seen: string[] = [];
    const refiner: Refiner = { refine: (context, results) => (seen.push(context.text), results) };
    createExtractor({ plugins: [{ name: 'r', language: 'vi', dates: { refiners: [refiner] } }] }).extract(PLAIN.join('\n\n'));
    expect(seen.length).toBeGreaterThanOrEqual(PLAIN.length);
  });

  it('a chrono base without cues turns it off; a plugin of another language does not', () => {
    const vi = validatePlugin(viPlugin);
    const base = vi.dates.base!;
    const other = base.clone();
    expect(datePrefilterFor(other, [vi, validatePlugin({ name: 'b', dates: { base: other } })])).toBeNull();
    // The English locale brings rules without cues, but not for Vietnamese articles.
    const { seen, plugin } = counter([]);
    createExtractor({ plugins: [plugin, { ...enPlugin, name: 'en-again', language: 'en' }] }).extract(PLAIN.join('\n\n'));
    expect(seen).toEqual([]);
  });

  it('validates cues as entries with text and an optional gloss', () => {
    expect(() => createExtractor({ plugins: [{ name: 'c', dates: { cues: [{ text: '' }] } }] })).toThrow(/"c" is invalid at dates\.cues\.0\.text/);
    expect(() => createExtractor({ plugins: [{ name: 'c', dates: { cues: ['tết'] as never } }] })).toThrow(/"c" is invalid at dates\.cues\.0/);
  });
});

describe('compileCues', () => {
  it('finds any cue anywhere, ignoring case and the spaces between words', () => {
    const re = compileCues([{ text: 'hôm nay' }, { text: 'hôm' }, { text: 'a.b' }, { text: 'thứ  sáu' }])!;
    expect(re.test('HômNay')).toBe(true);
    expect(re.test('xhômx')).toBe(true);
    expect(re.test('a.b')).toBe(true);
    expect(re.test('axb')).toBe(false);
    expect(re.test('THỨ SÁU')).toBe(true);
    expect(re.test('thứ năm')).toBe(false);
    expect(compileCues([])).toBeNull();
    expect(compileCues([{ text: ' ' }])!.test('anything')).toBe(true);
  });

  it('answers what its definition answers: a cue, white space taken out, within the text lowered and taken out the same way', () => {
    const squeeze = (t: string) => t.toLowerCase().replaceAll('\u017f', 's').replace(/\s+/g, '');
    const cueTexts = dateCues.map((c) => squeeze(c.text.normalize('NFC')));
    const cues = compileCues(dateCues)!;
    const lines = texts('vi', 'fixtures').flatMap((t) => t.split(/\n+|(?<=[.!?]) /));
    // Random runs of cue pieces: whole cues, their halves, cut words, spaces inside them.
    const pieces = [...dateCues.map((c) => c.text), ...dateCues.map((c) => c.text.slice(0, Math.ceil(c.text.length / 2))), 'x', 'ſ', 'İ', ' ', '  ', '\n', 'Đ', 'đ'];
    let seed = 99;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let k = 0; k < 3000; k++) {
      let t = '';
      for (let i = 1 + rand(5); i > 0; i--) {
        const p = pieces[rand(pieces.length)];
        const cut = rand(p.length + 1);
        t += (rand(2) ? p : p.slice(0, cut) + ' '.repeat(rand(3)) + p.slice(cut)).toUpperCase() + (rand(2) ? ' ' : '');
      }
      lines.push(t);
    }
    const wrong = lines.filter((t) => cues.test(t) !== cueTexts.some((c) => squeeze(t).includes(c)));
    expect(wrong).toEqual([]);
  });

  it('gives every Vietnamese cue an English gloss', () => {
    expect(dateCues.length).toBeGreaterThan(100);
    for (const c of dateCues) expect(c.gloss, c.text).toMatch(/\w/);
  });
});

describe('blankLongRuns', () => {
  // What it replaced: the regex, run over every sentence before chrono.
  const byRegex = (text: string) => text.replace(/(?<!\S)\S{25,}/g, (run) => ' '.repeat(run.length));
  const spaces = [' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff'];
  const others = ['a', 'ố', '1', '/', '\u200b', '\u180e', '\u0085', '😀', '\ud800', '-'];

  it('blanks every run of 25 or more non-space characters, as the regex did', () => {
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    for (let k = 0; k < 3000; k++) {
      let s = '';
      const len = rand(120);
      while (s.length < len) s += rand(4) === 0 ? spaces[rand(spaces.length)] : others[rand(others.length)].repeat(1 + rand(rand(3) === 0 ? 40 : 6));
      expect(blankLongRuns(s), JSON.stringify(s)).toBe(byRegex(s));
    }
    const long = 'x'.repeat(24);
    expect(blankLongRuns(`${long} ${long}y`)).toBe(`${long} ${' '.repeat(25)}`);
    expect(blankLongRuns('Chiều 21/3, tại Hà Nội')).toBe('Chiều 21/3, tại Hà Nội');
  });
});
