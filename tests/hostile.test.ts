/**
 * Hostile input (issue 8): each kind of malformed, huge or odd text gives a valid record
 * with exact spans; non-string input and bad options give a clear TypeError.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_LENGTH, extract, type ArticleRecord } from '../src/index.js';
import { problems, seeds, spansOf, valuesOf } from './hostile-helpers.js';

const sound = (input: string, rec: ArticleRecord = extract(input)): ArticleRecord => {
  expect(problems(input, rec)).toEqual([]);
  return rec;
};
const codes = (rec: ArticleRecord): string[] => rec.warnings.map((w) => w.code);
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const s0 = seeds[0].text;

describe('empty and blank text', () => {
  it.each([
    ['empty', ''], ['spaces', '     '], ['newlines', '\n\n\n'], ['CRLFs and tabs', '\r\n\t\r\n \r'],
    ['invisible only', '\u200B\u00AD\uFEFF\u200D'], ['exotic spaces', '\u00A0\u3000\u2009\u202F'],
  ])('%s gives an empty record', (_, input) => {
    const rec = sound(input);
    expect(rec).toMatchObject({ language: 'und', title: null, published: null, meetings: [], people: [], organizations: [], agreements: [] });
    expect(codes(rec)).not.toContain('truncated-input');
  });
});

describe('huge input', () => {
  it('5 MB of article text finishes, reads up to maxLength at a paragraph break, and says so', () => {
    const unit = seeds.map((s) => s.text).join('\n\n') + '\n\n';
    const big = unit.repeat(Math.ceil(5_000_000 / unit.length)).slice(0, 5_000_000);
    extract(s0); // warm up, so the figure is the steady state
    const t0 = performance.now();
    const rec = extract(big);
    const ms = performance.now() - t0;
    console.log(`[hostile] 5 MB of seed text: extract() took ${ms.toFixed(0)} ms`);
    sound(big, rec);
    const w = rec.warnings.find((x) => x.code === 'truncated-input');
    expect(w?.message).toMatch(/5000000 characters/);
    // Nothing is read past the limit, and the cut is at a line break.
    const read = Number(/only the first (\d+)/.exec(w!.message)![1]);
    expect(read).toBeLessThanOrEqual(DEFAULT_MAX_LENGTH);
    expect(big[read]).toBe('\n');
    for (const { span } of spansOf(rec)) expect(span.end).toBeLessThanOrEqual(read);
  });

  it.each([
    ['a', 'a'], ['Đ', 'Đ'], ['newline', '\n'], ['space', ' '], ['slash', '/'], ['quote', '"'], ['<', '<'], ['&', '&'],
    ['combining mark', '\u0301'], ['lone surrogate', '\uD800'], ['emoji', '😀'],
  ])('1 MB of one character (%s)', (_, ch) => {
    const input = ch.repeat(Math.floor(DEFAULT_MAX_LENGTH / ch.length));
    const rec = sound(input);
    expect(codes(rec)).not.toContain('truncated-input');
  });

  it('long runs of digits and slashes', () => {
    for (const input of ['1/'.repeat(100_000), '1'.repeat(200_000), '1/1/1/1'.repeat(20_000), `Ngày ${'12/'.repeat(50_000)}2021`, '/'.repeat(100_000) + '21/3/2016', '-1'.repeat(50_000)]) {
      sound(input);
    }
  });

  it('100,000 capitalised words', () => {
    const words = ['Nguyễn', 'Văn', 'Đại', 'Tướng', 'Bộ', 'Trưởng', 'Tô', 'Lâm', 'Vladimir', 'Kolokoltsev'];
    const input = Array.from({ length: 100_000 }, (_, i) => words[i % words.length]).join(' ');
    sound(input);
  });
});

describe('odd characters', () => {
  it('unbalanced quotes', () => {
    for (const input of [
      '"', '“Bộ trưởng Tô Lâm hội đàm với', 'Tô Lâm nói: «hợp tác', '„„„„"""«««', `Hai bên ký "Bản ghi nhớ về hợp tác.\n${s0}`,
      s0.replace(/[”"»’]/g, ''), s0.replace(/[“"«‘]/g, ''), '"'.repeat(10_000) + s0,
    ]) sound(input);
  });

  it('NUL and control characters read as spaces', () => {
    const withNul = s0.replace(/ /g, '\u0000');
    const withCtl = s0.replace(/ /g, '\u0007');
    const plain = valuesOf(sound(s0));
    expect(valuesOf(sound(withNul), (s) => s.replace(/\u0000/g, ' '))).toEqual(plain);
    expect(valuesOf(sound(withCtl), (s) => s.replace(/\u0007/g, ' '))).toEqual(plain);
    sound('\u0000'.repeat(1000));
    sound(Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('Bộ trưởng '));
  });

  it('lone surrogates', () => {
    for (const input of ['\uD800', '\uDC00', '\uDBFF\uDBFF', 'Tô\uD800 Lâm', `${s0.slice(0, 500)}\uDC00${s0.slice(500)}`, s0.replace(/ /g, ' \uD83D')]) {
      sound(input);
    }
    // A pair cut in half by the caller is still a valid input.
    sound('😀'.repeat(100).slice(1, -1));
  });

  it('zero-width joiners and soft hyphens inside names leave the record as it was', () => {
    // Every capitalised word of the article gets an invisible character inside it.
    const dirty = s0.replace(/(\p{Lu})(\p{Ll})/gu, (_, a: string, b: string) => `${a}\u00AD${b}`).replace(/(\p{Ll})(\p{Ll})(?=\p{Ll}* )/gu, '$1\u200D$2');
    expect(dirty).not.toBe(s0);
    const rec = sound(dirty);
    expect(valuesOf(rec, (s) => s.replace(INVISIBLE, ''))).toEqual(valuesOf(extract(s0)));
    // The spans of people cover the invisible characters that were written inside them.
    for (const p of rec.people) for (const m of p.mentions) if (m.text.length > 2) expect(m.text).toMatch(INVISIBLE);
  });

  it('Vietnamese in NFD gives the same values as NFC, with spans into the NFD text', () => {
    expect(seeds.filter((s) => s.text.normalize('NFD') !== s.text).length).toBeGreaterThan(0);
    for (const s of seeds) {
      const nfd = s.text.normalize('NFD');
      const rec = sound(nfd);
      expect(valuesOf(rec, (x) => x.normalize('NFC'))).toEqual(valuesOf(extract(s.text.normalize('NFC')), (x) => x.normalize('NFC')));
    }
  });

  it('mixed scripts', () => {
    const mixed = `Bộ trưởng Tô Lâm hội đàm với Министр Колокольцев 部长 苏林 و وزير 😀🇻🇳 ${'ĐạiTướngКолокольцев漢字'.repeat(50)}\n${s0}`;
    const rec = sound(mixed);
    expect(['vi', 'en', 'ru', 'und']).toContain(rec.language);
  });

  it('CRLF and lone CR line ends give the same values as LF', () => {
    const plain = valuesOf(extract(s0));
    for (const input of [s0.replace(/\n/g, '\r\n'), s0.replace(/\n/g, '\r')]) {
      expect(valuesOf(sound(input), (s) => s.replace(/\r\n?/g, '\n'))).toEqual(plain);
    }
    sound('\r'.repeat(10_000));
    sound('\r\n\r\r\n\n\r');
  });
});

describe('HTML markup', () => {
  const encode = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  const decode = (s: string): string =>
    s.replace(/<[^>]{0,200}>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

  it('tags are layout, entities decode, script and style are not text; spans slice the raw HTML', () => {
    for (const s of seeds) {
      const html = [
        '<!DOCTYPE html><html><head><meta charset="utf-8"><style>p { color: red } /* Bộ trưởng Tô Lâm */</style>',
        '<script>var s = "Đại tướng Tô Lâm hội đàm với Bộ trưởng Kolokoltsev ngày 21/3/2016";</script></head><body>',
        ...s.text.split('\n').map((line) => (line.trim() ? `<p class="x">${encode(line)}</p>` : '')),
        '<!-- Thượng tướng Nguyễn Văn A hội đàm --></body></html>',
      ].join('\n');
      const rec = sound(html);
      const plain = extract(s.text);
      expect(rec.language).toBe(plain.language);
      expect(rec.people.map((p) => p.key)).toEqual(plain.people.map((p) => p.key));
      expect(rec.meetings.map((m) => m.kind)).toEqual(plain.meetings.map((m) => m.kind));
      expect(rec.published?.iso ?? null).toBe(plain.published?.iso ?? null);
      expect(valuesOf(rec, decode)).toEqual(valuesOf(plain));
      // Nothing comes from the script, style or comment.
      const scriptEnd = html.indexOf('</head>');
      for (const { span } of spansOf(rec)) expect(span.start).toBeGreaterThan(scriptEnd);
    }
  });

  it('inline tags inside a name keep the name whole; <br> breaks the line', () => {
    const html = 'Chiều 21/3, tại Hà Nội, <b>Đại tướng</b> <a href="/tolam">Tô Lâm</a>, Bộ trưởng Bộ Công an, đã hội đàm.<br/>Ảnh: TTXVN';
    const plain = 'Chiều 21/3, tại Hà Nội, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an, đã hội đàm.\nẢnh: TTXVN';
    const rec = sound(html);
    expect(valuesOf(rec, decode)).toEqual(valuesOf(extract(plain)));
  });

  it('stray < and & that are not markup stay text', () => {
    for (const input of ['a < b và c > d', 'AT&T', '&unknown; &#; &#x; &#99999999;', '<Tô Lâm>', '<<<<p', '<p', '<!--'.repeat(5000), '<script>'.repeat(5000), '<a href="'.repeat(5000)]) {
      sound(input);
    }
  });
});

