/**
 * The article's segments (headline, header, body, caption, credit, boilerplate) as offsets
 * into the caller's input, for the review view: the record does not say where the cut-away
 * boilerplate is, so this re-runs the extractor's own first stages (normalize → language →
 * segment) on the same text with the same lexicon.
 */
import { compileLexicon, type CompiledLexicon } from '../engine/lexicon.js';
import { DEFAULT_MAX_LENGTH } from '../extractor.js';
import { detectLanguage } from '../pipeline/language.js';
import { normalize, toSpan } from '../pipeline/normalize.js';
import { segment } from '../pipeline/segment.js';
import type { SegmentKind } from '../pipeline/types.js';
import { validatePlugin, type HoidamPlugin, type ValidatedPlugin } from '../plugin.js';
import { builtinPlugins } from '../locales/index.js';
import type { Language } from '../schema.js';

export type ArticleSegmentKind = SegmentKind;

export interface ArticleSegment {
  kind: ArticleSegmentKind;
  /** UTF-16 offsets into the caller's input, like every span of the record. */
  start: number;
  end: number;
}

export interface SegmentOptions {
  /** The record's language; detected as extract() does when omitted or 'auto'. */
  language?: Language | 'auto';
  /** Extra plugins (their boilerplate markers change the segmentation), as given to createExtractor. */
  plugins?: readonly HoidamPlugin[];
  /** As in extract(): text past this length was not read and is reported as boilerplate. */
  maxLength?: number;
}

// Compiling a lexicon costs far more than segmenting an article: keep one per language
// for the built-ins (module constants, so the cache cannot go stale).
const builtinLexicons = new Map<Language, CompiledLexicon>();
let validatedBuiltins: ValidatedPlugin[] | null = null;

function lexiconFor(language: Language, extra: readonly HoidamPlugin[]): CompiledLexicon {
  const applies = (p: ValidatedPlugin): boolean => p.language === '*' || p.language === language;
  validatedBuiltins ??= builtinPlugins.map((p, i) => validatePlugin(p, i));
  if (!extra.length) {
    let lx = builtinLexicons.get(language);
    if (!lx) builtinLexicons.set(language, (lx = compileLexicon(validatedBuiltins.filter(applies))));
    return lx;
  }
  return compileLexicon([...validatedBuiltins, ...extra.map((p, i) => validatePlugin(p, i))].filter(applies));
}

/** Same cut as the extractor: the last paragraph break before the limit, or the limit. */
function readLength(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const cut = text.lastIndexOf('\n', max);
  return cut > max / 2 ? cut : max;
}

/**
 * Segments of `text` in input offsets, in order. Pure: no I/O, and the same text and
 * options always give the same segments.
 */
export function articleSegments(text: string, options: SegmentOptions = {}): ArticleSegment[] {
  if (typeof text !== 'string') throw new TypeError('hoidam: articleSegments() expects the article text as a string');
  const read = readLength(text, options.maxLength ?? DEFAULT_MAX_LENGTH);
  const nt = normalize(text.slice(0, read));
  const language = !options.language || options.language === 'auto' ? detectLanguage(nt.text) : options.language;
  const out: ArticleSegment[] = segment(nt.text, lexiconFor(language, options.plugins ?? []), language).map((s) => {
    const span = toSpan(nt, s.start, s.end);
    return { kind: s.kind, start: span.start, end: span.end };
  });
  if (read < text.length) out.push({ kind: 'boilerplate', start: read, end: text.length });
  return out;
}
