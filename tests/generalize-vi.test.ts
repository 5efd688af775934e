/**
 * Vietnamese articles the rules were not written on: short press texts in the style of
 * several outlets (CAND, VOV, TTXVN, QĐND, Bộ Ngoại giao, Nhân Dân, VnExpress, Thanh Niên)
 * and counterparts (China, Laos, Cambodia, India, the United States, Cuba, Korea), written
 * for these tests (tests/articles/vi). Each expectation is what a reader of the text would
 * write down, following shared/corpus/GUIDELINES.md.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract, type ArticleRecord } from '../src/index.js';
import { person } from './helpers/records.js';

const read = (name: string): ArticleRecord => extract(readFileSync(new URL(`./articles/vi/${name}.txt`, import.meta.url), 'utf8'));

const roles = (r: ArticleRecord, name: string): string[] => person(r, name).titles.map((t) => t.role).sort();
const who = (r: ArticleRecord, i: number): Record<string, string> =>
  Object.fromEntries(r.meetings[i].participants.map((x) => [r.people.find((p) => p.id === x.person)!.name, x.role]));
const agreement = (r: ArticleRecord, startsWith: string) => {
  const a = r.agreements.find((x) => x.name.startsWith(startsWith));
  if (!a) throw new Error(`no agreement "${startsWith}" in [${r.agreements.map((x) => x.name).join(' | ')}]`);
  return a;
};

describe('CAND: a deputy minister receives the Chinese ambassador', () => {
  const r = read('cand-china-ambassador');

  it('reads a " date …" header below the headline as the published date', () => {
    expect(r.published?.iso).toBe('2023-04');
  });

  it('places the reception at the ministry, not at the ambassador\'s posting', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('reception');
    expect(m.date?.iso).toBe('2023-04-18');
    expect(m.date?.partOfDay).toBe('morning');
    expect(m.venue?.place).toBe('trụ sở Bộ Công an');
    expect(m.venue?.city).toBeNull();
    expect(who(r, 0)).toEqual({ 'Lương Tam Quang': 'host', 'Hùng Ba': 'guest' });
  });

  it('reports the earlier phone call on its own day', () => {
    const call = r.meetings.find((m) => m.kind === 'call');
    expect(call?.online).toBe(true);
    expect(call?.date?.iso).toBe('2023-04-17');
    expect(Object.keys(who(r, r.meetings.indexOf(call!))).sort()).toEqual(['Tô Lâm', 'Vương Tiểu Hồng']);
  });

  it('reads ranks, titles and sides', () => {
    expect(person(r, 'Lương Tam Quang').rank?.code).toBe('colonel_general');
    expect(roles(r, 'Lương Tam Quang')).toEqual(['central_committee_member', 'deputy_minister']);
    expect(roles(r, 'Hùng Ba')).toEqual(['ambassador']);
    expect(person(r, 'Hùng Ba').country).toBe('CN');
    expect(person(r, 'Vương Tiểu Hồng').country).toBe('CN');
    expect(person(r, 'Tô Lâm').rank?.code).toBe('general');
  });
});

describe('VOV: the President receives the Lao minister at the Presidential Palace', () => {
  const r = read('vov-laos-president');

  it('reads the dateline with its time', () => {
    expect(r.published?.iso).toBe('2024-03-12');
    expect(r.published?.time).toBe('19:45');
  });

  it('takes a building written as a proper name as the venue', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('reception');
    expect(m.date?.iso).toBe('2024-03-12');
    expect(m.venue?.place).toBe('Phủ Chủ tịch');
    expect(who(r, 0)).toMatchObject({ 'Võ Văn Thưởng': 'host', 'Vilay Lakhamfong': 'guest' });
  });

  it('"Sáng cùng ngày" dates the talks to the morning; "Cùng dự buổi tiếp" joins the reception', () => {
    const talks = r.meetings.find((m) => m.kind === 'talks')!;
    expect(talks.date?.iso).toBe('2024-03-12');
    expect(talks.date?.partOfDay).toBe('morning');
    expect(who(r, 0)['Trần Quốc Tỏ']).toBe('participant');
    expect(who(r, r.meetings.indexOf(talks))['Trần Quốc Tỏ']).toBeUndefined();
  });

  it('gives a party title its party, and each minister his own title', () => {
    expect(roles(r, 'Võ Văn Thưởng')).toEqual(['head_of_state']);
    expect(roles(r, 'Vilay Lakhamfong')).toEqual(['minister', 'politburo_member']);
    expect(person(r, 'Vilay Lakhamfong').country).toBe('LA');
    expect(person(r, 'Vilay Lakhamfong').rank?.code).toBe('general');
    expect(roles(r, 'Tô Lâm')).toEqual(['minister']);
    expect(person(r, 'Tô Lâm').country).toBe('VN');
  });

  it('keeps the parties of a plan whose period stands before them', () => {
    const a = agreement(r, 'Kế hoạch hợp tác');
    expect(a.kind).toBe('plan');
    expect(a.name).toContain('giữa Bộ Công an Việt Nam và Bộ An ninh Lào');
    expect(a.period).toEqual({ from: 2024, to: 2026 });
    expect(a.status).toBe('signed');
    expect(a.signed?.iso).toBe('2024-03-12');
    expect(a.signedAtMeeting).toBe(true);
  });

});

describe('TTXVN: online talks with Cambodia', () => {
  const r = read('ttxvn-cambodia-online');

  it('is online talks on the morning of 26 August 2021', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('talks');
    expect(m.online).toBe(true);
    expect(m.date?.iso).toBe('2021-08-26');
    expect(Object.keys(who(r, 0))).toEqual(expect.arrayContaining(['Tô Lâm', 'Sar Kheng']));
  });

  it('reads the Cambodian deputy prime minister', () => {
    expect(roles(r, 'Sar Kheng')).toEqual(['deputy_prime_minister', 'minister']);
    expect(person(r, 'Sar Kheng').country).toBe('KH');
    expect(person(r, 'Lương Tam Quang').rank?.code).toBe('lieutenant_general');
    expect(person(r, 'Phạm Công Nguyên').rank?.code).toBe('major_general');
    expect(roles(r, 'Phạm Công Nguyên')).toEqual(['director']);
  });

  it('"Tại điểm cầu … còn có" adds the attendees to the talks', () => {
    expect(who(r, 0)).toMatchObject({ 'Lương Tam Quang': 'participant', 'Phạm Công Nguyên': 'participant' });
  });

  it('a memorandum to be signed "soon" is proposed, with its name across "phòng, chống"', () => {
    const a = agreement(r, 'Bản ghi nhớ');
    expect(a.kind).toBe('memorandum');
    expect(a.name).toContain('phòng, chống tội phạm xuyên quốc gia giữa Bộ Công an Việt Nam và Bộ Nội vụ Campuchia');
    expect(a.status).toBe('proposed');
    expect(a.signedAtMeeting).toBe(false);
    expect(r.meetings[0].agreements).not.toContain(a.id);
  });

  it('a protocol signed earlier keeps its own date', () => {
    const a = agreement(r, 'Nghị định thư');
    expect(a.kind).toBe('protocol');
    expect(a.signed?.iso).toBe('2019-03-15');
    expect(a.signedAtMeeting).toBe(false);
  });

});

describe('QĐND: the Indian defence minister at the Ministry of Defence', () => {
  const r = read('qdnd-india-defence');

  it('dates "8-6" day first against the dateline', () => {
    expect(r.published?.iso).toBe('2023-06-09');
    expect(r.meetings[0].kind).toBe('ceremony');
    expect(r.meetings[0].date?.iso).toBe('2023-06-08');
    expect(r.meetings[0].venue?.place).toBe('Trụ sở Bộ Quốc phòng');
    expect(r.meetings.map((m) => m.kind)).toContain('talks');
  });

  it('reads the Indian minister and the Vietnamese officers', () => {
    expect(person(r, 'Rajnath Singh').country).toBe('IN');
    expect(roles(r, 'Rajnath Singh')).toEqual(['minister']);
    expect(person(r, 'Hoàng Xuân Chiến').rank?.code).toBe('colonel_general');
    expect(person(r, 'Nguyễn Văn Minh').rank?.code).toBe('senior_colonel');
    expect(roles(r, 'Nguyễn Văn Minh')).toEqual(['deputy_director']);
  });

  it('a memorandum named across "cứu hộ, cứu nạn" is signed at the talks', () => {
    const a = agreement(r, 'Bản ghi nhớ');
    expect(a.name).toBe('Bản ghi nhớ về hợp tác trong lĩnh vực cứu hộ, cứu nạn giữa Bộ Quốc phòng Việt Nam và Bộ Quốc phòng Ấn Độ');
    expect(a.signedAtMeeting).toBe(true);
    expect(a.signed?.iso).toBe('2023-06-08');
  });
});

describe('Bộ Ngoại giao: a phone call with the US Secretary of State', () => {
  const r = read('mofa-us-call');

  it('is an evening call on 15 September 2023', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('call');
    expect(m.online).toBe(true);
    expect(m.date?.iso).toBe('2023-09-15');
    expect(m.date?.partOfDay).toBe('evening');
    expect(Object.keys(who(r, 0))).toEqual(expect.arrayContaining(['Bùi Thanh Sơn', 'Antony Blinken']));
  });

  it('reads "Ngoại trưởng" as a foreign minister with the country after it', () => {
    expect(roles(r, 'Antony Blinken')).toEqual(['minister']);
    expect(person(r, 'Antony Blinken').country).toBe('US');
    expect(roles(r, 'Bùi Thanh Sơn')).toEqual(['minister']);
    expect(roles(r, 'Joe Biden')).toEqual(['head_of_state']);
  });

  it('a call has no venue, and the President whose visit is discussed did not take part', () => {
    expect(r.meetings[0].venue).toBeNull();
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Antony Blinken', 'Bùi Thanh Sơn']);
  });

});

describe('Nhân Dân: the General Secretary and the Chairman of the National Assembly receive the Cuban minister', () => {
  const r = read('nhandan-cuba-leaders');

  it('reports both receptions with their buildings, then the earlier ceremony', () => {
    expect(r.published?.iso).toBe('2022-10');
    expect(r.meetings[0].kind).toBe('reception');
    expect(r.meetings[0].date?.iso).toBe('2022-10-20');
    expect(r.meetings[0].venue?.place).toBe('Trụ sở Trung ương Đảng');
    expect(who(r, 0)).toEqual({ 'Nguyễn Phú Trọng': 'host', 'Lázaro Alberto Álvarez Casas': 'guest' });
    expect(r.meetings[1].kind).toBe('reception');
    expect(r.meetings[1].date?.iso).toBe('2022-10-20');
    expect(r.meetings[1].venue?.place).toBe('Nhà Quốc hội');
    expect(r.meetings.some((m) => m.kind === 'ceremony' && m.date?.iso === '2022-10-19')).toBe(true);
  });

  it('"hội đàm với Bộ trưởng Nội vụ Cuba" names the guest by his title alone', () => {
    const talks = r.meetings.findIndex((m) => m.kind === 'talks');
    expect(Object.keys(who(r, talks)).sort()).toEqual(['Lázaro Alberto Álvarez Casas', 'Tô Lâm']);
  });

  it('reads a foreign party title without taking its words for a name', () => {
    expect(r.people.map((p) => p.name).sort()).toEqual(['Lázaro Alberto Álvarez Casas', 'Nguyễn Phú Trọng', 'Tô Lâm', 'Vương Đình Huệ']);
    expect(roles(r, 'Lázaro Alberto Álvarez Casas')).toEqual(['central_committee_member', 'minister']);
    expect(person(r, 'Lázaro Alberto Álvarez Casas').country).toBe('CU');
    expect(roles(r, 'Nguyễn Phú Trọng')).toEqual(['party_general_secretary']);
    expect(roles(r, 'Vương Đình Huệ')).toEqual(['parliament_chair']);
    // The words of the Cuban party's title are not a Vietnamese body of their own.
    const title = person(r, 'Lázaro Alberto Álvarez Casas').titles.find((t) => t.role === 'central_committee_member')!;
    const inside = r.organizations.filter((o) => o.mentions.some((m) => m.start >= title.span.start && m.end <= title.span.end));
    expect(inside.every((o) => o.country !== 'VN')).toBe(true);
  });

  it('reads a plan whose period follows its parties', () => {
    const a = agreement(r, 'Kế hoạch hợp tác');
    expect(a.period).toEqual({ from: 2022, to: 2025 });
    expect(a.signed?.iso).toBe('2022-10-19');
  });

});

describe('VnExpress: the Prime Minister in Beijing', () => {
  const r = read('vnexpress-china-beijing');

  it('reads the dateline "Thứ ba, 27/6/2023, 21:10 (GMT+7)"', () => {
    expect(r.published?.iso).toBe('2023-06-27');
  });

  it('holds talks in the Great Hall of the People', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('talks');
    expect(m.date?.iso).toBe('2023-06-27');
    expect(m.venue?.place).toBe('Đại lễ đường Nhân dân');
    // The dateline "Bắc Kinh - " gives the hall its city.
    expect(m.venue?.city).toBe('Beijing');
    expect(r.meetings[1].venue?.city).toBe('Beijing');
    expect(Object.keys(who(r, 0))).toEqual(expect.arrayContaining(['Phạm Minh Chính', 'Lý Cường']));
  });

  it('finds no king in "Trung Quốc Vương Văn Đào" and no prime minister in "hai Thủ tướng"', () => {
    expect(roles(r, 'Lý Cường')).toEqual(['head_of_government']);
    expect(person(r, 'Lý Cường').country).toBe('CN');
    expect(roles(r, 'Vương Văn Đào')).toEqual(['minister']);
    expect(person(r, 'Vương Văn Đào').country).toBe('CN');
    expect(roles(r, 'Nguyễn Hồng Diên')).toEqual(['minister']);
    expect(r.people).toHaveLength(4);
  });

  it('documents listed after "lễ ký kết …, trong đó có" are signed there', () => {
    for (const start of ['Bản ghi nhớ', 'Nghị định thư', 'Kế hoạch hành động']) {
      const a = agreement(r, start);
      expect(a.status).toBe('signed');
      expect(a.signedAtMeeting).toBe(true);
      expect(a.signed?.iso).toBe('2023-06-27');
    }
    const plan = agreement(r, 'Kế hoạch hành động');
    expect(plan.period).toEqual({ from: 2023, to: 2025 });
    expect(plan.signatories.map((id) => r.people.find((p) => p.id === id)?.name).sort()).toEqual(['Nguyễn Hồng Diên', 'Vương Văn Đào']);
  });

  it('"Sau hội đàm, hai Thủ tướng chứng kiến lễ ký kết" is a signing of its own, witnessed by both', () => {
    const i = r.meetings.findIndex((m) => m.kind === 'signing');
    expect(i).toBe(1);
    expect(r.meetings[i].date?.iso).toBe('2023-06-27');
    expect(who(r, i)).toEqual({ 'Phạm Minh Chính': 'witness', 'Lý Cường': 'witness', 'Nguyễn Hồng Diên': 'signatory', 'Vương Văn Đào': 'signatory' });
    expect(r.meetings[i].agreements).toContain(agreement(r, 'Kế hoạch hành động').id);
  });

});

describe('Thanh Niên: a conference with the Korean National Police Agency', () => {
  const r = read('thanhnien-korea-conference');

  it('is a conference in Hanoi on 7 December 2023', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('conference');
    expect(m.date?.iso).toBe('2023-12-07');
    expect(m.venue?.city).toBe('Hanoi');
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Lương Tam Quang', 'Yoon Hee-keun']);
  });

  it('keeps a Korean given name whole', () => {
    expect(roles(r, 'Yoon Hee-keun')).toEqual(['director']);
    expect(person(r, 'Yoon Hee-keun').country).toBe('KR');
    expect(person(r, 'Nguyễn Ngọc Cường').rank?.code).toBe('major_general');
  });

  it('signs the memorandum at the conference', () => {
    const a = agreement(r, 'Bản ghi nhớ');
    expect(a.name).toContain('công nghệ cao giữa Bộ Công an Việt Nam và Cơ quan Cảnh sát Quốc gia Hàn Quốc');
    expect(a.signedAtMeeting).toBe(true);
    expect(r.meetings[0].agreements).toContain(a.id);
  });

  it('"đón đoàn tại Sân bay quốc tế Nội Bài" is an airport welcome of its own, the evening before', () => {
    const w = r.meetings.find((m) => m.kind === 'ceremony');
    expect(w?.date?.iso).toBe('2023-12-06');
    expect(w?.date?.partOfDay).toBe('evening');
    expect(w?.venue?.place).toBe('Sân bay quốc tế Nội Bài');
    expect(who(r, r.meetings.indexOf(w!))).toEqual({ 'Nguyễn Ngọc Cường': 'host' });
  });

});

/** Round 2: single sentences and short texts written for the gaps round 1 found. */
describe('round 2: gaps of round 1, on texts written for them', () => {
  const run = (text: string): ArticleRecord => extract(text);

  it('"Sáng cùng ngày" keeps the earlier meeting\'s day with its own part of day', () => {
    const r = run('Chiều 14/5/2024, tại Hà Nội, Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã tiếp Đại tướng Kim Min-soo, Chủ tịch Hội đồng Tham mưu trưởng liên quân Hàn Quốc.\n'
      + 'Sáng cùng ngày, Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng đã hội đàm với Đại tướng Kim Min-soo.');
    const talks = r.meetings.find((m) => m.kind === 'talks');
    expect(talks?.date?.iso).toBe('2024-05-14');
    expect(talks?.date?.partOfDay).toBe('morning');
    expect(r.meetings[0].date?.partOfDay).toBe('afternoon');
  });

  it('a phone call takes no venue from a visit it mentions ("chuyến thăm … tới Việt Nam"), nor the visitor as a participant', () => {
    const r = run('Chiều 2/3/2024, Thủ tướng Phạm Minh Chính đã điện đàm với Thủ tướng Australia Anthony Albanese về kết quả chuyến thăm cấp Nhà nước của Tổng thống Indonesia Joko Widodo tới Australia.');
    const call = r.meetings[0];
    expect(call.kind).toBe('call');
    expect(call.venue).toBeNull();
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Anthony Albanese', 'Phạm Minh Chính']);
  });

  it('a visit still takes its place from "sang", "tới"', () => {
    const r = run('Ngày 9/10/2024, Bộ trưởng Bộ Công an Lương Tam Quang đã sang thăm chính thức Cộng hòa Séc.');
    expect(r.meetings[0].kind).toBe('visit');
    expect(r.meetings[0].venue?.country).toBe('CZ');
  });

  it('"Cùng dự buổi tiếp có" attaches to the reception, not to the meeting reported last', () => {
    const r = run('Sáng 5/6/2024, tại Hà Nội, Phó Thủ tướng Trần Lưu Quang đã tiếp Bộ trưởng Ngoại giao Brazil Mauro Vieira.\n'
      + 'Chiều cùng ngày, Bộ trưởng Ngoại giao Bùi Thanh Sơn đã hội đàm với Bộ trưởng Mauro Vieira.\n'
      + 'Cùng dự buổi tiếp có Thứ trưởng Ngoại giao Nguyễn Minh Vũ.');
    const reception = r.meetings.findIndex((m) => m.kind === 'reception');
    const talks = r.meetings.findIndex((m) => m.kind === 'talks');
    expect(who(r, reception)['Nguyễn Minh Vũ']).toBe('participant');
    expect(who(r, talks)['Nguyễn Minh Vũ']).toBeUndefined();
  });

  it('"Tại điểm cầu …, còn có" adds the attendees to the online meeting', () => {
    const r = run('Chiều 11/4/2024, Bộ trưởng Bộ Quốc phòng Phan Văn Giang đã hội đàm trực tuyến với Bộ trưởng Quốc phòng Indonesia Prabowo Subianto.\n'
      + 'Tại điểm cầu Bộ Quốc phòng Việt Nam, còn có Thượng tướng Hoàng Xuân Chiến, Thứ trưởng Bộ Quốc phòng.');
    expect(r.meetings).toHaveLength(1);
    expect(who(r, 0)['Hoàng Xuân Chiến']).toBe('participant');
  });

  it('a guest named by title alone ("hội đàm với Bộ trưởng Nội vụ Cuba") is the person holding that title', () => {
    const r = run('Chiều 8/11/2023, tại Hà Nội, Chủ tịch nước Võ Văn Thưởng đã tiếp ông Lázaro Alberto Álvarez Casas, Bộ trưởng Bộ Nội vụ Cuba.\n'
      + 'Trước đó, sáng 7/11, Đại tướng Tô Lâm, Bộ trưởng Bộ Công an đã hội đàm với Bộ trưởng Nội vụ Cuba.');
    const talks = r.meetings.findIndex((m) => m.kind === 'talks');
    expect(talks).toBeGreaterThan(0);
    expect(Object.keys(who(r, talks)).sort()).toEqual(['Lázaro Alberto Álvarez Casas', 'Tô Lâm']);
  });

  it('"đón … tại Sân bay" is an airport welcome (ceremony); "đón tiếp", "đón nhận" are not meetings by themselves', () => {
    const r = run('Tối 12/9/2024, Thiếu tướng Nguyễn Ngọc Cường, Cục trưởng Cục Đối ngoại, Bộ Công an đã đón Đoàn đại biểu Bộ Nội vụ Nhật Bản tại Sân bay quốc tế Nội Bài.');
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0].kind).toBe('ceremony');
    expect(r.meetings[0].venue?.place).toBe('Sân bay quốc tế Nội Bài');
    expect(r.meetings[0].date?.partOfDay).toBe('evening');
    const none = run('Nhân dân địa phương đón nhận tin vui. Ông Nguyễn Văn An cảm ơn sự đón tiếp nồng hậu của nhân dân Lào.');
    expect(none.meetings).toHaveLength(0);
  });

  it('"Sau hội đàm, … chứng kiến lễ ký kết" is a signing of its own, on the talks\' day, with the witnesses', () => {
    const r = run('Chiều 20/8/2024, tại Bắc Kinh, Tổng Bí thư, Chủ tịch nước Tô Lâm hội đàm với Tổng Bí thư, Chủ tịch nước Trung Quốc Tập Cận Bình.\n'
      + 'Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký kết Bản ghi nhớ hợp tác về phát triển nguồn nhân lực giữa Bộ Nội vụ Việt Nam và Bộ Nhân lực Trung Quốc.');
    expect(r.meetings.map((m) => m.kind)).toEqual(['talks', 'signing']);
    expect(r.meetings[1].date?.iso).toBe('2024-08-20');
    expect(r.meetings[1].venue?.city).toBe('Beijing');
    expect(agreement(r, 'Bản ghi nhớ').signedAtMeeting).toBe(true);
    expect(r.meetings[1].agreements).toContain(agreement(r, 'Bản ghi nhớ').id);
  });

  it('a dateline city gives the lead meeting its city when the text names none', () => {
    const r = run('Viêng Chăn (TTXVN) - Sáng 15/1/2024, Bộ trưởng Bộ Công an Tô Lâm đã hội đàm với Bộ trưởng Bộ An ninh Lào Vilay Lakhamfong.');
    expect(r.meetings[0].venue?.city).toBe('Vientiane');
    expect(r.meetings[0].venue?.country).toBe('LA');
    const other = run('Bắc Kinh - Sáng 15/1/2024, tại Thượng Hải, Thủ tướng Phạm Minh Chính đã hội kiến Bí thư Thành ủy Thượng Hải Trần Cát Ninh.');
    expect(other.meetings[0].venue?.city).toBe('Shanghai');
  });
});

