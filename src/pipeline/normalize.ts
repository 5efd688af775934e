/**
 * Stage 1: normalize. Produces NFC text with unified line ends and spaces, HTML markup
 * read as layout, and a map from every normalized character back to the range of the
 * caller's input it came from, so that any span found on the normalized text slices the
 * original input exactly.
 *
 * One pass, linear in the input length: every look-ahead is bounded or stops at the next
 * `<`, and searches for closers (`-->`, `</script`) are remembered when they fail.
 */
import type { Span } from '../schema.js';
import { isMark } from '../engine/chars.js';

export interface NormalizedText {
  /** The caller's input, untouched. */
  readonly input: string;
  /**
   * NFC text: CRLF/CR → LF, exotic spaces and control characters → ' ', invisible format
   * characters removed, HTML tags read as a line break (block), nothing (inline) or a space
   * (other), script/style elements and comments dropped, common entities decoded.
   */
  readonly text: string;
  /**
   * `from[i]`: input offset where the source of normalized char i starts. Null when every
   * char i comes from input char i alone (from[i] = i, to[i] = i + 1, as for most articles):
   * then no map is built. See sourceMaps().
   */
  readonly from: Uint32Array | null;
  /** `to[i]`: input offset where the source of normalized char i ends (null: as `from`). */
  readonly to: Uint32Array | null;
}

/** The maps of a normalized text, built for an identity one. */
export function sourceMaps(nt: NormalizedText): { from: Uint32Array; to: Uint32Array } {
  if (nt.from && nt.to) return { from: nt.from, to: nt.to };
  const n = nt.text.length;
  const from = new Uint32Array(n + 1);
  const to = new Uint32Array(n + 1);
  for (let i = 0; i < n; i++) {
    from[i] = i;
    to[i] = i + 1;
  }
  from[n] = to[n] = nt.input.length;
  return { from, to };
}

// Classes of UTF-16 code units, computed once into a table (a regex per character is slow).
const PLAIN = 0; // copied as is
const REMOVE = 1; // carries no text
const SPACE = 2; // reads as ' '
const NEWLINE = 3; // reads as '\n'
const MARK = 4; // combining mark: joins the preceding base before NFC
const NFC1 = 5; // a single character that NFC changes (singletons, exclusions)
const SURROGATE = 6;
const CR = 7;
const AMP = 8;
const LT = 9;

// Zero-width space/joiners, word joiner and invisible operators, BOM, soft hyphen, bidi
// marks, embeddings and isolates, Mongolian vowel separator, combining grapheme joiner.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF\u00AD\u180E\u034F]/;
// Spaces of other widths and control characters read as a plain space.
const SPACE_LIKE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\u0000-\u0008\u000E-\u001F\u007F-\u0084\u0086-\u009F]/;
// Line and paragraph separators (and NEL) end a line like '\n' does.
const LINE_LIKE = /[\u0085\u2028\u2029]/;

// Filled on first sight of each character: building all 65,536 entries up front took
// ~10-20 ms of the first extract() (a cold start cost), and an article meets a few hundred.
const UNSET = 255;
let table: Uint8Array | null = null;

function classOf(c: number): number {
  if (c >= 0xd800 && c <= 0xdfff) return SURROGATE;
  const s = String.fromCharCode(c);
  if (c === 13) return CR;
  if (c === 0x26) return AMP;
  if (c === 0x3c) return LT;
  if (c === 10) return PLAIN;
  if (INVISIBLE.test(s)) return REMOVE;
  if (LINE_LIKE.test(s)) return NEWLINE;
  if (SPACE_LIKE.test(s)) return SPACE;
  if (c >= 0x300 && isMark(c)) return MARK;
  if (c >= 0x300 && s.normalize('NFC') !== s) return NFC1;
  return PLAIN;
}

/** The class of code unit `c`, computed once. */
function cls(c: number): number {
  const t = (table ??= new Uint8Array(0x10000).fill(UNSET));
  const k = t[c];
  return k !== UNSET ? k : (t[c] = classOf(c));
}

