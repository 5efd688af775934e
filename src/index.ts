/**
 * hoidam: reads a news article about an official meeting and returns one typed,
 * validated record whose every value points back to the characters it came from.
 */
import { createExtractorWith, type Extractor, type ExtractorConfig, type ExtractOptions } from './extractor.js';
import { builtinPlugins } from './locales/index.js';
import type { ArticleRecord } from './schema.js';

export * from './schema.js';
export {
  DEFAULT_MAX_LENGTH, ExtractOptionsSchema,
  type Extractor, type ExtractorConfig, type ExtractOptions,
} from './extractor.js';
export {
  definePlugin, validatePlugin, PluginSchema, LexiconSchema,
  type HoidamPlugin, type LexiconInput, type Lexicon, type PluginLanguage, type PostprocessContext,
  type RankEntry, type TitleEntry, type OrganizationEntry, type CountryEntry, type PlaceEntry,
  type TriggerEntry, type AgreementKindEntry, type WordEntry, type BoilerplateEntry,
} from './plugin.js';
export { builtinPlugins, viPlugin, enPlugin, intlPlugin } from './locales/index.js';
export { renderHtml, renderHtmlMany, articleSegments, type RenderOptions, type ReviewArticle, type ArticleSegment, type ArticleSegmentKind, type SegmentOptions } from './render/index.js';

/** An extractor with the built-in locales (Vietnamese, English) plus `config.plugins`. */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  return createExtractorWith(builtinPlugins, config);
}

let defaultExtractor: Extractor | null = null;

/**
 * Extracts the record of one article with the built-in locales. Synchronous and pure;
 * throws a TypeError only for non-string input or invalid options.
 */
export function extract(text: string, options?: ExtractOptions): ArticleRecord {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}
