import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createExtractor, definePlugin, extract, type HoidamPlugin } from '../src/index.js';

const fixtures = readdirSync(new URL('../fixtures/', import.meta.url))
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8'));

// A short article about a Lao counterpart, written for these tests.
const LAO_ARTICLE = [
  'Bộ Công an Việt Nam và Lào tăng cường hợp tác',
  '',
  'Sáng 12/4, tại Viêng Chăn, Thượng tướng Nguyễn Văn Sơn, Thứ trưởng Bộ Công an đã hội đàm với Thiếu tướng Khamphanh Phommathat, Thứ trưởng Bộ An ninh Lào.',
  '',
  'Hai bên nhất trí triển khai Kế hoạch hợp tác năm 2025 giữa hai Bộ.',
].join('\n');

describe('createExtractor', () => {
  it('behaves like the default extract() without plugins', () => {
    const mine = createExtractor();
    for (const text of fixtures) expect(mine.extract(text)).toEqual(extract(text));
  });

  it('lists the built-in locales first, then the user plugins', () => {
    const ex = createExtractor({ plugins: [{ name: 'lao-security' }] });
    expect(ex.plugins.slice(0, 3)).toEqual(['hoidam:intl', 'hoidam:vi', 'hoidam:en']);
    expect(ex.plugins.at(-1)).toBe('lao-security');
  });

  it('takes default options that extract() options override', () => {
    const text = 'Chiều 21/3, tại Hà Nội, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã tiếp ông Ivan Petrov.';
    const ex = createExtractor({ referenceDate: '2016-06-01' });
    expect(ex.extract(text).meetings[0]?.date?.iso).toBe('2016-03-21');
    expect(ex.extract(text, { referenceDate: '2019-06-01' }).meetings[0]?.date?.iso).toBe('2019-03-21');
  });
});

describe('plugins change the record', () => {
  it('a rank entry gives people that rank', () => {
    const text = 'Chiều 2/5, tại Hà Nội, Chuẩn tướng Somsak Inthavong đã hội đàm với Đại tướng Trần Văn An, Bộ trưởng Bộ Công an.';
    const before = extract(text).people.find((p) => p.name.includes('Somsak'));
    expect(before?.rank?.code ?? null).not.toBe('other');
    const ex = createExtractor({
      plugins: [{ name: 'thai-ranks', lexicon: { ranks: [{ text: 'Chuẩn tướng', code: 'other', english: 'Brigadier General', service: 'military', gloss: 'brigadier general' }] } }],
    });
    const p = ex.extract(text).people.find((x) => x.name.includes('Somsak'));
    expect(p?.rank).toMatchObject({ code: 'other', english: 'Brigadier General', text: 'Chuẩn tướng' });
  });

  it('a title entry gives people that role', () => {
    const text = 'Sáng 3/6, tại Hà Nội, Đại tướng Trần Văn An đã tiếp ông Somphone Keola, Trưởng ban Đặc biệt Lào.';
    const ex = createExtractor({
      plugins: [{ name: 'lao-titles', lexicon: { titles: [{ text: 'Trưởng ban Đặc biệt', role: 'director', english: 'Head of the Special Board', gloss: 'head of the special board' }] } }],
    });
    const p = ex.extract(text).people.find((x) => x.name.includes('Somphone'));
    expect(p?.titles.map((t) => t.role)).toContain('director');
    expect(p?.titles.find((t) => t.role === 'director')?.english).toBe('Head of the Special Board');
  });

  it('an organization entry is recognised with its canonical English name and country', () => {
    const text = 'Sáng 3/6, tại Hà Nội, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã tiếp Đoàn đại biểu Tổng cục Tình báo Quốc gia Lào.';
    const ex = createExtractor({
      plugins: [{
        name: 'lao-orgs',
        lexicon: {
          organizations: [{
            names: ['Tổng cục Tình báo Quốc gia Lào'], english: 'National Intelligence Department of Laos', acronym: 'NID',
            country: 'LA', kind: 'agency', gloss: 'Lao national intelligence department',
          }],
        },
      }],
    });
    const org = ex.extract(text).organizations.find((o) => o.english === 'National Intelligence Department of Laos');
    expect(org).toMatchObject({ acronym: 'NID', country: 'LA', kind: 'agency' });
    expect(org?.mentions[0].text).toBe('Tổng cục Tình báo Quốc gia Lào');
  });

  it('a place entry gives a meeting its city', () => {
    const text = 'Chiều 8/7, tại Luông Pha Băng, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã hội đàm với ông Vilay Lakhamfong, Bộ trưởng Bộ An ninh Lào.';
    const ex = createExtractor({
      plugins: [{ name: 'lao-places', lexicon: { places: [{ names: ['Luông Pha Băng', 'Luang Prabang'], city: 'Luang Prabang', country: 'LA', gloss: 'Luang Prabang' }] } }],
    });
    const venue = ex.extract(text).meetings[0]?.venue;
    expect(venue).toMatchObject({ city: 'Luang Prabang', country: 'LA' });
  });

  it('a trigger entry makes a new phrase report a meeting of the given kind', () => {
    const text = 'Chiều 8/7, tại Hà Nội, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã giao ban với ông Vilay Lakhamfong, Bộ trưởng Bộ An ninh Lào.';
    expect(extract(text).meetings.some((m) => m.kind === 'consultation')).toBe(false);
    const ex = createExtractor({
      plugins: [{ name: 'briefings', language: 'vi', lexicon: { triggers: [{ text: 'giao ban', kind: 'consultation', gloss: 'briefing' }] } }],
    });
    const m = ex.extract(text).meetings[0];
    expect(m?.kind).toBe('consultation');
    expect(m?.date?.iso.endsWith('-07-08')).toBe(true);
  });

  it('a chrono parser dates a meeting from a phrase chrono does not know', () => {
    const text = 'Sáng ngày Quốc khánh Lào, tại Viêng Chăn, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã hội đàm với ông Vilay Lakhamfong, Bộ trưởng Bộ An ninh Lào.';
    const nationalDay = {
      pattern: () => /ngày Quốc khánh Lào/i,
      extract: () => ({ day: 2, month: 12 }),
    };
    const ex = createExtractor({ referenceDate: '2024-12-20', plugins: [{ name: 'lao-holidays', language: 'vi', dates: { parsers: [nationalDay] } }] });
    expect(ex.extract(text).meetings[0]?.date?.iso).toBe('2024-12-02');
    expect(extract(text, { referenceDate: '2024-12-20' }).meetings[0]?.date?.iso ?? null).not.toBe('2024-12-02');
  });

  it('a postprocess hook sees the finished record and may replace it', () => {
    const ex = createExtractor({
      plugins: [{ name: 'tagger', postprocess: (r) => ({ ...r, sources: [...r.sources, 'my-archive'] }) }],
    });
    expect(ex.extract(LAO_ARTICLE).sources).toContain('my-archive');
  });
});

