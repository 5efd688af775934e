import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ArticleRecordSchema, extract, recordJsonSchema, type ArticleRecord, type Span } from '../src/index.js';
import { overall, scoreArticle, Tally, type GoldRecord } from './helpers/score.js';
import { compileLexicon } from '../src/engine/lexicon.js';
import { validatePlugin } from '../src/plugin.js';
import { builtinPlugins } from '../src/locales/index.js';
import { segment } from '../src/pipeline/segment.js';

const dir = new URL('../fixtures/', import.meta.url);
const seeds = readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => ({
  file: f,
  text: readFileSync(new URL(f, dir), 'utf8'),
  gold: JSON.parse(readFileSync(new URL(f.replace(/\.txt$/, '.gold.json'), dir), 'utf8')) as GoldRecord,
}));

function spans(v: unknown, out: Span[] = []): Span[] {
  if (!v || typeof v !== 'object') return out;
  if (Array.isArray(v)) { v.forEach((x) => spans(x, out)); return out; }
  const o = v as Record<string, unknown>;
  if (typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string') out.push(o as Span);
  for (const k of Object.keys(o)) spans(o[k], out);
  return out;
}

describe('the record', () => {
  it('is schema-valid with exact spans for every seed', () => {
    for (const s of seeds) {
      const rec = extract(s.text);
      expect(ArticleRecordSchema.safeParse(rec).success).toBe(true);
      for (const sp of spans(rec)) expect(s.text.slice(sp.start, sp.end)).toBe(sp.text);
      expect(rec.warnings.map((w) => w.code)).not.toContain('internal-error');
    }
  });

  it('scores at least 0.85 overall on the seeds, as the shared scorer counts', () => {
    const t = new Tally();
    for (const s of seeds) scoreArticle(s.gold, extract(s.text), t);
    expect(overall(t)).toBeGreaterThanOrEqual(0.85);
  });

  it('detects the language of each seed', () => {
    for (const s of seeds) expect(extract(s.text).language).toBe((s.gold as unknown as { language: string }).language);
  });

  it('is checked by a compiled parser that agrees with zod\'s interpreter', () => {
    // Every object of the record compiles its parser (classic zod's core under zod/mini).
    const objects: unknown[] = [];
    const walk = (s: unknown): void => {
      const zod = (s as { _zod?: { def: Record<string, unknown>; traits: Set<string> } })._zod;
      if (!zod || objects.includes(s)) return;
      if (zod.def.type === 'object') objects.push(s);
      for (const v of Object.values(zod.def)) {
        if (v && typeof v === 'object') for (const x of Array.isArray(v) ? v : '_zod' in v ? [v] : Object.values(v)) walk(x);
      }
    };
    walk(ArticleRecordSchema);
    expect(objects.length).toBeGreaterThan(10);
    for (const o of objects) expect((o as { _zod: { traits: Set<string> } })._zod.traits.has('$ZodObjectJIT')).toBe(true);
    const rec = extract(seeds[0].text);
    const corrupt: Array<(r: Record<string, any>) => void> = [
      (r) => { r.people[0].name = 5; },
      (r) => { delete r.meetings[0].kind; },
      (r) => { r.people[0].rank.span.start = -1; },
      (r) => { r.meetings[0].date = { ...r.meetings[0].date, month: 13 }; },
      (r) => { r.organizations[0].extra = 'dropped'; },
      (r) => { r.agreements = [{}]; },
      (r) => { r.warnings = 'none'; },
    ];
    for (const c of [() => {}, ...corrupt]) {
      const r = structuredClone(rec) as Record<string, any>;
      c(r);
      // Compiled after a few runs of the same shape; the interpreter under { jitless: true }.
      for (let i = 0; i < 3; i++) ArticleRecordSchema.safeParse(r);
      const compiled = ArticleRecordSchema.safeParse(r);
      const interpreted = ArticleRecordSchema.safeParse(r, { jitless: true });
      expect(compiled.success).toBe(interpreted.success);
      expect(compiled.data).toEqual(interpreted.data);
      expect(compiled.error?.issues).toEqual(interpreted.error?.issues);
    }
    expect(ArticleRecordSchema.safeParse(rec).data).toEqual(rec);
  });

  it('has a JSON Schema generated from the zod schema', () => {
    const js = recordJsonSchema() as { type: string; required: string[]; properties: Record<string, unknown> };
    expect(js.type).toBe('object');
    expect(js.required).toEqual(expect.arrayContaining(['schemaVersion', 'meetings', 'people', 'organizations', 'agreements', 'warnings']));
    expect(Object.keys(js.properties)).toContain('published');
  });
});

describe('extract() input handling', () => {
  it('throws a TypeError that names what was passed', () => {
    expect(() => extract(undefined as unknown as string)).toThrow(/got undefined/);
    expect(() => extract(42 as unknown as string)).toThrow(/got a number \(42\)/);
    expect(() => extract({} as unknown as string)).toThrow(TypeError);
  });

  it('returns a valid empty record for empty text', () => {
    const rec: ArticleRecord = extract('');
    expect(rec).toMatchObject({ schemaVersion: 1, language: 'und', meetings: [], people: [] });
  });

  it('rejects an invalid reference date with a message that says so', () => {
    expect(() => extract('x', { referenceDate: 'yesterday' })).toThrow(/referenceDate/);
  });

  it('keeps spans exact on decomposed (NFD) input with CRLF line ends', () => {
    const s = seeds.find((x) => x.file.startsWith('000'))!;
    const nfd = s.text.normalize('NFD').replace(/\n/g, '\r\n');
    const a = extract(s.text);
    const b = extract(nfd);
    for (const sp of spans(b)) expect(nfd.slice(sp.start, sp.end)).toBe(sp.text);
    expect(b.people.map((p) => p.name)).toEqual(a.people.map((p) => p.name));
    expect(b.meetings.map((m) => [m.kind, m.date?.iso])).toEqual(a.meetings.map((m) => [m.kind, m.date?.iso]));
    expect(b.meetings[0]?.span.text.normalize('NFC')).toBe(a.meetings[0]?.span.text);
  });
});

describe('segmentation', () => {
  it('takes the headline and cuts related news and footers away', () => {
    const text = [
      'Hai Bộ trưởng hội đàm tại Hà Nội',
      '',
      'Sáng 5/4, tại Hà Nội, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã hội đàm với ông Ivan Sidorov, Bộ trưởng Bộ Nội vụ Nga.',
      '',
      'Theo TTXVN',
      '',
      'Tin cùng chuyên mục',
      '',
      'Chiều 6/4, tại Đà Nẵng, Thượng tướng Lê Văn Bình đã tiếp ông Pierre Martin, Đại sứ Pháp.',
    ].join('\n');
    const rec = extract(text);
    expect(rec.title).toBe('Hai Bộ trưởng hội đàm tại Hà Nội');
    expect(rec.sources).toContain('TTXVN');
    expect(rec.people.map((p) => p.name)).not.toContain('Lê Văn Bình');
    expect(rec.people.map((p) => p.name)).not.toContain('Pierre Martin');
    expect(rec.meetings.every((m) => m.span.start < text.indexOf('Tin cùng'))).toBe(true);
  });

  it('drops a line mostly in another script than the article\'s, and only such lines', () => {
    const lexicon = compileLexicon(builtinPlugins.filter((p) => !p.language || p.language === 'vi').map((p, i) => validatePlugin(p, i)));
    const lines = [
      'Hai Bộ trưởng hội đàm tại Hà Nội',
      'Sáng 5/4, tại Hà Nội, hai bên đã hội đàm về hợp tác an ninh.',
      'СМИ сетевое издание «Новости»',
      'Ông Иван Петров cảm ơn phía Việt Nam về sự đón tiếp trọng thị và chu đáo.',
      'Bản tin ảnh 1Bộ trưởng phát biểu tại lễ đón',
    ];
    const text = lines.join('\n');
    const kindOf = (segs: ReturnType<typeof segment>, line: string): string[] => {
      const at = text.indexOf(line);
      return segs.filter((g) => g.start >= at && g.end <= at + line.length).map((g) => g.kind);
    };
    const vi = segment(text, lexicon, 'vi');
    expect(kindOf(vi, lines[2])).toEqual(['boilerplate']);
    expect(kindOf(vi, lines[3])).toEqual(['body']);
    // Alt text glued before a caption ("ảnh 1"): the caption is kept, the alt text is not.
    expect(kindOf(vi, lines[4])).toEqual(['boilerplate', 'caption']);
    // In a Russian article the same line is the article's own.
    expect(kindOf(segment(text, lexicon, 'ru'), lines[2])).not.toContain('boilerplate');
  });
});
