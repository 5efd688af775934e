/**
 * The extractor: plugins in, `extract()` out. Each extractor owns its compiled lexicons
 * and its chrono clones, so extractors with different plugins never affect each other.
 *
 * Pipeline: normalize → detect language → segment → recognize → assemble → validate.
 */
import type { Chrono } from 'chrono-node';
import * as z from 'zod/mini';
import { compileLexicon, type CompiledLexicon } from './engine/lexicon.js';
import { tokenize } from './engine/tokens.js';
import { normalize, toSpan } from './pipeline/normalize.js';
import { languageOfTally, newScriptTally } from './pipeline/language.js';
import { segment, sentences } from './pipeline/segment.js';
import type { Doc } from './pipeline/types.js';
import { validatePlugin, type HoidamPlugin, type ValidatedPlugin } from './plugin.js';
import { trustedBuiltin } from './plugin-defaults.js';
import { recognize } from './recognize/index.js';
import { attachDatePrefilter } from './recognize/dates/prefilter.js';
import { assemble } from './assemble/index.js';
import { ArticleRecordSchema, WarningSchema, type ArticleRecord, type Language, type Warning } from './schema.js';
import { partitionPoint } from './engine/search.js';

/** Inputs longer than this are cut at a paragraph boundary (with a warning). */
export const DEFAULT_MAX_LENGTH = 1_000_000;

const dateLike = z.union([
  z.date().check(z.refine((d) => !Number.isNaN(d.getTime()), 'an invalid Date')),
  // Date.parse rolls "2021-02-30" over to March 2: the day must exist in its month.
  z.string().check(z.refine((s) => /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(s) && !Number.isNaN(Date.parse(s))
    && new Date(`${s.slice(0, 10)}T00:00:00Z`).toISOString().startsWith(s.slice(0, 10)), 'an ISO date string such as "2021-03-16"')),
]);

export const ExtractOptionsSchema = z.strictObject({
  /** Anchor for dates whose year the article does not give. */
  referenceDate: z.nullish(dateLike),
  /** 'auto' detects it; default 'auto'. */
  language: z.optional(z.enum(['vi', 'en', 'auto'])),
  /** Characters processed at most; default 1,000,000. */
  maxLength: z.optional(z.int().check(z.positive())),
});
export type ExtractOptions = z.input<typeof ExtractOptionsSchema>;

export interface ExtractorConfig extends ExtractOptions {
  /** Added after the built-in locales; later plugins override earlier entries. */
  plugins?: HoidamPlugin[];
}

export interface Extractor {
  extract(text: string, options?: ExtractOptions): ArticleRecord;
  /** Names of the plugins in force, built-ins first. */
  readonly plugins: readonly string[];
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'object') {
    const name = (v as object).constructor?.name;
    return name && name !== 'Object' ? `a ${name}` : 'an object';
  }
  return typeof v === 'undefined' ? 'undefined' : `a ${typeof v} (${String(v).slice(0, 40)})`;
}

function parseOptions(options: unknown, where: string): z.output<typeof ExtractOptionsSchema> {
  const r = ExtractOptionsSchema.safeParse(options ?? {});
  if (!r.success) {
    const i = r.error.issues[0];
    throw new TypeError(`hoidam: ${where}: option ${i.path.join('.') || '(options)'} is invalid: ${i.message}`);
  }
  return r.data;
}

const toDate = (d: Date | string | null | undefined): Date | null =>
  d == null ? null : d instanceof Date ? d : new Date(/T/.test(d) ? d : `${d}T12:00:00Z`);

/** Cuts at the last paragraph break before the limit (or the limit itself). */
function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.lastIndexOf('\n', max);
  return text.slice(0, cut > max / 2 ? cut : max);
}

interface PluginSlot {
  name: string;
  language: ValidatedPlugin['language'];
  base: Chrono | undefined;
  postprocess: ValidatedPlugin['postprocess'];
  validated: () => ValidatedPlugin;
}

// Built-in plugins are module constants, checked by the tests rather than at every start
// (plugin-defaults.ts); each is completed once, not per extractor.
const builtinCache = new WeakMap<HoidamPlugin, ValidatedPlugin>();
function validateBuiltin(p: HoidamPlugin): ValidatedPlugin {
  let v = builtinCache.get(p);
  if (!v) builtinCache.set(p, (v = trustedBuiltin(p)));
  return v;
}

// zod compiles a fast path for each object shape of the record schema (new Function) on its
// first use: ~10 ms of a cold start that the first records never win back. They are checked
// by zod's interpreter instead (same checks, ~0.06 ms slower per record); later ones by the
// compiled path.
const INTERPRETED_RECORDS = 20;
let recordsValidated = 0;

/**
 * Builds an extractor from a base set of plugins (the built-in locales) plus the user's.
 * Entry points choose the base, so a Vietnamese-only bundle never loads the English locale.
 */
