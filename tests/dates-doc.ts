/** Builds a Doc the way the extractor does, so date tests can look at the mentions themselves. */
import { compileLexicon } from '../src/engine/lexicon.js';
import { tokenize } from '../src/engine/tokens.js';
import { builtinPlugins } from '../src/locales/index.js';
import { detectLanguage } from '../src/pipeline/language.js';
import { normalize, toSpan } from '../src/pipeline/normalize.js';
import { segment, sentences } from '../src/pipeline/segment.js';
import type { Doc } from '../src/pipeline/types.js';
import { validatePlugin } from '../src/plugin.js';
import { attachDatePrefilter } from '../src/recognize/dates/prefilter.js';
import type { Language, Warning } from '../src/schema.js';

export function makeDoc(input: string, opts: { language?: Language; referenceDate?: Date | null } = {}): Doc {
  const nt = normalize(input);
  const language = opts.language ?? detectLanguage(nt.text);
  const plugins = builtinPlugins.map((p, i) => validatePlugin(p, i)).filter((p) => p.language === '*' || p.language === language);
  const lexicon = compileLexicon(plugins);
  // The locale's own chrono base (the vi one repairs chrono's), its rules and the prefilter.
  const base = plugins.filter((p) => p.dates.base).at(-1)!.dates.base!;
  const c = base.clone();
  for (const p of plugins) {
    c.parsers.push(...p.dates.parsers);
    c.refiners.push(...p.dates.refiners);
  }
  attachDatePrefilter(c, base, plugins);
  const tokens = tokenize(nt.text);
  const segs = segment(nt.text, lexicon, language);
  const sents = sentences(segs, tokens);
  const warnings: Warning[] = [];
  return {
    normalized: nt, text: nt.text, language, segments: segs, sentences: sents, tokens, lexicon, chrono: c,
    options: { referenceDate: opts.referenceDate ?? null }, warnings,
    span: (s, e) => toSpan(nt, s, e),
    sentenceAt: (o) => sents.findIndex((s) => s.start <= o && o < s.end),
  };
}