describe('round 2: dates and backgrounds', () => {
  const run = (text: string): ArticleRecord => extract(text);

  it('"từ 4 đến 8.12" is a range of days in December; "ngày 4.12.2023" a full date', () => {
    const r = run(' date 2023-12\nĐô đốc Ivan Petrov, Tư lệnh Hải quân Nga đã có chuyến thăm, làm việc tại Việt Nam từ 4 đến 8.12.');
    expect(r.meetings[0].date?.iso).toBe('2023-12-04');
    expect(r.meetings[0].date?.end?.day).toBe(8);
    const full = run('Ngày 4.12.2023, tại Hà Nội, Thứ trưởng Nguyễn Văn An đã tiếp Đại sứ Nga Ivan Petrov.');
    expect(full.meetings[0].date?.iso).toBe('2023-12-04');
  });

  it('a decimal or a version number is no date', () => {
    const r = run('Sáng 5/6/2024, Thứ trưởng Nguyễn Văn An đã tiếp Đại sứ Nga Ivan Petrov. Kim ngạch thương mại tăng 8.12 lần so với phiên bản 4.12 của báo cáo.');
    expect(r.meetings[0].date?.iso).toBe('2024-06-05');
    expect(r.meetings).toHaveLength(1);
  });

  it('the day an announcement was issued ("đưa ra hôm 21/11") is not the meeting\'s', () => {
    const r = run(' date 2022-11\nMột thông báo của Bộ Ngoại giao Nhật Bản đưa ra hôm 21/11 cho biết ông Hayashi Yoshimasa và ông Bùi Thanh Sơn đã tiến hành một cuộc tham vấn về an ninh tại Tokyo.');
    expect(r.meetings[0].kind).toBe('consultation');
    expect(r.meetings[0].date).toBeNull();
  });

  it('"gặp nhau" then "một cuộc tham vấn" is one consultation; "cơ quan tham vấn cho Thủ tướng X" (an advisory body) is none', () => {
    const r = run(' date 2022-11\nBộ trưởng Ngoại giao Bùi Thanh Sơn và Bộ trưởng Ngoại giao Nhật Bản Hayashi Yoshimasa vừa gặp nhau tại Tokyo.\n'
      + 'Một thông báo của Bộ Ngoại giao Nhật Bản cho biết ông Hayashi và ông Sơn đã tiến hành một cuộc tham vấn về an ninh.\n'
      + 'Hội đồng An ninh Quốc gia Nhật Bản, cơ quan tham vấn cho Thủ tướng Kishida Fumio, cho biết hai bên đã bàn thảo nhiều vấn đề song phương.');
    expect(r.meetings).toHaveLength(1);
    expect(r.meetings[0].kind).toBe('consultation');
    expect(r.meetings[0].venue?.city).toBe('Tokyo');
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Bùi Thanh Sơn', 'Hayashi Yoshimasa']);
  });

  it('a month in a clause about relations ("sau khi nâng cấp quan hệ … vào tháng 5/2025") dates no meeting; "Phó Thư ký … diễn ra ngày 2/12" is not a signing date', () => {
    const r = run(' date 2025-12-03\nNgày 3/12, tại Hà Nội, Bộ trưởng Lương Tam Quang đã hội đàm với Bộ trưởng Nội vụ Uzbekistan Pulat Bobojonov.\n'
      + 'Chào mừng đoàn đến thăm, làm việc với Bộ Công an, Bộ trưởng Lương Tam Quang nhấn mạnh sau khi hai nước nâng cấp quan hệ vào tháng 5/2025, hợp tác đã phát triển mạnh mẽ.\n'
      + 'Bộ trưởng hoan nghênh kết quả của Phiên tham vấn lần thứ nhất do Thứ trưởng Lê Quốc Hùng và Phó Thư ký Hội đồng An ninh Uzbekistan Ivan Karimov đồng chủ trì diễn ra ngày 2/12.');
    const dates = r.meetings.map((m) => m.date?.iso ?? null);
    expect(dates).not.toContain('2025-05');
    const c = r.meetings.find((m) => m.kind === 'consultation');
    expect(c?.date?.iso).toBe('2025-12-02');
  });

  it('a title told as what the person is now ("(nay là Chủ tịch nước …)") is his title too', () => {
    const r = run('Ngày 3/6/2024, Thứ trưởng Lê Văn Tuyến đã hội đàm với Thượng tướng Ivan Petrov, Thứ trưởng Bộ Nội vụ Nga. Hai bên đánh giá cao thỏa thuận đạt được giữa Đại tướng Tô Lâm, Bộ trưởng Bộ Công an (nay là Chủ tịch nước Cộng hòa XHCN Việt Nam) và phía Nga.');
    expect(roles(r, 'Tô Lâm')).toEqual(['head_of_state', 'minister']);
  });

  it('a Chinese "Ủy viên Quốc vụ" (State Councilor) is a title of role other', () => {
    const r = run('Chiều 25/9/2024, tại Hà Nội, Bộ trưởng Lương Tam Quang hội đàm với ông Vương Tiểu Hồng, Ủy viên Quốc vụ, Bộ trưởng Bộ Công an Trung Quốc.');
    expect(roles(r, 'Vương Tiểu Hồng')).toEqual(['minister', 'other']);
  });

  it('past meetings listed with their months in brackets are each a meeting of that month', () => {
    const r = run('Chiều 21/2/2025, Thứ trưởng Ngoại giao Lê Thị Thu Hằng và Thứ trưởng Ngoại giao Nga Andrey Rudenko chủ trì Tham vấn chính trị.\n'
      + 'Hai bên ghi nhận kết quả của chuyến thăm cấp Nhà nước đến Việt Nam của Tổng thống Nga Vladimir Putin (tháng 6/2024), cuộc điện đàm giữa Tổng Bí thư Tô Lâm và Tổng thống Vladimir Putin (tháng 8/2024) và chuyến thăm chính thức Nga của Chủ tịch Quốc hội Trần Thanh Mẫn (tháng 9/2024).');
    const dates = r.meetings.map((m) => `${m.kind} ${m.date?.iso ?? null}`);
    expect(dates).toEqual(expect.arrayContaining(['consultation 2025-02-21', 'visit 2024-06', 'call 2024-08', 'visit 2024-09']));
  });
});