export function createExtractorWith(builtinPlugins: readonly HoidamPlugin[], config: ExtractorConfig = {}): Extractor {
  const { plugins: userPlugins = [], ...defaults } = config;
  if (!Array.isArray(userPlugins)) throw new TypeError(`hoidam: createExtractor: plugins must be an array, got ${describe(userPlugins)}`);
  const defaultOptions = parseOptions(defaults, 'createExtractor');
  // The user's plugins are validated now (a bad one throws here); the built-ins, which the
  // tests validate, are completed with their defaults only when an article of their language
  // first needs them: an extractor that reads Vietnamese never touches the English lexicon.
  // What is read before that (name, language, chrono base, hook) is what validation returns
  // unchanged for a valid plugin.
  const plugins: PluginSlot[] = [
    ...builtinPlugins.map((p): PluginSlot => ({
      name: p.name, language: p.language ?? '*', base: p.dates?.base, postprocess: p.postprocess, validated: () => validateBuiltin(p),
    })),
    ...userPlugins.map((p, i): PluginSlot => {
      const v = validatePlugin(p, i);
      return { name: v.name, language: v.language, base: v.dates.base, postprocess: v.postprocess, validated: () => v };
    }),
  ];
  const forLanguage = (lang: Language): ValidatedPlugin[] =>
    plugins.filter((p) => p.language === '*' || p.language === lang).map((p) => p.validated());

  // Compiled lazily per language and kept for the extractor's lifetime.
  const lexicons = new Map<Language, CompiledLexicon>();
  const chronos = new Map<Language, Chrono>();
  const lexiconFor = (lang: Language): CompiledLexicon => {
    let lx = lexicons.get(lang);
    if (!lx) lexicons.set(lang, (lx = compileLexicon(forLanguage(lang))));
    return lx;
  };
  // A language without a locale of its own (ru, und) borrows the first base registered.
  const baseFor = (lang: Language): Chrono => {
    const own = forLanguage(lang).filter((p) => p.dates.base).at(-1)?.dates.base;
    const any = own ?? plugins.find((p) => p.base)?.base;
    if (!any) throw new Error('hoidam: no plugin brings a chrono base (dates.base); include a locale plugin');
    return any;
  };
  const chronoFor = (lang: Language): Chrono => {
    let c = chronos.get(lang);
    if (!c) {
      const base = baseFor(lang);
      const inForce = forLanguage(lang);
      c = base.clone();
      for (const p of inForce) {
        c.parsers.push(...p.dates.parsers);
        c.refiners.push(...p.dates.refiners);
      }
      attachDatePrefilter(c, base, inForce);
      chronos.set(lang, c);
    }
    return c;
  };

  function extract(text: string, options?: ExtractOptions): ArticleRecord {
    if (typeof text !== 'string') {
      throw new TypeError(`hoidam: extract() expects the article text as a string, but got ${describe(text)}`);
    }
    // No options: nothing to validate ({} parses to {}), so skip zod on the common call.
    const opts = options === undefined ? defaultOptions : { ...defaultOptions, ...parseOptions(options, 'extract') };
    const warnings: Warning[] = [];
    const max = opts.maxLength ?? DEFAULT_MAX_LENGTH;
    const source = truncate(text, max);
    if (source.length < text.length) {
      warnings.push({
        code: 'truncated-input',
        message: `The input has ${text.length} characters; only the first ${source.length} (up to a paragraph break within maxLength ${max}) were read.`,
        span: null,
      });
    }
    const nt = normalize(source);
    // Spans are built against the caller's whole input; truncation only shortens what is read.
    const full = source.length < text.length ? { ...nt, input: text } : nt;
    // The tokenizer's pass over the text also tallies its letters by script for detection.
    const tally = !opts.language || opts.language === 'auto' ? newScriptTally() : null;
    const tokens = tokenize(nt.text, 0, nt.text.length, tally);
    const language: Language = tally ? languageOfTally(nt.text, tally) : (opts.language as Language);
    const lexicon = lexiconFor(language);
    // Whether the text has Cyrillic, when the tally read all of it.
    const cyrillic = tally && nt.text.length <= tally.limit ? tally.cyrillic > 0 : undefined;
    const segs = segment(nt.text, lexicon, language, tokens, cyrillic);
    const sents = sentences(segs, tokens);
    const doc: Doc = {
      normalized: full,
      text: nt.text,
      language,
      segments: segs,
      sentences: sents,
      tokens,
      lexicon,
      chrono: chronoFor(language),
      options: { referenceDate: toDate(opts.referenceDate) },
      warnings,
      span: (s, e) => toSpan(full, s, e),
      sentenceAt: (offset) => {
        const k = partitionPoint(sents.length, (i) => sents[i].end <= offset);
        return k < sents.length && sents[k].start <= offset ? k : -1;
      },
    };
    let record: ArticleRecord;
    try {
      record = assemble(doc, recognize(doc));
    } catch (err) {
      // A bug of ours must not cost the caller the article: return what is safe, and say so.
      record = emptyRecord(language, [
        ...warnings,
        { code: 'internal-error', message: `hoidam failed on this input: ${(err as Error)?.message ?? String(err)}`, span: null },
      ]);
    }
    for (const p of plugins) {
      if (!p.postprocess) continue;
      const next = p.validated().postprocess?.(record, { input: text, language });
      if (next) record = next;
    }
    const checked = ArticleRecordSchema.safeParse(record, recordsValidated++ < INTERPRETED_RECORDS ? { jitless: true } : undefined);
    if (!checked.success) {
      const i = checked.error.issues[0];
      return emptyRecord(language, [
        ...record.warnings.filter((w) => WarningSchema.safeParse(w).success),
        { code: 'invalid-record', message: `The record failed validation at ${i.path.join('.')}: ${i.message}`, span: null },
      ]);
    }
    return checked.data;
  }

  return { extract, plugins: plugins.map((p) => p.name) };
}

function emptyRecord(language: Language, warnings: Warning[]): ArticleRecord {
  return {
    schemaVersion: 1, language, title: null, published: null, sources: [], meetings: [], people: [],
    organizations: [], agreements: [], warnings,
  };
}
