import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../src/index.js';

const names = (r: ArticleRecord, i = 0): string[] =>
  r.meetings[i].participants.map((p) => r.people.find((x) => x.id === p.person)?.name ?? '?');
const role = (r: ArticleRecord, i: number, name: string): string | undefined =>
  r.meetings[i].participants.find((p) => r.people.find((x) => x.id === p.person)?.name.includes(name))?.role;

describe('meeting kinds and online', () => {
  const cases: Array<[string, string, boolean]> = [
    ['Chiều 5/4, tại Hà Nội, Bộ trưởng Bộ Công an Trần Văn Bình đã hội đàm với Bộ trưởng Nội vụ Nga Ivan Petrov.', 'talks', false],
    ['Sáng 5/4, Bộ trưởng Bộ Công an Trần Văn Bình hội đàm trực tuyến với Bộ trưởng Nội vụ Nga Ivan Petrov.', 'talks', true],
    ['Chiều 5/4, tại Hà Nội, Thủ tướng Trần Văn Bình tiếp Bộ trưởng Nội vụ Nga Ivan Petrov.', 'reception', false],
    ['Chiều 5/4, Thủ tướng Trần Văn Bình tiếp xã giao Đại sứ Nga Ivan Petrov.', 'reception', false],
    ['Chiều 5/4, Bộ trưởng Trần Văn Bình đã điện đàm với Bộ trưởng Nội vụ Nga Ivan Petrov.', 'call', true],
    ['Ngày 5/4, tại Hà Nội, Thứ trưởng Trần Văn Bình và Thứ trưởng Ivan Petrov đồng chủ trì Đối thoại chiến lược lần thứ ba.', 'dialogue', false],
    ['Chiều 5/4, Thứ trưởng Trần Văn Bình và Thứ trưởng Ivan Petrov chủ trì Tham vấn chính trị.', 'consultation', false],
    ['Chiều 5/4, Bộ trưởng Trần Văn Bình chủ trì Lễ đón Bộ trưởng Ivan Petrov.', 'ceremony', false],
    ['Chiều 5/4, Bộ trưởng Trần Văn Bình và Bộ trưởng Ivan Petrov dự Lễ ký kết hợp tác.', 'signing', false],
    ['Ngày 5/4, Bộ trưởng Trần Văn Bình đã sang thăm chính thức Liên bang Nga.', 'visit', false],
    ['Sáng 5/4, Bộ trưởng Trần Văn Bình và Bộ trưởng Ivan Petrov đồng chủ trì Hội nghị hợp tác lần thứ 5.', 'conference', false],
    ['Chiều 5/4, Bộ trưởng Trần Văn Bình đã làm việc với Bộ trưởng Ivan Petrov.', 'meeting', false],
    ['On April 5, Defense Minister John Carter held talks with Vietnamese Defence Minister Tran Van Binh.', 'talks', false],
    ['On April 5, Defense Minister John Carter received Vietnamese Defence Minister Tran Van Binh.', 'reception', false],
    ['On April 5, Defense Minister John Carter had a telephone conversation with Defence Minister Tran Van Binh.', 'call', true],
    ['On April 5, Defense Minister John Carter met with Defence Minister Tran Van Binh in Hanoi.', 'meeting', false],
  ];
  for (const [text, kind, online] of cases) {
    it(`${kind}${online ? ' online' : ''}: ${text.slice(0, 60)}`, () => {
      const r = extract(text);
      expect(r.meetings[0]?.kind).toBe(kind);
      expect(r.meetings[0]?.online).toBe(online);
    });
  }

  it('"tiếp tục" and "tiếp xúc" are not receptions', () => {
    const r = extract('Hai bên thống nhất tiếp tục duy trì các cuộc tiếp xúc giữa lãnh đạo hai bộ trong năm 2024.');
    expect(r.meetings).toEqual([]);
  });

  it('a plan ("sẽ") and a purpose ("để") are not meetings', () => {
    const r = extract('Ngày 5/4, Bộ trưởng Trần Văn Bình cho biết Tổng thống Nga Ivan Petrov sẽ sang Việt Nam dự Hội nghị thượng đỉnh.');
    expect(r.meetings.map((m) => m.kind)).not.toContain('conference');
  });
});

