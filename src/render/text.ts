/**
 * The article text with its layers as well-nested HTML. Spans may nest (a title holding an
 * organization) or cross (rare, but a record is data we do not control): the text is cut at
 * every span boundary and, piece by piece, the covering layers are opened outermost first,
 * so a crossing span is simply continued in a second element.
 */
import type { HighlightType, Layer } from './model.js';
import { esc } from './escape.js';

const HIGHLIGHTS = new Set<string>(['date', 'venue', 'person', 'rank', 'title', 'organization', 'agreement', 'trigger']);
export const isHighlight = (t: string): t is HighlightType => HIGHLIGHTS.has(t);

function openTag(l: Layer, first: boolean): string {
  const tip = l.tips.length ? ` title="${esc(l.tips.join('\n'))}"` : '';
  const cont = first ? '' : ' cont';
  if (isHighlight(l.type)) {
    // Only the first fragment is a tab stop: one value, one stop.
    return `<mark class="hl hl-${l.type}${cont}" data-k="${l.key}"${tip}${first ? ' tabindex="0"' : ''}>`;
  }
  if (l.type === 'warning') return `<span class="warn${cont}" data-k="${l.key}"${tip}${first ? ' tabindex="0"' : ''}>`;
  if (l.type === 'meeting') {
    const badge = first && l.badge ? ` data-badge="${esc(l.badge)}"` : '';
    return `<span class="sent${cont}" data-k="${l.key}"${tip}${badge}>`;
  }
  return `<span class="${l.type}" data-k="${l.key}">`;
}

const closeTag = (l: Layer): string => (isHighlight(l.type) ? '</mark>' : '</span>');

export function renderText(text: string, layers: readonly Layer[]): string {
  // A total order in which every container precedes what it contains.
  const order = [...layers].sort((a, b) => a.start - b.start || b.end - a.end || a.priority - b.priority);
  const rank = new Map(order.map((l, i) => [l, i]));
  const cuts = [...new Set([0, text.length, ...order.flatMap((l) => [l.start, l.end])])].sort((a, b) => a - b);
  const started = new Set<Layer>();
  const out: string[] = [];
  let open: Layer[] = [];
  let active: Layer[] = [];
  let next = 0;
  for (let c = 0; c + 1 < cuts.length; c++) {
    const a = cuts[c];
    const b = cuts[c + 1];
    active = active.filter((l) => l.end > a);
    while (next < order.length && order[next].start <= a) active.push(order[next++]);
    active.sort((x, y) => rank.get(x)! - rank.get(y)!);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep] === active[keep]) keep++;
    for (let k = open.length - 1; k >= keep; k--) out.push(closeTag(open[k]));
    for (let k = keep; k < active.length; k++) {
      out.push(openTag(active[k], !started.has(active[k])));
      started.add(active[k]);
    }
    open = active.slice();
    out.push(esc(text.slice(a, b)));
  }
  for (let k = open.length - 1; k >= 0; k--) out.push(closeTag(open[k]));
  return out.join('');
}
