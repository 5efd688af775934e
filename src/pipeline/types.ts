/**
 * What the stages hand each other. Every offset here is into the normalized text;
 * `Doc.span()` turns a range into a span of the caller's input at the very end.
 */
import type { Chrono } from 'chrono-node';
import type { CompiledLexicon, CountryHit } from '../engine/lexicon.js';
import type { Token } from '../engine/tokens.js';
import type {
  AgreementKind, Language, MeetingKind, OrganizationKind, PartOfDay, Span, Warning,
} from '../schema.js';
import type { PlaceEntry, RankEntry, TitleEntry } from '../plugin.js';
import type { NormalizedText } from './normalize.js';

export type SegmentKind =
  | 'title'        // the headline
  | 'header'       // "date 2021-01-01" header or a dateline "Thứ năm 20/05/2021 17:42 GMT + 7"
  | 'body'         // article paragraphs
  | 'caption'      // photo captions (people count; they do not report meetings)
  | 'credit'       // "Ảnh: Doãn Tấn/TTXVN", "(TTXVN/Vietnam+)", "Theo VOV", author lines
  | 'boilerplate'; // related news, footers, comment boxes: nothing comes from here

export interface Segment {
  readonly kind: SegmentKind;
  readonly start: number;
  readonly end: number;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index into Doc.segments. */
  readonly segment: number;
  readonly kind: SegmentKind;
  /** Token range [tokenFrom, tokenTo) in Doc.tokens. */
  readonly tokenFrom: number;
  readonly tokenTo: number;
}

export interface DateParts {
  year: number | null;
  month: number | null;
  day: number | null;
}

export interface DateValue extends DateParts {
  end: DateParts | null;
  partOfDay: PartOfDay | null;
  time: string | null;
  yearSource: 'explicit' | 'published' | 'reference' | null;
}

export interface DateMention {
  readonly start: number;
  readonly end: number;
  readonly value: DateValue;
  /** Index into Doc.sentences, or -1 outside sentences (headers). */
  readonly sentence: number;
  /** Only a weekday or a relative word ("on Tuesday", "hôm qua") with no day of its own. */
  readonly weak: boolean;
  /** What the date is of, from its local context (see DateAbout). */
  readonly about: DateAbout;
}

/**
 * event: a meeting's day ("Chiều 21/3, tại …", attached to a meeting word); signing: "ký ngày
 * 06/9/2018"; period: a programme's years ("giai đoạn 2016-2018"); anniversary: "kỷ niệm 70
 * năm …"; past: background years ("vào năm 2001", "since 2012"); report: the day a statement
 * was issued ("thông báo đưa ra hôm 21/11"), not an event's; dateline: the wire
 * dateline's own date ("MOSCOW (Sputnik - 10th November, 2020)"); other: anything else.
 */
export type DateAbout = 'event' | 'signing' | 'period' | 'anniversary' | 'past' | 'report' | 'dateline' | 'other';

export interface RankMention {
  readonly start: number;
  readonly end: number;
  readonly entry: RankEntry;
}

export interface OrganizationInfo {
  name: string;
  english: string | null;
  acronym: string | null;
  country: string | null;
  kind: OrganizationKind;
  /** Identity across mentions: canonical name for known bodies, folded text otherwise. */
  key: string;
  /** The country is a default (a Vietnamese article's own bodies), not named in the text. */
  countryAssumed?: boolean;
}

export interface OrganizationMention {
  readonly start: number;
  readonly end: number;
  readonly org: OrganizationInfo;
}

export interface CountryMention {
  readonly start: number;
  readonly end: number;
  readonly hit: CountryHit;
}

export interface TitleMention {
  readonly start: number;
  readonly end: number;
  readonly entry: TitleEntry;
  readonly organization: OrganizationMention | null;
  /** Country the title itself names ("Bộ trưởng Nội vụ Nga" → RU). */
  readonly country: string | null;
}

export interface PersonMention {
  /** The name only, without rank, title or honorific. */
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly rank: RankMention | null;
  readonly titles: TitleMention[];
  readonly honorific: boolean;
  readonly country: string | null;
  readonly sentence: number;
}

export interface PlaceMention {
  readonly start: number;
  readonly end: number;
  readonly entry: PlaceEntry;
}

export interface TriggerMention {
  readonly start: number;
  readonly end: number;
  readonly kind: MeetingKind;
  readonly online: boolean;
  readonly sentence: number;
  /** The visitor is named before the words, the host after them ("paid a courtesy call on"). */
  readonly guestFirst?: boolean;
}

export interface AgreementMention {
  readonly start: number;
  readonly end: number;
  readonly name: string;
  readonly kind: AgreementKind;
  readonly period: { from: number; to: number } | null;
  readonly signed: DateMention | null;
  readonly status: 'signed' | 'draft' | 'proposed' | 'mentioned';
  readonly sentence: number;
  /** The sentence reports the signing as it happens ("Hai bên ký Bản ghi nhớ …"), not an earlier one. */
  readonly signedHere?: boolean;
  /** Token index where the name starts (after any opening quote). */
  readonly tokenFrom?: number;
}

/** Everything the recognizers found; assembly turns it into the record. */
export interface Analysis {
  published: DateMention | null;
  dates: DateMention[];
  ranks: RankMention[];
  organizations: OrganizationMention[];
  countries: CountryMention[];
  titles: TitleMention[];
  people: PersonMention[];
  places: PlaceMention[];
  triggers: TriggerMention[];
  agreements: AgreementMention[];
  sources: string[];
}

export interface DocOptions {
  referenceDate: Date | null;
}

/** The article as every stage after normalization sees it. */
export interface Doc {
  readonly normalized: NormalizedText;
  /** Normalized text (same as normalized.text). */
  readonly text: string;
  readonly language: Language;
  readonly segments: readonly Segment[];
  readonly sentences: readonly Sentence[];
  /** Tokens of the whole normalized text. */
  readonly tokens: readonly Token[];
  readonly lexicon: CompiledLexicon;
  readonly chrono: Chrono;
  readonly options: DocOptions;
  readonly warnings: Warning[];
  /** Maps a normalized range to a span of the caller's input. */
  span(start: number, end: number): Span;
  /** The sentence holding a normalized offset, or -1. */
  sentenceAt(offset: number): number;
}