describe('QĐND: a deputy defence minister receives an Indonesian delegation', () => {
  const r = read('qdnd-indonesia-delegation');

  it('is a reception of the delegation, its head and those "cùng dự buổi tiếp"', () => {
    expect(r.published?.iso).toBe('2024-03-14');
    const m = r.meetings[0];
    expect(m.kind).toBe('reception');
    expect(m.date?.iso).toBe('2024-03-14');
    expect(m.date?.partOfDay).toBe('afternoon');
    expect(m.venue?.city).toBe('Hanoi');
    expect(who(r, 0)).toEqual({ 'Hoàng Xuân Chiến': 'host', 'Donny Ermawan Taufanto': 'delegation_head', 'Nguyễn Văn Minh': 'participant' });
  });

  it('a dialogue only welcomed ("chào mừng … sang thăm, dự Đối thoại") is not reported; the one of "Sáng cùng ngày" is', () => {
    const dialogues = r.meetings.filter((m) => m.kind === 'dialogue');
    expect(dialogues).toHaveLength(1);
    expect(dialogues[0].date?.iso).toBe('2024-03-14');
    expect(dialogues[0].date?.partOfDay).toBe('morning');
  });

  it('reads "Tổng Thư ký" as a title and ranks on both sides', () => {
    expect(roles(r, 'Donny Ermawan Taufanto')).toEqual(['other']);
    expect(person(r, 'Donny Ermawan Taufanto').country).toBe('ID');
    expect(person(r, 'Donny Ermawan Taufanto').rank?.code).toBe('lieutenant_general');
    expect(person(r, 'Nguyễn Văn Minh').rank?.code).toBe('senior_colonel');
    expect(roles(r, 'Nguyễn Văn Minh')).toEqual(['deputy_director']);
  });

  it('a memorandum signed in an earlier year is mentioned, not signed here', () => {
    const a = agreement(r, 'Bản ghi nhớ về hợp tác quốc phòng');
    expect(a.signedAtMeeting).toBe(false);
    expect(a.signed?.iso).toBe('2010');
  });
});

