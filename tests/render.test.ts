import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { articleSegments, extract, renderHtml, renderHtmlMany, type ArticleRecord, type Span } from '../src/index.js';
import { spansOf, type Layer } from '../src/render/model.js';
import { SCRIPT, SCRIPT_SHA256 } from '../src/render/script.js';
import { renderText } from '../src/render/text.js';
import { highlights, readPane, textPanes } from './browser/review-html.js';
import { groundGold, SEED0_EXTRAS, seedsWithGold } from './browser/review-record.js';

const seeds = seedsWithGold();
const seed0 = seeds[0];
const record0 = groundGold(seed0.text, seed0.gold, SEED0_EXTRAS);

const at = (text: string, needle: string, from = 0): Span => {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length, text: needle };
};

function emptyRecord(over: Partial<ArticleRecord> = {}): ArticleRecord {
  return {
    schemaVersion: 1, language: 'en', title: null, published: null, sources: [], meetings: [], people: [],
    organizations: [], agreements: [], warnings: [], ...over,
  };
}

/** Every span of the record is drawn as a highlight of its type with exactly its text. */
function expectAllSpansHighlighted(text: string, record: ArticleRecord, html: string): void {
  const { text: shown, elements } = readPane(textPanes(html)[0]);
  expect(shown).toBe(text);
  const drawn = [...highlights(elements).values()].map((h) => `${h.type}:${h.text}`);
  for (const { type, span } of spansOf(record)) expect(drawn).toContain(`${type}:${span.text}`);
}

describe('renderHtml: the article pane', () => {
  it('shows the whole text, every tag closed in order, every gold-grounded span highlighted', () => {
    const html = renderHtml(seed0.text, record0);
    expectAllSpansHighlighted(seed0.text, record0, html);
    const hl = [...highlights(readPane(textPanes(html)[0]).elements).values()];
    expect(hl.filter((h) => h.type === 'person').map((h) => h.text)).toContain('Trần Đại Quang');
    expect(hl.filter((h) => h.type === 'date').map((h) => h.text)).toContain('Chiều 21/3');
  });

  it.each(seeds.map((s) => [s.file, s] as const))('renders extract() of %s with all its spans', (_, s) => {
    const record = extract(s.text);
    expectAllSpansHighlighted(s.text, record, renderHtml(s.text, record));
  });

  it('nests an organization inside the title that holds it', () => {
    const html = renderHtml(seed0.text, record0);
    expect(html).toMatch(/<mark class="hl hl-title"[^>]*>Bộ trưởng <mark class="hl hl-organization"[^>]*>Bộ Công an<\/mark><\/mark>/);
  });

  it("draws a meeting's sentence as a layer under its values, badged once", () => {
    const html = renderHtml(seed0.text, record0);
    const { elements } = readPane(textPanes(html)[0]);
    const sentence = elements.filter((e) => e.attrs.class?.startsWith('sent'));
    expect(sentence.map((e) => e.text).join('')).toBe(record0.meetings[0].span.text);
    expect(sentence[0].tag).toBe('span');
    expect(sentence.filter((e) => e.attrs['data-badge'] === 'M1')).toHaveLength(1);
    // The date, trigger and venue are inside the sentence layer, not hidden by it.
    const inside = html.slice(html.indexOf('data-badge="M1"'));
    expect(inside.indexOf('hl-date')).toBeLessThan(inside.indexOf('</span>'));
  });

  it('continues a span that crosses another in a second fragment with the same key', () => {
    const text = 'Alpha Beta Gamma Delta';
    const layers: Layer[] = [
      { key: 'k1', type: 'person', start: 0, end: 10, priority: 7, tips: ['A'] },
      { key: 'k2', type: 'organization', start: 6, end: 16, priority: 6, tips: ['B'] },
    ];
    const out = renderText(text, layers);
    const { text: shown, elements } = readPane(out);
    expect(shown).toBe(text);
    const frags = elements.filter((e) => e.attrs['data-k'] === 'k2');
    expect(frags.map((e) => e.text)).toEqual(['Beta', ' Gamma']);
    expect(frags.map((e) => e.attrs.tabindex ?? null)).toEqual(['0', null]);
    expect(highlights(elements).get('k2')!.text).toBe('Beta Gamma');
  });

  it('keeps any set of spans well nested and the text intact (property)', () => {
    const TYPES = ['person', 'organization', 'title', 'date', 'meeting', 'warning', 'seg-boilerplate'] as const;
    fc.assert(fc.property(
      fc.string({ unit: fc.constantFrom('a', 'b', ' ', '<', '&', '"', "'", '\n', 'ế', '😀'), maxLength: 40 }),
      fc.array(fc.tuple(fc.nat(45), fc.nat(45), fc.constantFrom(...TYPES)), { maxLength: 12 }),
      (text, raw) => {
        const layers: Layer[] = raw
          .map(([a, b, type], i) => ({ key: `k${i}`, type, start: Math.min(a, b), end: Math.max(a, b), priority: i % 11, tips: ['t<"&'] }))
          .filter((l) => l.start < l.end && l.end <= text.length);
        const { text: shown, elements } = readPane(renderText(text, layers));
        expect(shown).toBe(text);
        for (const l of layers) {
          const got = elements.filter((e) => e.attrs['data-k'] === l.key).map((e) => e.text).join('');
          expect(got).toBe(text.slice(l.start, l.end));
        }
      },
    ), { numRuns: 300 });
  });

  it('skips spans that do not fit the text instead of failing', () => {
    const text = 'Short text.';
    const record = emptyRecord({
      organizations: [{
        id: 'o1', name: 'X', english: null, acronym: null, country: null, kind: 'other',
        mentions: [{ start: 5, end: 99, text: 'nope' }, { start: 3, end: 3, text: '' }, { start: 0, end: 5, text: 'Short' }],
      }],
    });
    const { text: shown, elements } = readPane(textPanes(renderHtml(text, record))[0]);
    expect(shown).toBe(text);
    expect([...highlights(elements).values()]).toEqual([{ type: 'organization', text: 'Short' }]);
  });

  it('greys out the boilerplate the extractor cut away', () => {
    const html = renderHtml(seed0.text, record0);
    const { elements } = readPane(textPanes(html)[0]);
    const grey = elements.filter((e) => e.attrs.class === 'seg-boilerplate').map((e) => e.text);
    expect(grey).toContain('Tin cùng chuyên mục');
    expect(elements.some((e) => e.attrs.class === 'seg-credit' && e.text === '(Ảnh: Doãn Tấn/TTXVN)')).toBe(true);
    // Segments can be switched off, or given by the caller.
    expect(renderHtml(seed0.text, record0, { segments: null })).not.toContain('class="seg-');
    const mine = renderHtml('one two', emptyRecord(), { segments: [{ kind: 'boilerplate', start: 4, end: 7 }] });
    expect(mine).toContain('one <span class="seg-boilerplate" data-k="a0-0">two</span>');
  });
});

