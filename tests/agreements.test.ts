import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const seed = (f: string): string => readFileSync(new URL(`../fixtures/${f}`, import.meta.url), 'utf8');

describe('agreement names and kinds', () => {
  const cases: Array<[string, string, string]> = [
    ['Hai bên đã ký Bản ghi nhớ về hợp tác phòng chống tội phạm giữa Bộ Công an Việt Nam và Bộ Nội vụ Lào.', 'Bản ghi nhớ về hợp tác phòng chống tội phạm giữa Bộ Công an Việt Nam và Bộ Nội vụ Lào', 'memorandum'],
    ['Hai bộ triển khai Hiệp định về tương trợ tư pháp, ký ngày 5/3/2015.', 'Hiệp định về tương trợ tư pháp', 'agreement'],
    ['Hai bên ký Chương trình phối hợp hành động giữa hai bộ giai đoạn 2024-2026.', 'Chương trình phối hợp hành động giữa hai bộ', 'action_program'],
    ['Hai bộ trưởng ký Kế hoạch hợp tác năm 2024 giữa hai bộ.', 'Kế hoạch hợp tác năm 2024 giữa hai bộ', 'plan'],
    ['Hai bên ký Nghị định thư về hợp tác biên giới.', 'Nghị định thư về hợp tác biên giới', 'protocol'],
    ['Hai bên đã ký Hiệp định khuyến khích và bảo hộ lẫn nhau về đầu tư giữa hai nước.', 'Hiệp định khuyến khích và bảo hộ lẫn nhau về đầu tư giữa hai nước', 'agreement'],
    ['Hai bộ trưởng ký Bản ghi nhớ về phòng ngừa và đấu tranh chống tội phạm mua bán người.', 'Bản ghi nhớ về phòng ngừa và đấu tranh chống tội phạm mua bán người', 'memorandum'],
    ['Hai bên rà soát Kế hoạch đào tạo và bồi dưỡng cán bộ giai đoạn 2024-2026.', 'Kế hoạch đào tạo và bồi dưỡng cán bộ', 'plan'],
    ['Hai bên triển khai Bản ghi nhớ về hợp tác trong lĩnh vực phòng cháy, chữa cháy và cứu nạn, cứu hộ giữa hai bộ ký ngày 28/11/2022.', 'Bản ghi nhớ về hợp tác trong lĩnh vực phòng cháy, chữa cháy và cứu nạn, cứu hộ giữa hai bộ', 'memorandum'],
    ['Hai bên triển khai Bản ghi nhớ về hợp tác phòng, chống tội phạm ký ngày 28/11/2022.', 'Bản ghi nhớ về hợp tác phòng, chống tội phạm', 'memorandum'],
    ['Hai bên triển khai Bản ghi nhớ về hợp tác an ninh, đồng thời thống nhất các biện pháp tăng cường hợp tác giữa hai bộ.', 'Bản ghi nhớ về hợp tác an ninh', 'memorandum'],
    ['Hai bên triển khai Bản ghi nhớ về hợp tác an ninh, nhất trí tăng cường trao đổi đoàn và hợp tác đào tạo giữa hai lực lượng.', 'Bản ghi nhớ về hợp tác an ninh', 'memorandum'],
    ['The ministers signed a Memorandum of Understanding on cybersecurity cooperation.', 'Memorandum of Understanding on cybersecurity cooperation', 'memorandum'],
    ['The sides discussed the draft Joint Action Program for 2025-2027.', 'Joint Action Program', 'action_program'],
    ['The two ministries signed a Letter of Intent on police training.', 'Letter of Intent on police training', 'other'],
  ];
  for (const [text, name, kind] of cases) {
    it(`${kind}: ${name}`, () => {
      const lead = /^The /.test(text)
        ? 'On March 2, Minister Tran Van Binh held talks with Minister Ivan Petrov in Hanoi.'
        : 'Ngày 2/3, tại Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Ivan Petrov.';
      const r = extract(`${lead}\n${text}`);
      expect(r.agreements.map((a) => a.name)).toEqual([name]);
      expect(r.agreements[0].kind).toBe(kind);
      expect(r.agreements[0].span.text).toBe(name);
    });
  }

  it('lower-case and generic mentions are not documents', () => {
    const r = extract([
      'Ngày 2/3, tại Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Ivan Petrov.',
      'Hai bên thống nhất xây dựng kế hoạch hợp tác và thỏa thuận sẽ trao đổi đoàn; tiếp tục triển khai các văn bản đã ký kết và bản ghi nhớ đã ký kết.',
      'Đoàn xem chương trình nghệ thuật đặc sắc. The sides reviewed the cooperation plan for 2020.',
    ].join('\n'));
    expect(r.agreements).toEqual([]);
  });

  it('"và" ends a name before a verb clause, another document, a title or a new listed item', () => {
    const names = (line: string) => extract(`Ngày 2/3, tại Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Ivan Petrov.\n${line}`).agreements.map((a) => a.name);
    expect(names('Hai bên đánh giá cao việc triển khai Bản ghi nhớ về hợp tác phòng chống tội phạm và nhất trí tăng cường trao đổi thông tin.'))
      .toEqual(['Bản ghi nhớ về hợp tác phòng chống tội phạm']);
    expect(names('Hai bên ký Hiệp định về dẫn độ và thỏa thuận về chuyển giao người bị kết án.'))
      .toEqual(['Hiệp định về dẫn độ']);
    expect(names('Văn kiện gồm Nghị định thư về hợp tác biên giới và Bộ trưởng hai nước cùng chứng kiến.'))
      .toEqual(['Nghị định thư về hợp tác biên giới']);
    expect(names('Hai bên thảo luận Kế hoạch hợp tác về an ninh mạng, đào tạo cán bộ và trao đổi đoàn.'))
      .toEqual(['Kế hoạch hợp tác về an ninh mạng']);
    expect(names('Hai bên ký Kế hoạch hợp tác về an ninh mạng và mong muốn hai bộ tiếp tục phối hợp chặt chẽ hơn nữa trong thời gian tới.'))
      .toEqual(['Kế hoạch hợp tác về an ninh mạng']);
  });

  it('"Bộ Kế hoạch và Đầu tư" is a ministry, not a plan', () => {
    const r = extract('Ngày 2/3, Bộ trưởng Bộ Kế hoạch và Đầu tư Trần Văn Bình hội đàm với Bộ trưởng Ivan Petrov.');
    expect(r.agreements).toEqual([]);
  });
});

