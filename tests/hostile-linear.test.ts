/**
 * Run time is linear in the input length: extract() on adversarial inputs at 50 KB and
 * 200 KB. The larger may take at most 1.5 × the linear expectation (4×) of the smaller;
 * each figure is the minimum of a few runs, and only the ratio is asserted.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { minTime, seeds } from './hostile-helpers.js';

const SMALL = 50_000;
const LARGE = 200_000;
const LIMIT = 1.5 * (LARGE / SMALL);
// Below this the smaller run is too short to time; the floor keeps the ratio meaningful.
const FLOOR_MS = 4;

const fill = (unit: string | ((i: number) => string), size: number): string => {
  let s = '';
  for (let i = 0; s.length < size; i++) s += typeof unit === 'string' ? unit : unit(i);
  return s.slice(0, size);
};
const CAPS = ['Nguyễn', 'Văn', 'Đại', 'Tướng', 'Bộ', 'Trưởng', 'Tô', 'Lâm', 'Vladimir', 'Kolokoltsev', 'Công', 'An'];

const INPUTS: Record<string, (size: number) => string> = {
  'capitalised words': (n) => fill((i) => `${CAPS[i % CAPS.length]} `, n),
  '1/1/1/': (n) => fill('1/', n),
  'digits': (n) => fill('1234567890', n),
  'nested quotes': (n) => fill((i) => ['"', '“', '«', '‘', "'"][i % 5] + 'Bộ ', n),
  'long line without punctuation': (n) => fill((i) => `${['hội', 'đàm', 'với', 'bộ', 'trưởng', 'ngày', 'tháng', 'năm'][i % 8]} `, n),
  'ranks and titles without names': (n) => fill('Đại tướng Bộ trưởng Bộ Công an, Thứ trưởng ', n),
  'sentences with names': (n) => fill((i) => `Đại tướng Tô Lâm ${i % 2 ? 'hội đàm với' : 'tiếp'} Bộ trưởng Kolokoltsev ngày ${(i % 28) + 1}/3. `, n),
  'dates': (n) => fill((i) => `Chiều ${(i % 28) + 1}/${(i % 12) + 1}/20${10 + (i % 15)}, `, n),
  'short lines': (n) => fill((i) => `${CAPS[i % CAPS.length]} ${CAPS[(i + 3) % CAPS.length]}\n`, n),
  'parentheses and captions': (n) => fill('(Ảnh: TTXVN) ảnh 1Bộ trưởng ', n),
  'markup': (n) => fill('<p><b>Tô</b> &amp; <a href="x">Lâm</a><!-- c --></p>\n', n),
  'unclosed markup': (n) => fill('<a href="x <!-- <script> &#x ', n),
  'combining marks': (n) => fill('Tô\u0302\u0301 La\u0302m ', n),
  'seed text': (n) => fill(seeds.map((s) => s.text).join('\n\n') + '\n\n', n),
};

describe('extract() runs in linear time', () => {
  extract(seeds[0].text); // warm up the extractor (lexicons, chrono) outside the timings

  it.each(Object.keys(INPUTS))('%s: 200 KB takes at most 1.5 × 4 the time of 50 KB', (name) => {
    const small = INPUTS[name](SMALL);
    const large = INPUTS[name](LARGE);
    expect(small.length).toBe(SMALL);
    extract(small);
    const ts = Math.max(FLOOR_MS, minTime(() => extract(small), 3));
    const tl = minTime(() => extract(large), 3);
    const ratio = tl / ts;
    console.log(`[linear] ${name}: 50 KB ${ts.toFixed(1)} ms, 200 KB ${tl.toFixed(1)} ms, ratio ${ratio.toFixed(2)} (limit ${LIMIT})`);
    expect(ratio).toBeLessThanOrEqual(LIMIT);
  });
});
