/**
 * Stage 4: recognizers. Each finds one kind of thing in the body, headline and captions
 * and records it as a mention on the normalized text; later recognizers may use earlier ones.
 */
import type { Analysis, Doc } from '../pipeline/types.js';
import { recognizeDates } from './dates.js';
import { recognizeRanks } from './ranks.js';
import { recognizeOrganizations } from './organizations.js';
import { recognizeCountries } from './countries.js';
import { recognizeTitles } from './titles.js';
import { recognizePlaces } from './places.js';
import { recognizePeople } from './people.js';
import { recognizeTriggers } from './triggers.js';
import { recognizeAgreements } from './agreements.js';
import { recognizeSources } from './sources.js';

export function recognize(doc: Doc): Analysis {
  const a: Analysis = {
    published: null, dates: [], ranks: [], organizations: [], countries: [], titles: [], people: [],
    places: [], triggers: [], agreements: [], sources: [],
  };
  const dates = recognizeDates(doc);
  a.published = dates.published;
  a.dates = dates.dates;
  a.ranks = recognizeRanks(doc);
  a.organizations = recognizeOrganizations(doc, a);
  a.countries = recognizeCountries(doc, a);
  a.titles = recognizeTitles(doc, a);
  a.places = recognizePlaces(doc, a);
  a.people = recognizePeople(doc, a);
  // "Trần Thị Nga", "Nguyễn Minh Đức": a country word that is part of a name names no country.
  if (a.people.length) a.countries = outsideNames(a);
  a.triggers = recognizeTriggers(doc, a);
  a.agreements = recognizeAgreements(doc, a);
  a.sources = recognizeSources(doc);
  return a;
}

/** Country mentions not inside a person's name (people sorted by start; a two-pointer sweep, linear). */
function outsideNames(a: Analysis): Analysis['countries'] {
  const sorted = a.countries.map((c, i) => [c, i] as const).sort((x, y) => x[0].start - y[0].start || x[1] - y[1]);
  const drop = new Set<number>();
  let k = 0;
  for (const [c, i] of sorted) {
    while (k < a.people.length && a.people[k].end <= c.start) k++;
    const p = a.people[k];
    if (p && c.start >= p.start && c.end <= p.end) drop.add(i);
  }
  return drop.size ? a.countries.filter((_, i) => !drop.has(i)) : a.countries;
}