describe('non-string input and bad options', () => {
  it.each([
    [undefined, /got undefined/], [null, /got null/], [42, /got a number \(42\)/], [Buffer.from('Tô Lâm'), /got a Buffer/],
    [new Uint8Array([1, 2]), /got a Uint8Array/], [{ text: 'x' }, /got an object/], [['x'], /got an array/],
    [Symbol('s'), /got a symbol/], [10n, /got a bigint/], [() => 'x', /got a function/], [new String('x'), /got a String/],
  ])('%s throws a TypeError that names it', (v, re) => {
    expect(() => extract(v as unknown as string)).toThrow(TypeError);
    expect(() => extract(v as unknown as string)).toThrow(re);
  });

  it.each([
    [{ referenceDate: 'yesterday' }, /referenceDate/],
    [{ referenceDate: '2021-13-45' }, /referenceDate/],
    [{ referenceDate: '2021-02-30' }, /referenceDate/],
    [{ referenceDate: new Date('x') }, /referenceDate is invalid/],
    [{ referenceDate: 20210316 }, /referenceDate/],
    [{ maxLength: 0 }, /maxLength/], [{ maxLength: -5 }, /maxLength/], [{ maxLength: 1.5 }, /maxLength/], [{ maxLength: '10' }, /maxLength/],
    [{ language: 'fr' }, /language/],
    [{ refrenceDate: '2021-03-16' }, /refrenceDate/],
    ['2021-03-16', /options/],
  ])('bad options %j are a TypeError that says which', (opts, re) => {
    expect(() => extract('Tô Lâm', opts as never)).toThrow(TypeError);
    expect(() => extract('Tô Lâm', opts as never)).toThrow(re);
  });

  it('accepts good options', () => {
    sound('Chiều 21/3', extract('Chiều 21/3', { referenceDate: '2016-03-25', maxLength: 100, language: 'vi' }));
    sound('x', extract('x', { referenceDate: new Date('2016-03-25T00:00:00Z') }));
  });
});

describe('options.maxLength', () => {
  const text = seeds.map((s) => s.text).join('\n\n');

  it('cuts at the last line break within the limit, warns, and reads only that part', () => {
    const max = 3000;
    const rec = sound(text, extract(text, { maxLength: max }));
    const w = rec.warnings.find((x) => x.code === 'truncated-input');
    expect(w).toBeDefined();
    const cut = text.lastIndexOf('\n', max);
    expect(w!.message).toContain(`only the first ${cut} `);
    const head = extract(text.slice(0, cut));
    expect(valuesOf({ ...rec, warnings: rec.warnings.filter((x) => x !== w) })).toEqual(valuesOf(head));
  });

  it('does not warn at exactly the limit', () => {
    expect(codes(extract(text, { maxLength: text.length }))).not.toContain('truncated-input');
    expect(codes(extract(text, { maxLength: text.length - 1 }))).toContain('truncated-input');
  });

  it('cuts a text without line breaks at the limit, even inside a surrogate pair', () => {
    const input = '😀'.repeat(1000);
    const rec = sound(input, extract(input, { maxLength: 101 }));
    expect(rec.warnings.find((x) => x.code === 'truncated-input')?.message).toContain('only the first 101 ');
  });
});
