/**
 * Bodies named in Vietnamese: canonical English name, acronym, country and kind. An entry
 * without a country is generic ("Bộ Nội vụ" is a home or interior ministry of whichever
 * country the text names next; in a Vietnamese article, Vietnam's when none is named).
 * `afterTitle` forms count only right after a title: "Bộ trưởng Công an", "Thứ trưởng Quốc phòng".
 */
import type { LexiconInput } from '../../plugin.js';

type O = NonNullable<LexiconInput['organizations']>[number];
type H = NonNullable<LexiconInput['organizationHeads']>[number];

export const organizations: O[] = [
  // Vietnam: security and defence
  {
    names: ['Bộ Công an', 'BCA'], afterTitle: ['Công an'], english: 'Ministry of Public Security', acronym: 'MPS', country: 'VN', kind: 'ministry',
    gloss: 'Ministry of Public Security (Vietnam; China has one of the same name)',
  },
  { names: ['Bộ Quốc phòng', 'BQP'], afterTitle: ['Quốc phòng'], english: 'Ministry of National Defence', acronym: 'MND', kind: 'ministry', gloss: 'Ministry of (National) Defence' },
  { names: ['Bộ Ngoại giao'], afterTitle: ['Ngoại giao'], english: 'Ministry of Foreign Affairs', acronym: 'MFA', kind: 'ministry', gloss: 'Ministry of Foreign Affairs' },
  { names: ['Bộ Nội vụ'], afterTitle: ['Nội vụ'], english: 'Ministry of Internal Affairs', kind: 'ministry', gloss: 'Ministry of Home (Internal) Affairs' },
  { names: ['Bộ Tư pháp'], afterTitle: ['Tư pháp'], english: 'Ministry of Justice', kind: 'ministry', gloss: 'Ministry of Justice' },
  { names: ['Bộ Tình trạng khẩn cấp', 'Bộ Các tình huống khẩn cấp', 'Bộ Tình huống khẩn cấp'], afterTitle: ['Tình trạng khẩn cấp', 'Các tình huống khẩn cấp'], english: 'Ministry of Emergency Situations', acronym: 'EMERCOM', kind: 'ministry', gloss: 'Ministry of Emergency Situations' },
  { names: ['Bộ Tài chính'], afterTitle: ['Tài chính'], english: 'Ministry of Finance', kind: 'ministry', gloss: 'Ministry of Finance' },
  { names: ['Bộ Công Thương', 'Bộ Công thương'], afterTitle: ['Công Thương', 'Công thương'], english: 'Ministry of Industry and Trade', kind: 'ministry', gloss: 'Ministry of Industry and Trade' },
  { names: ['Bộ Kế hoạch và Đầu tư'], afterTitle: ['Kế hoạch và Đầu tư'], english: 'Ministry of Planning and Investment', kind: 'ministry', gloss: 'Ministry of Planning and Investment' },
  { names: ['Bộ Giao thông vận tải'], afterTitle: ['Giao thông vận tải'], english: 'Ministry of Transport', kind: 'ministry', gloss: 'Ministry of Transport' },
  { names: ['Bộ Y tế'], afterTitle: ['Y tế'], english: 'Ministry of Health', kind: 'ministry', gloss: 'Ministry of Health' },
  { names: ['Bộ Giáo dục và Đào tạo'], afterTitle: ['Giáo dục và Đào tạo'], english: 'Ministry of Education and Training', kind: 'ministry', gloss: 'Ministry of Education and Training' },
  { names: ['Bộ An ninh Quốc gia', 'Bộ An ninh quốc gia'], afterTitle: ['An ninh Quốc gia', 'An ninh quốc gia'], english: 'Ministry of State Security', kind: 'ministry', gloss: 'Ministry of State Security' },
  { names: ['Bộ An ninh'], afterTitle: ['An ninh'], english: 'Ministry of Security', kind: 'ministry', gloss: 'Ministry of Security' },
  { names: ['Công an nhân dân Việt Nam', 'Công an nhân dân', 'CAND'], english: "People's Public Security of Vietnam", acronym: 'CAND', country: 'VN', kind: 'armed_forces', gloss: "People's Public Security forces" },
  { names: ['Quân đội nhân dân Việt Nam', 'Quân đội Nhân dân Việt Nam', 'Quân đội nhân dân', 'QĐND Việt Nam', 'QĐND', 'QĐNDVN'], english: "Vietnam People's Army", acronym: 'QĐND', country: 'VN', kind: 'armed_forces', gloss: "Vietnam People's Army" },
  { names: ['Bộ Tổng Tham mưu', 'Bộ Tổng tham mưu'], english: 'General Staff', kind: 'armed_forces', gloss: 'General Staff' },
  { names: ['Bộ Tổng Tham mưu Quân đội nhân dân Việt Nam', 'Bộ Tổng Tham mưu QĐND Việt Nam'], english: "General Staff of the Vietnam People's Army", country: 'VN', kind: 'armed_forces', gloss: "General Staff of the Vietnam People's Army" },
  { names: ['Tổng cục Chính trị Quân đội nhân dân Việt Nam', 'Tổng cục Chính trị QĐND Việt Nam', 'Tổng cục Chính trị Quân đội Nhân dân Việt Nam'], english: "General Department of Politics of the Vietnam People's Army", country: 'VN', kind: 'agency', gloss: 'General Political Department of the army' },
  { names: ['Tổng cục Chính trị Công an nhân dân', 'Tổng cục Chính trị CAND'], english: "General Department of Politics of the People's Public Security", country: 'VN', kind: 'agency', gloss: 'General Political Department of the police' },
  { names: ['Tổng cục Chính trị'], english: 'General Political Department', kind: 'agency', gloss: 'General Political Department' },
  { names: ['Tổng cục Chính trị quân sự các Lực lượng vũ trang Liên bang Nga', 'Tổng cục Chính trị quân sự Lực lượng vũ trang Nga'], english: 'Main Military-Political Directorate of the Armed Forces of the Russian Federation', country: 'RU', kind: 'agency', gloss: 'Russian Main Military-Political Directorate' },
  { names: ['Tổng cục Chính trị quân sự'], english: 'Main Military-Political Directorate', kind: 'agency', gloss: 'Main Military-Political Directorate' },
  { names: ['Tổng cục Tình báo', 'Tổng cục II'], english: 'General Department of Intelligence', kind: 'agency', gloss: 'intelligence directorate' },
  { names: ['Tổng cục An ninh'], english: 'General Department of Security', kind: 'agency', gloss: 'General Department of Security' },
  { names: ['Tổng cục Cảnh sát'], english: 'General Department of Police', kind: 'agency', gloss: 'General Department of Police' },
  { names: ['Tổng cục Công nghiệp quốc phòng', 'Tổng cục Công nghiệp Quốc phòng'], english: 'General Department of Defence Industry', country: 'VN', kind: 'agency', gloss: 'defence industry directorate' },
  { names: ['Tổng cục Hậu cần'], english: 'General Department of Logistics', kind: 'agency', gloss: 'logistics directorate' },
  { names: ['Tổng cục Kỹ thuật'], english: 'General Department of Technology', kind: 'agency', gloss: 'technical directorate' },
  { names: ['Quân chủng Hải quân', 'Hải quân nhân dân Việt Nam', 'Hải quân Việt Nam'], english: 'Vietnam People’s Navy', country: 'VN', kind: 'armed_forces', gloss: "Vietnam's navy" },
  { names: ['Hải quân'], afterTitle: ['Hải quân'], english: 'Navy', kind: 'armed_forces', gloss: 'navy' },
  { names: ['Bộ Tư lệnh Hải quân'], english: 'Navy Command', kind: 'armed_forces', gloss: 'navy command' },
  { names: ['Bộ đội Biên phòng', 'Bộ Tư lệnh Bộ đội Biên phòng', 'BĐBP', 'Bộ đội Biên phòng Việt Nam'], afterTitle: ['Bộ đội Biên phòng'], english: 'Border Guard', country: 'VN', kind: 'armed_forces', gloss: 'border guard' },
  { names: ['Cảnh sát biển Việt Nam', 'Cảnh sát biển'], afterTitle: ['Cảnh sát biển'], english: 'Coast Guard', kind: 'armed_forces', gloss: 'coast guard' },
  { names: ['Quân đội', 'Lực lượng vũ trang'], english: 'Armed Forces', kind: 'armed_forces', gloss: 'army, armed forces' },
  { names: ['Lực lượng vũ trang Liên bang Nga', 'các Lực lượng vũ trang Liên bang Nga', 'Lực lượng vũ trang Nga'], english: 'Armed Forces of the Russian Federation', country: 'RU', kind: 'armed_forces', gloss: 'Russian armed forces' },
  // Vietnam: party and state
  { names: ['Bộ Chính trị'], english: 'Politburo', kind: 'party', gloss: 'Politburo' },
  { names: ['Ban Chấp hành Trung ương Đảng', 'Trung ương Đảng'], english: 'Party Central Committee', kind: 'party', gloss: 'Party Central Committee' },
  { names: ['Đảng Cộng sản Việt Nam'], english: 'Communist Party of Vietnam', acronym: 'CPV', country: 'VN', kind: 'party', gloss: 'Communist Party of Vietnam' },
  { names: ['Quân ủy Trung ương'], english: 'Central Military Commission', country: 'VN', kind: 'party', gloss: 'Central Military Commission' },
  { names: ['Đảng ủy Công an Trung ương'], english: 'Central Public Security Party Committee', country: 'VN', kind: 'party', gloss: 'police party committee' },
  { names: ['Đảng Nhân dân Cách mạng Lào'], english: "Lao People's Revolutionary Party", country: 'LA', kind: 'party', gloss: 'Lao ruling party' },
  { names: ['Quốc hội'], english: 'National Assembly', kind: 'parliament', gloss: 'National Assembly' },
  { names: ['Duma Quốc gia'], english: 'State Duma', country: 'RU', kind: 'parliament', gloss: 'Russian State Duma' },
  { names: ['Chính phủ'], english: 'Government', kind: 'government', gloss: 'government' },
  { names: ['Ủy ban nhân dân', 'UBND'], english: "People's Committee", country: 'VN', kind: 'government', gloss: "people's committee (local government)" },
  { names: ['Viện Kiểm sát nhân dân tối cao'], english: "Supreme People's Procuracy", country: 'VN', kind: 'agency', gloss: 'supreme procuracy' },
  { names: ['Tòa án nhân dân tối cao'], english: "Supreme People's Court", country: 'VN', kind: 'agency', gloss: 'supreme court' },
  { names: ['Ban Đối ngoại Trung ương'], english: 'Central Foreign Relations Commission', country: 'VN', kind: 'party', gloss: 'party foreign relations commission' },
  // Russia and other countries
  { names: ['Bộ Nội vụ Liên bang Nga', 'Bộ Nội vụ Nga', 'Bộ Nội vụ LB Nga'], english: 'Ministry of Internal Affairs of the Russian Federation', acronym: 'MVD', country: 'RU', kind: 'ministry', gloss: 'Russian interior ministry' },
  { names: ['Hội đồng An ninh Quốc gia', 'Hội đồng An ninh quốc gia'], english: 'National Security Council', kind: 'council', gloss: 'National Security Council' },
  { names: ['Hội đồng An ninh'], english: 'Security Council', kind: 'council', gloss: 'Security Council' },
  { names: ['Hội đồng Quốc phòng và An ninh'], english: 'National Defence and Security Council', country: 'VN', kind: 'council', gloss: "Vietnam's defence and security council" },
  { names: ['Văn phòng Hội đồng An ninh'], english: 'Office of the Security Council', kind: 'council', gloss: 'office of the security council' },
  { names: ['Ủy ban Điều tra', 'Uỷ ban Điều tra'], english: 'Investigative Committee', country: 'RU', kind: 'committee', gloss: 'Investigative Committee (Russia)' },
  { names: ['Cơ quan Vệ binh quốc gia', 'Cơ quan Vệ binh Quốc gia', 'Vệ binh quốc gia', 'Vệ binh Quốc gia', 'Lực lượng Vệ binh quốc gia', 'Cục Vệ binh quốc gia'], english: 'Federal National Guard Troops Service', acronym: 'Rosgvardia', country: 'RU', kind: 'agency', gloss: 'Russian National Guard (Rosgvardia)' },
  { names: ['Cơ quan An ninh Liên bang', 'Cơ quan An ninh Liên bang Nga', 'Cục An ninh Liên bang', 'FSB'], english: 'Federal Security Service', acronym: 'FSB', country: 'RU', kind: 'agency', gloss: 'Federal Security Service (FSB)' },
  { names: ['Cơ quan Tình báo Đối ngoại', 'Cơ quan Tình báo đối ngoại', 'SVR'], english: 'Foreign Intelligence Service', acronym: 'SVR', country: 'RU', kind: 'agency', gloss: 'Foreign Intelligence Service (SVR)' },
  { names: ['Cơ quan Bảo vệ Liên bang', 'FSO'], english: 'Federal Protective Service', acronym: 'FSO', country: 'RU', kind: 'agency', gloss: 'Federal Protective Service (FSO)' },
  { names: ['Viện Kiểm sát Liên bang Nga', 'Viện Công tố Liên bang Nga'], english: 'Prosecutor General’s Office of the Russian Federation', country: 'RU', kind: 'agency', gloss: 'Russian prosecutor general' },
  { names: ['Bộ Tổng tham mưu các Lực lượng vũ trang Liên bang Nga', 'Bộ Tổng Tham mưu các Lực lượng vũ trang Liên bang Nga'], english: 'General Staff of the Armed Forces of the Russian Federation', country: 'RU', kind: 'armed_forces', gloss: 'Russian General Staff' },
  { names: ['Hải quân Nga', 'Hải quân Liên bang Nga'], english: 'Russian Navy', country: 'RU', kind: 'armed_forces', gloss: 'Russian navy' },
  { names: ['Điện Kremlin'], english: 'Kremlin', country: 'RU', kind: 'government', gloss: 'the Kremlin' },
  { names: ['Bộ Công an Trung Quốc'], english: "Ministry of Public Security of the People's Republic of China", acronym: 'MPS', country: 'CN', kind: 'ministry', gloss: "China's Ministry of Public Security" },
  { names: ['Bộ Công an Lào'], english: 'Ministry of Public Security of Laos', country: 'LA', kind: 'ministry', gloss: "Laos' Ministry of Public Security" },
  { names: ['Bộ Nội vụ Campuchia'], english: 'Ministry of Interior of Cambodia', country: 'KH', kind: 'ministry', gloss: "Cambodia's Ministry of Interior" },
  { names: ['Interpol', 'INTERPOL'], english: 'Interpol', kind: 'other', gloss: 'Interpol' },
  { names: ['ASEAN'], english: 'ASEAN', kind: 'other', gloss: 'Association of Southeast Asian Nations' },
  { names: ['Đại sứ quán'], english: 'Embassy', kind: 'embassy', gloss: 'embassy' },
];

