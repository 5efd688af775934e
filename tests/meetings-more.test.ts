/**
 * Meetings and documents on texts written for these tests: a list of documents after "gồm:"
 * parted by semicolons, a back-reference to the meeting reported rather than one recalled,
 * "cùng ngày" after a recalled meeting, a meeting word inside a document's name, keyword lines.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const VISIT = [
  'Thứ Ba, 14-05-2024, 20:35',
  '',
  'Chủ tịch nước hội đàm với Tổng thống Chile',
  '',
  'Chiều 14/5, tại Phủ Chủ tịch, Chủ tịch nước Võ Văn Thưởng hội đàm với Tổng thống Chile Gabriel Boric.',
  'Hai nhà lãnh đạo nhắc lại cuộc hội đàm giữa hai bên tại Santiago hồi tháng 11/2023.',
  'Sau hội đàm, Chủ tịch nước Võ Văn Thưởng và Tổng thống Gabriel Boric đã chứng kiến lễ ký và trao các văn kiện hợp tác, gồm: Hiệp định miễn thị thực cho người mang hộ chiếu phổ thông giữa hai nước; Bản ghi nhớ hợp tác giữa Bộ Ngoại giao hai nước; và Chương trình hợp tác văn hóa giai đoạn 2024-2027.',
  'Sáng cùng ngày, tại Nhà khách Chính phủ, Thứ trưởng Ngoại giao Đỗ Hùng Việt và Thứ trưởng Ngoại giao Chile Gloria de la Fuente đồng chủ trì Đối thoại chiến lược lần thứ nhất.',
  'Kết thúc Đối thoại, hai Trưởng đoàn đã ký Bản ghi nhớ về thiết lập cơ chế Đối thoại chiến lược giữa Bộ Ngoại giao hai nước.',
  '',
  'Từ khóa: Chủ tịch nước, Chile, Đối thoại chiến lược',
].join('\n');

describe('a state visit with documents and a recalled meeting', () => {
  const r = extract(VISIT);

  it('signs each document of a list after "gồm:", parted by semicolons, at the talks reported that day', () => {
    const names = ['Hiệp định miễn thị thực', 'Bản ghi nhớ hợp tác giữa Bộ Ngoại giao', 'Chương trình hợp tác văn hóa'];
    for (const n of names) {
      const a = r.agreements.find((x) => x.name.startsWith(n));
      expect(a, n).toBeDefined();
      expect(a!.signedAtMeeting).toBe(true);
      expect(a!.signed?.iso).toBe('2024-05-14');
    }
    const signing = r.meetings.find((m) => m.kind === 'signing' && m.agreements.length >= 3);
    expect(signing?.date?.iso).toBe('2024-05-14');
  });

  it('dates "Sáng cùng ngày" by the day reported, not by the meeting recalled by its month', () => {
    const d = r.meetings.filter((m) => m.kind === 'dialogue');
    expect(d).toHaveLength(1);
    expect(d[0].date?.iso).toBe('2024-05-14');
    expect(d[0].date?.partOfDay).toBe('morning');
  });

  it('keeps the recalled talks as a meeting of their own month', () => {
    expect(r.meetings.find((m) => m.date?.iso === '2023-11')?.kind).toBe('talks');
  });

  it('reads no meeting from a document\'s name, nor from the keyword line', () => {
    const dialogueWords = r.meetings.filter((m) => /Đối thoại chiến lược/.test(m.trigger?.text ?? ''));
    expect(dialogueWords).toHaveLength(1);
    const mou = r.agreements.find((x) => x.name.startsWith('Bản ghi nhớ về thiết lập cơ chế'));
    expect(mou?.signed?.iso).toBe('2024-05-14');
  });
});

describe('a delegation\'s visit dated by its span of days', () => {
  it.each([
    'Từ ngày 17-19/3',
    'Trong hai ngày 17-18/3',
    'Trong 3 ngày 17-19/3',
  ])('"%s, X dẫn đầu đoàn … thăm chính thức …" is the visit itself, from its first day', (when) => {
    const r = extract(`Thứ Hai, 20/03/2023 10:00\n\n${when}, Thượng tướng Lương Tam Quang dẫn đầu đoàn đại biểu Bộ Công an thăm chính thức Cộng hòa Ba Lan.\n\nChiều 18/3, tại Warsaw, Thượng tướng Lương Tam Quang hội đàm với Bộ trưởng Nội vụ Ba Lan Mariusz Kamiński.`);
    expect(r.meetings[0]).toMatchObject({ kind: 'visit', date: { iso: '2023-03-17' } });
    expect(r.meetings.map((m) => m.kind)).toEqual(['visit', 'talks']);
  });

  it('keeps a visit that is only the purpose of a trip out of the meetings', () => {
    const r = extract('Chiều 18/3/2023, tại Hà Nội, Bộ trưởng Tô Lâm tiếp Bộ trưởng Nội vụ Ba Lan Mariusz Kamiński, đang có chuyến thăm chính thức Việt Nam.');
    expect(r.meetings.map((m) => m.kind)).toEqual(['reception']);
  });
});

describe('a visit that frames another meeting', () => {
  it('"… was held as part of X\'s official visit from May 5 to 7" reports no visit of its own', () => {
    const r = extract('HANOI, May 8, 2024 -- Deputy Foreign Minister Do Hung Viet and Chilean Deputy Foreign Minister Gloria de la Fuente co-chaired the fourth political consultation in Hanoi on May 6.\nThe consultation was held as part of de la Fuente\'s official visit to Vietnam from May 5 to 7.');
    expect(r.meetings.map((m) => m.kind)).toEqual(['consultation']);
  });

  it('"Trong khuôn khổ chuyến thăm … từ ngày 5-7/5" reports no visit of its own', () => {
    const r = extract('Chiều 6/5/2024, tại Hà Nội, Thứ trưởng Ngoại giao Đỗ Hùng Việt và Thứ trưởng Ngoại giao Chile Gloria de la Fuente đồng chủ trì Tham vấn chính trị lần thứ tư. Tham vấn diễn ra trong khuôn khổ chuyến thăm chính thức Việt Nam từ ngày 5-7/5 của Thứ trưởng Gloria de la Fuente.');
    expect(r.meetings.map((m) => m.kind)).toEqual(['consultation']);
  });
});

describe('a plan named by its year', () => {
  const r = extract([
    'Chiều 8/7/2025, tại Hà Nội, Thứ trưởng Bộ Công an Lê Quốc Hùng hội đàm với Thứ trưởng Bộ An ninh Lào Khamphao Vongsa.',
    'Kết thúc hội đàm, hai Thứ trưởng đã ký Kế hoạch hợp tác năm 2025 giữa Bộ Công an Việt Nam và Bộ An ninh Lào.',
    'Hai bên đánh giá Kế hoạch vừa ký là cơ sở để triển khai hợp tác.',
    'Hai Thứ trưởng ký Kế hoạch hợp tác năm 2025. Ảnh: Quang Minh',
  ].join('\n'));

  it('keeps the year inside the name when the parties follow it', () => {
    expect(r.agreements.map((a) => a.name)).toEqual(['Kế hoạch hợp tác năm 2025 giữa Bộ Công an Việt Nam và Bộ An ninh Lào']);
  });

  it('dates it by the signing, not by its year', () => {
    expect(r.agreements[0]).toMatchObject({ signedAtMeeting: true, signed: { iso: '2025-07-08' } });
  });
});

describe('venues', () => {
  it.each([
    ['Chiều 21/3/2024, tại trụ sở Bộ Công an, Hà Nội, Bộ trưởng Lương Tam Quang hội đàm với Bộ trưởng Nội vụ Lào Vilay Lakhamfong.', 'Hanoi', 'trụ sở Bộ Công an'],
    ['Sáng 12/11/2024, tại trụ sở Bộ Quốc phòng Nga ở Thủ đô Moscow, Thượng tướng Hoàng Xuân Chiến hội đàm với Thứ trưởng Quốc phòng Nga Alexander Fomin.', 'Moscow', 'trụ sở Bộ Quốc phòng Nga'],
    ['Ngày 16/9/2024, tại Cửa khẩu Quốc tế Móng Cái, Trung tướng Lê Đức Thái hội đàm với Trung tướng Lưu Quốc Khánh, Chính ủy Cục Quản lý xuất nhập cảnh Trung Quốc.', 'Mong Cai', 'Cửa khẩu Quốc tế Móng Cái'],
    ['Ngày 6/4/2024, tại thành phố Tây Ninh, Thiếu tướng Nguyễn Văn Trãi hội đàm với Trung tướng Keo Sopheak, Trưởng Ty Công an tỉnh Svay Rieng.', 'Tay Ninh', null],
  ])('%s', (text, city, place) => {
    const v = extract(text).meetings[0].venue;
    expect(v?.city).toBe(city);
    expect(v?.place ?? null).toBe(place);
  });
});

describe('wire datelines and bylines with the date', () => {
  it('"BEIJING, May 20 (Xinhua) -- … held talks … here": the dateline\'s city is the venue', () => {
    const r = extract('Ministers hold talks\n\nBEIJING, May 20 (Xinhua) -- Chinese Minister of Public Security Wang Xiaohong held talks with Vietnamese Minister of Public Security Luong Tam Quang here on Monday.');
    expect(r.meetings[0].venue?.city).toBe('Beijing');
  });

  it('reads the date of a byline line parted by "|" ("Sok Rathana | Khmer Times | Publication date 04 March 2025 | 08:12 ICT")', () => {
    const r = extract('Khmer Times\nHome | National | Business | World\nCambodia, Vietnam vow to keep border peaceful\nSok Rathana | Khmer Times | Publication date 04 March 2025 | 08:12 ICT\nDefence Minister Gen Tea Seiha received Vietnamese Deputy Defence Minister Senior Lieutenant General Hoang Xuan Chien in Phnom Penh on the afternoon of March 3.');
    expect(r.published?.iso).toBe('2025-03-04');
    expect(r.meetings[0].date?.iso).toBe('2025-03-03');
  });
});
