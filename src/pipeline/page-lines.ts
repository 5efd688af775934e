/**
 * Lines a scraped page carries above and around the article: a site's menu or breadcrumb
 * ("Trang chủ | Thời sự | Kinh tế", "Thời sự › Chính trị", "Home   News   Politics") and a line
 * that is only the page's date ("Thứ Ba, 14-05-2024, 20:35", "Published: 16/09/2024 21:40
 * GMT+7", "March 21, 2024 - 16:05", "Updated 2024-04-07 09:30"). Both are told by their shape
 * (separators, digits, few words), not by any outlet's words, and read in one pass each.
 */
import { isAsciiDigit, isLetter, oneCharOf } from '../engine/chars.js';
import { isSpaceCode } from '../engine/tokens.js';

/** Characters that separate the items of a menu; the breadcrumb ones make two items enough. */
const MENU_SEPARATORS = '|•·';
const CRUMB_SEPARATORS = '›»>/';
/** An item of a menu is a label: a few words ("Hoạt động của Lãnh đạo Bộ"), never a sentence. */
const MAX_ITEM_WORDS = 6;
const MAX_ITEM_LENGTH = 40;

/**
 * A menu or breadcrumb line: three or more short items separated by "|", "•", "·" or runs of
 * two or more spaces, or two or more separated by "›", "»", ">" or a spaced "/".
 */
export function isNavigationLine(t: string): boolean {
  let items = 0;
  let crumb = false;
  let words = 0;
  let length = 0;
  let inWord = false;
  const close = (): boolean => {
    if (length > 0) {
      items++;
      if (words > MAX_ITEM_WORDS || length > MAX_ITEM_LENGTH) return false;
    }
    words = 0;
    length = 0;
    inWord = false;
    return true;
  };
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    const ch = t[i];
    const spaced = (i === 0 || isSpaceCode(t.charCodeAt(i - 1))) && (i + 1 === t.length || isSpaceCode(t.charCodeAt(i + 1)));
    if (MENU_SEPARATORS.includes(ch) || (CRUMB_SEPARATORS.includes(ch) && spaced)) {
      if (CRUMB_SEPARATORS.includes(ch)) crumb = true;
      if (!close()) return false;
      continue;
    }
    if (isSpaceCode(c)) {
      // Two spaces or more (or a tab) between labels: "Trang chủ   Giới thiệu   Tin tức".
      if (c === 9 || (i + 1 < t.length && isSpaceCode(t.charCodeAt(i + 1)) && length > 0)) {
        if (!close()) return false;
        while (i + 1 < t.length && isSpaceCode(t.charCodeAt(i + 1))) i++;
        continue;
      }
      inWord = false;
      if (length > 0) length++;
      continue;
    }
    if (!inWord) words++;
    inWord = true;
    length++;
  }
  if (!close()) return false;
  return items >= 3 || (crumb && items >= 2);
}

/** Whether the run of digits t[i, j) is a year 1900–2099. */
const isYear = (t: string, i: number, j: number): boolean => j - i === 4 && (t.startsWith('19', i) || t.startsWith('20', i));

/** A line this long or longer is text, not a date line. */
const MAX_DATE_LINE = 60;
/** Words a date line may hold beside its numbers: weekday, month, "Published", "GMT", "lúc"… */
const MAX_DATE_LINE_WORDS = 4;
/** What ends a word inside a date line: "Thứ Ba,", "GMT+7", "(GMT+7)", "Published:". */
const isDateLineJoiner = oneCharOf(',.:;()|/+-–');

/**
 * A line that is only a date (and time): two or more runs of digits, one of them a year
 * 1900–2099, and at most four words ("Thứ Ba", "Published", "January", "GMT", "pm").
 */
export function isDateOnlyLine(t: string): boolean {
  if (t.length > MAX_DATE_LINE) return false;
  let numbers = 0;
  let year = false;
  let words = 0;
  for (let i = 0; i < t.length; ) {
    const c = t.charCodeAt(i);
    if (isAsciiDigit(c)) {
      let j = i;
      while (j < t.length && isAsciiDigit(t.charCodeAt(j))) j++;
      numbers++;
      if (isYear(t, i, j)) year = true;
      i = j;
      continue;
    }
    const cp = t.codePointAt(i)!;
    if (isLetter(cp)) {
      words++;
      if (words > MAX_DATE_LINE_WORDS) return false;
      // The rest of the word: letters and marks (Vietnamese tone marks may stand apart in NFD).
      let j = i + (cp > 0xffff ? 2 : 1);
      while (j < t.length && !isAsciiDigit(t.charCodeAt(j)) && !isSpaceCode(t.charCodeAt(j)) && !isDateLineJoiner(t[j])) j++;
      i = j;
      continue;
    }
    i += cp > 0xffff ? 2 : 1;
  }
  return year && numbers >= 2;
}

/** Whether a line holds a four-digit year 1900–2099 standing alone (not inside a longer number). */
export function hasYear(t: string): boolean {
  for (let i = 0; i < t.length; ) {
    if (!isAsciiDigit(t.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i;
    while (j < t.length && isAsciiDigit(t.charCodeAt(j))) j++;
    if (isYear(t, i, j)) return true;
    i = j;
  }
  return false;
}
