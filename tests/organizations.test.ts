import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const orgs = (text: string) => extract(text).organizations.map((o) => [o.name, o.english, o.country, o.kind]);

describe('organizations', () => {
  it('resolves known bodies and their countries', () => {
    expect(orgs('Hợp tác giữa Bộ Công an Việt Nam và Bộ Nội vụ Liên bang Nga ngày càng phát triển.')).toEqual([
      ['Bộ Công an Việt Nam', 'Ministry of Public Security', 'VN', 'ministry'],
      ['Bộ Nội vụ Liên bang Nga', 'Ministry of Internal Affairs of the Russian Federation', 'RU', 'ministry'],
    ]);
  });

  it('makes one organization of every form of a body', () => {
    const r = extract('Bộ Nội vụ Nga cử đoàn. Bộ Nội vụ Liên bang Nga đánh giá cao. Bộ Nội vụ LB Nga cảm ơn.');
    expect(r.organizations).toHaveLength(1);
    expect(r.organizations[0]).toMatchObject({ name: 'Bộ Nội vụ Liên bang Nga', acronym: 'MVD', country: 'RU' });
    expect(r.organizations[0].mentions).toHaveLength(3);
  });

  it('takes the country of an unknown or generic body from the text', () => {
    expect(orgs('Đoàn Bộ Nội vụ Vương quốc Campuchia đến Hà Nội.')).toEqual([
      ['Bộ Nội vụ Vương quốc Campuchia', 'Ministry of Internal Affairs', 'KH', 'ministry'],
    ]);
    const r = extract('Đoàn Ủy ban Biên giới Quốc gia Lào đến thăm.');
    expect(r.organizations[0]).toMatchObject({ name: 'Ủy ban Biên giới Quốc gia Lào', country: 'LA', kind: 'committee' });
  });

  it('assumes Vietnam for a state body named without a country in Vietnamese text', () => {
    expect(orgs('Đoàn công tác của Bộ Quốc phòng đã đến thăm.')).toEqual([
      ['Bộ Quốc phòng', 'Ministry of National Defence', 'VN', 'ministry'],
    ]);
  });

  it('resolves abbreviations', () => {
    const r = extract('Đại diện QĐND Việt Nam và CAND dự lễ cùng Hội đồng An ninh LB Nga.');
    expect(r.organizations.map((o) => [o.acronym, o.country, o.kind])).toEqual([
      ['QĐND', 'VN', 'armed_forces'], ['CAND', 'VN', 'armed_forces'], [null, 'RU', 'council'],
    ]);
  });

  it('reads English bodies and the "Ministry of X of Y" pattern', () => {
    const r = extract("The Ministry of Public Security of Vietnam and Russia's Ministry of Emergency Situations signed a plan with the Ministry of Border Affairs of Laos.");
    expect(r.organizations.map((o) => [o.english, o.country])).toEqual([
      ['Ministry of Public Security', 'VN'], ['Ministry of Emergency Situations', 'RU'], ['Ministry of Border Affairs', 'LA'],
    ]);
  });

  it('counts a body named only inside a title', () => {
    const r = extract('Thứ trưởng Quốc phòng Lưu Văn Định dự lễ.');
    const p = r.people[0];
    const o = r.organizations.find((x) => x.id === p.titles[0].organization);
    expect(o).toMatchObject({ english: 'Ministry of National Defence', kind: 'ministry' });
  });
});

describe('countries', () => {
  it('gives people the country of the side their body belongs to, in any language', () => {
    const cases: Array<[string, string, string]> = [
      ['Bộ trưởng Bộ Công an Trung Quốc Vương Tiểu Minh phát biểu.', 'Vương Tiểu Minh', 'CN'],
      ['Bộ trưởng Bộ An ninh Lào Bounkham Sisouk phát biểu.', 'Bounkham Sisouk', 'LA'],
      ['Thứ trưởng Quốc phòng Nhật Bản Takeshi Morinaga phát biểu.', 'Takeshi Morinaga', 'JP'],
      ['Thư ký Hội đồng An ninh Belarus Ivan Kovalchuk phát biểu.', 'Ivan Kovalchuk', 'BY'],
      ['Indian Defence Minister Ravi Shankar Menon said on Monday that the two countries would deepen their defence cooperation.', 'Ravi Shankar Menon', 'IN'],
      ['US Ambassador John Harlow Marks said on Monday that the two countries would deepen their cooperation.', 'John Harlow Marks', 'US'],
    ];
    for (const [text, name, code] of cases) {
      expect(extract(text).people.find((p) => p.name === name)?.country, text).toBe(code);
    }
  });
});