// Named entities decoded; numeric ones (&#39; &#x27;) are decoded for any code point.
const ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0', shy: '\u00AD',
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', laquo: '\u00AB', raquo: '\u00BB',
  ldquo: '\u201C', rdquo: '\u201D', lsquo: '\u2018', rsquo: '\u2019', bdquo: '\u201E', sbquo: '\u201A',
  middot: '\u00B7', bull: '\u2022', copy: '\u00A9', reg: '\u00AE', trade: '\u2122', deg: '\u00B0',
  zwj: '\u200D', zwnj: '\u200C', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', minus: '\u2212',
};
const MAX_ENTITY = 12; // "&#x10FFFF;" and the longest name above fit

// Tags that start or end a block read as a line break; inline formatting reads as nothing
// (as a browser renders "<b>Tô</b> Lâm"); any other element (cells, images) reads as a space.
const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'br', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head',
  'header', 'hgroup', 'hr', 'html', 'iframe', 'legend', 'li', 'main', 'menu', 'nav', 'noscript', 'ol', 'option', 'p',
  'pre', 'section', 'select', 'summary', 'table', 'tbody', 'tfoot', 'thead', 'title', 'tr', 'ul',
]);
const INLINE_TAGS = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q',
  's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr', 'nobr', 'big', 'strike',
]);
const OTHER_TAGS = new Set([
  'area', 'audio', 'base', 'button', 'canvas', 'col', 'colgroup', 'embed', 'img', 'input', 'label', 'link', 'map',
  'meta', 'meter', 'object', 'output', 'param', 'picture', 'progress', 'source', 'svg', 'path', 'g', 'td', 'th',
  'textarea', 'track', 'video', 'optgroup', 'datalist', 'slot', 'frame', 'frameset', 'figure', 'image', 'use',
]);
// Elements whose content is not text.
const RAW_TEXT = new Set(['script', 'style', 'template']);
// Longest tag read as markup; a longer '<…>' is text (and the bound keeps scanning linear).
const MAX_TAG = 4096;

const isAlpha = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isNameChar = (c: number): boolean => isAlpha(c) || (c >= 48 && c <= 57) || c === 45 || c === 58 || c === 95;
const isDigit = (c: number, hex: boolean): boolean =>
  (c >= 48 && c <= 57) || (hex && ((c | 32) >= 97 && (c | 32) <= 102));
const isTagSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 12 || c === 13;

/**
 * Walks the input once. A base character with its combining marks (a cluster) is
 * normalized to NFC on its own, and each output unit records the cluster's input range.
 */
