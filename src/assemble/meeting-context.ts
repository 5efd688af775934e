/** What meeting assembly shares across its parts: the draft of a meeting and the context. */
import type {
  Analysis, CountryMention, DateMention, Doc, OrganizationMention, PersonMention, TitleMention,
} from '../pipeline/types.js';
import type { Meeting, MeetingKind, Venue } from '../schema.js';
import { tokenAt } from '../engine/tokens.js';
import type { CueHit } from '../recognize/cues.js';
import { within } from '../engine/search.js';
import type { OrganizationIndex } from './organizations.js';
import type { PeopleIndex } from './people.js';

export type Role = Meeting['participants'][number]['role'];

export interface MeetingDraft {
  kind: MeetingKind;
  online: boolean;
  /** Sentence that reports it. */
  sentence: number;
  date: DateMention | null;
  venue: Venue | null;
  participants: Map<string, Role>;
  /** Sentences that were read as part of this meeting. */
  sentences: Set<number>;
  agreements: string[];
  /** The words that name it. */
  trigger: { start: number; end: number } | null;
  /** Told in passing (an earlier signing): later sentences and attendees never join it. */
  aside?: boolean;
  /** The token of the signing word of such a signing. */
  signWord?: number;
}

/** Dates that can be a meeting's day. */
export const EVENTISH = new Set(['event', 'other', 'past']);

export interface MeetingContext {
  doc: Doc;
  a: Analysis;
  people: PeopleIndex;
  orgs: OrganizationIndex;
  /** The document's range look-ups and indexes, shared by every part of assembly. */
  lookups: DocLookups;
}

export function meetingContext(doc: Doc, a: Analysis, orgs: OrganizationIndex, people: PeopleIndex): MeetingContext {
  return { doc, a, orgs, people, lookups: new DocLookups(a, people) };
}

type Within<T> = (start: number, end: number) => T[];

/**
 * Per document: range look-ups over the recognizers' lists (sorted once, then binary search;
 * scanning every mention per question made long inputs quadratic) and indexes derived from
 * the analysis, each built on its first use. The lists are not changed after recognition.
 */
export class DocLookups {
  private titles: Within<TitleMention> | null = null;
  private organizations: Within<OrganizationMention> | null = null;
  private countries: Within<CountryMention> | null = null;
  private named: Set<TitleMention> | null = null;
  private starts: number[] | null = null;
  private holders: Map<unknown, Set<string>> | null = null;
  /**
   * Per sentence: answers that depend on the sentence alone (its meeting dates, its people, its
   * cue positions), computed on first use: assembly asks for them once per trigger and clause.
   */
  readonly sentenceDates = new Map<number, DateMention[]>();
  readonly sentencePeople = new Map<number, PersonMention[]>();
  readonly sentenceCues = new Map<number, SentenceCues>();

  constructor(private readonly a: Analysis, private readonly people: PeopleIndex) {}

  /** Title mentions within [start, end], in list order. */
  titlesWithin(start: number, end: number): TitleMention[] {
    return (this.titles ??= within(this.a.titles))(start, end);
  }

  /** Organization mentions within [start, end], in list order. */
  organizationsWithin(start: number, end: number): OrganizationMention[] {
    return (this.organizations ??= within(this.a.organizations))(start, end);
  }

  /** Country mentions within [start, end], in list order. */
  countriesWithin(start: number, end: number): CountryMention[] {
    return (this.countries ??= within(this.a.countries))(start, end);
  }

  /** Titles people hold by name. */
  namedTitles(): Set<TitleMention> {
    if (this.named) return this.named;
    const named = new Set<TitleMention>();
    for (const p of this.a.people) for (const t of p.titles) named.add(t);
    return (this.named = named);
  }

  /** The starts of every title, rank and person mention, sorted. */
  mentionStarts(): number[] {
    return (this.starts ??= [...this.a.titles, ...this.a.ranks, ...this.a.people].map((m) => m.start).sort((i, j) => i - j));
  }

  /** The people who hold each title entry, by their named mentions. */
  holdersByEntry(): Map<unknown, Set<string>> {
    if (this.holders) return this.holders;
    const m = new Map<unknown, Set<string>>();
    for (const p of this.a.people) {
      const id = this.people.idOf(p);
      if (!id) continue;
      for (const x of p.titles) {
        if (!m.has(x.entry)) m.set(x.entry, new Set());
        m.get(x.entry)!.add(id);
      }
    }
    return (this.holders = m);
  }
}

/** Where a sentence's participant cues stand (the token each starts at), for participantsOf. */
export interface SentenceCues {
  readonly invited: readonly number[];
  readonly witness: readonly number[];
  readonly heads: readonly CueHit[];
  readonly signs: readonly number[];
  readonly attending: boolean;
  readonly outcome: readonly number[];
}

export const tok = (doc: Doc, offset: number): number => tokenAt(doc.tokens, offset);

/**
 * A per-sentence answer from its memo on DocLookups, made by `make` on first use. `make` is a
 * module function taking the context and the sentence, so no closure is made per call.
 */
export function perSentence<T>(memo: Map<number, T>, ctx: MeetingContext, si: number, make: (ctx: MeetingContext, si: number) => T): T {
  let v = memo.get(si);
  if (v === undefined) memo.set(si, (v = make(ctx, si)));
  return v;
}
