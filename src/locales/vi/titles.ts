/**
 * Vietnamese official titles and their role codes. `takesOrganization: false` marks titles
 * that never take a body after them; `organization` names the body a title fixes on its own
 * (an English canonical name of an organization entry).
 */
import type { LexiconInput } from '../../plugin.js';

type T = NonNullable<LexiconInput['titles']>[number];
type Row = [text: string, role: T['role'], english: string, gloss: string, takesOrganization?: boolean, organization?: string];

const rows: Row[] = [
  // Party
  ['Tổng Bí thư', 'party_general_secretary', 'General Secretary', 'general secretary of the party'],
  ['Tổng Bí thư Ban Chấp hành Trung ương Đảng', 'party_general_secretary', 'General Secretary', 'general secretary of the party central committee'],
  ['Ủy viên Bộ Chính trị', 'politburo_member', 'Politburo member', 'member of the Politburo', false],
  ['Uỷ viên Bộ Chính trị', 'politburo_member', 'Politburo member', 'member of the Politburo (old spelling)', false],
  ['Ủy viên Trung ương Đảng', 'central_committee_member', 'Party Central Committee member', 'member of the party central committee', false],
  ['Uỷ viên Trung ương Đảng', 'central_committee_member', 'Party Central Committee member', 'member of the party central committee', false],
  ['Ủy viên Ban Chấp hành Trung ương Đảng', 'central_committee_member', 'Party Central Committee member', 'member of the party central committee', false],
  ['Uỷ viên Ban Chấp hành Trung ương Đảng', 'central_committee_member', 'Party Central Committee member', 'member of the party central committee', false],
  // A foreign party's member: the country follows ("… Đảng Cộng sản Cuba").
  ['Ủy viên Trung ương Đảng Cộng sản', 'central_committee_member', 'Communist Party Central Committee member', 'member of a communist party central committee', false],
  ['Uỷ viên Trung ương Đảng Cộng sản', 'central_committee_member', 'Communist Party Central Committee member', 'member of a communist party central committee', false],
  ['Ủy viên Trung ương', 'central_committee_member', 'Central Committee member', 'member of the central committee', false],
  ['Uỷ viên Trung ương', 'central_committee_member', 'Central Committee member', 'member of the central committee', false],
  ['Ủy viên Ban Chấp hành Trung ương', 'central_committee_member', 'Central Committee member', 'member of the central committee', false],
  ['Bí thư Đảng ủy', 'other', 'Party Committee Secretary', 'secretary of a party committee'],
  ['Bí thư Đảng ủy Công an Trung ương', 'other', 'Secretary of the Central Public Security Party Committee', 'secretary of the central police party committee', false],
  ['Phó Bí thư Quân ủy Trung ương', 'other', 'Deputy Secretary of the Central Military Commission', 'deputy secretary of the central military commission', false],
  ['Ủy viên Thường vụ Quân ủy Trung ương', 'other', 'Standing member of the Central Military Commission', 'standing member of the central military commission', false],
  ['Bí thư Trung ương Đảng', 'central_committee_member', 'Secretary of the Party Central Committee', 'secretary of the party central committee (a member of the Central Committee)', false],
  ['Thường trực Ban Bí thư', 'other', 'Standing member of the Secretariat', 'standing member of the party secretariat', false],
  // State and government
  ['Chủ tịch nước', 'head_of_state', 'President', 'state president', false],
  ['Chủ tịch nước Cộng hòa xã hội chủ nghĩa Việt Nam', 'head_of_state', 'President of Vietnam', 'state president of Vietnam', false],
  ['Tổng thống', 'head_of_state', 'President', 'president (of a republic)', false],
  ['Quốc vương', 'head_of_state', 'King', 'king', false],
  ['Nhà vua', 'head_of_state', 'King', 'king', false],
  ['Phó Chủ tịch nước', 'other', 'Vice President', 'vice president of the state', false],
  ['Ủy viên Quốc vụ', 'other', 'State Councilor', 'state councilor (China)', false],
  ['Ủy viên Quốc vụ viện', 'other', 'State Councilor', 'state councilor (China)', false],
  ['Phó Tổng thống', 'other', 'Vice President', 'vice president', false],
  ['Thủ tướng', 'head_of_government', 'Prime Minister', 'prime minister'],
  ['Thủ tướng Chính phủ', 'head_of_government', 'Prime Minister', 'prime minister of the government'],
  ['Phó Thủ tướng', 'deputy_prime_minister', 'Deputy Prime Minister', 'deputy prime minister'],
  ['Phó Thủ tướng Chính phủ', 'deputy_prime_minister', 'Deputy Prime Minister', 'deputy prime minister'],
  ['Phó Thủ tướng Thường trực', 'deputy_prime_minister', 'Permanent Deputy Prime Minister', 'standing deputy prime minister'],
  ['Chủ tịch Quốc hội', 'parliament_chair', 'Chairman of the National Assembly', 'chairman of the national assembly', false],
  ['Chủ tịch Duma Quốc gia', 'parliament_chair', 'Chairman of the State Duma', 'chairman of the Russian state duma', false],
  ['Chủ tịch Hội đồng Liên bang', 'parliament_chair', 'Chair of the Federation Council', 'speaker of the Russian upper house', false],
  ['Phó Chủ tịch Quốc hội', 'other', 'Vice Chairman of the National Assembly', 'vice chairman of the national assembly', false],
  // Foreign parliaments' chambers: "Chủ tịch Thượng viện Séc", "Chủ tịch Hạ viện Kazakhstan".
  ['Chủ tịch Thượng viện', 'parliament_chair', 'President of the Senate', 'president of the senate (upper house)', false],
  ['Chủ tịch Hạ viện', 'parliament_chair', 'Speaker of the House', 'speaker of the lower house', false],
  ['Chủ tịch Nghị viện', 'parliament_chair', 'President of the Parliament', 'president of a parliament', false],
  ['Phó Chủ tịch Thượng viện', 'deputy_chairman', 'Deputy President of the Senate', 'deputy president of the senate', false],
  ['Phó Chủ tịch Hạ viện', 'deputy_chairman', 'Deputy Speaker of the House', 'deputy speaker of the lower house', false],
  ['Phó Chủ tịch Nghị viện', 'deputy_chairman', 'Deputy President of the Parliament', 'deputy president of a parliament', false],
  // Ministers
  ['Bộ trưởng', 'minister', 'Minister', 'minister'],
  ['Thứ trưởng', 'deputy_minister', 'Deputy Minister', 'deputy minister'],
  ['Thứ trưởng Thường trực', 'first_deputy_minister', 'First Deputy Minister', 'standing (first) deputy minister'],
  ['Thứ trưởng thứ nhất', 'first_deputy_minister', 'First Deputy Minister', 'first deputy minister'],
  ['Thứ trưởng Thứ nhất', 'first_deputy_minister', 'First Deputy Minister', 'first deputy minister'],
  // A ministry named inside the title word: "Ngoại trưởng Hoa Kỳ Antony Blinken".
  ['Ngoại trưởng', 'minister', 'Minister of Foreign Affairs', 'foreign minister, secretary of state', false, 'Ministry of Foreign Affairs'],
  ['Quốc vụ khanh', 'state_secretary', 'State Secretary', 'state secretary'],
  ['Quốc Vụ khanh', 'state_secretary', 'State Secretary', 'state secretary'],
  // Military command
  ['Tổng Tham mưu trưởng', 'chief_of_general_staff', 'Chief of the General Staff', 'chief of the general staff'],
  ['Phó Tổng Tham mưu trưởng', 'other', 'Deputy Chief of the General Staff', 'deputy chief of the general staff'],
  ['Tư lệnh', 'commander', 'Commander', 'commander'],
  ['Tổng Tư lệnh', 'commander', 'Commander-in-Chief', 'commander in chief'],
  ['Chỉ huy trưởng', 'commander', 'Commander', 'commander (of a provincial military or border guard command)'],
  ['Phó Tư lệnh', 'other', 'Deputy Commander', 'deputy commander'],
  ['Chính ủy', 'other', 'Political Commissar', 'political commissar'],
  ['Chính uỷ', 'other', 'Political Commissar', 'political commissar'],
  // Heads of directorates and agencies
  ['Chủ nhiệm', 'director', 'Director', 'head (of a general department or commission)'],
  ['Chủ nhiệm Ủy ban', 'chairman', 'Chairman of the Committee', 'chairman of a committee (Russia\'s Investigative Committee)'],
  ['Chủ nhiệm Uỷ ban', 'chairman', 'Chairman of the Committee', 'chairman of a committee (old spelling)'],
  ['Ủy viên Thường trực', 'other', 'Permanent Member', 'permanent member (of a council)'],
  ['Uỷ viên Thường trực', 'other', 'Permanent Member', 'permanent member (old spelling)'],
  // Provincial police chiefs in Cambodia and Laos ("Trưởng Ty Công an tỉnh Svay Rieng"); China's border inspection stations.
  ['Trưởng Ty', 'director', 'Chief of the Provincial Department', 'head of a provincial department (Cambodia, Laos)'],
  ['Phó Trưởng Ty', 'deputy_director', 'Deputy Chief of the Provincial Department', 'deputy head of a provincial department'],
  ['Tổng Trạm trưởng', 'director', 'Director General of the Station', 'head of a border inspection general station (China)'],
  ['Trạm trưởng', 'director', 'Station Chief', 'head of a station'],
  ['Phó Chủ nhiệm', 'deputy_director', 'Deputy Director', 'deputy head'],
  ['Tổng cục trưởng', 'director', 'Director General', 'head of a general department'],
  ['Phó Tổng cục trưởng', 'deputy_director', 'Deputy Director General', 'deputy head of a general department'],
  ['Cục trưởng', 'director', 'Director', 'head of a department'],
  ['Phó Cục trưởng', 'deputy_director', 'Deputy Director', 'deputy head of a department'],
  ['Vụ trưởng', 'director', 'Director', 'head of a ministry department'],
  ['Phó Vụ trưởng', 'deputy_director', 'Deputy Director', 'deputy head of a ministry department'],
  ['Giám đốc', 'director', 'Director', 'director'],
  ['Phó Giám đốc', 'deputy_director', 'Deputy Director', 'deputy director'],
  ['Phó Giám đốc thứ nhất', 'deputy_director', 'First Deputy Director', 'first deputy director'],
  ['Phó Giám đốc Thứ nhất', 'deputy_director', 'First Deputy Director', 'first deputy director'],
  ['Lãnh đạo', 'director', 'Head', 'leader, head (of a service)'],
  ['Tổng Giám đốc', 'director', 'Director General', 'director general'],
  ['Phó Tổng Giám đốc', 'deputy_director', 'Deputy Director General', 'deputy director general'],
  ['Viện trưởng', 'director', 'Director', 'head of an institute or procuracy'],
  ['Chánh Văn phòng', 'director', 'Chief of Office', 'head of an office'],
  ['Giám đốc Học viện', 'director', 'Director of the Academy', 'director of an academy'],
  ['Người đứng đầu', 'director', 'Head', 'head'],
  ['Chủ tịch', 'chairman', 'Chairman', 'chairman, president (of a body)'],
  ['Phó Chủ tịch', 'deputy_chairman', 'Deputy Chairman', 'deputy chairman'],
  ['Phó Chủ tịch Thường trực', 'deputy_chairman', 'Permanent Deputy Chairman', 'standing deputy chairman'],
  // Heads of foreign police forces: "Tổng Cảnh sát trưởng" (commissioner of a national police).
  ['Tổng Cảnh sát trưởng', 'director', 'Commissioner of Police', 'head of a national police force'],
  ['Phó Tổng Cảnh sát trưởng', 'deputy_director', 'Deputy Commissioner of Police', 'deputy head of a national police force'],
  ['Cảnh sát trưởng', 'director', 'Chief of Police', 'police chief'],
  ['Phó Cảnh sát trưởng', 'deputy_director', 'Deputy Chief of Police', 'deputy police chief'],
  // Local party committees' standing members: "Ủy viên Ban Thường vụ Thành ủy".
  ['Ủy viên Ban Thường vụ Thành ủy', 'other', 'Standing member of the City Party Committee', 'standing member of a city party committee', false],
  ['Ủy viên Ban Thường vụ Tỉnh ủy', 'other', 'Standing member of the Provincial Party Committee', 'standing member of a provincial party committee', false],
  ['Trưởng ban', 'director', 'Head', 'head of a commission or board'],
  ['Phó Trưởng ban', 'deputy_director', 'Deputy Head', 'deputy head of a commission or board'],
  // Security councils: "Thư ký Hội đồng An ninh …" is Secretary + the council; the recognizer
  // turns a secretary of a security council into security_council_secretary.
  ['Thư ký', 'other', 'Secretary', 'secretary'],
  ['Phó Thư ký', 'other', 'Deputy Secretary', 'deputy secretary'],
  ['Tổng Thư ký', 'other', 'Secretary General', 'secretary general (of a ministry or body)'],
  ['Phó Thư ký Thường trực', 'other', 'Permanent Deputy Secretary', 'standing deputy secretary'],
  // Diplomats, aides, press
  ['Đại sứ', 'ambassador', 'Ambassador', 'ambassador'],
  ['Đại sứ đặc mệnh toàn quyền', 'ambassador', 'Ambassador Extraordinary and Plenipotentiary', 'ambassador plenipotentiary'],
  ['Đại sứ Đặc mệnh toàn quyền', 'ambassador', 'Ambassador Extraordinary and Plenipotentiary', 'ambassador plenipotentiary'],
  ['Tổng Lãnh sự', 'other', 'Consul General', 'consul general'],
  ['Tùy viên Quốc phòng', 'other', 'Defence Attaché', 'defence attaché'],
  ['Tùy viên Cảnh sát', 'other', 'Police Attaché', 'police attaché'],
  ['Tùy viên Công an', 'other', 'Police Attaché', 'police attaché'],
  ['Tùy viên', 'other', 'Attaché', 'attaché'],
  ['Trợ lý Tổng thống', 'presidential_aide', 'Presidential Aide', 'aide to the president', true],
  ['Trợ lý', 'other', 'Aide', 'aide, assistant'],
  ['Thư ký báo chí', 'press_secretary', 'Press Secretary', 'press secretary'],
  ['Người phát ngôn', 'spokesperson', 'Spokesperson', 'spokesperson'],
  ['Phát ngôn viên', 'spokesperson', 'Spokesperson', 'spokesperson'],
  ['Người Phát ngôn', 'spokesperson', 'Spokesperson', 'spokesperson'],
  ['Trưởng đoàn', 'other', 'Head of delegation', 'head of delegation', false],
];

export const titles: T[] = rows.map(([text, role, english, gloss, takesOrganization = true, organization]) => ({
  text, role, english, gloss, takesOrganization, organization: organization ?? null,
}));
