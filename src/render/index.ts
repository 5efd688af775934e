/** The review view: the article with every extracted value highlighted, as one HTML page. */
export { renderHtml, renderHtmlMany, type RenderOptions, type ReviewArticle } from './html.js';
export { articleSegments, type ArticleSegment, type ArticleSegmentKind, type SegmentOptions } from './segments.js';
