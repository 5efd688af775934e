/**
 * A meeting's venue from the sentence that reports it: "tại Hà Nội", "tại Thủ đô Moscow của
 * Liên bang Nga", "tại trụ sở Bộ Công an", "at the Ministry of Internal Affairs of Russia",
 * "tại Liên bang Nga" (country only). A capitalised dateline ("MOSCOW, June 11") is not a venue:
 * a venue needs its preposition.
 */
import type { MeetingKind, Venue } from '../schema.js';
import type { TitleMention } from '../pipeline/types.js';
import { tokenAt } from '../engine/tokens.js';
import type { MeetingContext } from './meetings.js';

// Words that may continue an institution's name in English ("Ministry of Internal Affairs of Russia").
const NAME_GLUE = new Set(['of', 'the', 'for', 'and', '&', '-']);

export function findVenue(ctx: MeetingContext, si: number, kind: MeetingKind | null = null): Venue | null {
  const { doc, a } = ctx;
  const s = doc.sentences[si];
  const { tokens, lexicon } = doc;
  let own: TitleMention[] | null = null;
  for (let i = s.tokenFrom; i < s.tokenTo; i++) {
    const cue = lexicon.eventCues.matchAt(tokens, i, s.tokenTo);
    // "tới", "sang" name where a visit went; a call about "chuyến thăm … tới Việt Nam" was not held there.
    if (!cue || !(cue.value.has('venue') || (kind === 'visit' && cue.value.has('motion')))) continue;
    // "Đại sứ Nga tại Việt Nam" is a title, not where the meeting was.
    const at = tokens[i].start;
    // Only the sentence's own titles count (a headline's ambassador is no reason to skip the lead's "tại").
    // (Filtered once, at the first such word.)
    own ??= a.titles.filter((t) => t.start >= s.start && t.end <= s.end);
    const posting = own.some((t) => t.entry.role === 'ambassador' && t.end <= at && at - t.end < 40 && doc.text.slice(t.end, at).split(' ').length <= 6);
    // Nor is a posting the title took in ("Đại sứ Trung Quốc tại Việt Nam").
    if (own.some((t) => t.start < at && at < t.end)) continue;
    if (a.agreements.some((g) => at >= g.start && at < g.end)) continue;
    const v = venueAt(ctx, cue.to, s.tokenTo);
    // A building after an ambassador's name is where they were received ("Ambassador X at the Presidential Palace").
    if (v && (!posting || v.place)) return v;
  }
  return null;
}

