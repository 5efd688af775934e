/**
 * The about refiner (src/recognize/dates/refiners.ts) reads the words before each result once
 * and skips the look-backs no far or signing cue can be in. It must tag what the plain reading
 * tags: every look-back taken by wordsBefore, every cue tested.
 */
import type { Chrono, ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import { createDateBase as createViBase, dateParsers as viParsers } from '../src/locales/vi/dates/index.js';
import { viRefiners } from '../src/locales/vi/dates/refiners.js';
import { aboutCues as viCues, aboutLookalikes, yearWords } from '../src/locales/vi/dates/words.js';
import { createDateBase as createEnBase, dateParsers as enParsers, dateRefiners as enRefiners } from '../src/locales/en/dates/index.js';
import { aboutCues as enCues } from '../src/locales/en/dates/words.js';
import { aboutRefiner, wordsBefore, yearCountFinder } from '../src/recognize/dates/refiners.js';
import { TAG, type AboutCue } from '../src/recognize/dates/rules.js';

/** The about refiner as plainly written: each look-back read alone, each cue tested. */
function plainAbout(cues: readonly AboutCue[], years: readonly { text: string }[] | null, lookalikes: readonly { text: string }[] = []): Refiner {
  const yearCount = years && yearCountFinder(years);
  const look = lookalikes.map((l) => l.text.split(' '));
  const blank = (words: string[]): string[] => {
    const out = [...words];
    for (let i = 0; i < out.length; i++) for (const p of look) if (p.every((w, k) => out[i + k] === w)) for (let k = 0; k < p.length; k++) out[i + k] = '';
    return out;
  };
  const joined = (words: readonly string[]) => ` ${words.join(' ')} `;
  const contains = (words: string, text: string) => words.includes(` ${text} `);
  const endsWith = (words: readonly string[], text: string) => joined(words).endsWith(` ${text} `);
  return {
    refine(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
      for (const r of results) {
        const text = context.text;
        const wide = joined(wordsBefore(text, r.index, 14, false));
        if (cues.some((c) => c.value === 'anniversary' && contains(wide, c.text))
          || (yearCount != null && yearCount(text.slice(Math.max(0, r.index - 40), r.index)))) r.addTag(`${TAG.about}anniversary`);
        const tags = r.tags();
        if ([...tags].some((t) => t.startsWith(TAG.about))) continue;
        const close = blank(wordsBefore(text, r.index, 4, true));
        const clause = joined(blank(wordsBefore(text, r.index, 24, true)));
        const noDay = !r.start.isCertain('day') && !r.start.isCertain('weekday') && !tags.has('result/relativeDate');
        const noMonth = noDay && !r.start.isCertain('month');
        for (const c of cues) {
          if (c.value === 'anniversary' || (c.when === 'noDay' && !noDay) || (c.when === 'noMonth' && !noMonth)) continue;
          const hit = c.value === 'past' ? endsWith(close, c.text) || (c.text.includes(' ') && contains(joined(close), c.text))
            : contains(c.value === 'signing' ? clause : joined(close), c.text);
          if (hit) {
            r.addTag(`${TAG.about}${c.value}`);
            break;
          }
        }
      }
      return results;
    },
  };
}

/** A chrono of the base, the parsers and the refiners, its about refiner (the last) replaced by `about`. */
function build(base: Chrono, parsers: typeof viParsers, refiners: readonly Refiner[], about: Refiner): Chrono {
  const c = base.clone();
  c.parsers.push(...parsers);
  c.refiners.push(...refiners.slice(0, -1), about);
  return c;
}

const tagsOf = (c: Chrono, text: string) => JSON.stringify(c.parse(text, new Date(Date.UTC(2021, 5, 15, 12))).map((r) => [r.index, r.text, [...r.tags()].sort()]));

describe('the about refiner', () => {
  const vi = { ours: build(createViBase(), viParsers, viRefiners, viRefiners.at(-1)!), plain: build(createViBase(), viParsers, viRefiners, plainAbout(viCues, yearWords, aboutLookalikes)) };
  const en = { ours: build(createEnBase(), enParsers, enRefiners, enRefiners.at(-1)!), plain: build(createEnBase(), enParsers, enRefiners, plainAbout(enCues, null)) };

  it('tags what the plain reading tags in our articles and the seeds', () => {
    const lines = texts('vi', 'en', 'fixtures').flatMap((t) => t.split(/\n+/));
    let tagged = 0;
    for (const line of lines) {
      for (const c of [vi, en]) {
        const want = tagsOf(c.plain, line);
        if (want.includes(TAG.about)) tagged++;
        expect(tagsOf(c.ours, line), line).toBe(want);
      }
    }
    expect(tagged).toBeGreaterThan(20);
  });

  it('tags what the plain reading tags in random runs of cue words, look-alikes, dates and clause marks', () => {
    const pieces = [
      ...viCues.map((c) => c.text), ...enCues.map((c) => c.text), ...aboutLookalikes.map((l) => l.text), 'KÝ', 'Ký Kết', 'KỶ NIỆM', 'Kỷ niệm',
      'ngày 21/3/2016', 'năm 2012', 'tháng 5/2020', '15-17/3', 'thứ Sáu', 'hôm qua', 'on 21 March 2016', 'in 2012', 'June 2020',
      '70 năm', '70  năm', 'thỏa thuận', 'hiệp định', 'the agreement', 'x', 'Σ', 'ΑΣ', '𝐀𝐁', ',', ';', '.', '1.5', '3,5', '(', '-',
      'a b c d e f g h i j k l m n',
    ];
    let seed = 99;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    let tagged = 0;
    for (let k = 0; k < 3000; k++) {
      let s = '';
      for (let i = 2 + rand(14); i > 0; i--) s += pieces[rand(pieces.length)] + [' ', ' ', '', ', '][rand(4)];
      for (const c of [vi, en]) {
        const want = tagsOf(c.plain, s);
        if (want.includes(TAG.about)) tagged++;
        expect(tagsOf(c.ours, s), s).toBe(want);
      }
    }
    expect(tagged).toBeGreaterThan(500);
  }, 120_000);

  it('is the last refiner of each locale', () => {
    for (const list of [viRefiners, enRefiners]) expect(String(list.at(-1)!.refine)).toContain('signing');
    expect(aboutRefiner).toBeTypeOf('function');
  });
});
