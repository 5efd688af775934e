/**
 * Property tests: for any string, extract() returns a schema-valid record whose every span
 * slices the input exactly, the same record every time, without throwing and without an
 * internal-error or invalid-record warning. fast-check prints the seed and the shrunk
 * counterexample of a failure; replay with FUZZ_SEED=<seed>. FUZZ_SCALE multiplies the runs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createExtractor, extract } from '../src/index.js';
import { problems, seeds } from './hostile-helpers.js';

const SCALE = Number(process.env.FUZZ_SCALE ?? 1);
const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;
const runs = (n: number): number => Math.max(1, Math.round(n * SCALE));

// Pieces of the articles this library reads, and of what breaks them.
const FRAGMENTS = [
  // Vietnamese words, names, ranks and titles
  'Bộ trưởng', 'Bộ Công an', 'Đại tướng', 'Thượng tướng', 'Trung tướng', 'Thiếu tướng', 'Đại tá', 'Thượng tá',
  'Phó Đô đốc', 'Chuẩn Đô đốc', 'Thứ trưởng', 'Chủ tịch nước', 'Thủ tướng', 'Ủy viên Bộ Chính trị', 'Tô Lâm',
  'Trần Đại Quang', 'ông', 'bà', 'hội đàm', 'tiếp', 'điện đàm', 'ký', 'Bản ghi nhớ', 'Hiệp định', 'Liên bang Nga',
  'Hà Nội', 'Moskva', 'TTXVN', 'Ảnh:', 'Tin cùng chuyên mục', 'Chiều', 'Sáng', 'ngày', 'tháng', 'năm', 'Thứ năm',
  'từ ngày', 'giai đoạn', 'hôm nay', 'hôm qua', 'Đ', 'ư', 'ơ', 'ạ', 'ế',
  // English and Russian
  'General', 'Colonel General', 'Minister', 'Deputy Minister', 'Security Council', 'held talks with', 'met',
  'signed a memorandum', 'Mr.', 'Gen.', 'Nikolai Patrushev', 'Kolokoltsev Vladimir Aleksandrovich', 'Москва', 'генерал',
  // digits, dates and slashes
  '1', '21', '2016', '21/3', '06/9/2018', '15-17/3', '2016-2018', '17:42', 'GMT + 7', '1/1/1/1', '/', '//', '-', '–',
  ':', '.', ',', ';', '…', './.', '(', ')',
  // quotes
  '"', '“', '”', '«', '»', "'", '‘', '’', '„',
  // layout
  '\n', '\n\n', '\r\n', '\r', ' ', '  ', '\t', '\u00A0', '\u2028',
  // invisible and odd code units
  '\u200B', '\u200D', '\u00AD', '\uFEFF', '\u0000', '\u0007', '\u0301', '\u0323', '\u0302\u0301', '\uD800', '\uDC00',
  '😀', '\u0958', '\uFB1D', 'ﬁ',
  // markup
  '<p>', '</p>', '<br/>', '<a href="x">', '</a>', '<b>', '<script>', '</script>', '<style>', '<!--', '-->', '&amp;',
  '&nbsp;', '&quot;', '&#39;', '&#x27;', '&lt;', '&gt;', '&#0;', '&#xD800;', '&', '<', '>',
];

const fragment = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...FRAGMENTS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
);
// Fragments joined by spaces or nothing, cut to at most 300 UTF-16 units.
const articleLike = fc
  .array(fc.tuple(fragment, fc.constantFrom(' ', '', ' ', '\n')), { maxLength: 80 })
  .map((parts) => parts.map(([f, sep]) => f + sep).join('').slice(0, 300));

function check(input: string): void {
  const a = extract(input);
  const found = problems(input, a);
  if (found.length) throw new Error(`for input ${JSON.stringify(input)}:\n${found.join('\n')}`);
  // Deterministic, also across extractor instances (no state kept between calls).
  expect(JSON.stringify(extract(input))).toBe(JSON.stringify(a));
  expect(JSON.stringify(other.extract(input))).toBe(JSON.stringify(a));
}
const other = createExtractor();

describe('extract() on any string', () => {
  it('article-like strings: valid record, exact spans, deterministic (7,000 cases)', () => {
    fc.assert(fc.property(articleLike, (s) => check(s)), { numRuns: runs(7000), seed });
  });

  it('arbitrary strings, including lone surrogates (3,000 cases)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), fc.string({ unit: 'binary', maxLength: 300 }), fc.string({ unit: 'grapheme', maxLength: 100 })), (s) => check(s)),
      { numRuns: runs(3000), seed },
    );
  });
});

// Mutations of the seed articles.
const stripMarks = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
type Mutation =
  | { op: 'insert'; at: number; text: string }
  | { op: 'delete'; at: number; len: number }
  | { op: 'case'; at: number; len: number; upper: boolean }
  | { op: 'strip'; at: number; len: number }
  | { op: 'nfd'; at: number; len: number };
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ op: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x), text: fragment }).map((m) => ({ ...m, at: m.at })),
  fc.record({ op: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ op: fc.constant('case' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 400 }), upper: fc.boolean() }),
  fc.record({ op: fc.constant('strip' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 2000 }) }),
  fc.record({ op: fc.constant('nfd' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), len: fc.integer({ min: 1, max: 2000 }) }),
) as fc.Arbitrary<Mutation>;

function mutate(text: string, ms: Mutation[]): string {
  let t = text;
  for (const m of ms) {
    const at = Math.floor(m.at * t.length);
    if (m.op === 'insert') t = t.slice(0, at) + m.text + t.slice(at);
    else {
      const end = Math.min(t.length, at + m.len);
      const mid = t.slice(at, end);
      const next = m.op === 'delete' ? '' : m.op === 'case' ? (m.upper ? mid.toUpperCase() : mid.toLowerCase()) : m.op === 'strip' ? stripMarks(mid) : mid.normalize('NFD');
      t = t.slice(0, at) + next + t.slice(end);
    }
  }
  return t;
}

describe('extract() on mutated seed articles', () => {
  it('insertions, deletions, case changes, stripped or decomposed diacritics (1,000 cases)', () => {
    fc.assert(
      fc.property(fc.nat({ max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 12 }), (k, ms) => {
        const input = mutate(seeds[k].text, ms);
        const found = problems(input, extract(input));
        if (found.length) throw new Error(`seed ${seeds[k].file}, mutations ${JSON.stringify(ms)}:\n${found.join('\n')}`);
        expect(JSON.stringify(extract(input))).toBe(JSON.stringify(extract(input)));
      }),
      { numRuns: runs(1000), seed },
    );
  });

  it('whole seeds fully stripped of diacritics, fully NFD, upper-cased', () => {
    for (const s of seeds) {
      for (const input of [stripMarks(s.text), s.text.normalize('NFD'), s.text.toUpperCase(), s.text.toLowerCase()]) {
        expect(problems(input, extract(input))).toEqual([]);
      }
    }
  });
});
