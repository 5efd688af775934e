/**
 * normalize(): the text later stages read, and the map back to the caller's input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalize, sourceMaps, toSpan, type NormalizedText } from '../src/pipeline/normalize.js';

/** Every normalized char maps to a non-empty, in-order input range. */
function mapIsSound(nt: NormalizedText): void {
  const { from, to } = sourceMaps(nt);
  expect(from.length).toBe(nt.text.length + 1);
  expect(to.length).toBe(nt.text.length + 1);
  for (let i = 0; i < nt.text.length; i++) {
    if (!(from[i] < to[i] && to[i] <= nt.input.length)) throw new Error(`char ${i}: [${from[i]}, ${to[i]})`);
    if (i > 0 && from[i] < from[i - 1]) throw new Error(`char ${i} maps before char ${i - 1}`);
  }
  expect(from[nt.text.length]).toBe(nt.input.length);
}
const spanOf = (input: string, word: string) => {
  const nt = normalize(input);
  const at = nt.text.indexOf(word);
  expect(at).toBeGreaterThanOrEqual(0);
  return toSpan(nt, at, at + word.length);
};

describe('normalize', () => {
  it('builds no map while every char stays in its place, and the right one from the first that moves', () => {
    const plain = 'Sáng 5/4, tại Hà Nội,\nĐại tướng Tô Lâm hội đàm.';
    const id = normalize(plain);
    expect(id.text).toBe(plain);
    expect(id.from).toBeNull();
    // A char replaced in place (no-break space → space) keeps the identity.
    expect(normalize('Tô\u00a0Lâm').from).toBeNull();
    expect(toSpan(id, 10, 16)).toEqual({ start: 10, end: 16, text: plain.slice(10, 16) });
    expect(toSpan(id, 3, 3)).toEqual({ start: 3, end: 3, text: '' });
    // Moves late (an entity, CRLF, a removed char, decomposed marks, a dropped char at the end):
    // the maps agree with the char-by-char reading of the same input.
    for (const tail of ['&amp; Lâm', '\r\nLâm', 'x\u200bLâm', 'La\u0302m', 'Lâm\u200b', '<b>Lâm</b>']) {
      const input = plain + ' ' + tail;
      const nt = normalize(input);
      expect(nt.from).not.toBeNull();
      mapIsSound(nt);
      const { from, to } = sourceMaps(nt);
      for (let i = 0; i < plain.length; i++) expect([from[i], to[i]]).toEqual([i, i + 1]);
      const at = nt.text.indexOf('Lâm', plain.length);
      expect(toSpan(nt, at, at + 3).text.normalize('NFC')).toBe('Lâm');
    }
  });

  it('composes decomposed Vietnamese and maps each letter to its whole cluster', () => {
    const input = 'To\u0302 La\u0302m, Đa\u0323i tu\u031Bo\u031B\u0301ng';
    const nt = normalize(input);
    expect(nt.text).toBe('Tô Lâm, Đại tướng');
    mapIsSound(nt);
    expect(spanOf(input, 'Tô Lâm')).toEqual({ start: 0, end: 8, text: 'To\u0302 La\u0302m' });
  });

  it('removes invisible characters, and a span over a name covers those inside it', () => {
    const input = 'ông T\u00ADô L\u200Dâm\u200B.';
    expect(normalize(input).text).toBe('ông Tô Lâm.');
    expect(spanOf(input, 'Tô Lâm').text).toBe('T\u00ADô L\u200Dâm');
  });

  it('reads CRLF, CR, NEL and line separators as one \\n, exotic spaces and controls as a space', () => {
    expect(normalize('a\r\nb\rc\u2028d\u0085e').text).toBe('a\nb\nc\nd\ne');
    expect(normalize('a\u00A0b\u3000c\td\u0000e\u0007f\u202Fg').text).toBe('a b c d e f g');
  });

  it('reads lone surrogates as U+FFFD and keeps pairs whole', () => {
    const nt = normalize('a\uD800b\uDC00c😀');
    expect(nt.text).toBe('a\uFFFDb\uFFFDc😀');
    mapIsSound(nt);
    expect(toSpan(nt, 5, 6)).toEqual({ start: 5, end: 7, text: '😀' });
  });

  it('grows the map when NFC lengthens the text (U+0958, U+FB1D…)', () => {
    const input = '\u0958'.repeat(1000) + '\uFB1D'.repeat(10) + '\u2126';
    const nt = normalize(input);
    expect(nt.text).toBe(input.normalize('NFC'));
    expect(nt.text.length).toBeGreaterThan(input.length);
    mapIsSound(nt);
  });

  it('stops composing a pathological run of marks, staying linear', () => {
    const input = 'a' + '\u0301'.repeat(100_000);
    const nt = normalize(input);
    mapIsSound(nt);
    expect(nt.text.replace(/\p{M}/gu, '').length).toBeGreaterThan(0);
  });

  describe('HTML', () => {
    it('reads block tags as line breaks, inline tags as nothing, other tags as a space', () => {
      expect(normalize('<p>Một</p><p>Hai<br/>Ba</p>').text).toBe('\nMột\n\nHai\nBa\n');
      expect(normalize('Đại tướng <b>Tô</b> <a href="/x?a=1&b=2" title="a > b">Lâm</a>').text).toBe('Đại tướng Tô Lâm');
      expect(normalize('<td>a</td><td>b</td><img src="x.jpg" alt="Tô Lâm">c').text).toBe(' a  b  c');
      expect(normalize('<DIV CLASS=x>A</DIV>').text).toBe('\nA\n');
    });

    it('decodes common entities, numeric ones for any code point', () => {
      expect(normalize('&amp; &lt;b&gt; &quot;x&quot; &#39;y&#x27; &nbsp;|&#7899;|&#x1EDB;|&shy;|&#0;|&#xD800;|&ldquo;').text)
        .toBe('& <b> "x" \'y\'  |ớ|ớ||\uFFFD|\uFFFD|“');
    });

    it('drops script, style and template contents and comments', () => {
      const input = 'A<script type="x">var a = "<p>Tô Lâm</p>";</script>B<style>p{}</style>C<!-- Tô Lâm -->D<SCRIPT>x</SCRIPT >E';
      expect(normalize(input).text).toBe('A\nB\nCD\nE');
    });

    it('leaves what is not markup as text', () => {
      for (const s of ['a < b', 'a<b', 'x <Tô> y', '<', '&', 'AT&T', '&foo;', '&#;', '&#x;', '<!--', '<script>never closed', '<p', '<a href="x', '1 <2 and 3> 2']) {
        const nt = normalize(s);
        mapIsSound(nt);
        if (!/<(?:p|script|a)\b/.test(s) && !s.includes('<2')) expect(nt.text).toBe(s);
      }
      expect(normalize('<script>never closed').text).toBe('\nnever closed');
    });

    it('spans slice the raw HTML exactly', () => {
      const input = '<p>Bộ trưởng <b>Tô&nbsp;Lâm</b> &amp; Kolokoltsev</p>';
      const sp = spanOf(input, 'Tô Lâm');
      expect(sp).toEqual({ start: input.indexOf('Tô'), end: input.indexOf('</b>'), text: 'Tô&nbsp;Lâm' });
      expect(input.slice(sp.start, sp.end)).toBe(sp.text);
    });
  });

  it('has a sound map and is NFC for any string (fuzz, 3,000 cases)', () => {
    const unit = fc.constantFrom('a', 'Đ', '\u0301', '\u0323', '<p>', '</b>', '<script>', '</script>', '<!--', '-->', '&amp;', '&#x27;', '&', '<', '\r', '\n', '\u00AD', '\uD800', '😀', '\u0958', ' ', '"');
    fc.assert(
      fc.property(fc.oneof(fc.array(unit, { maxLength: 60 }).map((a) => a.join('')), fc.string({ unit: 'binary', maxLength: 100 })), (s) => {
        const nt = normalize(s);
        mapIsSound(nt);
        // Any range of the normalized text maps to a slice of the input.
        for (let i = 0; i <= nt.text.length; i += 3) {
          const sp = toSpan(nt, i, Math.min(nt.text.length, i + 5));
          expect(s.slice(sp.start, sp.end)).toBe(sp.text);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('white space after normalize', () => {
  // The date patterns write white space as [ \n] (WS in src/recognize/dates/patterns.ts).
  it('is only " " and "\\n", whatever white space the input has', () => {
    let input = 'a';
    for (let c = 0; c < 0x10000; c++) {
      const ch = String.fromCharCode(c);
      if (/\s/.test(ch)) input += `${ch}b${ch}${ch}c`;
    }
    input += '\r\n\r\u2028\u2029\u0085d';
    const seen = new Set<string>();
    for (const ch of normalize(input).text) if (/\s/.test(ch)) seen.add(ch);
    expect([...seen].sort()).toEqual(['\n', ' ']);
  });
});
