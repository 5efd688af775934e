/**
 * A small reader for the review page's article pane, for tests in Node: checks that the
 * tags nest, gives back the text, and collects each highlight's text by its key.
 */
export interface Element { tag: string; attrs: Record<string, string>; text: string }

const unescape = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!);

/** The raw HTML of each article's text pane. */
export function textPanes(html: string): string[] {
  const out: string[] = [];
  const re = /<div class="text"[^>]*>([\s\S]*?)<\/div>/g;
  for (let m = re.exec(html); m; m = re.exec(html)) out.push(m[1]);
  return out;
}

/**
 * Reads a pane: throws when a closing tag does not match the open one; returns the text and
 * every element (fragments of one highlight share a data-k) with the text inside it.
 */
export function readPane(pane: string): { text: string; elements: Element[] } {
  const stack: Element[] = [];
  const elements: Element[] = [];
  let text = '';
  const re = /<(\/?)([a-z]+)((?:\s+[a-z-]+="[^"]*")*)\s*>|([^<]+)/g;
  let consumed = 0;
  for (let m = re.exec(pane); m; m = re.exec(pane)) {
    if (m.index !== consumed) throw new Error(`unreadable markup at ${consumed}: ${pane.slice(consumed, consumed + 40)}`);
    consumed = re.lastIndex;
    if (m[4] !== undefined) {
      if (/[<>]/.test(m[4])) throw new Error('raw angle bracket in text');
      const t = unescape(m[4]);
      text += t;
      for (const e of stack) e.text += t;
    } else if (m[1]) {
      const top = stack.pop();
      if (!top || top.tag !== m[2]) throw new Error(`</${m[2]}> closes <${top?.tag ?? 'nothing'}>`);
    } else {
      const attrs: Record<string, string> = {};
      for (const a of m[3].matchAll(/([a-z-]+)="([^"]*)"/g)) attrs[a[1]] = unescape(a[2]);
      const el = { tag: m[2], attrs, text: '' };
      stack.push(el);
      elements.push(el);
    }
  }
  if (consumed !== pane.length) throw new Error('unreadable markup at the end');
  if (stack.length) throw new Error(`unclosed <${stack[stack.length - 1].tag}>`);
  return { text, elements };
}

/** Highlight text by key, fragments joined in order, with the highlight's type. */
export function highlights(elements: Element[]): Map<string, { type: string; text: string }> {
  const out = new Map<string, { type: string; text: string }>();
  for (const e of elements) {
    const type = /\bhl-([a-z]+)/.exec(e.attrs.class ?? '')?.[1];
    if (!type) continue;
    const k = e.attrs['data-k'];
    const prev = out.get(k);
    out.set(k, { type, text: (prev?.text ?? '') + e.text });
  }
  return out;
}
