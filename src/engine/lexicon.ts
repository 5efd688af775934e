/**
 * Compiles the lexicons of the plugins that apply to one language into phrase matchers.
 * Later plugins override earlier entries for the same phrase.
 */
import { PhraseMatcher } from './phrases.js';
import { phraseKey } from './tokens.js';
import type {
  AgreementKindEntry, BoilerplateEntry, CountryEntry, EventCue, Lexicon, OrganizationEntry, OrganizationHeadEntry, PlaceEntry, RankEntry,
  TitleEntry, TriggerEntry, ValidatedPlugin, WordEntry,
} from '../plugin.js';

export interface CountryHit {
  readonly entry: CountryEntry;
  /** Matched an adjective or people form ("Russian") rather than the country's name. */
  readonly adjective: boolean;
}

export interface CompiledLexicon {
  readonly ranks: PhraseMatcher<RankEntry>;
  readonly titles: PhraseMatcher<TitleEntry>;
  readonly organizations: PhraseMatcher<OrganizationEntry>;
  /** Short forms of bodies that count only right after a title. */
  readonly organizationsAfterTitle: PhraseMatcher<OrganizationEntry>;
  readonly countries: PhraseMatcher<CountryHit>;
  readonly places: PhraseMatcher<PlaceEntry>;
  readonly triggers: PhraseMatcher<TriggerEntry>;
  readonly agreementKinds: PhraseMatcher<AgreementKindEntry>;
  readonly honorifics: PhraseMatcher<WordEntry>;
  readonly notNames: PhraseMatcher<WordEntry>;
  readonly boilerplate: PhraseMatcher<BoilerplateEntry>;
  readonly outlets: PhraseMatcher<WordEntry>;
  /** Event cues by phrase; one phrase may carry several cues ("tại": venue and reference). */
  readonly eventCues: PhraseMatcher<ReadonlySet<EventCue>>;
  /** Words that start the name of a body the lexicon does not know. */
  readonly organizationHeads: PhraseMatcher<OrganizationHeadEntry>;
  /** Every lexicon entry by code, for lookups by value (organization ids, country names). */
  readonly organizationList: readonly OrganizationEntry[];
  readonly countryByCode: ReadonlyMap<string, CountryEntry>;
  /** Plugins' name finders for this language (see HoidamPlugin.nameFinder). */
  readonly nameFinders: ReadonlyArray<(text: string) => Array<{ start: number; end: number }>>;
}

export function mergeLexicons(lexicons: readonly Lexicon[]): Lexicon {
  const merged: Lexicon = {
    ranks: [], titles: [], organizations: [], countries: [], places: [], triggers: [], agreementKinds: [],
    honorifics: [], notNames: [], boilerplate: [], outlets: [], organizationHeads: [], eventCues: [],
  };
  for (const lx of lexicons) {
    for (const k of Object.keys(merged) as (keyof Lexicon)[]) {
      (merged[k] as unknown[]).push(...(lx[k] as unknown[]));
    }
  }
  return merged;
}

export function compileLexicon(plugins: readonly ValidatedPlugin[]): CompiledLexicon {
  const lx = mergeLexicons(plugins.map((p) => p.lexicon));
  const byText = <T extends { text: string }>(entries: readonly T[]): PhraseMatcher<T> => {
    const m = new PhraseMatcher<T>();
    for (const e of entries) m.add(e.text, e);
    return m;
  };
  const organizations = new PhraseMatcher<OrganizationEntry>();
  const organizationsAfterTitle = new PhraseMatcher<OrganizationEntry>();
  for (const o of lx.organizations) {
    for (const n of o.names) organizations.add(n, o);
    for (const n of o.afterTitle) organizationsAfterTitle.add(n, o);
  }
  const countries = new PhraseMatcher<CountryHit>();
  const countryByCode = new Map<string, CountryEntry>();
  for (const c of lx.countries) {
    for (const n of c.names) countries.add(n, { entry: c, adjective: false });
    for (const n of c.adjectives) countries.add(n, { entry: c, adjective: true });
    if (!countryByCode.has(c.code)) countryByCode.set(c.code, c);
  }
  const eventCues = new PhraseMatcher<ReadonlySet<EventCue>>();
  const cueSets = new Map<string, Set<EventCue>>();
  for (const c of lx.eventCues) {
    const key = phraseKey(c.text);
    let set = cueSets.get(key);
    if (!set) {
      cueSets.set(key, (set = new Set()));
      eventCues.add(c.text, set);
    }
    set.add(c.cue);
  }
  const places = new PhraseMatcher<PlaceEntry>();
  for (const p of lx.places) for (const n of p.names) places.add(n, p);
  return {
    ranks: byText(lx.ranks),
    titles: byText(lx.titles),
    organizations,
    organizationsAfterTitle,
    countries,
    places,
    triggers: byText(lx.triggers),
    agreementKinds: byText(lx.agreementKinds),
    honorifics: byText(lx.honorifics),
    notNames: byText(lx.notNames),
    boilerplate: byText(lx.boilerplate),
    outlets: byText(lx.outlets),
    eventCues,
    organizationHeads: byText(lx.organizationHeads),
    organizationList: lx.organizations,
    countryByCode,
    nameFinders: plugins.flatMap((p) => (p.nameFinder ? [p.nameFinder] : [])),
  };
}