describe('Vietnamese bodies: joined titles, foreign parents and places, the own side', () => {
  const lead = 'Ngày 12/9, tại Hà Nội, Bộ trưởng Công an Trần Văn Bình tiếp đoàn đại biểu nước bạn.\n';
  const orgOf = (text: string, name: string) => {
    const r = extract(lead + text);
    const p = r.people.find((x) => x.name === name);
    if (!p) throw new Error(`no person ${name} in [${r.people.map((x) => x.name).join(', ')}]`);
    return r.organizations.find((o) => o.id === p.titles[0]?.organization);
  };

  it('reads "Bộ trưởng X và Y <country>" as one body of that country', () => {
    expect(orgOf('Tiếp theo, ông gặp ông Batbayar Dorj, Bộ trưởng Tư pháp và Nội vụ Mông Cổ.', 'Batbayar Dorj'))
      .toMatchObject({ name: 'Bộ Tư pháp và Nội vụ', country: 'MN', kind: 'ministry' });
    expect(orgOf('Thứ trưởng Tài chính và Kinh tế Hàn Quốc Kim Min Soo phát biểu.', 'Kim Min Soo'))
      .toMatchObject({ name: 'Bộ Tài chính và Kinh tế', country: 'KR' });
  });

  it('keeps two titles or a title with no country apart', () => {
    const r = extract(lead + 'Dự có Bộ trưởng Quốc phòng và Bộ trưởng Ngoại giao Lào.');
    expect(r.organizations.map((o) => o.name)).not.toContain('Bộ Quốc phòng và Bộ trưởng Ngoại giao');
    const s = extract(lead + 'Ông Ngô Minh Hải, Bộ trưởng Tư pháp và Nội vụ, phát biểu.');
    expect(s.organizations.map((o) => o.name)).not.toContain('Bộ Tư pháp và Nội vụ');
  });

  it('gives a department the country of the parent body after it', () => {
    expect(orgOf('Ông gặp Đại tá Vilay Phommachak, Cục trưởng Cục Cảnh sát Kinh tế, Bộ An ninh Lào.', 'Vilay Phommachak'))
      .toMatchObject({ name: 'Cục Cảnh sát Kinh tế', country: 'LA' });
    expect(orgOf('Ông gặp Đại tá Sok Phal, Cục trưởng Cục Cảnh sát Giao thông thuộc Bộ Nội vụ Campuchia.', 'Sok Phal'))
      .toMatchObject({ name: 'Cục Cảnh sát Giao thông', country: 'KH' });
  });

  it('gives a province its country: a foreign place or a country named after it', () => {
    const r = extract(lead + 'Đoàn Công an tỉnh Chăm Pa Sắc và Công an tỉnh Quảng Trị ký biên bản ghi nhớ.');
    expect(r.organizations.map((o) => [o.name, o.country])).toEqual(expect.arrayContaining([
      ['Công an tỉnh Chăm Pa Sắc', 'LA'], ['Công an tỉnh Quảng Trị', 'VN'],
    ]));
    const s = extract(lead + 'Đoàn Ủy ban nhân dân tỉnh Ratanakiri Campuchia đến thăm Công an tỉnh Gia Lai.');
    expect(s.organizations.find((o) => o.name.startsWith('Công an tỉnh Gia Lai'))?.country).toBe('VN');
    const t = extract(lead + 'Đoàn Công an tỉnh Houaphanh Lào đến thăm.');
    expect(t.organizations.find((o) => o.name.startsWith('Công an tỉnh Houaphanh'))?.country).toBe('LA');
  });

  it('gives a title\'s body without a country the person\'s own side', () => {
    const r = extract('Chiều 14/8, tại Hà Nội, Thứ trưởng Quốc phòng Hoàng Xuân Chiến tiếp ông Jorge Ramos, Thứ trưởng Bộ Quốc phòng Peru.');
    const own = r.organizations.find((o) => o.id === r.people.find((p) => p.name === 'Hoàng Xuân Chiến')!.titles[0].organization);
    const peru = r.organizations.find((o) => o.id === r.people.find((p) => p.name === 'Jorge Ramos')!.titles[0].organization);
    expect(own).toMatchObject({ name: 'Bộ Quốc phòng', country: 'VN' });
    expect(peru).toMatchObject({ country: 'PE' });
    expect(own!.id).not.toBe(peru!.id);
  });
});
