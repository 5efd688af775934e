/**
 * The record contract of `shared/spec/record.md` as zod schemas: the single source of
 * truth at runtime. Every TypeScript type users import is inferred from these.
 */
import * as z from 'zod/mini';
import { $constructor, $ZodObjectJIT, type $strip, type $ZodLooseShape } from 'zod/v4/core';
import { en } from 'zod/v4/locales';

// zod/mini, the functional build: its schemas carry no methods, so building ours at import
// costs a fraction of classic zod's, and so does the bundle. Issue messages in English, as
// classic zod has them by default; hoidam bundles its own zod, so this never reaches a user's.
z.config(en());

// zod/mini's objects are read by zod's interpreter alone. Classic zod's objects also compile a
// parser for their shape on first use (with `new Function`, where the runtime allows it;
// elsewhere, and under `{ jitless: true }`, the interpreter runs): the same checks and issues,
// and less work per record. This is zod/mini's object built on classic's compiling core.
type ObjectDef = z.ZodMiniObject['_zod']['def'];
const initCompiled: (inst: z.ZodMiniObject, def: ObjectDef) => void = $ZodObjectJIT.init;
const initMini: (inst: z.ZodMiniObject, def: ObjectDef) => void = z.ZodMiniType.init;
const ZodMiniObjectCompiled = $constructor('ZodMiniObject', (inst: z.ZodMiniObject, def: ObjectDef) => {
  initCompiled(inst, def);
  initMini(inst, def);
});

/** `z.object` of zod/mini, with a compiled parser (see above). */
function object<S extends $ZodLooseShape>(shape: S): z.ZodMiniObject<S, $strip> {
  return new ZodMiniObjectCompiled({ type: 'object', shape }) as unknown as z.ZodMiniObject<S, $strip>;
}

export const SpanSchema = object({
  /** UTF-16 offset into the caller's input, inclusive. */
  start: z.int().check(z.nonnegative()),
  /** UTF-16 offset into the caller's input, exclusive. */
  end: z.int().check(z.nonnegative()),
  /** `input.slice(start, end)`. */
  text: z.string(),
});

export const PART_OF_DAY = ['morning', 'noon', 'afternoon', 'evening', 'night'] as const;
export const PartOfDaySchema = z.enum(PART_OF_DAY);

export const DatePointSchema = object({
  year: z.nullable(z.int()),
  month: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
  day: z.nullable(z.int().check(z.minimum(1), z.maximum(31))),
  iso: z.string(),
});

export const PartialDateSchema = object({
  iso: z.string(),
  year: z.nullable(z.int()),
  month: z.nullable(z.int().check(z.minimum(1), z.maximum(12))),
  day: z.nullable(z.int().check(z.minimum(1), z.maximum(31))),
  end: z.nullable(DatePointSchema),
  partOfDay: z.nullable(PartOfDaySchema),
  time: z.nullable(z.string()),
  yearSource: z.nullable(z.enum(['explicit', 'published', 'reference'])),
  span: SpanSchema,
});

export const MEETING_KINDS = [
  'talks', 'reception', 'call', 'dialogue', 'consultation', 'ceremony', 'signing', 'visit', 'conference', 'meeting',
] as const;
export const MeetingKindSchema = z.enum(MEETING_KINDS);

export const PARTICIPANT_ROLES = ['host', 'guest', 'delegation_head', 'signatory', 'witness', 'participant'] as const;
export const ParticipantRoleSchema = z.enum(PARTICIPANT_ROLES);

export const VenueSchema = object({
  text: z.string(),
  place: z.nullable(z.string()),
  city: z.nullable(z.string()),
  country: z.nullable(z.string()),
  span: SpanSchema,
});

export const CountryCodeSchema = z.string().check(z.regex(/^[A-Z]{2}$/));

export const MeetingSchema = object({
  kind: MeetingKindSchema,
  online: z.boolean(),
  date: z.nullable(PartialDateSchema),
  venue: z.nullable(VenueSchema),
  participants: z.array(object({ person: z.string(), role: ParticipantRoleSchema })),
  countries: z.array(CountryCodeSchema),
  agreements: z.array(z.string()),
  /** The words that name the event ("hội đàm", "held talks"); an addition to the spec. */
  trigger: z.nullable(SpanSchema),
  span: SpanSchema,
});

export const RANK_CODES = [
  'marshal', 'general', 'colonel_general', 'lieutenant_general', 'major_general',
  'senior_colonel', 'colonel', 'lieutenant_colonel', 'major',
  'captain', 'senior_lieutenant', 'lieutenant', 'junior_lieutenant',
  'admiral_of_the_fleet', 'admiral', 'vice_admiral', 'rear_admiral',
  'other',
] as const;
export const RankCodeSchema = z.enum(RANK_CODES);
export const ServiceSchema = z.nullable(z.enum(['military', 'police']));

