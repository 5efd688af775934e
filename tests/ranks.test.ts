import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const person = (text: string, name: string) => extract(text).people.find((p) => p.name === name);

describe('ranks', () => {
  it.each([
    ['Đại tướng', 'general'], ['Thượng tướng', 'colonel_general'], ['Trung tướng', 'lieutenant_general'],
    ['Thiếu tướng', 'major_general'], ['Đại tá', 'senior_colonel'], ['Thượng tá', 'colonel'], ['Trung tá', 'lieutenant_colonel'],
    ['Thiếu tá', 'major'], ['Đại úy', 'captain'], ['Thượng úy', 'senior_lieutenant'], ['Trung úy', 'lieutenant'],
    ['Thiếu úy', 'junior_lieutenant'], ['Đô đốc', 'admiral'], ['Phó Đô đốc', 'vice_admiral'], ['Chuẩn Đô đốc', 'rear_admiral'],
    ['Nguyên soái', 'marshal'],
  ])('Vietnamese %s → %s', (rank, code) => {
    const p = person(`Chiều 3/5, ${rank} Trịnh Văn Khải đã tiếp đoàn đại biểu.`, 'Trịnh Văn Khải');
    expect(p?.rank?.code).toBe(code);
    expect(p?.rank?.text).toBe(rank);
  });

  it('gives a Vietnamese rank to a foreign officer', () => {
    const p = person('Thượng tướng Grigory Seleznev đã hội đàm với phía Việt Nam.', 'Grigory Seleznev');
    expect(p?.rank?.code).toBe('colonel_general');
  });

  it('reads the police service from "Công an" and from a police body; military otherwise', () => {
    const r = extract('Thiếu tướng Công an Đặng Minh Tuệ phát biểu. Trung tướng Hà Quốc Bảo, Thứ trưởng Bộ Công an, dự lễ. Đại tá Lưu Văn Định, Cục trưởng Cục Đối ngoại Bộ Quốc phòng, dự lễ.');
    const by = (n: string) => r.people.find((p) => p.name === n)?.rank;
    expect(by('Đặng Minh Tuệ')).toMatchObject({ code: 'major_general', service: 'police', text: 'Thiếu tướng Công an' });
    expect(by('Hà Quốc Bảo')).toMatchObject({ code: 'lieutenant_general', service: 'police' });
    expect(by('Lưu Văn Định')).toMatchObject({ code: 'senior_colonel', service: 'military' });
  });

  it.each([
    ['Senior Lieutenant General', 'colonel_general'], ['Sen. Lt. Gen.', 'colonel_general'], ['General of the Army', 'general'],
    ['Police General', 'general'], ['Police Colonel General', 'colonel_general'], ['Colonel General', 'colonel_general'],
    ['Lieutenant General', 'lieutenant_general'], ['Major General', 'major_general'], ['Senior Colonel', 'senior_colonel'],
    ['Rear Admiral', 'rear_admiral'], ['Vice Admiral', 'vice_admiral'], ['Admiral', 'admiral'], ['Marshal', 'marshal'],
  ])('English %s → %s', (rank, code) => {
    const p = person(`On Monday, ${rank} Dmitry Voronsky met the delegation in Hanoi.`, 'Dmitry Voronsky');
    expect(p?.rank?.code).toBe(code);
  });

  it('marks "Police …" ranks as police', () => {
    const p = person('Police Colonel General Dmitry Voronsky met the delegation.', 'Dmitry Voronsky');
    expect(p?.rank?.service).toBe('police');
  });

  it('does not read a rank inside a proper name', () => {
    const r = extract('Russia thanked Vietnam for its support at the Interpol General Assembly (Istanbul) last year.');
    expect(r.people).toEqual([]);
  });
});