/** Words that start the name of a body the lexicon does not know ("Bộ X", "Ủy ban X"). */
export const organizationHeads: H[] = [
  { text: 'Bộ', kind: 'ministry', english: 'Ministry', gloss: 'ministry' },
  { text: 'Ủy ban', kind: 'committee', english: 'Committee', gloss: 'committee' },
  { text: 'Uỷ ban', kind: 'committee', english: 'Committee', gloss: 'committee' },
  { text: 'Tổng cục', kind: 'agency', english: 'General Department', gloss: 'general department' },
  { text: 'Cục', kind: 'agency', english: 'Department', gloss: 'department' },
  { text: 'Hội đồng', kind: 'council', english: 'Council', gloss: 'council' },
  { text: 'Cơ quan', kind: 'agency', english: 'Agency', gloss: 'agency, service' },
  { text: 'Học viện', kind: 'other', english: 'Academy', gloss: 'academy' },
  { text: 'Viện', kind: 'other', english: 'Institute', gloss: 'institute' },
  { text: 'Ban', kind: 'committee', english: 'Commission', gloss: 'commission, board' },
  { text: 'Văn phòng', kind: 'agency', english: 'Office', gloss: 'office' },
  { text: 'Đại sứ quán', kind: 'embassy', english: 'Embassy', gloss: 'embassy' },
  { text: 'Bộ Tư lệnh', kind: 'armed_forces', english: 'Command', gloss: 'command (military)' },
  { text: 'Quân khu', kind: 'armed_forces', english: 'Military Region', gloss: 'military region' },
  { text: 'Quân chủng', kind: 'armed_forces', english: 'Service', gloss: 'armed service branch' },
  { text: 'Hạm đội', kind: 'armed_forces', english: 'Fleet', gloss: 'fleet' },
  { text: 'Công an', kind: 'agency', english: 'Police', gloss: 'police (of a province)' },
];
