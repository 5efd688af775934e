/**
 * The one way to extend hoidam: a plugin adds lexicon entries (declarative data), chrono
 * date parsers and refiners, and a hook on the finished record. The built-in locales are
 * plugins registered through this same mechanism.
 */
import * as z from 'zod/mini';
import type { Chrono, Parser, Refiner } from 'chrono-node';
import {
  AgreementKindSchema, ArticleRecordSchema, MeetingKindSchema, OrganizationKindSchema, RankCodeSchema,
  RoleCodeSchema, ServiceSchema, type ArticleRecord,
} from './schema.js';

const phrase = z.string().check(z.minLength(1), z.maxLength(200));
/** An English gloss: what a non-English entry means (documentation, shown in reviews). */
const gloss = z.optional(z.string().check(z.maxLength(300)));
const country = z.string().check(z.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code such as "VN"'));

export const RankEntrySchema = z.object({
  text: phrase,
  code: RankCodeSchema,
  english: z.string(),
  service: z._default(ServiceSchema, null),
  gloss,
});

export const TitleEntrySchema = z.object({
  text: phrase,
  role: RoleCodeSchema,
  english: z.string(),
  /** Roles of a body ("Bộ trưởng" + "Bộ Công an"): an organization may follow the title. */
  takesOrganization: z._default(z.boolean(), true),
  /** When the title alone fixes the body ("Tổng Tham mưu trưởng" → General Staff). */
  organization: z._default(z.nullable(z.string()), null),
  gloss,
});

export const OrganizationEntrySchema = z.object({
  /** Every written form: full names, short forms, abbreviations. The first is canonical. */
  names: z.array(phrase).check(z.minLength(1)),
  /** Forms valid only right after a title: "Bộ trưởng Công an", "Minister of Defence". */
  afterTitle: z._default(z.array(phrase), []),
  english: z.string(),
  acronym: z._default(z.nullable(z.string()), null),
  country: z._default(z.nullable(country), null),
  kind: OrganizationKindSchema,
  gloss,
});

export const CountryEntrySchema = z.object({
  names: z.array(phrase).check(z.minLength(1)),
  code: country,
  /** Adjective and people forms: "Vietnamese", "Russian". */
  adjectives: z._default(z.array(phrase), []),
  english: z.string(),
  gloss,
});

export const PlaceEntrySchema = z.object({
  names: z.array(phrase).check(z.minLength(1)),
  /** Canonical English exonym: "Moscow", "Ho Chi Minh City". */
  city: z.string(),
  country,
  gloss,
});

export const TriggerEntrySchema = z.object({
  text: phrase,
  kind: MeetingKindSchema,
  online: z._default(z.boolean(), false),
  /**
   * The visitor is the subject: "X paid a courtesy call on Y", "X chào xã giao Y". The one
   * named right after the words is the host, everyone else a guest.
   */
  guestFirst: z._default(z.boolean(), false),
  gloss,
});

export const AgreementKindEntrySchema = z.object({
  text: phrase,
  kind: AgreementKindSchema,
  /**
   * The words name a document also in lower case, when an indefinite article or a signing or
   * drafting word stands right before them: "signed a memorandum of understanding on …",
   * "an action plan for 2024-2026". Generic words ("plan", "program") leave it false.
   */
  lowerCase: z._default(z.boolean(), false),
  gloss,
});

export const WordEntrySchema = z.object({ text: phrase, gloss });

/**
 * Function words around meetings and documents that change how a trigger or a name is read:
 * "tiếp tục" blocks "tiếp", "Tại Hội đàm" refers back, "Trước đó" starts a separate event, …
 */
export const EVENT_CUES = [
  'block',      // contains a trigger word but is not one: "tiếp tục" (continue)
  'reference',  // before a trigger, points back at a reported event: "Tại", "Kết thúc", "During"
  'separate',   // opens a separate event: "Trước đó", "Earlier"
  'sameDay',    // a separate event on the previous one's day: "Cùng ngày", "the same day"
  'after',      // right after the previous event, same day and place: "Ngay sau"
  'purpose',    // the trigger is a purpose, not a report: "để", "nhằm"
  'future',     // planned, not held: "sẽ", "will"
  'welcomed',   // what follows in the sentence is welcomed, not reported: "chào mừng Đoàn … sang thăm, dự Đối thoại"
  'aspect',     // a verb marker that makes a visit the main clause: "đã", "đang có"
  'online',     // "trực tuyến", "video conference"
  'attend',     // also present: "Cùng dự", "also attended"
  'invited',    // by invitation of (the inviter did not take part): "theo lời mời của"
  'head',       // heads a delegation: "dẫn đầu", "làm Trưởng đoàn", "led by"
  'witness',    // "dưới sự chứng kiến của", "witnessed by"
  'sign',       // signing verb: "ký kết", "signed"
  'past',       // a past clause before a signing verb: "từ khi", "since"
  'draft',      // "dự thảo", "draft"
  'proposed',   // "đề xuất", "proposed"
  'nameEnd',    // ends a document's name: "giai đoạn", "ký ngày"
  'periodHead', // introduces a period: "giai đoạn", "for"
  'venue',      // introduces a venue: "tại", "at", "in"
  'morning',    // parts of the day before "cùng ngày" (the same day): "Sáng cùng ngày" is the morning of
  'noon',       // the day of the event reported before; the code is the record's partOfDay
  'afternoon',
  'evening',
  'night',
  'possessive', // "của", "of": after a visit word, names who made that visit ("chuyến thăm … của Tổng thống X")
  'motion',     // a motion word whose object is where a visit went: "tới", "sang", "thăm"; a venue for visits only
  'cityPrefix', // "thủ đô", "TP", "capital"
  'countryPrefix', // a state's form before its name, part of the country's mention: "Cộng hòa Chile", "Vương quốc Thái Lan"
  'placeHead',  // a building or institution as a venue: "trụ sở", "Đại sứ quán", "headquarters"
  'plural',     // before a title, makes it a common noun: "hai Thủ tướng", "các Bộ trưởng", "both ministers"
  'list',       // introduces the members of a list: "trong đó có", "gồm", "including"
  'outcome',    // the results of an event someone else held: "the outcomes of" (whoever names it before did not take part)
  'roleAs',     // before a lower-case title in apposition: "in his capacity as", "who is also"
  'agent',      // after a signing word, introduces the signers: "signed by"
  'indefinite', // an indefinite article, which may open a document named in lower case: "a", "an"
  'determiner', // after "and", opens another noun phrase and so ends a document's name: "the", "its"
  'consensus',  // a document word read as consensus, not a document: "reached an agreement"
  'under',      // between two bodies, puts the first under the second: "thuộc", "trực thuộc" (the first takes its country)
  'clause',     // a verb after "và"/"and" that opens a new clause and so ends a document's name: "nhất trí", "mong muốn"
] as const;

export const EventCueEntrySchema = z.object({
  text: phrase,
  cue: z.enum(EVENT_CUES),
  gloss,
});

/** A word that starts the name of a body the lexicon does not know: "Bộ", "Ủy ban", "Ministry". */
export const OrganizationHeadEntrySchema = z.object({
  text: phrase,
  kind: OrganizationKindSchema,
  english: z.string(),
  gloss,
});

export const BoilerplateEntrySchema = z.object({
  text: phrase,
  /** related: related-news lists; footer: site footers; comment: comment boxes; credit: source lines. */
  kind: z.enum(['related', 'footer', 'comment', 'credit']),
  gloss,
});

const lexiconShape = {
  ranks: z._default(z.array(RankEntrySchema), []),
  titles: z._default(z.array(TitleEntrySchema), []),
  organizations: z._default(z.array(OrganizationEntrySchema), []),
  countries: z._default(z.array(CountryEntrySchema), []),
  places: z._default(z.array(PlaceEntrySchema), []),
  triggers: z._default(z.array(TriggerEntrySchema), []),
  agreementKinds: z._default(z.array(AgreementKindEntrySchema), []),
  /** "ông", "bà", "ngài", "Mr". */
  honorifics: z._default(z.array(WordEntrySchema), []),
  /** Capitalised words that never start or continue a person's name. */
  notNames: z._default(z.array(WordEntrySchema), []),
  /** Lines that start related-news lists, footers, comment boxes, or credit a source. */
  boilerplate: z._default(z.array(BoilerplateEntrySchema), []),
  /** Credited agencies and outlets: "TTXVN", "Sputnik". */
  outlets: z._default(z.array(WordEntrySchema), []),
  /** Function words around meetings and documents (see EVENT_CUES). */
  eventCues: z._default(z.array(EventCueEntrySchema), []),
  /** Words that start the name of an unknown body ("Bộ X", "Ủy ban X", "Ministry of X"). */
  organizationHeads: z._default(z.array(OrganizationHeadEntrySchema), []),
};

export const LexiconSchema = z.object(lexiconShape);

export type RankEntry = z.output<typeof RankEntrySchema>;
export type TitleEntry = z.output<typeof TitleEntrySchema>;
export type OrganizationEntry = z.output<typeof OrganizationEntrySchema>;
export type CountryEntry = z.output<typeof CountryEntrySchema>;
export type PlaceEntry = z.output<typeof PlaceEntrySchema>;
export type TriggerEntry = z.output<typeof TriggerEntrySchema>;
export type AgreementKindEntry = z.output<typeof AgreementKindEntrySchema>;
export type WordEntry = z.output<typeof WordEntrySchema>;
export type EventCueEntry = z.output<typeof EventCueEntrySchema>;
export type EventCue = EventCueEntry['cue'];
export type OrganizationHeadEntry = z.output<typeof OrganizationHeadEntrySchema>;
export type BoilerplateEntry = z.output<typeof BoilerplateEntrySchema>;
export type Lexicon = z.output<typeof LexiconSchema>;
export type LexiconInput = z.input<typeof LexiconSchema>;

export const PLUGIN_LANGUAGES = ['vi', 'en', 'ru', '*'] as const;
export type PluginLanguage = (typeof PLUGIN_LANGUAGES)[number];

/** Context handed to a plugin's record hook. */
export interface PostprocessContext {
  readonly input: string;
  readonly language: ArticleRecord['language'];
}

export interface HoidamPlugin {
  /** Names the plugin in errors. */
  name: string;
  /** Which article languages the plugin's lexicon and date rules apply to; default '*'. */
  language?: PluginLanguage;
  lexicon?: LexiconInput;
  /**
   * chrono-node date rules. `base` is the chrono instance a locale starts from (e.g.
   * `casual` from 'chrono-node/vi'); the extractor clones it and pushes every plugin's
   * `parsers` and `refiners` into its own clone. Bases come from locale sub-paths so an
   * entry never loads chrono's other languages.
   */
  dates?: {
    base?: Chrono;
    parsers?: Parser[];
    refiners?: Refiner[];
    /**
     * Date cues: words without which this plugin's base, parsers and refiners find no date
     * in a sentence that has no ASCII digit (e.g. "hôm qua", "thứ Sáu"), each with an
     * English gloss. Matched case-insensitively anywhere in the sentence, the words of a cue
     * separated by any whitespace or none. When every plugin in force that brings date rules
     * declares cues (an empty list: its rules always need a digit), chrono skips the
     * sentences that have neither a digit nor a cue. A plugin that brings rules without
     * `cues` turns that skipping off, so its rules see every sentence.
     */
    cues?: Array<{ text: string; gloss?: string }>;
  };
  /**
   * Finds candidate person names in (normalized) text that the lexicon rules cannot, e.g.
   * with an NLP library; returns ranges into `text`. Used for this plugin's language only.
   */
  nameFinder?: (text: string) => Array<{ start: number; end: number }>;
  /** Runs on the finished record; return a new record or mutate and return nothing. */
  postprocess?: (record: ArticleRecord, context: PostprocessContext) => ArticleRecord | void;
}

const fn = z.custom<(...args: never[]) => unknown>((v) => typeof v === 'function', 'a function');
const parserLike = z.custom<Parser>(
  (v) => !!v && typeof v === 'object' && typeof (v as Parser).pattern === 'function' && typeof (v as Parser).extract === 'function',
  'a chrono Parser: { pattern(context), extract(context, match) }',
);
const chronoLike = z.custom<Chrono>(
  (v) => !!v && typeof v === 'object' && typeof (v as Chrono).clone === 'function' && Array.isArray((v as Chrono).parsers),
  'a chrono instance (e.g. casual from chrono-node/vi)',
);
const refinerLike = z.custom<Refiner>(
  (v) => !!v && typeof v === 'object' && typeof (v as Refiner).refine === 'function',
  'a chrono Refiner: { refine(context, results) }',
);

export const PluginSchema = z.strictObject({
  name: z.string().check(z.minLength(1), z.maxLength(100)),
  language: z._default(z.enum(PLUGIN_LANGUAGES), '*'),
  lexicon: z._default(z.strictObject(lexiconShape), () => LexiconSchema.parse({})),
  dates: z._default(z.strictObject({
    base: z.optional(chronoLike),
    parsers: z._default(z.array(parserLike), []),
    refiners: z._default(z.array(refinerLike), []),
    cues: z.optional(z.array(WordEntrySchema)),
  }), { parsers: [], refiners: [] }),
  nameFinder: z.optional(fn),
  postprocess: z.optional(fn),
});

export type ValidatedPlugin = Omit<z.output<typeof PluginSchema>, 'postprocess' | 'nameFinder'> & {
  nameFinder?: HoidamPlugin['nameFinder'];
  postprocess?: HoidamPlugin['postprocess'];
};

/** Helps authors: identity at runtime, full typing at the call site. */
export function definePlugin(plugin: HoidamPlugin): HoidamPlugin {
  return plugin;
}

/**
 * Validates a plugin and returns a frozen copy. A bad plugin throws an error that names
 * the plugin and the offending field.
 */
export function validatePlugin(plugin: unknown, position = 0): ValidatedPlugin {
  const label = plugin && typeof plugin === 'object' && typeof (plugin as { name?: unknown }).name === 'string'
    ? `"${(plugin as { name: string }).name}"`
    : `#${position + 1}`;
  // jitless: a plugin is checked once, so zod compiling a fast path for each of the schema's
  // ~15 object shapes (new Function) costs more than it saves (a cold start cost).
  const result = PluginSchema.safeParse(plugin, { jitless: true });
  if (!result.success) {
    const issue = result.error.issues[0];
    const where = issue.path.length ? issue.path.join('.') : '(the plugin itself)';
    throw new TypeError(`hoidam: plugin ${label} is invalid at ${where}: ${issue.message}`);
  }
  return result.data as ValidatedPlugin;
}

export { ArticleRecordSchema };
