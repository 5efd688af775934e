/**
 * The review view: one self-contained HTML page (inline CSS and script, no network) with the
 * article's text, every extracted value highlighted by type, and the record as cards.
 */
import type { ArticleRecord } from '../schema.js';
import { renderCards } from './cards.js';
import { esc } from './escape.js';
import { buildModel, formatDate, HIGHLIGHT_TYPES } from './model.js';
import { SCRIPT, SCRIPT_SHA256 } from './script.js';
import { articleSegments, type ArticleSegment } from './segments.js';
import { STYLES } from './styles.js';
import { renderText } from './text.js';

export interface RenderOptions {
  /**
   * Where the headline, captions, credits and cut-away boilerplate are, in input offsets.
   * Default: computed with articleSegments() and the built-in locales, as extract() does;
   * pass your own when you extracted with plugins, or null to draw no segments.
   */
  segments?: readonly ArticleSegment[] | null;
  /** The page's <title>; default "hoidam review" plus the article's headline. */
  pageTitle?: string;
  /** Shown as the article's heading, e.g. its file name. */
  name?: string;
}

export interface ReviewArticle {
  text: string;
  record: ArticleRecord;
  /** Shown in the table of contents and the section header, e.g. the file name. */
  name?: string;
  segments?: readonly ArticleSegment[] | null;
}

const LEGEND_LABELS: Record<(typeof HIGHLIGHT_TYPES)[number], string> = {
  date: 'date', venue: 'venue', person: 'person', rank: 'rank', title: 'title',
  organization: 'organization', agreement: 'agreement', trigger: 'meeting word',
};

function legend(): string {
  const items = HIGHLIGHT_TYPES.map((t) =>
    `<li><button type="button" class="k-${t}" data-toggle="${t}" aria-pressed="true">${LEGEND_LABELS[t]}</button></li>`);
  items.push('<li><button type="button" class="k-meeting" data-toggle="meeting" aria-pressed="true">meeting sentence</button></li>');
  items.push('<li><span class="static">greyed: cut away (not the article)</span></li>');
  return `<ul class="legend" aria-label="Legend: click to hide or show a type">${items.join('')}</ul>`;
}

const plural = (n: number, one: string, many: string): string => `${n} ${n === 1 ? one : many}`;
const counts = (r: ArticleRecord): string => [
  plural(r.meetings.length, 'meeting', 'meetings'), plural(r.people.length, 'person', 'people'),
  plural(r.organizations.length, 'organization', 'organizations'), plural(r.agreements.length, 'agreement', 'agreements'),
].join(' · ');

function section(a: ReviewArticle, index: number): string {
  const { text, record } = a;
  const segments = a.segments === undefined
    ? articleSegments(text, { language: record.language })
    : a.segments ?? [];
  const model = buildModel(text, record, segments, `a${index}`);
  // The headline is already the text's first line; a name (a file) is worth a heading.
  const meta = [
    a.name ? `<h2>${esc(a.name)}</h2>` : '',
    a.name && record.title ? `<span>${esc(record.title)}</span>` : '',
    `<span>language: ${esc(record.language)}</span>`,
    `<span>${counts(record)}</span>`,
    record.published ? `<span>published: ${esc(formatDate(record.published))}</span>` : '',
    record.sources.length ? `<span>sources: ${esc(record.sources.join(', '))}</span>` : '',
  ].join('');
  return `<section class="article" id="article-${index + 1}" aria-label="${esc(a.name ?? record.title ?? `Article ${index + 1}`)}">`
    + `<div class="meta">${meta}</div>`
    + `<div class="text" lang="${esc(record.language === 'und' ? '' : record.language)}">${renderText(text, model.layers)}</div>`
    + `<div class="cards">${renderCards(record, model)}</div>`
    + '</section>';
}

function page(title: string, body: string): string {
  // Nothing may load from anywhere; the one inline script runs by its hash.
  const csp = `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${SCRIPT_SHA256}'; base-uri 'none'; form-action 'none'`;
  return '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">'
    + `<meta http-equiv="Content-Security-Policy" content="${csp}">`
    + '<meta name="viewport" content="width=device-width,initial-scale=1">'
    + `<title>${esc(title)}</title><style>${STYLES}</style></head><body>`
    + `<header class="top"><h1>hoidam review</h1>${legend()}</header>`
    + body
    + `<div id="tip" role="tooltip" hidden></div><script>${SCRIPT}</script></body></html>\n`;
}

/**
 * One article and its record as a self-contained HTML page. Pure: returns a string.
 * Every piece of the article and the record is escaped, so the page shows them as text.
 */
export function renderHtml(text: string, record: ArticleRecord, options: RenderOptions = {}): string {
  if (typeof text !== 'string') throw new TypeError('hoidam: renderHtml() expects the article text as a string');
  const title = options.pageTitle ?? (record.title ? `hoidam review: ${record.title}` : 'hoidam review');
  return page(title, section({ text, record, segments: options.segments, name: options.name }, 0));
}

/** Several articles on one page, with a table of contents linking to each one's section. */
export function renderHtmlMany(articles: readonly ReviewArticle[], options: Pick<RenderOptions, 'pageTitle'> = {}): string {
  const toc = articles.map((a, i) => {
    const r = a.record;
    const name = a.name ?? r.title ?? `Article ${i + 1}`;
    const sub = a.name && r.title ? ` — ${esc(r.title)}` : '';
    return `<li><a href="#article-${i + 1}">${esc(name)}</a>${sub} <small>(${counts(r)})</small></li>`;
  });
  const nav = `<nav class="toc" aria-label="Articles"><h2>${articles.length} articles</h2><ol>${toc.join('')}</ol></nav>`;
  return page(options.pageTitle ?? `hoidam review: ${articles.length} articles`, nav + articles.map(section).join(''));
}