export const RankSchema = object({
  text: z.string(),
  code: RankCodeSchema,
  english: z.string(),
  service: ServiceSchema,
  span: SpanSchema,
});

export const ROLE_CODES = [
  'head_of_state', 'head_of_government', 'deputy_prime_minister', 'party_general_secretary',
  'politburo_member', 'central_committee_member', 'parliament_chair',
  'minister', 'first_deputy_minister', 'deputy_minister', 'state_secretary',
  'chief_of_general_staff', 'commander', 'director', 'deputy_director',
  'security_council_secretary', 'deputy_security_council_secretary',
  'chairman', 'deputy_chairman', 'ambassador', 'presidential_aide',
  'press_secretary', 'spokesperson', 'other',
] as const;
export const RoleCodeSchema = z.enum(ROLE_CODES);

export const TitleSchema = object({
  text: z.string(),
  role: RoleCodeSchema,
  english: z.string(),
  organization: z.nullable(z.string()),
  span: SpanSchema,
});

export const PersonSchema = object({
  id: z.string(),
  name: z.string(),
  key: z.string(),
  aliases: z.array(z.string()),
  country: z.nullable(CountryCodeSchema),
  rank: z.nullable(RankSchema),
  titles: z.array(TitleSchema),
  mentions: z.array(SpanSchema),
});

export const ORGANIZATION_KINDS = [
  'ministry', 'council', 'committee', 'agency', 'armed_forces', 'party', 'parliament', 'embassy', 'government', 'other',
] as const;
export const OrganizationKindSchema = z.enum(ORGANIZATION_KINDS);

export const OrganizationSchema = object({
  id: z.string(),
  name: z.string(),
  english: z.nullable(z.string()),
  acronym: z.nullable(z.string()),
  country: z.nullable(CountryCodeSchema),
  kind: OrganizationKindSchema,
  mentions: z.array(SpanSchema),
});

export const AGREEMENT_KINDS = [
  'agreement', 'memorandum', 'action_program', 'plan', 'protocol', 'treaty', 'program', 'other',
] as const;
export const AgreementKindSchema = z.enum(AGREEMENT_KINDS);

export const AgreementSchema = object({
  id: z.string(),
  name: z.string(),
  kind: AgreementKindSchema,
  parties: z.array(z.string()),
  period: z.nullable(object({ from: z.int(), to: z.int() })),
  signed: z.nullable(PartialDateSchema),
  status: z.enum(['signed', 'draft', 'proposed', 'mentioned']),
  signedAtMeeting: z.boolean(),
  signatories: z.array(z.string()),
  span: SpanSchema,
});

export const WarningSchema = object({
  code: z.string(),
  message: z.string(),
  span: z.nullable(SpanSchema),
});

export const LanguageSchema = z.enum(['vi', 'en', 'ru', 'und']);

export const ArticleRecordSchema = object({
  schemaVersion: z.literal(1),
  language: LanguageSchema,
  title: z.nullable(z.string()),
  published: z.nullable(PartialDateSchema),
  sources: z.array(z.string()),
  meetings: z.array(MeetingSchema),
  people: z.array(PersonSchema),
  organizations: z.array(OrganizationSchema),
  agreements: z.array(AgreementSchema),
  warnings: z.array(WarningSchema),
});

export type Span = z.infer<typeof SpanSchema>;
export type PartOfDay = z.infer<typeof PartOfDaySchema>;
export type DatePoint = z.infer<typeof DatePointSchema>;
export type PartialDate = z.infer<typeof PartialDateSchema>;
export type MeetingKind = z.infer<typeof MeetingKindSchema>;
export type ParticipantRole = z.infer<typeof ParticipantRoleSchema>;
export type Venue = z.infer<typeof VenueSchema>;
export type Meeting = z.infer<typeof MeetingSchema>;
export type RankCode = z.infer<typeof RankCodeSchema>;
export type Rank = z.infer<typeof RankSchema>;
export type RoleCode = z.infer<typeof RoleCodeSchema>;
export type Title = z.infer<typeof TitleSchema>;
export type Person = z.infer<typeof PersonSchema>;
export type OrganizationKind = z.infer<typeof OrganizationKindSchema>;
export type Organization = z.infer<typeof OrganizationSchema>;
export type AgreementKind = z.infer<typeof AgreementKindSchema>;
export type Agreement = z.infer<typeof AgreementSchema>;
export type Warning = z.infer<typeof WarningSchema>;
export type Language = z.infer<typeof LanguageSchema>;
export type ArticleRecord = z.infer<typeof ArticleRecordSchema>;

/** The record's JSON Schema (draft 2020-12), for users outside TypeScript. */
export function recordJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(ArticleRecordSchema) as Record<string, unknown>;
}