describe('period, signing and status', () => {
  it('period from "giai đoạn", "for" and a bare range', () => {
    const r = extract([
      'Ngày 2/3, tại Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Ivan Petrov.',
      'Hai bên ký Chương trình hợp tác giữa hai bộ giai đoạn 2021-2023.',
      'Hai bên rà soát Kế hoạch hành động chung 2022–2024 của hai bộ.',
    ].join('\n'));
    expect(r.agreements.map((a) => a.period)).toEqual([{ from: 2021, to: 2023 }, { from: 2022, to: 2024 }]);
  });

  it('signed at the meeting takes the meeting\'s date; "ký ngày" keeps its own; a draft is a draft', () => {
    const r = extract([
      'Chiều 14/9/2023, tại Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Bộ trưởng Nội vụ Lào Somsak Phanith.',
      'Hai bên đề nghị triển khai Hiệp định về dẫn độ, ký ngày 06/9/2018.',
      'Hai bên thảo luận dự thảo Kế hoạch hợp tác giữa hai bộ.',
      'Tại hội đàm, Bộ trưởng Trần Văn Bình và Bộ trưởng Somsak Phanith đã ký kết Bản ghi nhớ về đào tạo cán bộ.',
    ].join('\n'));
    const [treaty, plan, mou] = r.agreements;
    expect(treaty.signed?.iso).toBe('2018-09-06');
    expect(treaty.signedAtMeeting).toBe(false);
    expect(plan.status).toBe('draft');
    expect(mou.signedAtMeeting).toBe(true);
    expect(mou.signed?.iso).toBe('2023-09-14');
    expect(mou.status).toBe('signed');
    expect(mou.signatories).toHaveLength(2);
    expect(r.meetings[0].agreements).toEqual([mou.id]);
  });

  it('a document signed "since" long ago is not signed at the meeting', () => {
    const r = extract([
      'Chiều 3/12, tại Hà Nội, Bộ trưởng Trần Văn Bình hội đàm với Giám đốc Ivan Petrov.',
      'Quan hệ phát triển mạnh từ khi Việt Nam ký kết Hiệp định Thương mại tự do với Liên minh kinh tế Á-Âu.',
    ].join('\n'));
    expect(r.agreements[0].name).toBe('Hiệp định Thương mại tự do với Liên minh kinh tế Á-Âu');
    expect(r.agreements[0].signedAtMeeting).toBe(false);
  });

  it('parties from "giữa X và Y"', () => {
    const r = extract('Ngày 2/3, tại Hà Nội, hai bộ trưởng đã ký Bản ghi nhớ giữa Bộ Công an Việt Nam và Bộ Nội vụ Liên bang Nga về hợp tác.');
    const ids = r.agreements[0].parties;
    expect(ids).toHaveLength(2);
    expect(ids.map((id) => r.organizations.find((o) => o.id === id)?.country).sort()).toEqual(['RU', 'VN']);
  });
});

describe('one document, one record', () => {
  it('seed 000: the same programme named three times is one agreement, the fuller name wins', () => {
    const r = extract(seed('000_2398320d469a2a63.txt'));
    const programmes = r.agreements.filter((a) => a.kind === 'action_program');
    expect(programmes).toHaveLength(1);
    expect(programmes[0].name).toBe('Chương trình phối hợp hành động giữa Bộ Công an Việt Nam và Bộ Nội vụ Liên bang Nga');
    expect(programmes[0].period).toEqual({ from: 2016, to: 2018 });
    expect(programmes[0].signed?.iso).toBe('--03-21');
    expect(r.agreements.map((a) => a.name)).toContain('Thỏa thuận hợp tác');
  });
  it('seed 001: dates of earlier signings, and the memorandum signed at the end of the talks', () => {
    const r = extract(seed('001_1558dd30e826f05f.txt'));
    expect(r.agreements.map((a) => a.signed?.iso ?? null)).toEqual(['2018-09-06', '2020-06-19', null]);
    expect(r.agreements.map((a) => a.signedAtMeeting)).toEqual([false, false, true]);
    expect(r.agreements[2].name.startsWith('Bản ghi nhớ về hợp tác giữa')).toBe(true);
  });
  it('seed 003: "bản ghi nhớ đã ký kết" without a name is not a document', () => {
    expect(extract(seed('003_e619396508c0636c.txt')).agreements).toEqual([]);
  });
});
