/**
 * Run time is linear in the input length: extract() on adversarial inputs at 200 KB and
 * 800 KB (both past the sizes where the garbage collector changes regime, which made
 * smaller pairs noisy). The larger may take at most 1.5 × the linear expectation (4×) of
 * the smaller; each figure is the median over interleaved rounds, and only the ratio is
 * asserted. `npm test` runs this file on its own, after the others: test files running in
 * parallel on the other core made its timings noisy.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadBuilt } from './helpers/built.js';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { minTime, seeds } from './hostile-helpers.js';

// A full collection between timed runs (the flag, then a fresh context's global `gc`).
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const SMALL = 200_000;
const LARGE = 800_000;
const LIMIT = 1.5 * (LARGE / SMALL);
// Below this the smaller run is too short to time; the floor keeps the ratio meaningful.
const FLOOR_MS = 4;
const ROUNDS = 3;

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

// The built bundle, as users run it: under the test runner's module transform the source's
// timings carry the runner's own overhead and vary far more. CI builds before testing; a
// missing dist/ is built first.
let extract: Awaited<ReturnType<typeof loadBuilt>>['extract'];
beforeAll(async () => {
  ({ extract } = await loadBuilt('index.js'));
  extract(seeds[0].text); // warm up the extractor (lexicons, chrono) outside the timings
});

describe('extract() runs in linear time', () => {

  it.each(Object.keys(INPUTS))('%s: 800 KB takes at most 1.5 × 4 the time of 200 KB', (name) => {
    const small = INPUTS[name](SMALL);
    const large = INPUTS[name](LARGE);
    expect(small.length).toBe(SMALL);
    // Both sizes warm, then interleaved rounds, each run after a full collection so that
    // neither size pays for the other's garbage; the median over rounds drops a burst of
    // load and, unlike the minimum, a lucky fast run of the small input. A ratio over the
    // limit is measured again (up to four times): noise rarely repeats, a super-linear
    // algorithm always does.
    extract(large);
    const median = (xs: number[]): number => [...xs].sort((x, y) => x - y)[xs.length >> 1];
    const measure = (): { ts: number; tl: number } => {
      const smallRuns: number[] = [];
      const largeRuns: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        gc();
        smallRuns.push(minTime(() => extract(small), 1));
        gc();
        largeRuns.push(minTime(() => extract(large), 1));
      }
      return { ts: Math.max(FLOOR_MS, median(smallRuns)), tl: median(largeRuns) };
    };
    let { ts, tl } = measure();
    for (let again = 0; again < 4 && tl / ts > LIMIT; again++) {
      const m = measure();
      if (m.tl / m.ts < tl / ts) ({ ts, tl } = m);
    }
    const ratio = tl / ts;
    console.log(`[linear] ${name}: 200 KB ${ts.toFixed(1)} ms, 800 KB ${tl.toFixed(1)} ms, ratio ${ratio.toFixed(2)} (limit ${LIMIT})`);
    expect(ratio).toBeLessThanOrEqual(LIMIT);
  });
});