describe('renderHtml: escaping', () => {
  const hostile = 'Title <b>x</b>\n\nMr <script>window.pwned=1</script> met "Bob" & O\'Neil at <img src=x onerror="window.pwned=2"> &amp; co.';
  const name = '<script>window.pwned=3</script>';
  const record = emptyRecord({
    title: '</title><script>window.pwned=4</script>',
    sources: ['<iframe src="http://evil">'],
    people: [{
      id: 'p1', name, key: 'x', aliases: ['"><svg onload=alert(1)>'], country: 'VN', rank: null, titles: [],
      mentions: [at(hostile, '<script>window.pwned=1</script>')],
    }],
    warnings: [{ code: '<x>', message: 'bad & <i>worse</i>', span: at(hostile, '&amp;') }],
  });
  const html = renderHtml(hostile, record);

  it('has exactly one script element, the page\'s own', () => {
    expect(html.match(/<script/gi)).toHaveLength(1);
    expect(html).toContain(`<script>${SCRIPT}</script>`);
    expect(html).not.toMatch(/<(img|svg|iframe|b|i)[\s>]/i);
    // Event-handler attributes only ever appear as text, never inside a tag.
    expect(html).not.toMatch(/<[^>]*\son\w+=/i);
  });

  it('shows the article and the record as text, entities literally', () => {
    const { text } = readPane(textPanes(html)[0]);
    expect(text).toBe(hostile);
    expect(html).toMatch(/>&amp;amp;<\/span> co\./);
    expect(html).toContain('&lt;script&gt;window.pwned=1&lt;/script&gt;');
    expect(html).toContain('<title>hoidam review: &lt;/title&gt;&lt;script&gt;window.pwned=4&lt;/script&gt;</title>');
    expect(html).toContain('&quot;&gt;&lt;svg onload=alert(1)&gt;');
  });

  it('loads nothing from the network and lets only its own script run', () => {
    expect(html).not.toMatch(/\s(src|href)="(?!#)/);
    expect(html).not.toMatch(/@import|url\(/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)![1];
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`script-src 'sha256-${SCRIPT_SHA256}'`);
    expect(createHash('sha256').update(SCRIPT, 'utf8').digest('base64')).toBe(SCRIPT_SHA256);
  });
});

describe('renderHtml: cards and tooltips', () => {
  const html = renderHtml(seed0.text, record0);
  const keys = new Set([...html.matchAll(/data-k="([^"]+)"/g)].map((m) => m[1]));

  it('describes the meeting: kind, date, venue, participants with roles', () => {
    const card = /<article class="card card-meeting"[\s\S]*?<\/article>/.exec(html)![0];
    expect(card).toContain('talks');
    expect(card).toContain('--03-21, afternoon');
    expect(card).toContain('trụ sở Bộ Công an');
    expect(card).toMatch(/Trần Đại Quang <small>host<\/small>/);
    expect(card).toMatch(/Kolokoltsev Vladimir Aleksandrovich <small>guest<\/small>/);
  });

  it('describes people with rank and titles in English and their country', () => {
    const cards = [...html.matchAll(/<article class="card card-person"[\s\S]*?<\/article>/g)].map((m) => m[0]);
    expect(cards).toHaveLength(2);
    expect(cards[0]).toContain('Trần Đại Quang');
    expect(cards[0]).toContain('General');
    expect(cards[0]).toContain('Minister of Public Security');
    expect(cards[0]).toMatch(/class="tag country">VN</);
    expect(cards[1]).toMatch(/class="tag country">RU</);
  });

  it('describes agreements with kind, period and status', () => {
    const card = /<article class="card card-agreement"[\s\S]*?<\/article>/.exec(html)![0];
    expect(card).toContain('action_program');
    expect(card).toContain('2016–2018');
    expect(card).toContain('signed');
  });

  it('points every card and chip at highlights that exist', () => {
    const gos = [...html.matchAll(/data-go="([^"]+)"/g)].flatMap((m) => m[1].split(' '));
    expect(gos.length).toBeGreaterThan(10);
    for (const k of gos) expect(keys.has(k)).toBe(true);
  });

  it('makes highlights focusable and gives each its normalized value', () => {
    expect(html).toMatch(/<mark class="hl hl-date" data-k="[^"]+" title="Date of meeting 1: --03-21, afternoon[^"]*" tabindex="0">Chiều 21\/3<\/mark>/);
    expect(html).toMatch(/<mark class="hl hl-rank"[^>]*title="Rank of Trần Đại Quang: General \(general\)"[^>]*tabindex="0">Đại tướng</);
    expect(html).toMatch(/<mark class="hl hl-organization"[^>]*title="Organization o1: Ministry of Public Security \(MPS\)/);
  });

  it('lists the warnings, linked to their span when they have one', () => {
    const text = 'Chiều 21/3, they met.';
    const record = emptyRecord({
      warnings: [
        { code: 'year-unresolved', message: 'No year for "Chiều 21/3".', span: at(text, 'Chiều 21/3') },
        { code: 'no-meeting-found', message: 'No meeting.', span: null },
      ],
    });
    const out = renderHtml(text, record);
    expect(out).toMatch(/<p class="warning" data-go="a0-\d+"[^>]*><code>year-unresolved<\/code>/);
    expect(out).toMatch(/<p class="warning"><code>no-meeting-found<\/code> No meeting\.<\/p>/);
    expect(out).toMatch(/<span class="warn" data-k="a0-\d+" title="Warning year-unresolved: No year for &quot;Chiều 21\/3&quot;\." tabindex="0">Chiều 21\/3<\/span>/);
  });

  it('says so when nothing was extracted', () => {
    expect(renderHtml('Nothing here.', emptyRecord({ warnings: [] }))).toContain('Nothing was extracted from this article.');
  });
});

describe('renderHtmlMany', () => {
  const articles = seeds.slice(0, 3).map((s) => ({ name: s.file, text: s.text, record: groundGold(s.text, s.gold) }));
  const html = renderHtmlMany(articles);

  it('links a table of contents to one section per article', () => {
    for (let i = 1; i <= 3; i++) {
      expect(html).toContain(`<a href="#article-${i}">${articles[i - 1].name}</a>`);
      expect(html).toContain(`<section class="article" id="article-${i}"`);
    }
    expect(textPanes(html)).toHaveLength(3);
    textPanes(html).forEach((pane, i) => expect(readPane(pane).text).toBe(articles[i].text));
  });

  it('keeps highlight keys unique across articles', () => {
    const ks = [...html.matchAll(/<mark class="hl [^"]*" data-k="([^"]+)"[^>]*tabindex/g)].map((m) => m[1]);
    expect(ks.length).toBeGreaterThan(10);
    expect(new Set(ks).size).toBe(ks.length);
  });
});

describe('articleSegments', () => {
  it('gives offsets into the input even when normalization changes its length', () => {
    const body = 'Chiều 21/3, tại Hà Nội, Bộ trưởng Tô Lâm đã hội đàm với ông Patrushev.';
    const text = `\uFEFFTiêu đề bài viết về hội đàm\r\n\r\n${body.normalize('NFD')}\r\n\r\nTin cùng chuyên mục\r\nBài khác`;
    const segs = articleSegments(text);
    const slice = (kind: string) => segs.filter((s) => s.kind === kind).map((s) => text.slice(s.start, s.end));
    expect(slice('body')).toEqual([body.normalize('NFD')]);
    expect(slice('boilerplate')).toEqual(['Tin cùng chuyên mục', 'Bài khác']);
  });

  it('marks what extract() would not read as boilerplate', () => {
    const text = `${'Một câu văn dài. '.repeat(20)}\n${'Phần sau. '.repeat(20)}`;
    const segs = articleSegments(text, { maxLength: 400 });
    const last = segs[segs.length - 1];
    expect(last.kind).toBe('boilerplate');
    expect(last.end).toBe(text.length);
    expect(text.slice(last.start)).toMatch(/^\nPhần sau/);
  });

  it('agrees with what the extractor ignores: no record span lies in boilerplate', () => {
    for (const s of seeds) {
      const grey = articleSegments(s.text).filter((g) => g.kind === 'boilerplate');
      for (const { span } of spansOf(extract(s.text))) {
        expect(grey.some((g) => span.start < g.end && g.start < span.end)).toBe(false);
      }
    }
  });
});