describe('Bộ Ngoại giao: political consultations with Mexico at deputy-minister level', () => {
  const r = read('mofa-mexico-consultation');

  it('is a consultation co-chaired by the two deputy ministers', () => {
    expect(r.published?.iso).toBe('2024-10-24');
    const m = r.meetings[0];
    expect(m.kind).toBe('consultation');
    expect(m.date?.iso).toBe('2024-10-23');
    expect(Object.keys(who(r, 0)).sort()).toEqual(['María Teresa Mercado', 'Nguyễn Minh Hằng']);
    expect(person(r, 'María Teresa Mercado').country).toBe('MX');
    expect(roles(r, 'María Teresa Mercado')).toEqual(['deputy_minister']);
  });

  it('"chào xã giao" the foreign minister is a courtesy call of its own', () => {
    const i = r.meetings.findIndex((m) => m.kind === 'reception');
    expect(i).toBeGreaterThan(0);
    expect(Object.keys(who(r, i)).sort()).toEqual(['Alicia Bárcena', 'Nguyễn Minh Hằng']);
    expect(roles(r, 'Alicia Bárcena')).toEqual(['minister']);
  });
});

describe('VOV: the President receives an ambassador\'s farewell call and two letters of credence', () => {
  const r = read('vov-hungary-ambassador-farewell');

  it('is a reception at the Presidential Palace', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('reception');
    expect(m.date?.iso).toBe('2024-07-08');
    expect(m.venue?.place).toBe('Phủ Chủ tịch');
    expect(who(r, 0)).toEqual({ 'Tô Lâm': 'host', 'Tamás Dezső Ziegler': 'guest' });
    expect(person(r, 'Tamás Dezső Ziegler').country).toBe('HU');
  });

  it('"Cùng ngày, Chủ tịch nước đã nhận Quốc thư" is a ceremony of that day, no part of day, hosted by the President', () => {
    const i = r.meetings.findIndex((m) => m.kind === 'ceremony');
    expect(i).toBeGreaterThan(0);
    expect(r.meetings[i].date?.iso).toBe('2024-07-08');
    expect(r.meetings[i].date?.partOfDay).toBeNull();
    expect(who(r, i)['Tô Lâm']).toBe('host');
  });

  it('"Đại sứ Vương quốc Thái Lan X": the state\'s form is part of the country, not a name', () => {
    expect(person(r, 'Urawadee Sriphiromya').country).toBe('TH');
    expect(roles(r, 'Urawadee Sriphiromya')).toEqual(['ambassador']);
    expect(r.people.some((p) => /^(?:Cộng|Vương)$/.test(p.name))).toBe(false);
  });

  it('people of the "Tin liên quan" list are not people of the record', () => {
    expect(r.people.some((p) => p.name.includes('Yamada'))).toBe(false);
    expect(r.people.some((p) => p.name.includes('Phạm Minh Chính'))).toBe(false);
  });
});

