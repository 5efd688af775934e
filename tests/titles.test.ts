import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const roles = (text: string, name: string): string[] =>
  (extract(text).people.find((p) => p.name === name)?.titles ?? []).map((t) => t.role).sort();

describe('titles', () => {
  it('attaches the ministry to a minister: full and short forms', () => {
    const r = extract('Bộ trưởng Bộ Công an Hà Quốc Bảo và Thứ trưởng Quốc phòng Lưu Văn Định dự lễ.');
    const bao = r.people.find((p) => p.name === 'Hà Quốc Bảo')!;
    const dinh = r.people.find((p) => p.name === 'Lưu Văn Định')!;
    expect(bao.titles[0]).toMatchObject({ role: 'minister', text: 'Bộ trưởng Bộ Công an', english: 'Minister of Public Security' });
    const org = r.organizations.find((o) => o.id === bao.titles[0].organization);
    expect(org).toMatchObject({ english: 'Ministry of Public Security', country: 'VN', kind: 'ministry', acronym: 'MPS' });
    expect(dinh.titles[0]).toMatchObject({ role: 'deputy_minister', text: 'Thứ trưởng Quốc phòng' });
  });

  it('takes the country written after the ministry: "Bộ trưởng Nội vụ Nga"', () => {
    const r = extract('Bộ trưởng Nội vụ Nga Grigory Seleznev đến Hà Nội.');
    const p = r.people.find((x) => x.name === 'Grigory Seleznev')!;
    expect(p.titles[0].role).toBe('minister');
    expect(p.country).toBe('RU');
  });

  it('reads every title of an apposition', () => {
    expect(roles('Thượng tướng Trịnh Văn Khải, Ủy viên Bộ Chính trị, Tổng Tham mưu trưởng QĐND Việt Nam, Thứ trưởng Bộ Quốc phòng phát biểu.', 'Trịnh Văn Khải'))
      .toEqual(['chief_of_general_staff', 'deputy_minister', 'politburo_member']);
    expect(roles('Trung tướng Đặng Minh Tuệ, Ủy viên Trung ương Đảng, Thứ trưởng Thường trực Bộ Công an dự.', 'Đặng Minh Tuệ'))
      .toEqual(['central_committee_member', 'first_deputy_minister']);
  });

  it('knows heads of state and government, party and parliament', () => {
    expect(roles('Chủ tịch nước Trịnh Văn Khải tiếp khách.', 'Trịnh Văn Khải')).toEqual(['head_of_state']);
    expect(roles('Thủ tướng Trịnh Văn Khải tiếp khách.', 'Trịnh Văn Khải')).toEqual(['head_of_government']);
    expect(roles('Tổng Bí thư Trịnh Văn Khải tiếp khách.', 'Trịnh Văn Khải')).toEqual(['party_general_secretary']);
    expect(roles('Chủ tịch Quốc hội Trịnh Văn Khải tiếp khách.', 'Trịnh Văn Khải')).toEqual(['parliament_chair']);
    expect(roles('Chủ tịch Duma Quốc gia Grigory Seleznev tiếp khách.', 'Grigory Seleznev')).toEqual(['parliament_chair']);
    expect(roles('Phó Thủ tướng Trịnh Văn Khải tiếp khách.', 'Trịnh Văn Khải')).toEqual(['deputy_prime_minister']);
  });

  it('makes a secretary of a security council its secretary, and the deputy its deputy', () => {
    expect(roles('Thư ký Hội đồng An ninh Liên bang Nga Grigory Seleznev đến Hà Nội.', 'Grigory Seleznev')).toEqual(['security_council_secretary']);
    expect(roles('Phó Thư ký Hội đồng An ninh Quốc gia Belarus Ivan Kovalchuk đến Hà Nội.', 'Ivan Kovalchuk')).toEqual(['deputy_security_council_secretary']);
  });

  it('reads directors, ambassadors, aides, press secretaries and commanders', () => {
    expect(roles('Đại tướng Trịnh Văn Khải, Chủ nhiệm Tổng cục Chính trị Quân đội nhân dân Việt Nam phát biểu.', 'Trịnh Văn Khải')).toEqual(['director']);
    expect(roles('Ông Ivan Kovalchuk, Trợ lý Tổng thống Nga, cho biết.', 'Ivan Kovalchuk')).toEqual(['presidential_aide']);
    expect(roles('Thư ký báo chí của Hội đồng An ninh LB Nga Ivan Kovalchuk cho biết.', 'Ivan Kovalchuk')).toEqual(['press_secretary']);
    expect(roles('Phó Đô đốc Lưu Văn Định, Tư lệnh Hải quân nhân dân Việt Nam phát biểu.', 'Lưu Văn Định')).toEqual(['commander']);
  });

  it('gives an ambassador the country before "tại", not the posting', () => {
    const r = extract('Ngài Ivan Kovalchuk, Đại sứ Liên bang Nga tại Việt Nam đã ký văn bản.');
    const p = r.people.find((x) => x.name === 'Ivan Kovalchuk')!;
    expect(p.titles[0]).toMatchObject({ role: 'ambassador', text: 'Đại sứ Liên bang Nga tại Việt Nam' });
    expect(p.country).toBe('RU');
  });

  it('reads English titles with their ministry and country', () => {
    const r = extract('State Secretary – Deputy Minister of Internal Affairs of the Russian Federation Pavel Morozkin met with Deputy Minister of Public Security of the Socialist Republic of Vietnam Dang Minh Tue.');
    const pm = r.people.find((p) => p.name === 'Pavel Morozkin')!;
    const dt = r.people.find((p) => p.name === 'Dang Minh Tue')!;
    expect(pm.titles.map((t) => t.role).sort()).toEqual(['deputy_minister', 'state_secretary']);
    expect(pm.country).toBe('RU');
    expect(dt.titles.map((t) => t.role)).toEqual(['deputy_minister']);
    expect(dt.country).toBe('VN');
  });

  it('reads "Foreign Minister", "Defense Minister" and "Minister of Foreign Affairs" with adjectives', () => {
    const r = extract('Russian Defense Minister Pavel Morozkin met his Vietnamese counterpart Colonel General Dang Minh Tue. Vietnamese Minister of Foreign Affairs Ha Quoc Bao (R) attended.');
    const by = (n: string) => r.people.find((p) => p.name === n)!;
    expect(by('Pavel Morozkin')).toMatchObject({ country: 'RU' });
    expect(by('Pavel Morozkin').titles[0].role).toBe('minister');
    expect(by('Dang Minh Tue')).toMatchObject({ country: 'VN', rank: expect.objectContaining({ code: 'colonel_general' }) });
    expect(by('Ha Quoc Bao').titles[0]).toMatchObject({ role: 'minister', english: 'Minister of Foreign Affairs' });
    expect(by('Ha Quoc Bao').country).toBe('VN');
  });
});