describe('one meeting per event', () => {
  const article = [
    'Chiều 12/5, tại Hà Nội, Bộ Công an tổ chức lễ đón chính thức và hội đàm với Đoàn đại biểu Bộ Nội vụ Lào do Đại tướng Somsak Phanith, Bộ trưởng Bộ Nội vụ Lào làm Trưởng đoàn sang thăm chính thức Việt Nam.',
    'Đại tướng Nguyễn Văn Hải, Bộ trưởng Bộ Công an chủ trì lễ đón.',
    'Tại hội đàm, Bộ trưởng Nguyễn Văn Hải đánh giá cao kết quả hợp tác giữa hai bộ.',
    'Cùng dự có Trung tướng Lê Minh Tâm, Thứ trưởng Bộ Công an.',
    'Chiều cùng ngày, Bộ trưởng Nguyễn Văn Hải và Bộ trưởng Somsak Phanith đồng chủ trì Hội nghị hợp tác phòng, chống tội phạm lần thứ 3.',
    'Trước đó, Đại tướng Somsak Phanith đã đến thăm Đại sứ quán Lào tại Việt Nam.',
  ].join('\n');
  const r = extract(article);

  it('reports ceremony, talks, conference, then the earlier visit, in order', () => {
    expect(r.meetings.map((m) => m.kind)).toEqual(['ceremony', 'talks', 'conference', 'visit']);
  });
  it('meetings reported together share day and place; "cùng ngày" keeps the day, not the place', () => {
    expect(r.meetings[0].date?.iso.endsWith('05-12')).toBe(true);
    expect(r.meetings[1].date?.iso).toBe(r.meetings[0].date?.iso);
    expect(r.meetings[0].venue?.city).toBe('Hanoi');
    expect(r.meetings[1].venue?.city).toBe('Hanoi');
    expect(r.meetings[2].date?.iso).toBe(r.meetings[0].date?.iso);
    expect(r.meetings[2].venue).toBeNull();
  });
  it('"Trước đó" with no day of its own has no date, and the visit venue is the embassy', () => {
    expect(r.meetings[3].date).toBeNull();
    expect(r.meetings[3].venue?.place).toContain('Đại sứ quán Lào');
    expect(r.meetings[3].venue?.country).toBe('VN');
  });
  it('roles: host of the ceremony, delegation head, and "Cùng dự" joins the talks', () => {
    expect(role(r, 0, 'Nguyễn Văn Hải')).toBe('host');
    expect(role(r, 0, 'Somsak Phanith')).toBe('delegation_head');
    expect(names(r, 1)).toContain('Lê Minh Tâm');
  });
  it('the delegation\'s "sang thăm" is background, not a fifth meeting', () => {
    expect(r.meetings.filter((m) => m.kind === 'visit')).toHaveLength(1);
  });
  it('countries are the sides', () => {
    expect(r.meetings[0].countries.sort()).toEqual(['LA', 'VN']);
  });
});

