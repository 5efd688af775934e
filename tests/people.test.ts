import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const names = (text: string): string[] => extract(text).people.map((p) => p.name);

describe('people: Vietnamese text', () => {
  it('reads a name after a rank and before an appositive title', () => {
    const r = extract('Chiều 4/6, tại trụ sở Bộ Công an, Đại tướng Trịnh Văn Khải, Bộ trưởng Bộ Công an đã hội đàm với Đại tướng Grigory Ivanovich Seleznev, Bộ trưởng Bộ Nội vụ Liên bang Nga.');
    expect(r.people.map((p) => [p.name, p.country, p.rank?.code, p.titles.map((t) => t.role)])).toEqual([
      ['Trịnh Văn Khải', 'VN', 'general', ['minister']],
      ['Grigory Ivanovich Seleznev', 'RU', 'general', ['minister']],
    ]);
  });

  it('reads foreign names in both orders, with patronymics and initials', () => {
    expect(names('Bộ trưởng Bộ Nội vụ Liên bang Nga Seleznev Grigory Ivanovich phát biểu.')).toEqual(['Seleznev Grigory Ivanovich']);
    expect(names('Thứ trưởng Bộ Ngoại giao Nga B.K. Morozkin đã thăm Hà Nội.')).toEqual(['B.K. Morozkin']);
  });

  it('takes honorifics as anchors and leaves them out of the name', () => {
    const r = extract('Theo ông Morozkin, hai bên đã trao đổi. Ngài Pavel Morozkin cảm ơn. Đồng chí Hà Quốc Bảo phát biểu.');
    expect(r.people.map((p) => p.name)).toEqual(['Pavel Morozkin', 'Hà Quốc Bảo']);
    expect(r.people[0].aliases).toEqual(['Morozkin']);
  });

  it('never takes a capitalised common word, place or body for a name', () => {
    expect(names('Hội đàm diễn ra tại Hà Nội. Theo Sputnik, Liên bang Nga và Việt Nam nhất trí. Đoàn đại biểu Bộ Công an đến Moscow. Hai bên ký kết.')).toEqual([]);
    expect(names('Lãnh đạo hai nước dâng hoa tại Lăng Chủ tịch Hồ Chí Minh và thăm TP Hồ Chí Minh.')).toEqual([]);
  });

  it('keeps photographers, authors and credits out', () => {
    const r = extract('Đại tướng Trịnh Văn Khải phát biểu tại hội đàm.\n\nĐại tướng Trịnh Văn Khải. (Ảnh: Lê Văn Quý/TTXVN)\n\nNgọc Hà\n');
    expect(r.people.map((p) => p.name)).toEqual(['Trịnh Văn Khải']);
  });

  it('makes one person of every form of a name, with the fullest as name', () => {
    const r = extract('Bộ trưởng Hà Quốc Bảo tiếp đoàn. Đại tướng Hà Quốc Bảo phát biểu. Ông Bảo cho biết. Ông Patrushkin Oleg Pavlovich dẫn đầu đoàn. Đại tướng Oleg Patrushkin đánh giá cao. Theo ông Patrushkin, hai bên nhất trí.');
    expect(r.people.map((p) => p.name)).toEqual(['Hà Quốc Bảo', 'Patrushkin Oleg Pavlovich']);
    const [bao, oleg] = r.people;
    expect(bao.rank?.code).toBe('general');
    expect(bao.titles.map((t) => t.role)).toEqual(['minister']);
    expect(bao.aliases).toEqual(['Bảo']);
    expect(bao.key).toBe('bao ha quoc');
    expect(oleg.aliases.sort()).toEqual(['Oleg Patrushkin', 'Patrushkin']);
    expect(oleg.key).toBe('oleg patrushkin pavlovich');
    expect(oleg.mentions).toHaveLength(3);
  });

  it('gives each person of a list their own rank and titles', () => {
    const r = extract('Trung tướng Lưu Văn Định, Thứ trưởng Bộ Công an Việt Nam và ngài Ivan Sergeyevich Kovalchuk, Đại sứ Liên bang Nga tại Việt Nam đã ký kết văn bản.');
    expect(r.people.map((p) => [p.name, p.rank?.code ?? null, p.titles.map((t) => t.role), p.country])).toEqual([
      ['Lưu Văn Định', 'lieutenant_general', ['deputy_minister'], 'VN'],
      ['Ivan Sergeyevich Kovalchuk', null, ['ambassador'], 'RU'],
    ]);
  });

  it('gives titles before a name to that name, not to the one before the comma', () => {
    const r = extract('Bộ trưởng Hà Quốc Bảo, Thư ký Hội đồng An ninh Liên bang Nga Oleg Patrushkin chụp ảnh lưu niệm.');
    expect(r.people.map((p) => [p.name, p.titles.map((t) => t.role)])).toEqual([
      ['Hà Quốc Bảo', ['minister']],
      ['Oleg Patrushkin', ['security_council_secretary']],
    ]);
  });

  it('takes the country from the body, then from a Vietnamese family name, then from the other side', () => {
    const r = extract('Đoàn đại biểu Bộ Nội vụ Campuchia do Bộ trưởng Bộ Nội vụ Campuchia Keo Vannarith dẫn đầu. Thứ trưởng Lưu Văn Định tiếp đoàn.');
    expect(r.people.map((p) => [p.name, p.country])).toEqual([['Keo Vannarith', 'KH'], ['Lưu Văn Định', 'VN']]);
  });

  it('spans point into the input exactly', () => {
    const input = 'Chiều 4/6,  Đại tướng  Trịnh Văn Khải, Bộ trưởng Bộ Công an tiếp ông Pavel Morozkin.';
    const r = extract(input);
    for (const p of r.people) {
      for (const m of p.mentions) expect(input.slice(m.start, m.end)).toBe(m.text);
      if (p.rank) expect(input.slice(p.rank.span.start, p.rank.span.end)).toBe(p.rank.text);
      for (const t of p.titles) expect(input.slice(t.span.start, t.span.end)).toBe(t.text);
    }
    expect(r.people).toHaveLength(2);
  });
});

