/**
 * A scraped page's own lines above and around the article: menus, breadcrumbs, a date line,
 * the site's name and section labels. The pages here are written for these tests, in the
 * shapes several outlets use; none is one of the corpus articles.
 */
import { describe, expect, it } from 'vitest';
import { isDateOnlyLine, isNavigationLine } from '../src/pipeline/page-lines.js';
import { extract } from '../src/index.js';

describe('isNavigationLine', () => {
  it.each([
    'Trang chủ | Thời sự | Kinh tế | Thế giới | Pháp luật',
    'Home | News | Politics & Law | Society',
    'Thời sự › Đối ngoại',
    'Trang chủ > Tin tức > Hoạt động của Lãnh đạo Bộ',
    'Home / World',
    'Mới nhất   Thời sự   Góc nhìn   Thế giới',
    'Chính trị • Kinh tế • Văn hóa',
  ])('reads "%s" as navigation', (line) => expect(isNavigationLine(line)).toBe(true));

  it.each([
    'Bộ trưởng Tô Lâm hội đàm với Bộ trưởng Nội vụ Lào',
    'Vietnam, Laos step up security ties',
    'Thời sự | Bộ trưởng Bộ Công an tiếp Đại sứ Nhật Bản tại Việt Nam nhân dịp kết thúc nhiệm kỳ công tác',
    'A | B',
    'Dec 06, 2024 / 11:20 and more words after it in a line',
    'Kim ngạch thương mại đạt 5/6 tỷ USD',
  ])('reads "%s" as text', (line) => expect(isNavigationLine(line)).toBe(false));
});

describe('isDateOnlyLine', () => {
  it.each([
    'Thứ Ba, 14-05-2024, 20:35',
    'Thứ sáu, 7/4/2023, 09:10 (GMT+7)',
    'Chủ Nhật, 16/03/2025 19:40',
    'Published: 16/09/2024 21:40 GMT+7',
    'Updated 2024-04-07 09:30',
    'March 21, 2024 - 16:05',
    'Dec 06, 2024 / 11:20',
    'January 9, 2025, 6:42 pm',
  ])('reads "%s" as a date line', (line) => expect(isDateOnlyLine(line)).toBe(true));

  it.each([
    'Hội đàm cấp cao năm 2024',
    'Ngày 16/9, hai bên đã ký kết bản ghi nhớ hợp tác giai đoạn 2024-2027.',
    '12/3 14:30',
    'Vietnam and Japan sign a plan for 2024-2026 on defence cooperation',
  ])('reads "%s" as text', (line) => expect(isDateOnlyLine(line)).toBe(false));
});

const VI_PAGE = [
  'Báo Điện tử Biên Cương',
  'Trang chủ | Thời sự | Quốc phòng | An ninh | Thế giới',
  'Quốc phòng',
  'Thứ Tư, 09-10-2024, 17:20',
  '',
  'Thứ trưởng Bộ Quốc phòng tiếp Tư lệnh Lục quân Ba Lan',
  '',
  'Chiều 9/10, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã tiếp Trung tướng Marek Nowak, Tư lệnh Lục quân Ba Lan.',
  '',
  'Hai bên nhất trí tăng cường hợp tác đào tạo.',
  '',
  'Tin liên quan',
  'Bộ trưởng Quốc phòng tiếp Đại sứ Hàn Quốc',
].join('\n');

const EN_PAGE = [
  'The Hanoi Herald',
  'Home | Politics | Business | World | Video',
  'Politics',
  'October 9, 2024 - 17:20',
  'Deputy Defence Minister receives Polish Land Forces commander',
  'By Minh Anh',
  'HANOI — Deputy Minister of National Defence Senior Lieutenant General Hoang Xuan Chien received Polish Land Forces Commander Lieutenant General Marek Nowak in Hanoi on October 9.',
  'The two sides agreed to step up cooperation in training.',
].join('\n');

describe('the top of a scraped page', () => {
  it('takes the line above the lead as the headline, not the site name or a section label (vi)', () => {
    const r = extract(VI_PAGE);
    expect(r.title).toBe('Thứ trưởng Bộ Quốc phòng tiếp Tư lệnh Lục quân Ba Lan');
    expect(r.published?.iso).toBe('2024-10-09');
    // The headline reports no meeting of its own: the lead's reception is the only one.
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0]).toMatchObject({ kind: 'reception', date: { iso: '2024-10-09' } });
  });

  it('reads an English page\'s date line with a month name, and keeps the byline out of the title (en)', () => {
    const r = extract(EN_PAGE);
    expect(r.title).toBe('Deputy Defence Minister receives Polish Land Forces commander');
    expect(r.published?.iso).toBe('2024-10-09');
    expect(r.published?.span.text).toBe('October 9, 2024');
    expect(r.meetings[0]).toMatchObject({ kind: 'reception', date: { iso: '2024-10-09' } });
    expect(r.people.map((p) => p.name)).not.toContain('Minh Anh');
  });

  it.each([
    ['Updated 2024-04-07 09:30', '2024-04-07'],
    ['Dec 06, 2024 / 11:20', '2024-12-06'],
    ['Published: 21 March 2024', '2024-03-21'],
    ['Sept. 16, 2024, 6:42 pm', '2024-09-16'],
  ])('reads the page date "%s"', (line, iso) => {
    const r = extract(EN_PAGE.replace('October 9, 2024 - 17:20', line));
    expect(r.published?.iso).toBe(iso);
  });
});

describe('the article\'s date from a wire dateline alone', () => {
  it('"SEOUL, Oct. 2 (Yonhap) --" with no header: the month and day, the year unknown', () => {
    const r = extract('Vietnam, S. Korea agree to boost defense ties\n\nSEOUL, Oct. 2 (Yonhap) -- Defense Minister Kim Min-jun held talks with Vietnamese Defense Minister General Phan Van Giang in Seoul on Oct. 1.');
    expect(r.published?.iso).toBe('--10-02');
    expect(r.published?.span.text).toBe('Oct. 2');
  });

  it('reads "16th October 2024 19:05 GMT+700" as a date line', () => {
    expect(isDateOnlyLine('16th October 2024 19:05 GMT+700')).toBe(true);
    const r = extract(EN_PAGE.replace('October 9, 2024 - 17:20', '9th October 2024 19:05 GMT+700'));
    expect(r.published?.iso).toBe('2024-10-09');
  });
});

describe('text wrapped at a fixed width', () => {
  it('keeps a hard-wrapped lead as body: two long lines in a row without a sentence end are one paragraph', () => {
    const text = [
      'Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Nội vụ Ba Lan',
      'Chiều 18/3/2024, tại Hà Nội, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an',
      'đã hội đàm với ông Mariusz Kamiński, Bộ trưởng Nội vụ và Hành chính Ba Lan, đang',
      'có chuyến thăm chính thức Việt Nam. Hai bên nhất trí tăng cường hợp tác.',
    ].join('\n');
    const r = extract(text);
    expect(r.title).toBe('Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Nội vụ Ba Lan');
    // The lead's lines are body: its talks are reported (a sentence broken across lines is still
    // read line by line, so the date on the line before the meeting word is not joined to it).
    expect(r.meetings[0]?.kind).toBe('talks');
    expect(r.people.map((p) => p.name)).toContain('Mariusz Kamiński');
  });
});
