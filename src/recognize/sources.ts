/**
 * Credited agencies and outlets: known outlet names in credit lines, captions' credits
 * and "Theo X" / "according to X" attributions.
 */
import { tokenAt } from '../engine/tokens.js';
import type { Doc } from '../pipeline/types.js';

export function recognizeSources(doc: Doc): string[] {
  const found = new Map<string, string>();
  for (const seg of doc.segments) {
    if (seg.kind === 'boilerplate' || seg.kind === 'header') continue;
    // Binary search: a scan from token 0 per segment was quadratic in the number of lines.
    const from = tokenAt(doc.tokens, seg.start);
    let to = from;
    while (to < doc.tokens.length && doc.tokens[to].start < seg.end) to++;
    for (const m of doc.lexicon.outlets.matchAll(doc.tokens, from, to)) {
      const name = m.value.text;
      if (!found.has(name.toLowerCase())) found.set(name.toLowerCase(), name);
    }
  }
  return [...found.values()];
}
