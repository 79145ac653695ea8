import type { WorkshopBundle } from '../../src/domain/bundle';
import { createExampleWorkshop } from '../../src/domain/example';
import type { Note } from '../../src/domain/records';

export const AT = '2026-11-25T10:00:00.000Z';

/** One note per script a team writes, added to the example's first canvas. */
export const MULTILINGUAL_NOTES = [
  'Zażółć gęślą jaźń: dystrybucja w Polsce i na Śląsku',
  'Ελληνικά: πρόσβαση σε πελάτες στην Αθήνα',
  'Русский: совместная разработка продукта в Москве',
  'Tiếng Việt: mở rộng thị trường tại Thành phố Hồ Chí Minh',
  'شراكة استراتيجية طويلة الأمد مع الموزعين في الخليج',
  'שותפות אסטרטגית עם מפיצים בישראל ובאירופה',
  'हिन्दी में साझेदारी: क्षेत्रीय वितरण और संयुक्त विकास, धर्म और श्रृंखला',
  'ความร่วมมือกับพันธมิตรในประเทศไทยเพื่อขยายตลาดและพัฒนาผลิตภัณฑ์ร่วมกัน',
  '与合作伙伴共同开发产品，扩大在中国市场的分销渠道。',
  '與臺灣的合作夥伴共同開發產品，這個市場很重要。',
  '日本語：パートナーと共同でマーケティングを行う。',
  '한국어: 파트너와 함께 공동 마케팅을 진행합니다.',
  'Launch party 🎉 with the partner team 🚀 👍',
  'Mixed: شراكة مع Acme Corp للتوزيع',
];

/**
 * A right-to-left paragraph with a Latin word inside. pdftotext orders the parts of each line by the page's
 * main direction (left to right here), so its lines come back with the Latin part on the other side: the
 * tests check it word by word.
 */
export const RTL_WITH_LATIN_NOTE = 'شراكة طويلة الأمد مع شركة Acme للتوزيع في منطقة الخليج العربي';

/** Ethiopic: no embedded font has it, so it prints as boxes and the export says which note. */
export const UNDRAWABLE_NOTE = 'Amharic greeting ሰላም for the Addis team';

export function multilingualWorkshop(): WorkshopBundle {
  const bundle = createExampleWorkshop(AT);
  const canvas = bundle.canvases[0];
  if (!canvas) throw new Error('the example has canvases');
  const fields = ['desiredAssets', 'valueOffer', 'transferActivity', 'createdValue'] as const;
  const notes: Note[] = [...MULTILINGUAL_NOTES, RTL_WITH_LATIN_NOTE, UNDRAWABLE_NOTE].map((text, i) => ({
    id: `ml-${i}`,
    workshopId: bundle.workshop.id,
    canvasId: canvas.id,
    field: fields[i % 4] ?? 'valueOffer',
    text,
    color: 'purple',
    votes: i % 3,
    x: 0,
    y: 0,
    order: 50 + i,
    createdAt: AT,
    updatedAt: AT,
    rev: 0,
  }));
  const partners = bundle.partners.map((p, i) => (i === 0 ? { ...p, name: 'مجموعة الخليج للتوزيع' } : i === 1 ? { ...p, name: '北京数据科技有限公司' } : p));
  return { ...bundle, workshop: { ...bundle.workshop, title: 'Warsztat partnerski — Kraków' }, partners, notes: [...bundle.notes, ...notes] };
}
