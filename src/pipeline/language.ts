/**
 * Stage 2: language detection, by script and letter statistics (no network, no model).
 */
import type { Language } from '../schema.js';

// Letters that only Vietnamese uses among the languages this library meets.
const VI_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹĂÂĐÊÔƠƯẠẢẤẦẨẪẬẮẰẲẴẶẸẺẼẾỀỂỄỆỈỊỌỎỐỒỔỖỘỚỜỞỠỢỤỦỨỪỬỮỰỲỴỶỸ]/gu;
const CYRILLIC = /\p{Script=Cyrillic}/gu;
const LATIN = /\p{Script=Latin}/gu;
const EN_WORDS = /\b(?:the|of|and|to|in|with|on|was|said|for|that|is|has)\b/gi;

const count = (re: RegExp, s: string): number => {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s)) n++;
  return n;
};

/** Detects the language of (a sample of) the text. */
export function detectLanguage(text: string): Language {
  // A sample keeps detection cheap on huge inputs; articles declare themselves early.
  const sample = text.length > 20000 ? text.slice(0, 20000) : text;
  const latin = count(LATIN, sample);
  const cyr = count(CYRILLIC, sample);
  const letters = latin + cyr;
  if (letters < 3) return 'und';
  const vi = count(VI_LETTERS, sample);
  if (vi / letters > 0.015) return 'vi';
  if (cyr > latin) return 'ru';
  const words = Math.max(1, sample.split(/\s+/).length);
  if (count(EN_WORDS, sample) / words > 0.03) return 'en';
  return 'und';
}