describe('plugin validation', () => {
  it('rejects a broken plugin with the plugin name and the field', () => {
    const bad = { name: 'broken', lexicon: { ranks: [{ text: 'Chuẩn tướng', code: 'brigadier', english: 'Brigadier' }] } };
    expect(() => createExtractor({ plugins: [bad as unknown as HoidamPlugin] })).toThrow(/plugin "broken" is invalid at lexicon\.ranks\.0\.code/);
  });

  it('rejects unknown fields, bad country codes, non-functions and nameless plugins', () => {
    expect(() => createExtractor({ plugins: [{ name: 'x', lexicon: { rankz: [] } } as unknown as HoidamPlugin] })).toThrow(/"x".*lexicon/);
    expect(() => createExtractor({
      plugins: [{ name: 'y', lexicon: { places: [{ names: ['Viêng Chăn'], city: 'Vientiane', country: 'Laos' }] } } as unknown as HoidamPlugin],
    })).toThrow(/"y" is invalid at lexicon\.places\.0\.country/);
    expect(() => createExtractor({ plugins: [{ name: 'z', postprocess: 'no' } as unknown as HoidamPlugin] })).toThrow(/"z" is invalid at postprocess/);
    expect(() => createExtractor({ plugins: [{ lexicon: {} } as unknown as HoidamPlugin] })).toThrow(/plugin #1 is invalid at name/);
    expect(() => createExtractor({ plugins: 'nope' as unknown as HoidamPlugin[] })).toThrow(/plugins must be an array/);
  });

  it('rejects a date parser that is not a chrono parser', () => {
    expect(() => createExtractor({ plugins: [{ name: 'd', dates: { parsers: [{ pattern: /x/ } as never] } }] }))
      .toThrow(/"d" is invalid at dates\.parsers\.0/);
  });

  it('cannot reach prototypes through plugin data', () => {
    const hostile = JSON.parse('{"name":"proto","lexicon":{"__proto__":{"polluted":true}}}');
    expect(() => createExtractor({ plugins: [hostile] })).toThrow(/"proto"/);
    const viaPhrase = definePlugin({ name: 'phrase', lexicon: { triggers: [{ text: '__proto__', kind: 'talks' }, { text: 'constructor', kind: 'visit' }] } });
    const ex = createExtractor({ plugins: [viaPhrase] });
    expect(() => ex.extract('constructor __proto__ toString')).not.toThrow();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('extractors are independent', () => {
  it('plugins of one extractor never affect another or the default', () => {
    const text = 'Chiều 8/7, tại Hà Nội, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã giao ban với ông Vilay Lakhamfong, Bộ trưởng Bộ An ninh Lào.';
    const baseline = fixtures.map((t) => extract(t));
    const a = createExtractor({ plugins: [{ name: 'a', language: 'vi', lexicon: { triggers: [{ text: 'giao ban', kind: 'consultation' }] } }] });
    const b = createExtractor({ plugins: [{ name: 'b', language: 'vi', lexicon: { triggers: [{ text: 'giao ban', kind: 'conference' }] } }] });
    expect(a.extract(text).meetings[0]?.kind).toBe('consultation');
    expect(b.extract(text).meetings[0]?.kind).toBe('conference');
    expect(extract(text).meetings.some((m) => m.kind === 'consultation' || m.kind === 'conference')).toBe(false);
    expect(fixtures.map((t) => extract(t))).toEqual(baseline);
  });

  it('mutating a plugin after registration changes nothing', () => {
    const plugin = { name: 'mutable', language: 'vi' as const, lexicon: { triggers: [{ text: 'giao ban', kind: 'consultation' }] as { text: string; kind: 'consultation' | 'conference' }[] } };
    const ex = createExtractor({ plugins: [plugin] });
    plugin.lexicon.triggers[0].kind = 'conference' as never;
    plugin.lexicon.triggers.push({ text: 'hội ý', kind: 'conference' });
    const text = 'Chiều 8/7, tại Hà Nội, Đại tướng Trần Văn An, Bộ trưởng Bộ Công an đã giao ban với ông Vilay Lakhamfong, Bộ trưởng Bộ An ninh Lào.';
    expect(ex.extract(text).meetings[0]?.kind).toBe('consultation');
  });
});