export function normalize(input: string): NormalizedText {
  const n = input.length;
  const parts: string[] = [];
  // The maps stay implicit while every output char i comes from input char i alone; the
  // first one that does not builds them (identity up to it). Most articles never do.
  let from: Uint32Array | null = null;
  let to: Uint32Array | null = null;
  let len = 0;
  // NFC may lengthen a cluster (U+0958 → two units), so the maps grow when needed.
  const room = (k: number): void => {
    if (from === null || to === null) {
      from = new Uint32Array(Math.max(n + 1, len + k + 1));
      to = new Uint32Array(from.length);
      for (let q = 0; q < len; q++) {
        from[q] = q;
        to[q] = q + 1;
      }
      return;
    }
    if (len + k + 1 <= from.length) return;
    const size = Math.max(from.length * 2, len + k + 1);
    const f = new Uint32Array(size);
    const t = new Uint32Array(size);
    f.set(from);
    t.set(to);
    from = f;
    to = t;
  };
  /** Output char `len` comes from input [a, b). */
  const place = (a: number, b: number): void => {
    if (from === null && a === len && b === a + 1) {
      len++;
      return;
    }
    room(1);
    from![len] = a;
    to![len] = b;
    len++;
  };
  // Identity output is gathered as input slices, not char by char.
  let run = -1;
  let runEnd = -1;
  const flush = (): void => {
    if (run >= 0) parts.push(input.slice(run, runEnd));
    run = -1;
  };
  const keep = (a: number, b: number): void => {
    for (let k = a; k < b; k++) place(a, b);
    if (run < 0 || runEnd !== a) {
      flush();
      run = a;
    }
    runEnd = b;
  };
  const emit = (s: string, a: number, b: number): void => {
    if (!s) return;
    flush();
    parts.push(s);
    for (let k = 0; k < s.length; k++) place(a, b);
  };
  // A character that did not come from the text itself (a decoded entity) is classed too.
  const emitDecoded = (s: string, a: number, b: number): void => {
    const c = s.charCodeAt(0);
    const k = s.length === 1 ? cls(c) : PLAIN;
    if (k === REMOVE) return;
    if (k === SPACE) return emit(' ', a, b);
    if (k === NEWLINE || k === CR) return emit('\n', a, b);
    if (k === SURROGATE) return emit('\uFFFD', a, b);
    emit(s.normalize('NFC'), a, b);
  };

  // Where the last searches for closers ended: a failed search is not repeated.
  let commentFrom = -1;
  let commentAt = -1;
  const rawClose = new Map<string, { from: number; at: number }>();

  const entity = (i: number): number => {
    // Returns the end of an entity at i, decoding it, or -1.
    const lim = Math.min(n, i + MAX_ENTITY);
    let j = i + 1;
    if (input.charCodeAt(j) === 35 /* # */) {
      j++;
      const hex = (input.charCodeAt(j) | 32) === 120; /* x */
      if (hex) j++;
      const d0 = j;
      while (j < lim && isDigit(input.charCodeAt(j), hex)) j++;
      if (j === d0 || input.charCodeAt(j) !== 59 /* ; */) return -1;
      const cp = parseInt(input.slice(d0, j), hex ? 16 : 10);
      const ch = cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? '\uFFFD' : String.fromCodePoint(cp);
      emitDecoded(ch, i, j + 1);
      return j + 1;
    }
    while (j < lim && isNameChar(input.charCodeAt(j))) j++;
    if (input.charCodeAt(j) !== 59) return -1;
    const ch = ENTITIES[input.slice(i + 1, j).toLowerCase()];
    if (ch === undefined) return -1;
    emitDecoded(ch, i, j + 1);
    return j + 1;
  };

  // The end of the '>' that closes a tag opened at i, or -1. Stops at the next '<', so
  // the scans of different '<' never overlap.
  const tagEnd = (i: number): number => {
    const lim = Math.min(n, i + MAX_TAG);
    let quote = 0;
    for (let j = i + 1; j < lim; j++) {
      const c = input.charCodeAt(j);
      if (c === 60 /* < */) return -1;
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62 /* > */) return j + 1;
    }
    return -1;
  };

  const tag = (i: number): number => {
    // Returns the end of markup at i (having emitted what it reads as), or -1.
    const c1 = input.charCodeAt(i + 1);
    if (c1 === 33 /* ! */ && input.startsWith('<!--', i)) {
      if (commentFrom < 0 || (commentAt >= 0 ? i + 4 > commentAt : i + 4 < commentFrom)) {
        commentFrom = i + 4;
        commentAt = input.indexOf('-->', i + 4);
      }
      if (commentAt < 0) return -1;
      return commentAt + 3; // a comment reads as nothing
    }
    if (c1 === 33 || c1 === 63 /* ? */) {
      // <!DOCTYPE …>, <?xml …?>
      if (!isAlpha(input.charCodeAt(i + 2))) return -1;
      const e = tagEnd(i);
      if (e > 0) emit('\n', i, e);
      return e;
    }
    const closing = c1 === 47; /* / */
    let j = closing ? i + 2 : i + 1;
    const nameStart = j;
    if (!isAlpha(input.charCodeAt(j))) return -1;
    while (j < n && j - nameStart < 32 && isNameChar(input.charCodeAt(j))) j++;
    const after = input.charCodeAt(j);
    if (!(j >= n || isTagSpace(after) || after === 47 || after === 62)) return -1;
    const name = input.slice(nameStart, j).toLowerCase();
    const known = BLOCK_TAGS.has(name) || INLINE_TAGS.has(name) || OTHER_TAGS.has(name) || RAW_TEXT.has(name) || name.includes('-');
    if (!known) return -1;
    const e = tagEnd(j - 1);
    if (e < 0) return -1;
    if (!closing && RAW_TEXT.has(name) && input.charCodeAt(e - 2) !== 47) {
      // The content up to </script> is not text; an unclosed one leaves the rest as text.
      const close = `</${name}`;
      let memo = rawClose.get(name);
      if (!memo || (memo.at >= 0 ? e > memo.at : e < memo.from)) {
        memo = { from: e, at: findCaseless(input, close, e) };
        rawClose.set(name, memo);
      }
      if (memo.at >= 0) {
        const ce = tagEnd(memo.at + close.length - 1);
        const end = ce > 0 ? ce : memo.at + close.length;
        emit('\n', i, end);
        return end;
      }
    }
    if (BLOCK_TAGS.has(name) || RAW_TEXT.has(name)) emit('\n', i, e);
    else if (!INLINE_TAGS.has(name)) emit(' ', i, e);
    else flush();
    return e;
  };

  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    const k = cls(c);
    if (k === REMOVE) {
      i++;
      continue;
    }
    if (k === SPACE) {
      emit(' ', i, i + 1);
      i++;
      continue;
    }
    if (k === NEWLINE) {
      emit('\n', i, i + 1);
      i++;
      continue;
    }
    if (k === CR) {
      const b = input.charCodeAt(i + 1) === 10 ? i + 2 : i + 1;
      emit('\n', i, b);
      i = b;
      continue;
    }
    if (k === AMP) {
      const e = entity(i);
      if (e > 0) {
        i = e;
        continue;
      }
    } else if (k === LT) {
      const e = tag(i);
      if (e > 0) {
        i = e;
        continue;
      }
    }
    if (k === PLAIN) {
      // A run of plain characters is copied as is, in one step (a call per character was most of
      // normalize's time). Its last character is left to the cluster path below when a mark
      // (or a surrogate, which may be one) follows it.
      // The table read inline: most of a text is such runs, so this is normalize's hot loop.
      const t = table!;
      let j = i + 1;
      while (j < n && t[input.charCodeAt(j)] === PLAIN) j++;
      const next = j < n ? cls(input.charCodeAt(j)) : PLAIN;
      const e = next === MARK || next === SURROGATE ? j - 1 : j;
      if (e > i) {
        if (from === null && i === len) len += e - i;
        else for (let q = i; q < e; q++) place(q, q + 1);
        if (run < 0 || runEnd !== i) {
          flush();
          run = i;
        }
        runEnd = e;
        i = e;
        continue;
      }
    }
    // A base character (a surrogate pair counts as one) with the marks that follow it.
    let w = 1;
    if (k === SURROGATE) {
      const d = input.charCodeAt(i + 1);
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) w = 2;
      else {
        // A lone surrogate is not text; it reads as U+FFFD so later stages see valid strings.
        emit('\uFFFD', i, i + 1);
        i++;
        continue;
      }
    }
    let j = i + w;
    let marks = false;
    while (j < n && j - i <= 32) {
      const m = input.charCodeAt(j);
      if (cls(m) === MARK) j++;
      else if (cls(m) === SURROGATE && m <= 0xdbff && j + 1 < n && isMark(input.codePointAt(j)!)) j += 2;
      else break;
      marks = true;
    }
    if (!marks && k !== NFC1 && w === 1) keep(i, i + 1);
    else {
      const cluster = input.slice(i, j);
      const nfc = cluster.normalize('NFC');
      if (nfc === cluster && w === 1 && j === i + 1) keep(i, j);
      else emit(nfc, i, j);
    }
    i = j;
  }
  flush();
  // Identity to the end, unless chars at the end were dropped (the end maps past them).
  if (from === null && len === n) return { input, text: parts.join(''), from: null, to: null };
  room(0);
  const f: Uint32Array = from!;
  const t: Uint32Array = to!;
  f[len] = n;
  t[len] = n;
  return { input, text: parts.join(''), from: f.subarray(0, len + 1), to: t.subarray(0, len + 1) };
}

/** First index ≥ from of `needle` (lower-case ASCII) in s, ignoring ASCII case; -1 if none. */
function findCaseless(s: string, needle: string, fromIndex: number): number {
  const first = needle.charCodeAt(0);
  for (let i = s.indexOf(String.fromCharCode(first), fromIndex); i >= 0; i = s.indexOf(String.fromCharCode(first), i + 1)) {
    let k = 1;
    while (k < needle.length && (s.charCodeAt(i + k) | 32) === (needle.charCodeAt(k) | 32)) k++;
    if (k === needle.length) return i;
  }
  return -1;
}

/** Maps a normalized range to a span of the caller's input. */
export function toSpan(nt: NormalizedText, start: number, end: number): Span {
  const s = Math.max(0, Math.min(start, nt.text.length));
  const e = Math.max(s, Math.min(end, nt.text.length));
  const a = nt.from ? nt.from[s] : s;
  const b = e > s ? (nt.to ? nt.to[e - 1] : e) : a;
  return { start: a, end: b, text: nt.input.slice(a, b) };
}
