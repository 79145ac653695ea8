import type { WorkshopBundle } from '../../src/domain/bundle';
import { createExampleWorkshop } from '../../src/domain/example';
import type { Note } from '../../src/domain/records';

export const AT = '2026-11-25T10:00:00.000Z';

/** Notes in five scripts plus one with an emoji, added to the example's first canvas. */
export const MULTILINGUAL_NOTES = [
  'Zażółć gęślą jaźń: dystrybucja w Polsce i na Śląsku',
  'Ελληνικά: πρόσβαση σε πελάτες στην Αθήνα',
  'Русский: совместная разработка продукта в Москве',
  'Tiếng Việt: mở rộng thị trường tại Thành phố Hồ Chí Minh',
  '日本語：パートナーと共同でマーケティングを行う',
];
export const EMOJI_NOTE = 'Launch party 🎉 with the partner team';

export function multilingualWorkshop(): WorkshopBundle {
  const bundle = createExampleWorkshop(AT);
  const canvas = bundle.canvases[0];
  if (!canvas) throw new Error('the example has canvases');
  const notes: Note[] = [...MULTILINGUAL_NOTES, EMOJI_NOTE].map((text, i) => ({
    id: `ml-${i}`,
    workshopId: bundle.workshop.id,
    canvasId: canvas.id,
    field: i % 2 === 0 ? 'valueOffer' : 'createdValue',
    text,
    color: 'purple',
    votes: i,
    x: 0,
    y: 0,
    order: 50 + i,
    createdAt: AT,
    updatedAt: AT,
  }));
  return { ...bundle, workshop: { ...bundle.workshop, title: 'Warsztat partnerski — Kraków' }, notes: [...bundle.notes, ...notes] };
}
