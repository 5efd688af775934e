/** Honorifics before names, and capitalised words that are never part of a name. */
import type { LexiconInput } from '../../plugin.js';

type W = NonNullable<LexiconInput['honorifics']>[number];

export const honorifics: W[] = [
  { text: 'ông', gloss: 'Mr (lit. grandfather)' },
  { text: 'bà', gloss: 'Mrs, Ms (lit. grandmother)' },
  { text: 'ngài', gloss: 'His/Her Excellency' },
  { text: 'đồng chí', gloss: 'comrade' },
  { text: 'Ngài', gloss: 'His/Her Excellency' },
  { text: 'Tướng', gloss: 'General (a rank named loosely)' },
  { text: 'Ông', gloss: 'Mr' },
  { text: 'Bà', gloss: 'Mrs, Ms' },
  { text: 'Samdech', gloss: 'Cambodian honorific (lord)' },
  { text: 'Samdech Krolahom', gloss: 'Cambodian honorific of the interior minister' },
  { text: 'Samdech Techo', gloss: 'Cambodian honorific' },
];

/**
 * Sentence-initial and common capitalised words that a name slot must not take: event
 * words, connectors, places, bodies.
 */
const words: Array<[string, string]> = [
  ['Bộ', 'ministry'], ['Hội đàm', 'talks'], ['Hội nghị', 'conference'], ['Hội', 'association'], ['Theo', 'according to'],
  ['Ảnh', 'photo'], ['Đoàn', 'delegation'], ['Tại', 'at'], ['Hai', 'two'], ['Các', 'the (plural)'], ['Những', 'the (plural)'],
  ['Trong', 'in'], ['Sau', 'after'], ['Trước', 'before'], ['Cùng', 'together'], ['Cũng', 'also'], ['Về', 'about'], ['Với', 'with'],
  ['Nhân', 'on the occasion of'], ['Thay mặt', 'on behalf of'], ['Chiều', 'afternoon'], ['Sáng', 'morning'], ['Tối', 'evening'],
  ['Trưa', 'noon'], ['Ngày', 'day'], ['Tháng', 'month'], ['Năm', 'year'], ['Hôm', 'day'], ['Đây', 'this'], ['Đó', 'that'],
  ['Phía', 'side'], ['Bên', 'side'], ['Việc', 'the matter'], ['Lễ', 'ceremony'], ['Chương trình', 'programme'],
  ['Thỏa thuận', 'agreement'], ['Hiệp định', 'agreement'], ['Bản ghi nhớ', 'memorandum'], ['Kế hoạch', 'plan'], ['Nghị định thư', 'protocol'],
  ['Đảng', 'party'], ['Nhà nước', 'state'], ['Chính phủ', 'government'], ['Quốc hội', 'national assembly'], ['Quân đội', 'army'],
  ['Công an', 'police'], ['Thủ đô', 'capital'], ['Thành phố', 'city'], ['TP', 'city'], ['Tỉnh', 'province'], ['Hà Nội', 'Hanoi'],
  ['Moscow', 'Moscow'], ['Mátxcơva', 'Moscow'], ['Matxcơva', 'Moscow'], ['Hồ Chí Minh', 'Ho Chi Minh (city, mausoleum)'],
  ['Lăng', 'mausoleum'], ['Chủ tịch Hồ Chí Minh', 'President Ho Chi Minh'], ['Đối tác', 'partner'], ['Đối thoại', 'dialogue'],
  ['Tham vấn', 'consultation'], ['Chuyến thăm', 'visit'], ['Quang cảnh', 'view of'], ['Toàn cảnh', 'overview'], ['Nguồn', 'source'],
  ['Video', 'video'], ['Tin', 'news'], ['Xem', 'see'], ['Mời', 'invite'], ['Đánh giá', 'assess'], ['Phát biểu', 'speak'],
  ['Ủy viên', 'member'], ['Uỷ viên', 'member'], ['Trưởng', 'head'], ['Phó', 'deputy'], ['Trung ương', 'central'],
  ['An ninh', 'security'], ['Quốc phòng', 'defence'], ['Ngoại giao', 'diplomacy'], ['Nội vụ', 'internal affairs'],
  ['COVID', 'COVID'], ['Covid', 'Covid'], ['ASEAN', 'ASEAN'], ['Interpol', 'Interpol'], ['TTXVN', 'VNA'], ['VOV', 'VOV'],
  ['Vietnam', 'Vietnam'], ['Sputnik', 'Sputnik'], ['TASS', 'TASS'], ['RIA', 'RIA'], ['Novosti', 'Novosti'], ['Kremlin', 'Kremlin'],
  ['Điện', 'palace'], ['Biển Đông', 'East Sea'], ['Châu Á', 'Asia'], ['Thái Bình Dương', 'Pacific'], ['Liên Hợp Quốc', 'United Nations'],
  ['Tổ quốc', 'fatherland'], ['Nhân dân', 'people'], ['Cách mạng', 'revolution'], ['Chiến thắng', 'victory'], ['Chiến lược', 'strategy'],
  ['Kết thúc', 'at the end'], ['Tiếp', 'receive'], ['Tiếp theo', 'next'], ['Ngoài ra', 'besides'], ['Đặc biệt', 'especially'],
  ['Phòng', 'room, office'], ['Sở', 'department'], ['Trụ sở', 'headquarters'], ['Học viện', 'academy'], ['Trường', 'school'],
  ['Đại học', 'university'], ['Viện', 'institute'], ['Cục', 'department'], ['Tổng cục', 'general department'], ['Vụ', 'department'],
  ['Lực lượng', 'force(s)'],
];

export const notNames: W[] = words.map(([text, gloss]) => ({ text, gloss }));

/**
 * Common Vietnamese family names, folded (no diacritics), so that a name written without
 * diacritics in English text ("Phan Van Giang", "To Lam") is still known as Vietnamese.
 */
export const surnames: readonly string[] = [
  'nguyen', 'tran', 'le', 'pham', 'hoang', 'huynh', 'phan', 'vu', 'vo', 'dang', 'bui', 'do', 'ho', 'ngo', 'duong', 'ly',
  'to', 'luong', 'lam', 'trinh', 'dinh', 'mai', 'truong', 'cao', 'doan', 'ha', 'chu', 'quach', 'vuong', 'thai', 'trieu',
  'tong', 'lai', 'luu', 'dao', 'ta', 'kieu', 'la', 'tieu', 'khuat', 'nghiem', 'dam', 'bach', 'giang', 'lo', 'thach', 'ton',
  'tang', 'than', 'van', 'hua', 'diep', 'phung', 'lu', 'au', 'hau', 'ong', 'bien', 'chau', 'an', 'nong', 'vi', 'mac', 'lieu',
];
