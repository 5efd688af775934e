/** Vietnamese dates: every form the recognizer must read, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { recognizeDates } from '../src/recognize/dates.js';
import type { DateMention } from '../src/pipeline/types.js';
import { makeDoc } from './dates-doc.js';

const REF = new Date(Date.UTC(2021, 5, 15));

function run(text: string, referenceDate: Date | null = REF) {
  const doc = makeDoc(text, { language: 'vi', referenceDate });
  return { doc, ...recognizeDates(doc) };
}
function one(text: string, referenceDate: Date | null = REF): DateMention & { text: string } {
  const { doc, dates } = run(text, referenceDate);
  expect(dates.map((d) => doc.text.slice(d.start, d.end))).toHaveLength(1);
  return { ...dates[0], text: doc.text.slice(dates[0].start, dates[0].end) };
}
const ymd = (d: DateMention) => [d.value.year, d.value.month, d.value.day];

describe('day and month forms', () => {
  it.each([
    ['Hai bên gặp nhau 21/3 tại Hà Nội.', '21/3', [2021, 3, 21]],
    ['Đoàn đến Hà Nội ngày 21/3 và làm việc.', 'ngày 21/3', [2021, 3, 21]],
    ['Văn kiện được trao ngày 06/9/2018 tại Hà Nội.', 'ngày 06/9/2018', [2018, 9, 6]],
    ['Cuộc gặp diễn ra 20/05/2021 tại Hà Nội.', '20/05/2021', [2021, 5, 20]],
    ['Ngày 16-9, đoàn đại biểu tới thăm Lào.', 'Ngày 16-9', [2020, 9, 16]],
    ['Buổi làm việc 21-3-2016 kéo dài ba giờ.', '21-3-2016', [2016, 3, 21]],
    ['Đoàn tới ngày 21 tháng 3 năm 2016 theo lời mời.', 'ngày 21 tháng 3 năm 2016', [2016, 3, 21]],
    ['Đoàn tới ngày 21 tháng 3 theo lời mời.', 'ngày 21 tháng 3', [2021, 3, 21]],
    ['Chiều 4.12, hai bên hội đàm.', 'Chiều 4.12', [2020, 12, 4]],
    ['Đoàn làm việc tại Việt Nam từ 4 đến 8.12 theo lời mời.', '4 đến 8.12', [2020, 12, 4]],
    ['Đoàn làm việc từ ngày 20 tới 22/2/2025 tại Hà Nội.', '20 tới 22/2/2025', [2025, 2, 20]],
    ['Ngày 4.12.2023, hai bên hội đàm.', 'Ngày 4.12.2023', [2023, 12, 4]],
  ])('%s', (sentence, text, value) => {
    const d = one(sentence);
    expect(d.text).toBe(text);
    expect(ymd(d)).toEqual(value);
  });

  it('day first always: 6/4 is 6 April', () => {
    expect(ymd(one('Tối 6/4, hai đoàn dự tiệc chiêu đãi.'))).toEqual([2021, 4, 6]);
  });

  it('a date later in the year than the anchor falls in the year before', () => {
    const d = one('Chiều 30/12, tại Hà Nội, hai bên đã hội đàm.', new Date(Date.UTC(2021, 0, 5)));
    expect(ymd(d)).toEqual([2020, 12, 30]);
    expect(d.value.yearSource).toBe('reference');
  });

  it('29/2 takes the latest leap year', () => {
    expect(ymd(one('Ngày 29/2, đoàn lên đường.', new Date(Date.UTC(2023, 5, 1))))).toEqual([2020, 2, 29]);
  });
});

describe('month and year forms', () => {
  it.each([
    ['Đối thoại lần đầu diễn ra tháng 12/2013 tại Hà Nội.', 'tháng 12/2013', [2013, 12, null]],
    ['Kế hoạch được thông qua tháng 5/2025.', 'tháng 5/2025', [2025, 5, null]],
    ['Hai nước lập quan hệ năm 2012.', 'năm 2012', [2012, null, null]],
    ['Đối thoại lần thứ nhất diễn ra trung tuần tháng 12/2013.', 'trung tuần tháng 12/2013', [2013, 12, null]],
    ['Đoàn sẽ sang thăm vào đầu tháng 6.', 'đầu tháng 6', [2021, 6, null]],
    ['Dự án hoàn thành cuối năm 2020.', 'cuối năm 2020', [2020, null, null]],
  ])('%s', (sentence, text, value) => {
    const d = one(sentence);
    expect(d.text).toBe(text);
    expect(ymd(d)).toEqual(value);
  });

  it('a month without year resolves against the anchor', () => {
    const d = one('Đoàn sẽ sang thăm vào cuối tháng 9.', new Date(Date.UTC(2021, 5, 15)));
    expect(ymd(d)).toEqual([2020, 9, null]);
  });
});

describe('part of day, relative days, weekdays', () => {
  it.each([
    ['Sáng 16/3, tại Hà Nội, hai bên hội đàm.', 'Sáng 16/3', 'morning'],
    ['Chiều 21/3, tại trụ sở Bộ, hai bên hội đàm.', 'Chiều 21/3', 'afternoon'],
    ['Tối 6/4, hai đoàn dự tiệc chiêu đãi.', 'Tối 6/4', 'evening'],
    ['Trưa 7/4, đoàn rời Hà Nội.', 'Trưa 7/4', 'noon'],
    ['Đêm 8/4, đoàn về tới Moscow.', 'Đêm 8/4', 'night'],
    ['Chiều tối 19/6, Bộ trưởng tiếp đoàn.', 'Chiều tối 19/6', 'evening'],
  ])('%s keeps the date and the part of day', (sentence, text, part) => {
    const d = one(sentence);
    expect(d.text).toBe(text);
    expect(d.value.day).not.toBeNull();
    expect(d.value.partOfDay).toBe(part);
    expect(d.about).toBe('event');
  });

  it('"Chiều nay 3/12" against a month-only published date', () => {
    const { dates, published } = run(' date 2019-12 Chiều nay 3/12, tại Hà Nội, Bộ trưởng chủ trì lễ đón.', null);
    expect(published?.value).toMatchObject({ year: 2019, month: 12, day: null });
    expect(dates).toHaveLength(1);
    expect(dates[0].value).toMatchObject({ year: 2019, month: 12, day: 3, partOfDay: 'afternoon', yearSource: 'published' });
  });

  it('"hôm nay (16/3)" is 16 March', () => {
    const { doc, dates } = run('Hôm nay (16/3), hai bên tiến hành hội đàm.');
    expect(dates).toHaveLength(1);
    expect(doc.text.slice(dates[0].start, dates[0].end)).toBe('Hôm nay (16/3)');
    expect(ymd(dates[0])).toEqual([2021, 3, 16]);
    expect(dates[0].weak).toBe(false);
  });

  it.each([
    ['Hôm nay, hai bên tiến hành hội đàm.', [2021, 6, 15]],
    ['Hôm qua, đoàn đã tới Hà Nội.', [2021, 6, 14]],
    ['Ngày mai, đoàn sẽ thăm Huế.', [2021, 6, 16]],
    ['Chiều nay, hai bên ký kết biên bản.', [2021, 6, 15]],
  ])('%s resolves against the anchor day', (sentence, value) => {
    const d = one(sentence);
    expect(ymd(d)).toEqual(value);
    expect(d.weak).toBe(true);
    expect(d.value.yearSource).toBe('reference');
  });

  it('"Chiều nay" carries the afternoon', () => {
    expect(one('Chiều nay, hai bên ký kết biên bản.').value.partOfDay).toBe('afternoon');
  });

  it('"Thứ năm 20/05/2021" keeps the date', () => {
    const d = one('Thứ năm 20/05/2021, hai bên hội đàm trực tuyến.');
    expect(d.text).toBe('Thứ năm 20/05/2021');
    expect(ymd(d)).toEqual([2021, 5, 20]);
  });

  it('"Chủ nhật" before a date, and alone as a weak weekday', () => {
    expect(ymd(one('Chủ nhật, 13/6/2021, đoàn rời Hà Nội.'))).toEqual([2021, 6, 13]);
    // 15 June 2021 is a Tuesday: the latest Sunday on or before it is 13 June.
    const d = one('Đoàn rời Hà Nội vào Chủ nhật.');
    expect(ymd(d)).toEqual([2021, 6, 13]);
    expect(d.weak).toBe(true);
  });

  it('a bare weekday needs a full anchor', () => {
    const { dates, doc } = run(' date 2021-06 Đoàn rời Hà Nội vào thứ Sáu.', null);
    expect(dates).toHaveLength(1);
    expect(dates[0].value.year).toBeNull();
    expect(doc.warnings.map((w) => w.code)).toContain('year-unresolved');
  });
});

describe('ranges', () => {
  it.each([
    ['Đoàn thăm Việt Nam từ ngày 15-17/3.', 'ngày 15-17/3', [2021, 3, 15], [2021, 3, 17]],
    ['Triển lãm diễn ra từ ngày 17-20/9/2025 tại Moscow.', 'ngày 17-20/9/2025', [2025, 9, 17], [2025, 9, 20]],
    ['Đoàn làm việc từ 15/3 đến 17/3 tại Hà Nội.', '15/3 đến 17/3', [2021, 3, 15], [2021, 3, 17]],
    ['Đoàn thăm Nga từ ngày 28/5 - 4/6/2024.', 'ngày 28/5 - 4/6/2024', [2024, 5, 28], [2024, 6, 4]],
  ])('%s', (sentence, text, start, end) => {
    const d = one(sentence);
    expect(d.text).toBe(text);
    expect(ymd(d)).toEqual(start);
    expect([d.value.end?.year, d.value.end?.month, d.value.end?.day]).toEqual(end);
  });

  it('a range across the new year', () => {
    const d = one('Đoàn thăm Lào từ 30/12 đến 2/1/2022.');
    expect(ymd(d)).toEqual([2021, 12, 30]);
    expect(d.value.end).toMatchObject({ year: 2022, month: 1, day: 2 });
  });
});

describe('not dates', () => {
  it.each([
    'Hai bên cần thu hút thêm đầu tư vào lĩnh vực này.',
    'Thứ trưởng Nguyễn Văn A phát biểu tại buổi lễ.',
    'Hai bên nhất trí tổ chức đối thoại 2+2 cấp thứ trưởng.',
    'Đội tuyển thắng 3-1 trong trận chung kết.',
    'Hai bên thực hiện Nghị định 144/2021 về xử phạt.',
    'Quan hệ hai nước đã trải qua 70 năm phát triển.',
    'Hai bên hợp tác phòng, chống dịch COVID-19 hiệu quả.',
    'Việt Nam ủng hộ cơ chế ADMM+ trong khu vực.',
    'Đây là lần thứ hai đoàn sang thăm Việt Nam.',
    'Thứ hai, hai bên sẽ tăng cường trao đổi đoàn.',
    'Trong năm qua, hai bên đã hợp tác hiệu quả.',
    'Văn bản số 12/3 đã được gửi tới các đơn vị.',
  ])('%s', (sentence) => {
    const { dates } = run(sentence);
    expect(dates).toEqual([]);
  });
});

describe('what a date is of', () => {
  it('signing', () => {
    const { dates } = run('Hai bên đã ký kết Bản ghi nhớ ngày 06/9/2018 tại Hà Nội.');
    expect(dates.map((d) => d.about)).toEqual(['signing']);
  });
  it('period: programme years', () => {
    const { dates } = run('Hai bộ ký Chương trình hợp tác giai đoạn 2016-2018 và Kế hoạch 2021–2025.');
    expect(dates.map((d) => [d.about, d.value.year, d.value.end?.year])).toEqual([['period', 2016, 2018], ['period', 2021, 2025]]);
  });
  it('anniversary', () => {
    const { dates } = run('Hai bên kỷ niệm 70 năm thiết lập quan hệ ngoại giao (30/1/1950 - 30/1/2020).');
    expect(dates.map((d) => d.about)).toEqual(['anniversary']);
  });
  it('past years', () => {
    const { dates } = run('Hai nước thiết lập quan hệ đối tác chiến lược vào năm 2001 và hợp tác từ năm 2012.');
    expect(dates.map((d) => d.about)).toEqual(['past', 'past']);
  });
  it('event at the head of a sentence', () => {
    expect(one('Ngày 16-9, Bộ trưởng tiếp Đại sứ tại trụ sở Bộ.').about).toBe('event');
  });
});

describe('year resolution', () => {
  it('without any anchor the year stays null and a warning is added', () => {
    const { dates, doc } = run('Chiều 21/3, tại Hà Nội, hai bên hội đàm.', null);
    expect(dates[0].value).toMatchObject({ year: null, month: 3, day: 21, yearSource: null });
    const w = doc.warnings.find((x) => x.code === 'year-unresolved');
    expect(w?.span?.text).toBe('Chiều 21/3');
  });
  it('an explicit year wins over the anchor', () => {
    expect(one('Ngày 6/9/2018, hai bên hội đàm.').value.yearSource).toBe('explicit');
  });
});
