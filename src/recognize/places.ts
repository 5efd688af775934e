/** Cities of the gazetteer (src/locales/intl/places.ts) named in the body, headline and captions. */
import type { Analysis, Doc, PlaceMention } from '../pipeline/types.js';

export function recognizePlaces(doc: Doc, a?: Analysis): PlaceMention[] {
  void a;
  const out: PlaceMention[] = [];
  for (const s of doc.sentences) {
    for (const m of doc.lexicon.places.matchAll(doc.tokens, s.tokenFrom, s.tokenTo)) {
      // A city is a proper name: lower-case look-alikes are ordinary words.
      if (!doc.tokens[m.from].cap) continue;
      const next = doc.tokens[m.to];
      // Part of a longer capitalised name ("Hà Nội Mới") is not the city.
      if (next && m.to < s.tokenTo && next.cap && next.kind === 'word' && !next.lineBefore && next.spaceBefore
        && !doc.lexicon.places.matchAt(doc.tokens, m.to, s.tokenTo)) {
        continue;
      }
      out.push({ start: m.start, end: m.end, entry: m.value });
    }
  }
  return out;
}
