/**
 * People the lexicons knew too little of: a foreign name after a title the lexicon lacks, told
 * in full once and by its surname later; abbreviated flag ranks; ranks of a named arm; chairs
 * of foreign parliaments' chambers and heads of foreign police forces. Sentences written for
 * these tests.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { person } from './helpers/records.js';


describe('a full name vouched for by its surname alone elsewhere (no known title)', () => {
  const text = [
    'HANOI — Minister of Public Security General Luong Tam Quang held talks with Director General of the Federal Police of Brazil Andrei Passos Rodrigues in Hanoi on May 6, 2024.',
    'Rodrigues thanked the ministry for its support in several recent cases.',
    'Welcoming Rodrigues, Quang said the two forces should share more information.',
  ].join('\n');
  const r = extract(text);

  it('reads the full name and its repeats as one person', () => {
    const p = person(r, 'Andrei Passos Rodrigues');
    expect(p).toBeDefined();
    expect(p!.aliases).toContain('Rodrigues');
    expect(r.meetings[0].participants.map((x) => x.person)).toContain(p!.id);
  });

  it('does not take a sentence\'s capitalised first word into the name', () => {
    expect(r.people.map((p) => p.name)).not.toContain('Welcoming Rodrigues');
  });

  it('does not make a person of a place told in full and in part', () => {
    const r2 = extract('HANOI — The delegation visited Hotel Metropole in Hanoi on May 6, 2024. Metropole was built in 1901, and the delegation met Minister To Lam there.');
    expect(r2.people.map((p) => p.name).some((n) => /Metropole/.test(n))).toBe(false);
  });

  it('leaves Vietnamese runs without a title alone (places, bodies)', () => {
    const r3 = extract('Chiều 6/5/2024, tại Hà Nội, Bộ trưởng Lương Tam Quang tiếp Đại sứ Ả-rập Xê-út Ahmed Al-Harbi. Hai bên trao đổi về tình hình Trung Đông. Đông Nam Á và Trung Đông có nhiều tiềm năng hợp tác.');
    expect(r3.people.map((p) => p.name)).not.toContain('Trung Đông');
  });
});

describe('ranks', () => {
  it('reads abbreviated flag ranks and a commodore', () => {
    const r = extract('MANILA, May 6, 2024 -- Navy spokesperson Rear Adm. Jose Cruz said Vice Adm. Pedro Santos met Commodore Luis Reyes and Senior Col. Tran Van Nam on Monday.');
    expect(person(r, 'Jose Cruz')?.rank?.code).toBe('rear_admiral');
    expect(person(r, 'Pedro Santos')?.rank?.code).toBe('vice_admiral');
    expect(person(r, 'Luis Reyes')?.rank?.code).toBe('other');
    expect(person(r, 'Tran Van Nam')?.rank?.code).toBe('senior_colonel');
  });

  it('reads a rank of a named arm ("Đại tá Hải quân", "Phó Đô đốc Hàng hải")', () => {
    const r = extract('Sáng 6/5/2024, tại Hà Nội, Thượng tướng Hoàng Xuân Chiến tiếp Đại tá Hải quân Marco Rossi, Tùy viên Quốc phòng Italy, và Phó Đô đốc Hàng hải Ahmad Zaki, Tổng Cục trưởng Cơ quan Thực thi Hàng hải Malaysia.');
    expect(person(r, 'Marco Rossi')?.rank?.code).toBe('senior_colonel');
    expect(person(r, 'Ahmad Zaki')?.rank?.code).toBe('vice_admiral');
    expect(r.people.map((p) => p.name)).not.toContain('Hàng');
  });
});

describe('titles', () => {
  it('reads the chairs of a foreign parliament\'s chambers, not "Thượng" or "Hạ" as names', () => {
    const r = extract('Chiều 6/5/2024, Chủ tịch Quốc hội Trần Thanh Mẫn hội đàm với Chủ tịch Thượng viện Ba Lan Tomasz Grodzki và tiếp Phó Chủ tịch Hạ viện Ba Lan Anna Nowak.');
    expect(r.people.map((p) => p.name)).not.toContain('Thượng');
    expect(r.people.map((p) => p.name)).not.toContain('Hạ');
    expect(person(r, 'Tomasz Grodzki')?.titles.map((t) => t.role)).toEqual(['parliament_chair']);
    expect(person(r, 'Anna Nowak')?.titles.map((t) => t.role)).toEqual(['deputy_chairman']);
  });

  it('reads heads of foreign police forces and attachés, not "Tổng Cảnh" as a name', () => {
    const r = extract('Ngày 6/5/2024, Giám đốc Công an tỉnh Khánh Hòa tiếp bà Sarah Lee, Phó Tổng Cảnh sát trưởng Cảnh sát Liên bang Úc, và ông Tom Baker, Tùy viên Cảnh sát Úc tại Việt Nam.');
    expect(r.people.map((p) => p.name)).not.toContain('Tổng Cảnh');
    expect(person(r, 'Sarah Lee')?.titles.map((t) => t.role)).toContain('deputy_director');
    expect(person(r, 'Tom Baker')?.titles.map((t) => t.role)).toEqual(['other']);
  });
});

describe('English titles', () => {
  it('reads a rank right after a title of several words ("Chief of Defence Staff General …")', () => {
    const r = extract('HANOI — Attending the talks on May 6, 2024 were Thai Chief of Defence Staff General Somchai Wongsa and Australian Chief of the General Staff General Mark Hill.');
    expect(person(r, 'Somchai Wongsa')).toMatchObject({ rank: { code: 'general' } });
    expect(person(r, 'Somchai Wongsa')?.titles.map((t) => t.role)).toEqual(['chief_of_general_staff']);
    expect(person(r, 'Mark Hill')?.rank?.code).toBe('general');
    expect(r.people.map((p) => p.name)).not.toContain('General Somchai Wongsa');
  });

  it('reads cabinet secretaries, security advisers, police heads and attachés', () => {
    const r = extract([
      'WASHINGTON, May 6, 2024 -- Secretary of State Anna Price and National Security Adviser Paul Green met Deputy Prime Minister Tran Luu Quang on Monday.',
      'Defense Secretary Ramon Cruz later received Commissioner General Kenji Sato and Defence Attaché Colonel Le Van Minh.',
    ].join('\n'));
    expect(person(r, 'Anna Price')?.titles.map((t) => t.role)).toEqual(['minister']);
    expect(person(r, 'Paul Green')?.titles.map((t) => t.role)).toEqual(['presidential_aide']);
    expect(person(r, 'Ramon Cruz')?.titles.map((t) => t.role)).toEqual(['minister']);
    expect(person(r, 'Kenji Sato')?.titles.map((t) => t.role)).toEqual(['director']);
    expect(person(r, 'Le Van Minh')?.titles.map((t) => t.role)).toEqual(['other']);
    expect(person(r, 'Le Van Minh')?.rank?.code).toBe('colonel');
  });
});

describe('English pages: credits, related lists, bodies with acronyms', () => {
  const text = [
    'JAKARTA, Oct. 16, 2024 -- Police Chief Agus Hartanto met Deputy Minister of Public Security Nguyen Hoang Giang in Jakarta on Oct. 15.',
    'Hartanto and Giang agreed to share information on online fraud. (ANTARA/HO-Humas Polri)',
    'Police spokesman Budi Santoso said Polri would send investigators to Hanoi. Giang thanked Polri for its support.',
    'On Oct. 14, Giang met Director of the National Narcotics Agency (BNN) Police General Marthinus Hukom.',
    'During the meeting, the two officials signed the Cooperation Plan between Vietnam\'s Ministry of Public Security and Indonesia\'s National Police.',
    '',
    'Read also',
    'Indonesian Foreign Minister Retno Marsudi to visit Hanoi',
  ].join('\n');
  const r = extract(text);

  it('takes no person from a credit in brackets or from a "Read also" list', () => {
    const names = r.people.map((p) => p.name);
    expect(names).not.toContain('Humas Polri');
    expect(names).not.toContain('Retno Marsudi');
  });

  it('reads a rank after a body with its acronym in brackets', () => {
    expect(person(r, 'Marthinus Hukom')?.rank?.code).toBe('general');
  });

  it('keeps possessives inside a document\'s parties', () => {
    expect(r.agreements.map((a) => a.name)).toContain('Cooperation Plan between Vietnam\'s Ministry of Public Security and Indonesia\'s National Police');
  });
});

describe('more Vietnamese titles, ranks and units', () => {
  const r = extract([
    'Chiều 21/3/2024, tại Hà Nội, Đại tướng Lương Tam Quang hội đàm với Đại tướng Quân đội Sergei Ivanov, Ủy viên Thường trực Hội đồng An ninh Liên bang Nga, Tổng Tư lệnh Lực lượng Vệ binh quốc gia Liên bang Nga.',
    'Cùng dự có Trung tướng Nguyễn Văn Nam, Tư lệnh Quân khu 9; Đại tá Lê Văn Bình, Chỉ huy trưởng Bộ đội Biên phòng tỉnh An Giang; Trung tướng Chea Sophal, Trưởng Ty Công an tỉnh Takeo.',
    'Sáng cùng ngày, Thượng tướng Lê Quốc Hùng điện đàm với Đại tướng Tư pháp Pavel Orlov, Chủ nhiệm Ủy ban Điều tra Liên bang Nga.',
  ].join('\n'));

  it('reads a chain of titles that opens with a permanent membership', () => {
    expect(person(r, 'Sergei Ivanov')?.titles.map((t) => t.role)).toEqual(['other', 'commander']);
  });

  it('reads commanders of numbered units and provincial commands, and provincial police chiefs abroad', () => {
    expect(person(r, 'Nguyễn Văn Nam')?.titles.map((t) => t.text)).toEqual(['Tư lệnh Quân khu 9']);
    expect(person(r, 'Lê Văn Bình')?.titles.map((t) => t.role)).toEqual(['commander']);
    expect(person(r, 'Chea Sophal')?.titles.map((t) => t.role)).toEqual(['director']);
    expect(r.people.map((p) => p.name)).not.toContain('Quân');
    expect(r.people.map((p) => p.name)).not.toContain('Tư');
  });

  it('reads ranks "of Justice" and the chairman of a committee', () => {
    expect(person(r, 'Pavel Orlov')?.rank?.code).toBe('general');
    expect(person(r, 'Pavel Orlov')?.titles.map((t) => t.role)).toEqual(['chairman']);
  });
});

describe('ranks and titles in lower case (as some outlets write them)', () => {
  const r = extract('Sáng 8/11/2024, tại Hà Nội, trung tướng Lê Quang Đạo, tư lệnh Cảnh sát biển Việt Nam, hội đàm với ông Sato Kenji, đại sứ Nhật Bản tại Việt Nam. Các giám đốc doanh nghiệp cũng tham dự. Hai bên nhất trí tăng cường hợp tác.');

  it('reads a lower-case rank before a name and a lower-case title after a name and its comma', () => {
    expect(person(r, 'Lê Quang Đạo')?.rank?.code).toBe('lieutenant_general');
    expect(person(r, 'Lê Quang Đạo')?.titles.map((t) => t.role)).toEqual(['commander']);
    expect(person(r, 'Sato Kenji')?.titles.map((t) => t.role)).toEqual(['ambassador']);
  });

  it('leaves a lower-case title that names nobody alone ("các giám đốc doanh nghiệp")', () => {
    expect(r.people.every((p) => p.titles.every((t) => t.text !== 'giám đốc'))).toBe(true);
    expect(r.people).toHaveLength(2);
  });
});

describe('"Secretary of State": a cabinet head or a junior rank', () => {
  it('is a minister for the US, a state secretary "at the Ministry" (Cambodia, Laos, Thailand)', () => {
    const r = extract('PHNOM PENH, March 4, 2025 -- Gen Chea Sokhom, Secretary of State at the Ministry of National Defence, met Vietnamese Deputy Defence Minister Hoang Xuan Chien on March 3. US Secretary of State Anna Price later called Chien.');
    expect(person(r, 'Chea Sokhom')?.titles.map((t) => t.role)).toEqual(['state_secretary']);
    expect(person(r, 'Anna Price')?.titles.map((t) => t.role)).toEqual(['minister']);
  });
});
