/** English dates and the article's own date (headers, datelines), on text written for these tests. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { recognizeDates } from '../src/recognize/dates.js';
import { inSentence } from '../src/assemble/by-sentence.js';
import { extract } from '../src/index.js';
import type { DateMention } from '../src/pipeline/types.js';
import { makeDoc } from './dates-doc.js';

function run(text: string, referenceDate: Date | null = null, language: 'en' | 'vi' = 'en') {
  const doc = makeDoc(text, { language, referenceDate });
  const r = recognizeDates(doc);
  return { doc, ...r, texts: r.dates.map((d) => doc.text.slice(d.start, d.end)) };
}
const ymd = (d: DateMention | null | undefined) => (d ? [d.value.year, d.value.month, d.value.day] : null);

describe('English dates', () => {
  const H = ' date 2021-03-20 ';
  it('"On March 16" takes the year of the header', () => {
    const { dates } = run(`${H}On March 16, the ministers held talks in Hanoi.`);
    expect(dates).toHaveLength(1);
    expect(ymd(dates[0])).toEqual([2021, 3, 16]);
    expect(dates[0].value.yearSource).toBe('published');
    expect(dates[0].about).toBe('event');
  });
  it('"today" and "Our today\'s meeting" are the header day', () => {
    const a = run(`${H}Today the two ministers met in Moscow.`);
    expect(ymd(a.dates[0])).toEqual([2021, 3, 20]);
    expect(a.dates[0].weak).toBe(true);
    const b = run(`${H}"Our today's meeting is important," the minister said.`);
    expect(ymd(b.dates[0])).toEqual([2021, 3, 20]);
  });
  it('"yesterday" is the day before', () => {
    expect(ymd(run(`${H}The delegation arrived yesterday.`).dates[0])).toEqual([2021, 3, 19]);
  });
  it('"on 16 March 2021"', () => {
    const { dates } = run('The ministers met on 16 March 2021 in Hanoi.');
    expect(ymd(dates[0])).toEqual([2021, 3, 16]);
    expect(dates[0].value.yearSource).toBe('explicit');
  });
  it('"November 23-25, 2021" is a range', () => {
    const { dates } = run('The session took place on November 23-25, 2021 in Istanbul.');
    expect(ymd(dates[0])).toEqual([2021, 11, 23]);
    expect(dates[0].value.end).toMatchObject({ year: 2021, month: 11, day: 25 });
  });
  it('"on Tuesday" is a weak weekday resolved against the header', () => {
    // 20 March 2021 is a Saturday: the latest Tuesday on or before it is 16 March.
    const { dates } = run(`${H}The ministers held talks on Tuesday.`);
    expect(ymd(dates[0])).toEqual([2021, 3, 16]);
    expect(dates[0].weak).toBe(true);
  });
  it('"on Tuesday" without an anchor has no value and warns', () => {
    const { dates, doc } = run('The ministers held talks on Tuesday.');
    expect(dates[0].value.day).toBeNull();
    expect(doc.warnings.some((w) => w.code === 'year-unresolved')).toBe(true);
  });
  it('"Wednesday morning" carries the part of day', () => {
    const { dates } = run(`${H}They joined talks in Hanoi on Wednesday morning.`);
    expect(dates[0].value.partOfDay).toBe('morning');
    expect(ymd(dates[0])).toEqual([2021, 3, 17]);
  });
  it('"July 6, 2022"', () => {
    expect(ymd(run('The ministers met in Hanoi, July 6, 2022.').dates[0])).toEqual([2022, 7, 6]);
  });
  it('numeric dates are day first', () => {
    expect(ymd(run('The memorandum was signed on 06/09/2018 in Hanoi.').dates[0])).toEqual([2018, 9, 6]);
  });
  it('what a date is of', () => {
    const { dates } = run('The sides signed the plan on 06/09/2018, and adopted a programme for 2022-2024, in force since 2012.');
    expect(dates.map((d) => d.about)).toEqual(['signing', 'period', 'past']);
    const a = run('They marked the 70th anniversary of relations on January 30, 2020.');
    expect(a.dates.map((d) => d.about)).toEqual(['anniversary']);
  });
  it('words that are not dates', () => {
    expect(run('The talks may continue. Sun Group will march on. The sides now agree.').dates).toEqual([]);
  });
  it('inSentence picks one sentence', () => {
    const { dates } = run('They met on March 3, 2021. They met again on May 5, 2021.');
    expect(inSentence(dates, 1).map(ymd)).toEqual([[2021, 5, 5]]);
    expect(inSentence(dates, 0).map(ymd)).toEqual([[2021, 3, 3]]);
    expect(inSentence(dates, 7)).toEqual([]);
  });
});

describe('published date', () => {
  it('" date 2019-12" is month precision, no invented day', () => {
    const { published } = run(' date 2019-12 Chiều nay 3/12, tại Hà Nội, hai bên hội đàm.', null, 'vi');
    expect(published?.value).toMatchObject({ year: 2019, month: 12, day: null });
    const r = extract(' date 2019-12 Chiều nay 3/12, tại Hà Nội, hai bên hội đàm.');
    expect(r.published?.iso).toBe('2019-12');
    expect(r.published?.span.text).toBe('2019-12');
  });
  it('"date 2021-01-01" header', () => {
    const r = extract(' date 2021-01-01 Today the ministers met in Moscow.');
    expect(r.published?.iso).toBe('2021-01-01');
  });
  it.each([
    ['Thứ năm 20/05/2021 17:42 GMT + 7', '2021-05-20', '17:42'],
    ['16/09/2025 16:17', '2025-09-16', '16:17'],
    ['31/05/2025 08:05', '2025-05-31', '08:05'],
  ])('dateline %s', (line, iso, time) => {
    const text = `Hợp tác quốc phòng được tăng cường\n\n${line}\n\nChiều 20/5, tại Hà Nội, hai bên đã điện đàm trực tuyến.`;
    const r = extract(text);
    expect(r.published?.iso).toBe(iso);
    expect(r.published?.time).toBe(time);
    expect(text.slice(r.published!.span.start, r.published!.span.end)).toBe(r.published!.span.text);
  });
  it('a dateline year resolves the body date', () => {
    const { dates } = run('Hợp tác quốc phòng được tăng cường\n\n05/01/2022 09:10\n\nChiều 30/12, tại Hà Nội, hai bên đã hội đàm.', null, 'vi');
    expect(ymd(dates[0])).toEqual([2021, 12, 30]);
    expect(dates[0].value.yearSource).toBe('published');
  });
  it('"MOSCOW, June 11. /TASS/" completes a year-only header', () => {
    const { published } = run(' date 2021 MOSCOW, June 11. /TASS/. The ministers held talks by video link.');
    expect(ymd(published)).toEqual([2021, 6, 11]);
  });
  it('no header, no published date', () => {
    expect(run('Chiều 21/3, tại Hà Nội, hai bên hội đàm.', null, 'vi').published).toBeNull();
  });
});

describe('seeds', () => {
  const seed = (n: string) => readFileSync(new URL(`../fixtures/${n}.txt`, import.meta.url), 'utf8');
  it('seed 000: "Chiều 21/3" afternoon, year unknown; programme period 2016-2018', () => {
    const { dates } = run(seed('000_2398320d469a2a63'), null, 'vi');
    const ev = dates.find((d) => d.about === 'event');
    expect(ev?.value).toMatchObject({ year: null, month: 3, day: 21, partOfDay: 'afternoon' });
    expect(dates.find((d) => d.about === 'period')?.value).toMatchObject({ year: 2016, end: { year: 2018 } });
  });
  it('seed 001: signing dates', () => {
    const { dates } = run(seed('001_1558dd30e826f05f'), null, 'vi');
    expect(dates.filter((d) => d.about === 'signing').map(ymd)).toEqual([[2018, 9, 6], [2020, 6, 19]]);
  });
  it('seed 002: today is the header day', () => {
    const { dates, published } = run(seed('002_334f85df2d40dda5'));
    expect(ymd(published)).toEqual([2021, 1, 1]);
    expect(ymd(dates[0])).toEqual([2021, 1, 1]);
  });
  it('seed 003: dateline and "Chiều 20/5"', () => {
    const { dates, published } = run(seed('003_e619396508c0636c'), null, 'vi');
    expect(published?.value).toMatchObject({ year: 2021, month: 5, day: 20, time: '17:42' });
    expect(dates[0].value).toMatchObject({ year: 2021, month: 5, day: 20, partOfDay: 'afternoon', yearSource: 'published' });
  });
  it('seed 004: "trung tuần tháng 12/2013" is a month', () => {
    const { dates } = run(seed('004_fdbe3437043d984e'), null, 'vi');
    expect(dates.map(ymd)).toContainEqual([2013, 12, null]);
  });
});