/** A venue starting at token j (right after the preposition). */
export function venueAt(ctx: MeetingContext, j: number, limit: number): Venue | null {
  const { doc, a } = ctx;
  const { tokens, lexicon } = doc;
  if (j >= limit) return null;
  const start = tokens[j].start;
  let k = j;
  const prefix = lexicon.eventCues.matchAt(tokens, k, limit);
  if (prefix?.value.has('cityPrefix')) k = prefix.to;
  // The gazetteer may hold the prefixed form itself ("TP Hồ Chí Minh").
  const place = a.places.find((p) => p.start === start) ?? a.places.find((p) => p.start === tokens[k]?.start);
  if (place) {
    let end = place.end;
    let country = place.entry.country;
    // "Thủ đô Moscow của Liên bang Nga", "Moscow, Russia"
    const after = tokenAt(tokens, end);
    const ofTok = tokens[after];
    if (ofTok && after < limit && (ofTok.lower === 'của' || ofTok.text === ',')) {
      const c = a.countries.find((m) => m.start === tokens[after + 1]?.start);
      if (c && c.hit.entry.code === country) end = c.end;
    }
    if (!country) country = null as never;
    return { text: doc.text.slice(start, end), place: null, city: place.entry.city, country, span: doc.span(start, end) };
  }
  if (prefix?.value.has('cityPrefix')) return null;
  // A building or institution: "trụ sở Bộ Công an", "Đại sứ quán Việt Nam tại Liên bang Nga", "the Ministry of …".
  let h = j;
  if (tokens[h]?.lower === 'the') h++;
  let head = lexicon.eventCues.matchAt(tokens, h, limit);
  // "the Peace Palace", "the Friendship Hall": capitalised words closed by a building word.
  if (!head?.value.has('placeHead')) {
    for (let q = h + 1; q < Math.min(limit, h + 5) && tokens[q - 1].cap && !tokens[q].lineBefore; q++) {
      const m = tokens[q].cap ? lexicon.eventCues.matchAt(tokens, q, limit) : null;
      if (m?.value.has('placeHead') && !a.organizations.some((o) => o.start === tokens[h].start)) {
        head = { ...m, from: h };
        break;
      }
    }
  }
  const org = a.organizations.find((o) => o.start === tokens[h]?.start);
  if ((head && head.value.has('placeHead')) || org) {
    let e = head && head.value.has('placeHead') ? head.to : h;
    const orgAfter = a.organizations.find((o) => o.start === tokens[e]?.start) ?? (e === h ? org : undefined);
    if (orgAfter) {
      e = tokenAt(tokens, orgAfter.end);
      // "the Government headquarters", "the Ministry of Public Security's headquarters"
      let q = e;
      if (q + 1 < limit && /^['’]$/u.test(tokens[q].text) && tokens[q + 1].lower === 's') q += 2;
      const tail = lexicon.eventCues.matchAt(tokens, q, limit);
      if (tail?.value.has('placeHead') && !tokens[q].cap) e = tail.to;
    }
    // Capitalised words (and English glue between them) continue the name.
    while (e < limit && !tokens[e].lineBefore && (tokens[e].cap || (NAME_GLUE.has(tokens[e].lower) && tokens[e + 1]?.cap))) e++;
    let end = tokens[e - 1].end;
    let building = 0;
    let country: string | null = orgAfter?.org.country ?? null;
    // "… tại Liên bang Nga", "… of Russia": the country the building is in.
    const tail = tokens[e];
    if (tail && e < limit && (tail.lower === 'tại' || tail.lower === 'ở' || tail.lower === 'in')) {
      const c = a.countries.find((m) => m.start === tokens[e + 1]?.start && !m.hit.adjective);
      if (c) {
        end = c.end;
        country = c.hit.entry.code;
      }
      // "the Peace Palace in Phnom Penh", "trụ sở Bộ Quốc phòng Nga ở Thủ đô Moscow": the city the building is in.
      let q = e + 1;
      const cityPrefix = q < limit ? lexicon.eventCues.matchAt(tokens, q, limit) : null;
      if (cityPrefix?.value.has('cityPrefix')) q = cityPrefix.to;
      const town = c ? undefined : a.places.find((p) => p.start === tokens[q]?.start);
      if (town) {
        building = end;
        end = town.end;
      }
    } else if (tail && e + 1 < limit && tail.text === ',') {
      // "tại trụ sở Bộ Công an, Hà Nội, …": the city after a comma, closed by another comma or the sentence's end.
      const town = a.places.find((p) => p.start === tokens[e + 1].start);
      const next = town ? tokenAt(tokens, town.end) : -1;
      if (town && (next >= limit || tokens[next].text === ',' || tokens[next].text === '.')) {
        building = end;
        end = town.end;
      }
    }
    const inside = a.countries.filter((m) => m.start >= tokens[j].start && m.end <= end && !m.hit.adjective);
    if (inside.length) country = inside[inside.length - 1].hit.entry.code;
    const city = a.places.find((p) => p.start >= tokens[j].start && p.end <= end);
    // A bare head is no venue ("tại trụ sở,"), unless it is written as a proper name itself
    // ("tại Phủ Chủ tịch", "tại Nhà Quốc hội": a capital past its first word).
    const named = !!head && head.value.has('placeHead') && (tokens.slice(h + 1, head.to).some((t) => t.cap) || (tokens[h].cap && head.from > h));
    if (end <= (head?.end ?? tokens[h].start) && !orgAfter && !named) return null;
    const text = doc.text.slice(tokens[h].start, end);
    return {
      text, place: building ? doc.text.slice(tokens[h].start, building) : text, city: city?.entry.city ?? null, country: country ?? city?.entry.country ?? null,
      span: doc.span(tokens[h].start, end),
    };
  }
  // A country alone: "tại Liên bang Nga", "in Russia".
  const c = a.countries.find((m) => m.start === tokens[j].start && !m.hit.adjective);
  // "at Vietnam's initiative" is not a place.
  const possessive = c && /^['’]$/u.test(doc.text.slice(c.end, c.end + 1));
  if (c && !possessive) return { text: doc.text.slice(c.start, c.end), place: null, city: null, country: c.hit.entry.code, span: doc.span(c.start, c.end) };
  return null;
}