describe('people: English text', () => {
  it('reads names after English titles and ranks, with the apposition', () => {
    const r = extract('Russian Defense Minister Pavel Morozkin met with his Vietnamese counterpart Colonel General Dang Minh Tue in Moscow on Tuesday. Morozkin said the talks were useful.');
    expect(r.people.map((p) => [p.name, p.country, p.rank?.code ?? null])).toEqual([
      ['Pavel Morozkin', 'RU', null],
      ['Dang Minh Tue', 'VN', 'colonel_general'],
    ]);
    expect(r.people[0].aliases).toEqual(['Morozkin']);
  });

  it('joins a given-name mention of a Vietnamese official and keeps titles joined by "and"', () => {
    const r = extract('Politburo member and Minister of Public Security Ha Quoc Bao held talks with Cambodian Deputy Prime Minister and Interior Minister Samdech Keo Vannarith in Hanoi. Minister Bao welcomed the guests.');
    expect(r.people.map((p) => [p.name, p.titles.map((t) => t.role).sort(), p.country])).toEqual([
      ['Ha Quoc Bao', ['minister', 'politburo_member'], 'VN'],
      ['Keo Vannarith', ['deputy_prime_minister', 'minister'], 'KH'],
    ]);
    expect(r.people[0].aliases).toEqual(['Bao']);
  });

  it('does not take place names that hold a person\'s name', () => {
    const r = extract('The delegation laid a wreath at the President Ho Chi Minh Mausoleum in Hanoi on Monday.');
    expect(r.people).toEqual([]);
  });
});

describe('people: seeds', () => {
  it('reads the people of seed 001 with one person per person', () => {
    const text = readFileSync('fixtures/001_1558dd30e826f05f.txt', 'utf8');
    const r = extract(text);
    const byName = new Map(r.people.map((p) => [p.name, p]));
    expect([...byName.keys()].sort()).toEqual([
      'Kostantin Vasilievich Vnukov', 'Lương Tam Quang', 'Patrushev Nikolai Platonovich', 'Phan Văn Giang', 'Tô Lâm', 'Yevgeny Anoshin',
    ]);
    expect(byName.get('Patrushev Nikolai Platonovich')!.aliases.sort()).toEqual(['Nikolai Patrushev', 'Nikolai Platonovich']);
    expect(byName.get('Yevgeny Anoshin')!.aliases).toEqual(['Anoshin']);
    expect(byName.get('Phan Văn Giang')!.titles.map((t) => t.role).sort()).toEqual(['chief_of_general_staff', 'deputy_minister', 'politburo_member']);
  });

  it('reads the English seed 002', () => {
    const r = extract(readFileSync('fixtures/002_334f85df2d40dda5.txt', 'utf8'));
    expect(r.people.map((p) => [p.name, p.country, p.titles.map((t) => t.role).sort()])).toEqual([
      ['Igor Zubov', 'RU', ['deputy_minister', 'state_secretary']],
      ['Chan Quoc To', 'VN', ['deputy_minister']],
    ]);
  });
});
