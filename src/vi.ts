/**
 * hoidam/vi: the Vietnamese-only entry. Same API and schemas as `hoidam`, but its base
 * plugins are the international and Vietnamese locales only, so bundlers never pull in
 * the English locale (and whatever it imports) for users who read Vietnamese news.
 */
import { createExtractorWith, type Extractor, type ExtractorConfig, type ExtractOptions } from './extractor.js';
import { intlPlugin } from './locales/intl/index.js';
import { viPlugin } from './locales/vi/index.js';
import type { HoidamPlugin } from './plugin.js';
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
export { viPlugin, intlPlugin };

/** The built-in plugins of this entry: international data and the Vietnamese locale. */
export const builtinPlugins: readonly HoidamPlugin[] = [intlPlugin, viPlugin];

/** An extractor with the Vietnamese locale plus `config.plugins`. */
export function createExtractor(config: ExtractorConfig = {}): Extractor {
  return createExtractorWith(builtinPlugins, config);
}

let defaultExtractor: Extractor | null = null;

/**
 * Extracts the record of one Vietnamese article. Synchronous and pure; throws a
 * TypeError only for non-string input or invalid options.
 */
export function extract(text: string, options?: ExtractOptions): ArticleRecord {
  defaultExtractor ??= createExtractor();
  return defaultExtractor.extract(text, options);
}