describe('TTXVN: online talks with Mongolia from two link sites', () => {
  const r = read('ttxvn-mongolia-online');

  it('is online talks, with no city from the "Hà Nội (TTXVN) -" dateline', () => {
    const m = r.meetings[0];
    expect(m.kind).toBe('talks');
    expect(m.online).toBe(true);
    expect(m.date?.iso).toBe('2021-05-19');
    expect(m.venue).toBeNull();
  });

  it('attendees at both link sites ("Tại điểm cầu …") take part', () => {
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Dorj Batbayar', 'Nyambaatar Khishgee', 'Phạm Công Nguyên', 'Tô Lâm']);
    expect(person(r, 'Dorj Batbayar').country).toBe('MN');
    expect(person(r, 'Phạm Công Nguyên').rank?.code).toBe('major_general');
  });

  it('a treaty to be signed "sớm" is proposed', () => {
    const a = agreement(r, 'Hiệp định tương trợ tư pháp');
    expect(a.status).toBe('proposed');
    expect(a.signedAtMeeting).toBe(false);
  });
});

describe('CAND: a provincial police department receives a Lao delegation', () => {
  const r = read('cand-laos-province-police');

  it('is a reception at the provincial police headquarters', () => {
    expect(r.published?.iso).toBe('2024-09');
    const m = r.meetings[0];
    expect(m.kind).toBe('reception');
    expect(m.date?.iso).toBe('2024-09-10');
    expect(m.venue?.place).toBe('trụ sở Công an tỉnh Nghệ An');
    expect(who(r, 0)).toEqual({ 'Bùi Quang Thanh': 'host', 'Khamphay Siphandone': 'delegation_head', 'Nguyễn Đức Hải': 'participant' });
  });

  it('"Giám đốc Công an tỉnh Nghệ An" is a director of that body; ranks Thiếu tướng, Đại tá', () => {
    const t = person(r, 'Bùi Quang Thanh').titles[0];
    expect(t.role).toBe('director');
    expect(r.organizations.find((o) => o.id === t.organization)?.name).toBe('Công an tỉnh Nghệ An');
    expect(person(r, 'Bùi Quang Thanh').rank?.code).toBe('major_general');
    expect(person(r, 'Nguyễn Đức Hải').rank?.code).toBe('senior_colonel');
    expect(roles(r, 'Nguyễn Đức Hải')).toEqual(['deputy_director']);
    expect(person(r, 'Khamphay Siphandone').country).toBe('LA');
  });

  it('the caption and the "Xem thêm" list add nobody; the memorandum keeps its period', () => {
    expect(r.people.map((p) => p.name).sort()).toEqual(['Bùi Quang Thanh', 'Khamphay Siphandone', 'Nguyễn Đức Hải']);
    const a = agreement(r, 'Biên bản ghi nhớ');
    expect(a.kind).toBe('memorandum');
    expect(a.period).toEqual({ from: 2023, to: 2025 });
    expect(a.status).toBe('mentioned');
  });
});

