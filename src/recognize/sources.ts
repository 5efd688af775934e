/**
 * Credited agencies and outlets: known outlet names in credit lines, captions' credits
 * and "Theo X" / "according to X" attributions.
 */
import type { Doc } from '../pipeline/types.js';

export function recognizeSources(doc: Doc): string[] {
  const found = new Map<string, string>();
  for (const seg of doc.segments) {
    if (seg.kind === 'boilerplate' || seg.kind === 'header') continue;
    let from = 0;
    while (from < doc.tokens.length && doc.tokens[from].start < seg.start) from++;
    let to = from;
    while (to < doc.tokens.length && doc.tokens[to].start < seg.end) to++;
    for (const m of doc.lexicon.outlets.matchAll(doc.tokens, from, to)) {
      const name = m.value.text;
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), name);
    }
  }
  return [...found.values()];
}
