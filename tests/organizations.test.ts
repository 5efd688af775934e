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