describe('round 3: names kept whole', () => {
  const run = (text: string): ArticleRecord => extract(text);
  const names = (r: ArticleRecord): string[] => r.people.map((p) => p.name).sort();

  it('capitalised syllables after a family name continue the name even when they read as a common word ("Chiến Thắng")', () => {
    const r = run('Chiều 12/3/2024, tại Hà Nội, Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng đã tiếp Đại sứ Brazil Marco Farani.');
    expect(names(r)).toEqual(['Marco Farani', 'Vũ Chiến Thắng']);
    expect(person(r, 'Vũ Chiến Thắng').country).toBe('VN');
    // The word with its lower-case syllable names no one; a body or a meeting word after a name still ends it.
    const other = run('Sáng 2/5/2024, Đại tướng Lương Cường dự lễ kỷ niệm Chiến thắng Điện Biên Phủ. Ông Trần Văn Sơn Bộ trưởng phát biểu. '
      + 'Ông Phạm Văn Hòa Hội Đàm với khách.');
    expect(names(other)).toEqual(['Lương Cường', 'Phạm Văn Hòa', 'Trần Văn Sơn']);
  });

  it('a given name that is also a country word ends a Vietnamese name ("Đỗ Hùng Việt", "Trần Thị Nga")', () => {
    const r = run('Sáng 7/6/2024, Thứ trưởng Ngoại giao Đỗ Hùng Việt, Đại tá Trần Thị Nga và Thứ trưởng Lê Hoàng Anh đã tiếp Đại sứ Lào Khamphao Ernthavanh.');
    expect(names(r)).toEqual(['Khamphao Ernthavanh', 'Lê Hoàng Anh', 'Trần Thị Nga', 'Đỗ Hùng Việt']);
    expect(person(r, 'Trần Thị Nga').country).toBe('VN');
    expect(r.meetings[0].countries.sort()).toEqual(['LA', 'VN']);
  });

  it('lower-case particles inside foreign names continue them ("de", "bin", "van der", "al-")', () => {
    const r = run('Ngày 20/9/2024, Thứ trưởng Ngoại giao Chile Claudio de Negri Quintana đã hội đàm với Đại sứ Malaysia Abdul Rahman bin Mohamed, '
      + 'ông Sabah al-Ahmad và ông Pedro van der Berg tại Hà Nội.');
    expect(names(r)).toEqual(['Abdul Rahman bin Mohamed', 'Claudio de Negri Quintana', 'Pedro van der Berg', 'Sabah al-Ahmad']);
    expect(person(r, 'Claudio de Negri Quintana').country).toBe('CL');
  });
});

describe('round 3: the lead meeting\'s participants', () => {
  const run = (text: string): ArticleRecord => extract(text);

  it('an invitation from a body, closed by a comma, leaves the delegation head who follows a participant', () => {
    const r = run('Nhận lời mời của Bộ Quốc phòng Việt Nam, Đoàn đại biểu Bộ Quốc phòng Singapore do Thiếu tướng Aaron Beng, Tư lệnh Lực lượng Quốc phòng Singapore làm Trưởng đoàn đã sang thăm chính thức Việt Nam từ ngày 8-10/10/2024.');
    expect(r.meetings[0].kind).toBe('visit');
    expect(who(r, 0)).toEqual({ 'Aaron Beng': 'delegation_head' });
    const plain = run('Theo lời mời của Bộ Ngoại giao Việt Nam, Thứ trưởng Ngoại giao Peru Ana Cecilia Gervasi đã thăm Việt Nam từ ngày 3-5/6/2024.');
    expect(Object.keys(who(plain, 0))).toEqual(['Ana Cecilia Gervasi']);
    // The inviter named by title then name across the comma still takes no part.
    const person = run('Theo lời mời của Bộ trưởng Bộ Công an, Đại tướng Lương Tam Quang, Bộ trưởng Bộ Nội vụ Lào Vilay Lakhamfong đã sang thăm Việt Nam ngày 3/6/2024.');
    expect(Object.keys(who(person, 0))).toEqual(['Vilay Lakhamfong']);
  });

  it('sentences glued by a full stop with no space ("… Lễ đón.Phát biểu …") are two; the host of "chủ trì Lễ đón" joins the welcome', () => {
    const r = run('Sáng 14/8/2024, tại Hà Nội, Bộ Quốc phòng tổ chức lễ đón Đoàn đại biểu Bộ Quốc phòng Campuchia do Đại tướng Tea Seiha, Bộ trưởng Bộ Quốc phòng Campuchia làm Trưởng đoàn.'
      + 'Đại tướng Phan Văn Giang, Bộ trưởng Bộ Quốc phòng chủ trì Lễ đón.Phát biểu tại buổi lễ, hai bên đánh giá cao quan hệ hai nước.');
    expect(r.meetings[0].kind).toBe('ceremony');
    expect(r.meetings[0].span.text.endsWith('làm Trưởng đoàn.')).toBe(true);
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Phan Văn Giang', 'Tea Seiha']);
    // Not an abbreviation, an initial or a web address.
    const kept = run('Sáng 14/8/2024, tại TP.Hồ Chí Minh, Thượng tướng A.V Ivanov đã tiếp ông Lê Văn Thành theo tin của baotintuc.vn.');
    expect(kept.meetings[0].venue?.city).toBe('Ho Chi Minh City');
    expect(kept.people.map((p) => p.name).sort()).toEqual(['A.V Ivanov', 'Lê Văn Thành']);
  });

  it('a meeting told with nobody named takes the people the next sentence names', () => {
    const r = extract('Vietnam and Thailand held security talks between their deputy ministers in Bangkok on March 12, 2024. '
      + 'Deputy Minister Lt. Gen. Le Quoc Hung of Vietnam and Deputy Minister Police General Suchart Teerasawat of Thailand reviewed cooperation in fighting crime.');
    expect(r.meetings[0].date?.iso).toBe('2024-03-12');
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Le Quoc Hung', 'Suchart Teerasawat']);
  });

  it('those welcoming a delegation at the airport, undated, right after its visit take part in the visit', () => {
    const r = run('Ngày 15/3/2024, Đoàn đại biểu Bộ Quốc phòng Việt Nam do Đại tướng Phan Văn Giang làm Trưởng đoàn đã tới thủ đô Phnôm Pênh, bắt đầu chuyến thăm chính thức Campuchia.\n'
      + 'Ra đón đoàn tại sân bay quốc tế Phnôm Pênh có Đại sứ Việt Nam tại Campuchia Nguyễn Minh Vũ.');
    expect(r.meetings[0].kind).toBe('visit');
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Nguyễn Minh Vũ', 'Phan Văn Giang']);
  });

  it('a visit told after the meeting word with "của" its visitor and a month of its own is a meeting of that month', () => {
    const r = run(' date 2024-07\nChiều 10/7, tại Hà Nội, Bộ trưởng Ngoại giao Bùi Thanh Sơn hội đàm với Bộ trưởng Ngoại giao Nhật Bản Kamikawa Yoko. '
      + 'Tại hội đàm, Bộ trưởng Bùi Thanh Sơn nhấn mạnh quan hệ hai nước được thúc đẩy qua chuyến thăm chính thức Nhật Bản của Thủ tướng Phạm Minh Chính vào cuối tháng 5.');
    expect(r.meetings[0].kind).toBe('talks');
    const visit = r.meetings.findIndex((m) => m.kind === 'visit');
    expect(visit).toBeGreaterThan(0);
    expect(r.meetings[visit].date?.iso).toBe('2024-05');
    expect(Object.keys(who(r, visit))).toEqual(['Phạm Minh Chính']);
    expect(who(r, 0)['Phạm Minh Chính']).toBeUndefined();
  });
});

