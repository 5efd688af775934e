/**
 * The phrase matcher: matchAll's passes read the tokens' first-word ids from a per-array cache;
 * they must find what a plain walk with matchAt finds, also after the vocabulary grows.
 */
import { describe, expect, it } from 'vitest';
import { texts } from './helpers/texts.js';
import { compileLexicon } from '../src/engine/lexicon.js';
import { firstWordIds, PhraseMatcher, type PhraseMatch } from '../src/engine/phrases.js';
import { tokenize, type Token } from '../src/engine/tokens.js';
import { builtinPlugins } from '../src/locales/index.js';
import { validatePlugin } from '../src/plugin.js';

function plainWalk<T>(m: PhraseMatcher<T>, tokens: readonly Token[], from: number, to: number): PhraseMatch<T>[] {
  const out: PhraseMatch<T>[] = [];
  for (let i = from; i < to; ) {
    const hit = m.matchAt(tokens, i, to);
    if (hit) {
      out.push(hit);
      i = hit.to;
    } else i++;
  }
  return out;
}

const articles = texts('fixtures', 'vi', 'en');

describe('PhraseMatcher.matchAll', () => {
  it('finds what matchAt finds walking the same range, for every matcher of both locales', () => {
    for (const lang of ['vi', 'en']) {
      const lexicon = compileLexicon(builtinPlugins.filter((p) => !p.language || p.language === lang).map((p, i) => validatePlugin(p, i)));
      const matchers = Object.values(lexicon).filter((m): m is PhraseMatcher<unknown> => m instanceof PhraseMatcher);
      expect(matchers.length).toBeGreaterThan(10);
      for (const text of articles) {
        const tokens = tokenize(text.normalize('NFC'));
        for (const m of matchers) {
          for (let from = 0; from < tokens.length; from += 37) {
            const to = Math.min(tokens.length + 3, from + 90);
            expect(m.matchAll(tokens, from, to)).toEqual(plainWalk(m, tokens, from, to));
          }
          expect(m.matchAll(tokens, -2)).toEqual(plainWalk(m, tokens, -2, tokens.length));
        }
      }
    }
  });

  it('marks with a negative first-word id only tokens where no matcher finds anything', () => {
    for (const lang of ['vi', 'en']) {
      const lexicon = compileLexicon(builtinPlugins.filter((p) => !p.language || p.language === lang).map((p, i) => validatePlugin(p, i)));
      const matchers = Object.values(lexicon).filter((m): m is PhraseMatcher<unknown> => m instanceof PhraseMatcher);
      let skipped = 0;
      for (const text of articles) {
        const tokens = tokenize(text.normalize('NFC'));
        const ids = firstWordIds(tokens);
        for (let i = 0; i < tokens.length; i++) {
          if (ids[i] >= 0) continue;
          skipped++;
          for (const m of matchers) expect(m.matchAt(tokens, i)).toBeNull();
        }
      }
      expect(skipped).toBeGreaterThan(1000);
    }
  });


  it('says a matcher cannot start at a token only where its matchAt finds nothing there', () => {
    for (const lang of ['vi', 'en']) {
      const lexicon = compileLexicon(builtinPlugins.filter((p) => !p.language || p.language === lang).map((p, i) => validatePlugin(p, i)));
      const matchers = Object.values(lexicon).filter((m): m is PhraseMatcher<unknown> => m instanceof PhraseMatcher);
      let skipped = 0;
      let kept = 0;
      for (const text of articles) {
        const tokens = tokenize(text.normalize('NFC'));
        const ids = firstWordIds(tokens);
        for (const m of matchers) {
          for (let i = 0; i < tokens.length; i++) {
            const hit = m.matchAt(tokens, i);
            if (m.startsWith(ids[i])) kept++;
            else {
              skipped++;
              expect(hit).toBeNull();
            }
          }
        }
      }
      // The test means something only if both answers occur, often.
      expect(skipped).toBeGreaterThan(10_000);
      expect(kept).toBeGreaterThan(1000);
    }
    // Past the token array, and for an absent word, no matcher starts.
    const m = new PhraseMatcher<string>().add('bộ trưởng', 'minister');
    expect(m.startsWith(-1)).toBe(false);
    expect(m.startsWith(firstWordIds(tokenize('bộ trưởng'))[0])).toBe(true);
    expect(m.startsWith(firstWordIds(tokenize('Hà Nội'))[0])).toBe(false);
  });
  it('finds words added to the vocabulary after a pass over the same tokens', () => {
    const tokens = tokenize('Đại tướng Zyxwv Qrstu gặp Bộ trưởng Zyxwv Qrstu tại Hà Nội.');
    const m = new PhraseMatcher<string>().add('bộ trưởng', 'minister');
    expect(m.matchAll(tokens).map((x) => x.value)).toEqual(['minister']);
    // A new first word, after the tokens' ids were read once.
    m.add('zyxwv qrstu', 'name');
    expect(m.matchAll(tokens).map((x) => x.value)).toEqual(['name', 'minister', 'name']);
    expect(new PhraseMatcher<string>().add('qrstu', 'surname').matchAll(tokens).map((x) => [x.from, x.value])).toEqual([[3, 'surname'], [8, 'surname']]);
  });
});
