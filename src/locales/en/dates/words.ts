/** English date words as data: what a date is of, and words that make a year a date. */
import type { AboutCue } from '../../../recognize/dates/rules.js';

export const aboutCues: AboutCue[] = [
  { text: 'anniversary', value: 'anniversary', gloss: 'anniversary' },
  { text: 'signed', value: 'signing', gloss: 'signed' },
  { text: 'sign', value: 'signing', gloss: 'sign' },
  { text: 'signing', value: 'signing', gloss: 'signing' },
  { text: 'inked', value: 'signing', gloss: 'signed (press usage)' },
  { text: 'for', value: 'period', when: 'noMonth', gloss: 'for (a programme\'s years)' },
  { text: 'since', value: 'past', when: 'noDay', gloss: 'since' },
  { text: 'established', value: 'past', when: 'noDay', gloss: 'established' },
  { text: 'in', value: 'past', when: 'noMonth', gloss: 'in (a year)' },
  { text: 'back in', value: 'past', when: 'noDay', gloss: 'back in' },
];

/** Words right before a bare year that make it a date: "in 2012", "since 2001". */
export const yearPrepositions = ['in', 'since', 'until', 'by', 'from', 'of', 'year'];

/** What a preposition makes of the year it opens: "since 2012" is background. */
export const yearAbout: Record<string, 'past'> = { since: 'past' };

/**
 * Words before a year range that belong to its match. The Vietnamese "năm" (year): the range
 * parser was the Vietnamese one until it moved to src/recognize/dates/year-range.ts, and
 * kept here it reads English text as it always did ("năm 2016-2018" quoted in English).
 */
export const yearRangePrefixes = [{ text: 'năm' }];

/** Month names that are also common words; a lower-case one alone is the word. */
export const ambiguousMonths = ['may', 'march'];

/** Periods counted from the article's date: too vague for the record. */
export const vaguePeriods = ['this year', 'last year', 'next year', 'this month', 'last month', 'next month',
  'this week', 'last week', 'next week', 'the past year', 'the coming year'].map((text) => ({ text }));

/** Reporting words right before a date: the day a statement was made ("the ministry said on Saturday"), not the meeting's. */
export const reportWords = ['said', 'reported', 'announced', 'stated', 'said in a statement', 'said in a press release', 'reported in a statement'];