describe('continuations and signing', () => {
  it('"Tại Hội đàm" starts the talks when none was reported; "Kết thúc Hội đàm, … ký" is a signing with witnesses', () => {
    const r = extract([
      'Sáng 3/6, tại Hà Nội, Thủ tướng Phạm Văn Đồng tiếp Bộ trưởng Ngoại giao Nga Ivan Petrov.',
      'Trước đó, Bộ trưởng Ngoại giao Lê Văn Hòa đã chủ trì lễ đón Bộ trưởng Ivan Petrov.',
      'Tại Hội đàm với ông Ivan Petrov, Bộ trưởng Lê Văn Hòa khẳng định quan hệ hai nước phát triển tốt đẹp.',
      'Kết thúc Hội đàm, dưới sự chứng kiến của Bộ trưởng Lê Văn Hòa và Bộ trưởng Ivan Petrov, Thứ trưởng Ngô Minh Tuấn và Đại sứ Nga tại Việt Nam Sergei Orlov đã ký kết Bản ghi nhớ về hợp tác giữa Bộ Ngoại giao Việt Nam và Bộ Ngoại giao Nga.',
    ].join('\n'));
    expect(r.meetings.map((m) => m.kind)).toEqual(['reception', 'ceremony', 'talks', 'signing']);
    expect(r.meetings[1].date).toBeNull();
    expect(role(r, 0, 'Phạm Văn Đồng')).toBe('host');
    expect(role(r, 0, 'Ivan Petrov')).toBe('guest');
    expect(role(r, 3, 'Lê Văn Hòa')).toBe('witness');
    expect(role(r, 3, 'Ngô Minh Tuấn')).toBe('signatory');
    expect(r.meetings[3].agreements).toEqual([r.agreements[0].id]);
    expect(r.agreements[0].signedAtMeeting).toBe(true);
  });

  it('"Ngay sau Lễ đón" takes the ceremony\'s day and place', () => {
    const r = extract([
      'Chiều 8/10, tại Hà Nội, Bộ trưởng Nguyễn Văn Hải chủ trì Lễ đón Bộ trưởng Nội vụ Campuchia Sok Pheap.',
      'Ngay sau Lễ đón, Bộ trưởng Nguyễn Văn Hải và Bộ trưởng Sok Pheap tiến hành hội đàm.',
    ].join('\n'));
    expect(r.meetings.map((m) => m.kind)).toEqual(['ceremony', 'talks']);
    expect(r.meetings[1].date?.iso).toBe(r.meetings[0].date?.iso);
    expect(r.meetings[1].venue?.city).toBe('Hanoi');
  });

  it('English: "During the talks" and "At the end of the meeting" add to the event', () => {
    const r = extract([
      'On March 3, Interior Minister Ivan Petrov held talks with Vietnamese Deputy Minister of Public Security Tran Van Binh in Moscow.',
      'During the talks, the ministers discussed training. At the end of the meeting, Ivan Petrov thanked his guest.',
    ].join('\n'));
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0].venue?.city).toBe('Moscow');
    expect(names(r).length).toBe(2);
  });

  it('a weekday-only meeting takes the full date of a caption', () => {
    const r = extract([
      'Foreign Minister Ivan Petrov held talks with his counterpart Tran Van Binh in Hanoi on Wednesday morning.',
      'Ivan Petrov and Tran Van Binh join talks in Hanoi, July 6, 2022. Photo: Le Van / VNA',
    ].join('\n'));
    expect(r.meetings[0].date?.iso).toBe('2022-07-06');
  });

  it('an invitation\'s author did not take part', () => {
    const r = extract('Ngày 29/9, Đoàn đại biểu Bộ Công an do Đại tướng Nguyễn Văn Hải làm trưởng đoàn đã tới thủ đô Vientiane, bắt đầu chuyến thăm chính thức Lào theo lời mời của Đại tướng Somsak Phanith, Bộ trưởng Bộ Công an Lào.');
    expect(r.meetings[0].kind).toBe('visit');
    expect(r.meetings[0].venue?.city).toBe('Vientiane');
    expect(names(r).some((n) => n.includes('Somsak'))).toBe(false);
    expect(names(r).some((n) => n.includes('Nguyễn Văn Hải'))).toBe(true);
  });
});

describe('boilerplate and seeds', () => {
  it('related news after the article report no meetings (seed 004)', () => {
    const r = extract(readFileSync(new URL('../fixtures/004_fdbe3437043d984e.txt', import.meta.url), 'utf8'));
    expect(r.meetings.map((m) => m.kind)).toEqual(['dialogue', 'dialogue', 'visit']);
    expect(r.meetings.map((m) => m.date?.iso ?? null)).toEqual(['--03-21', '2013-12', '--03-21']);
    expect(r.meetings.some((m) => m.span.text.includes('Baonghean'))).toBe(false);
  });
  it('seed 001: reception, ceremony, talks and signing with their participants', () => {
    const r = extract(readFileSync(new URL('../fixtures/001_1558dd30e826f05f.txt', import.meta.url), 'utf8'));
    expect(r.meetings.map((m) => m.kind)).toEqual(['reception', 'ceremony', 'talks', 'signing']);
    expect(r.meetings[0].venue?.city).toBe('Hanoi');
    expect(names(r, 3)).toHaveLength(4);
  });
  it('a dateline in capitals is not a venue', () => {
    const r = extract('MOSCOW, June 11. /TASS/. Russian Defense Minister Ivan Petrov held talks with his Vietnamese counterpart Tran Van Binh via a video conference.');
    expect(r.meetings[0].venue).toBeNull();
    expect(r.meetings[0].online).toBe(true);
  });
});
