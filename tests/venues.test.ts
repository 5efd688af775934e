import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const venue = (text: string) => extract(text).meetings[0]?.venue ?? null;

describe('venues', () => {
  it('a city after "tại"', () => {
    expect(venue('Chiều 2/4, tại Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Ivan Petrov.'))
      .toMatchObject({ text: 'Hà Nội', place: null, city: 'Hanoi', country: 'VN' });
  });
  it('a capital with its country: "tại Thủ đô Moscow của Liên bang Nga"', () => {
    expect(venue('Ngày 21/3, tại Thủ đô Moscow của Liên bang Nga, Thứ trưởng Trần Văn Bình hội đàm với Thứ trưởng Ivan Petrov.'))
      .toMatchObject({ text: 'Thủ đô Moscow của Liên bang Nga', city: 'Moscow', country: 'RU' });
  });
  it('transliterated and abbreviated spellings', () => {
    expect(venue('Ngày 21/3, tại Thủ đô Mát-xcơ-va, Thứ trưởng Trần Văn Bình hội đàm với Thứ trưởng Ivan Petrov.')?.city).toBe('Moscow');
    expect(venue('Ngày 21/3, tại TP.HCM, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Sok Pheap.')?.city).toBe('Ho Chi Minh City');
    expect(venue('Ngày 21/3, tại TP Hồ Chí Minh, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Sok Pheap.')?.city).toBe('Ho Chi Minh City');
    expect(venue('Ngày 21/3, tại Viêng Chăn, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Somsak Phanith.')?.city).toBe('Vientiane');
    expect(venue('On March 21, Minister Tran Van Binh held talks with Minister Ivan Petrov in St. Petersburg.')?.city).toBe('Saint Petersburg');
  });
  it('a building: "tại trụ sở Bộ Công an" has no city but a country', () => {
    expect(venue('Chiều 21/3, tại trụ sở Bộ Công an, Đại tướng Trần Văn Bình hội đàm với Đại tướng Ivan Petrov.'))
      .toMatchObject({ place: 'trụ sở Bộ Công an', city: null, country: 'VN' });
  });
  it('an English institution: "at the Ministry of Internal Affairs of Russia"', () => {
    expect(venue('Today at the Ministry of Internal Affairs of Russia, Deputy Minister Ivan Petrov met with Deputy Minister of Public Security Tran Van Binh.'))
      .toMatchObject({ place: 'Ministry of Internal Affairs of Russia', city: null, country: 'RU' });
  });
  it('a country alone', () => {
    expect(venue('Đại tướng Trần Văn Bình đang có chuyến thăm và làm việc tại Liên bang Nga.'))
      .toMatchObject({ city: null, place: null, country: 'RU' });
  });
  it('no preposition, no venue: capital datelines and possessives', () => {
    expect(venue('MOSCOW, June 11. /TASS/. Minister Ivan Petrov held talks with Minister Tran Van Binh.')).toBeNull();
    expect(venue('Minister Ivan Petrov held talks with Minister Tran Van Binh at Vietnam’s initiative.')).toBeNull();
  });
  it('the span points into the caller\'s input', () => {
    const input = 'Chiều 2/4,  tại   Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Ivan Petrov.';
    const v = venue(input)!;
    expect(input.slice(v.span.start, v.span.end)).toBe(v.span.text);
    expect(v.span.text).toBe('Hà Nội');
  });
});