describe('round 3: venues', () => {
  const run = (text: string): ArticleRecord => extract(text);

  it('"tại Thành phố Mexico" is Mexico City; a capital\'s airport is that capital', () => {
    const r = run('Ngày 5/3/2024, tại Thành phố Mexico, Thứ trưởng Ngoại giao Lê Thị Thu Hằng đã hội đàm với Thứ trưởng Ngoại giao Mexico Joel Hernández.');
    expect(r.meetings[0].venue?.city).toBe('Mexico City');
    expect(r.meetings[0].venue?.country).toBe('MX');
    const airport = run('Chiều 18/6/2024, Thượng tướng Trần Quốc Tỏ đã đón Đoàn đại biểu Bộ Nội vụ Hungary tại Sân bay quốc tế Nội Bài.');
    expect(airport.meetings[0].venue?.place).toBe('Sân bay quốc tế Nội Bài');
    expect(airport.meetings[0].venue?.city).toBe('Hanoi');
    const abroad = run('Ngày 2/4/2024, Đại tướng Lương Tam Quang đã tới Sân bay quốc tế Wattay, bắt đầu chuyến thăm chính thức Lào.');
    expect(abroad.meetings[0].venue?.city).toBe('Vientiane');
  });

  it('capitals of more counterparts: Lima, Athens, Doha', () => {
    for (const [where, city] of [['Lima', 'Lima'], ['A-ten', 'Athens'], ['Doha', 'Doha']]) {
      const r = run(`Ngày 9/5/2024, tại ${where}, Bộ trưởng Bộ Công an Lương Tam Quang đã hội đàm với Bộ trưởng Nội vụ nước bạn.`);
      expect(r.meetings[0].venue?.city).toBe(city);
    }
  });
});

describe('QĐND: a Russian deputy defence minister\'s official welcome and talks', () => {
  const r = read('qdnd-russia-deputy-defence');

  it('reads the weekday dateline with its time', () => {
    expect(r.published?.iso).toBe('2024-10-15');
    expect(r.published?.time).toBe('21:05');
  });

  it('is a welcome ceremony at the ministry, then talks of the same morning', () => {
    expect(r.meetings.map((m) => m.kind)).toEqual(['ceremony', 'talks']);
    const [welcome, talks] = r.meetings;
    expect(welcome.date?.iso).toBe('2024-10-15');
    expect(welcome.date?.partOfDay).toBe('morning');
    expect(welcome.venue?.place).toBe('Trụ sở Bộ Quốc phòng');
    expect(welcome.countries).toEqual(['VN', 'RU']);
    expect(who(r, 0)['Hoàng Xuân Chiến']).toBe('host');
    expect(Object.keys(who(r, 0))).toContain('Fomin Alexander Vasilyevich');
    expect(talks.date?.iso).toBe('2024-10-15');
    expect(Object.keys(who(r, 1)).sort()).toEqual(['Fomin Alexander Vasilyevich', 'Hoàng Xuân Chiến']);
  });

  it('one person for a patronymic name written in both orders; "Thứ trưởng Quốc phòng Nga, Đại tướng X"', () => {
    expect(person(r, 'Fomin Alexander Vasilyevich').aliases).toContain('Alexander Vasilyevich Fomin');
    expect(person(r, 'Fomin Alexander Vasilyevich').rank?.code).toBe('general');
    expect(roles(r, 'Fomin Alexander Vasilyevich')).toEqual(['deputy_minister']);
    expect(person(r, 'Fomin Alexander Vasilyevich').country).toBe('RU');
  });

  it('reads the "Cùng dự có các đồng chí: …; …" list into people with ranks and titles', () => {
    expect(person(r, 'Nguyễn Trọng Bình').rank?.code).toBe('lieutenant_general');
    expect(person(r, 'Nguyễn Trọng Bình').country).toBe('VN');
    expect(person(r, 'Lê Minh Khang').rank?.code).toBe('senior_colonel');
    expect(roles(r, 'Lê Minh Khang')).toEqual(['deputy_director']);
    expect(who(r, 0)['Lê Minh Khang']).toBe('participant');
  });

  it('a given name that reads as an institution word ("Phạm Trường Sơn") stays in the name', () => {
    expect(person(r, 'Phạm Trường Sơn').rank?.code).toBe('major_general');
    expect(person(r, 'Phạm Trường Sơn').country).toBe('VN');
    expect(roles(r, 'Phạm Trường Sơn')).toEqual(['director']);
    // The word still starts a body after a full name: "Trường Đại học …" is no part of a name.
    const other = extract('Sáng 3/4/2024, Thiếu tướng Nguyễn Văn Sơn Trường Đại học An ninh nhân dân đã tiếp Đại sứ Lào Khamphao Ernthavanh.');
    expect(other.people.map((p) => p.name)).toContain('Nguyễn Văn Sơn');
  });

  it('a member of the Russian delegation is Russian, with rank and title', () => {
    expect(person(r, 'Novikov Sergei Igorevich').country).toBe('RU');
    expect(person(r, 'Novikov Sergei Igorevich').rank?.code).toBe('lieutenant_general');
    expect(roles(r, 'Novikov Sergei Igorevich')).toEqual(['director']);
  });
});

