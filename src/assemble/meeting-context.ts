/** What meeting assembly shares across its parts: the draft of a meeting and the context. */
import type { Analysis, DateMention, Doc } from '../pipeline/types.js';
import type { Meeting, MeetingKind, Venue } from '../schema.js';
import { tokenAt } from '../engine/tokens.js';
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
}

export const tok = (doc: Doc, offset: number): number => tokenAt(doc.tokens, offset);
