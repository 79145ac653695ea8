/**
 * Which font draws which script. Each face is a separate file, loaded only when the exported text needs it
 * (docs/ARCHITECTURE.md, "PDF"). Latin, Greek, Cyrillic and Vietnamese share Noto Sans; Hebrew, whose Noto face is
 * not on npm, uses DejaVu Sans. CJK and emoji have no bold file: bold is drawn with a thin outline.
 */
export const FACE_IDS = [
  'sans',
  'sansBold',
  'arabic',
  'arabicBold',
  'hebrew',
  'hebrewBold',
  'devanagari',
  'devanagariBold',
  'thai',
  'thaiBold',
  'jp',
  'sc',
  'tc',
  'kr',
  'emoji',
] as const;
export type FaceId = (typeof FACE_IDS)[number];

/** Everything the engine loads besides faces: HarfBuzz's subsetter. */
export type AssetId = FaceId | 'hbSubset';

/** Families as a reader sees them: one per script group, each with a regular and (maybe) a bold face. */
export type Family = 'sans' | 'arabic' | 'hebrew' | 'devanagari' | 'thai' | 'jp' | 'sc' | 'tc' | 'kr' | 'emoji';

export const FAMILY_FACES: Record<Family, { regular: FaceId; bold: FaceId | null }> = {
  sans: { regular: 'sans', bold: 'sansBold' },
  arabic: { regular: 'arabic', bold: 'arabicBold' },
  hebrew: { regular: 'hebrew', bold: 'hebrewBold' },
  devanagari: { regular: 'devanagari', bold: 'devanagariBold' },
  thai: { regular: 'thai', bold: 'thaiBold' },
  jp: { regular: 'jp', bold: null },
  sc: { regular: 'sc', bold: null },
  tc: { regular: 'tc', bold: null },
  kr: { regular: 'kr', bold: null },
  emoji: { regular: 'emoji', bold: null },
};

/** PostScript names as embedded (a subset tag is put in front). */
export const POSTSCRIPT_NAMES: Record<FaceId, string> = {
  sans: 'NotoSans-Regular',
  sansBold: 'NotoSans-Bold',
  arabic: 'NotoSansArabic-Regular',
  arabicBold: 'NotoSansArabic-Bold',
  hebrew: 'DejaVuSans',
  hebrewBold: 'DejaVuSans-Bold',
  devanagari: 'NotoSansDevanagari-Regular',
  devanagariBold: 'NotoSansDevanagari-Bold',
  thai: 'NotoSansThai-Regular',
  thaiBold: 'NotoSansThai-Bold',
  jp: 'NotoSansJP-Regular',
  sc: 'NotoSansSC-Regular',
  tc: 'NotoSansTC-Regular',
  kr: 'NotoSansKR-Regular',
  emoji: 'NotoEmoji-Regular',
};

/** Han characters take the face of the note's language: Japanese when it has kana, Korean with Hangul, else Chinese. */
export type CjkLocale = 'jp' | 'sc' | 'tc' | 'kr';

const KANA = /[\p{Script=Hiragana}\p{Script=Katakana}]/u;
const HANGUL = /\p{Script=Hangul}/u;
// Frequent characters whose Simplified and Traditional forms differ: enough to tell the two apart in a note.
const TRADITIONAL = /[這們個來時會說對國發學開關問經業網務與為點種實現當應還動過長東車書見頁風飛馬魚鳥門電話語認識讓進選連運達遠邊後從產員區參變單圖處備復夠頭專將導層屬歲歷畫給總線結統維繫續聯陽陸隊際難雙顏題願類顯體齊龍灣臺]/u;
const SIMPLIFIED = /[这们个来时会说对国发学开关问经业网务与为点种实现当应还动过长东车书见页风飞马鱼鸟门电话语认识让进选连运达远边后从产员区参变单图处备复够头专将导层属岁历画给总线结统维系续联阳陆队际难双颜题愿类显体齐龙湾台]/u;

export function cjkLocaleOf(text: string): CjkLocale {
  if (KANA.test(text)) return 'jp';
  if (HANGUL.test(text)) return 'kr';
  if (TRADITIONAL.test(text) && !SIMPLIFIED.test(text)) return 'tc';
  return 'sc';
}

const SCRIPT_FAMILIES: [RegExp, Family | 'cjk'][] = [
  [/\p{Script=Arabic}/u, 'arabic'],
  [/\p{Script=Hebrew}/u, 'hebrew'],
  [/\p{Script=Devanagari}/u, 'devanagari'],
  [/\p{Script=Thai}/u, 'thai'],
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u, 'cjk'],
  [/\p{Extended_Pictographic}/u, 'emoji'],
];

/** The family a character belongs to by its script, or null for Latin, Greek, Cyrillic and shared characters. */
export function scriptFamily(char: string, locale: CjkLocale): Family | null {
  for (const [pattern, family] of SCRIPT_FAMILIES) if (pattern.test(char)) return family === 'cjk' ? locale : family;
  return null;
}

/** The faces a text needs: Noto Sans always, plus one family per script found (regular and bold). */
export function facesForTexts(texts: Iterable<string>): Set<FaceId> {
  const faces = new Set<FaceId>(['sans', 'sansBold']);
  for (const text of texts) {
    if (/^[\u0000-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1eff\u2000-\u206f\u20a0-\u20cf\u2100-\u214f\u2190-\u21ff\u2200-\u22ff\u25a0-\u25ff]*$/u.test(text)) continue; // eslint-disable-line no-control-regex
    const locale = cjkLocaleOf(text);
    for (const char of text) {
      const family = scriptFamily(char, locale);
      if (!family) continue;
      const { regular, bold } = FAMILY_FACES[family];
      faces.add(regular);
      if (bold) faces.add(bold);
    }
  }
  return faces;
}