describe('CAND: a strategic security dialogue with the Russian Security Council', () => {
  const r = read('cand-russia-strategic-dialogue');

  it('is a dialogue in Hanoi co-chaired by both, then a consultation of the same morning', () => {
    expect(r.published?.iso).toBe('2025-03-20');
    expect(r.meetings.map((m) => m.kind)).toEqual(['dialogue', 'consultation']);
    expect(r.meetings[0].date?.iso).toBe('2025-03-19');
    expect(r.meetings[0].date?.partOfDay).toBe('afternoon');
    expect(r.meetings[0].venue?.city).toBe('Hanoi');
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Alexander Venediktov', 'Lương Tam Quang']);
    expect(r.meetings[1].date?.iso).toBe('2025-03-19');
    expect(r.meetings[1].date?.partOfDay).toBe('morning');
    expect(Object.keys(who(r, 1)).sort()).toEqual(['Nguyễn Văn Long', 'Sergei Vakhrukov']);
  });

  it('reads the sides and titles', () => {
    expect(person(r, 'Alexander Venediktov').country).toBe('RU');
    expect(roles(r, 'Alexander Venediktov')).toEqual(['deputy_security_council_secretary']);
    expect(roles(r, 'Lương Tam Quang')).toEqual(['minister', 'politburo_member']);
    expect(person(r, 'Sergei Vakhrukov').country).toBe('RU');
  });

  it('an agreement "ký năm 2013" is signed that year, not at the dialogue; a plan keeps its period', () => {
    const deal = agreement(r, 'Hiệp định giữa Chính phủ Việt Nam và Chính phủ Liên bang Nga');
    expect(deal.kind).toBe('agreement');
    expect(deal.signed?.iso).toBe('2013');
    expect(deal.signedAtMeeting).toBe(false);
    const plan = agreement(r, 'Kế hoạch phối hợp');
    expect(plan.kind).toBe('plan');
    expect(plan.period).toEqual({ from: 2025, to: 2027 });
    const memo = agreement(r, 'Bản ghi nhớ về hợp tác bảo đảm an ninh thông tin');
    expect(memo.kind).toBe('memorandum');
    expect(memo.signedAtMeeting).toBe(false);
  });

  it('"về hợp tác phòng, chống tội phạm ký năm 2013": the comma stays in a name that runs to its dated signing', () => {
    expect(agreement(r, 'Hiệp định giữa').name).toBe('Hiệp định giữa Chính phủ Việt Nam và Chính phủ Liên bang Nga về hợp tác phòng, chống tội phạm');
    // A clause after the comma ("…, được ký …") is no part of the name.
    const other = extract('Ngày 4/3/2024, hai bên đánh giá Hiệp định giữa Chính phủ Việt Nam và Chính phủ Lào về hợp tác an ninh, được ký năm 2019.');
    expect(agreement(other, 'Hiệp định giữa').name).toBe('Hiệp định giữa Chính phủ Việt Nam và Chính phủ Lào về hợp tác an ninh');
  });

  it('"Bản ghi nhớ … (dự thảo)" is a draft', () => {
    expect(agreement(r, 'Bản ghi nhớ về hợp tác bảo đảm').status).toBe('draft');
    expect(agreement(r, 'Hiệp định giữa').status).toBe('signed');
  });

  it('the author\'s by-line is nobody', () => {
    expect(r.people.map((p) => p.name)).not.toContain('Thanh Hương');
  });
});

describe('VOV: a phone call between defence ministers and a reception the same day', () => {
  const r = read('vov-russia-phone-call');

  it('"Thứ Tư, 12/02/2025 - 20:15" is the published date and time', () => {
    expect(r.published?.iso).toBe('2025-02-12');
    expect(r.published?.time).toBe('20:15');
  });

  it('the call of "Ngày 12/2" is online, with no venue, between the two ministers', () => {
    const call = r.meetings[0];
    expect(call.kind).toBe('call');
    expect(call.online).toBe(true);
    expect(call.date?.iso).toBe('2025-02-12');
    expect(call.venue).toBeNull();
    expect(Object.keys(who(r, 0)).sort()).toEqual(['Andrei Belousov', 'Phan Văn Giang']);
  });

  it('"Cùng ngày, … tiếp …" is a reception of that day', () => {
    expect(r.meetings[1].kind).toBe('reception');
    expect(r.meetings[1].date?.iso).toBe('2025-02-12');
    expect(who(r, 1)).toEqual({ 'Nguyễn Tân Cương': 'host', 'Gennady Bezdetko': 'guest' });
    expect(roles(r, 'Gennady Bezdetko')).toEqual(['ambassador']);
    expect(roles(r, 'Nguyễn Tân Cương')).toEqual(['chief_of_general_staff', 'deputy_minister']);
  });

  it('quotes name nobody new; the Russian minister is Russian', () => {
    expect(r.people).toHaveLength(4);
    expect(person(r, 'Andrei Belousov').country).toBe('RU');
    expect(roles(r, 'Andrei Belousov')).toEqual(['minister']);
  });

  it('credits VOV; "nhân dân Việt Nam" (the people of Vietnam) is not the outlet Dân Việt', () => {
    expect(r.sources).toEqual(['VOV']);
    expect(extract('Theo Dân Việt, chiều 3/4/2024, tại Hà Nội, Bộ trưởng Tô Lâm tiếp Đại sứ Lào.').sources).toEqual(['Dân Việt']);
  });
});

describe('Tuổi Trẻ: the Minister receives the chairman of the Belarus KGB', () => {
  const r = read('tuoitre-belarus-kgb');

  it('is a reception at the ministry with those "cùng dự buổi tiếp"', () => {
    expect(r.published?.iso).toBe('2025-05-22');
    const m = r.meetings[0];
    expect(m.kind).toBe('reception');
    expect(m.date?.iso).toBe('2025-05-21');
    expect(m.venue?.place).toBe('trụ sở Bộ Công an');
    expect(m.countries).toEqual(['VN', 'BY']);
    expect(who(r, 0)).toEqual({
      'Lương Tam Quang': 'host',
      'Ivan Tertel': 'guest',
      'Phạm Thế Tùng': 'participant',
      'Sergei Terebov': 'participant',
    });
  });

  it('credits Tuổi Trẻ Online by its "TTO -" credit', () => {
    expect(r.sources).toEqual(['TTO']);
  });

  it('"ngài" is no name; chairman and deputy chairman of a committee; "Thứ trưởng thứ nhất" is a first deputy minister', () => {
    expect(roles(r, 'Ivan Tertel')).toEqual(['chairman']);
    expect(person(r, 'Ivan Tertel').country).toBe('BY');
    expect(roles(r, 'Sergei Terebov')).toEqual(['deputy_chairman']);
    expect(roles(r, 'Marat Kozhayev')).toEqual(['first_deputy_minister']);
    expect(person(r, 'Marat Kozhayev').country).toBe('KZ');
    const kgb = r.organizations.find((o) => o.name === 'Ủy ban An ninh Quốc gia Belarus');
    expect(kgb?.kind).toBe('committee');
    expect(kgb?.country).toBe('BY');
  });

  it('"Cùng ngày, … tiếp …" the Kazakh deputy minister is a second reception', () => {
    expect(r.meetings).toHaveLength(2);
    expect(r.meetings[1].countries).toEqual(['VN', 'KZ']);
    expect(who(r, 1)).toEqual({ 'Phạm Thế Tùng': 'host', 'Marat Kozhayev': 'guest' });
  });

  it('the "Tin cùng chuyên mục" and "Đọc thêm" lists add no meeting, person or agreement', () => {
    const names = r.people.map((p) => p.name);
    expect(names).not.toContain('Lê Quốc Hùng');
    expect(names).not.toContain('Vilay Lakhamfong');
    expect(names).not.toContain('Ito Naoki');
    expect(r.agreements).toEqual([]);
    expect(r.meetings.every((m) => m.date?.iso === '2025-05-21')).toBe(true);
  });
});
