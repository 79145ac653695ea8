import { CANVAS_FIELD_LABELS, CANVAS_FIELD_QUESTIONS, PARTNER_TYPE_LABELS } from '../domain/labels';
import { CANVAS_FIELDS, type Canvas, type CanvasField, type Note } from '../domain/records';
import { totalScore } from '../domain/scoring';
import { contentBox, header, label, newPage, type Box, type LayoutContext } from './frame';
import { flowNotes, piecesOf, type NotePiece } from './noteFlow';
import type { LaidOutPage, Primitive } from './primitives';
import { INK } from './theme';

const CELL_GAP = 12;
const CELL_PAD = 10;
const TITLE_BAND = 40;
const CONTINUE_BAND = 14;
const CARD_TITLE_BAND = 28;

/** A field's notes in board order; ties by text, never by ID (an import makes new IDs, the reader sees text). */
export function notesOfCanvas(notes: readonly Note[], canvasId: string, field: CanvasField): Note[] {
  return notes
    .filter((n) => n.canvasId === canvasId && n.field === field)
    .sort((a, b) => a.order - b.order || a.text.localeCompare(b.text) || a.createdAt.localeCompare(b.createdAt) || (a.id < b.id ? -1 : 1));
}

function canvasHeader(ctx: LayoutContext, canvas: Canvas, continued: boolean): Primitive[] {
  const { bundle, options } = ctx;
  const partner = bundle.partners.find((p) => p.id === canvas.partnerId);
  const tier = partner && bundle.tiers.find((t) => t.id === partner.tierId);
  const who = partner ? `Partner: ${partner.name} (${PARTNER_TYPE_LABELS[partner.type]}${tier ? `, ${tier.name}` : ''})` : 'Ecosystem canvas';
  const detail = [bundle.workshop.title, who, bundle.workshop.date || options.date].join('  ·  ');
  const score = partner && options.showScores ? `Score ${totalScore(partner.scores, bundle.workshop.scoreWeights).toFixed(1)} / 5` : '';
  return header(ctx, continued ? `${canvas.title} (continued)` : canvas.title, detail, score);
}

function fieldHeading(ctx: LayoutContext, field: CanvasField, cell: Box, title: string, count: number): Primitive[] {
  const { metrics } = ctx;
  const countText = `${count} ${count === 1 ? 'note' : 'notes'}`;
  const countWidth = metrics.width(countText, 'regular', 8) + 4;
  return [
    ...label(metrics, title, cell.x + CELL_PAD, cell.y + 17, { font: 'bold', size: 11.5, maxWidth: cell.w - 2 * CELL_PAD - countWidth }),
    ...label(metrics, countText, cell.x + cell.w - CELL_PAD, cell.y + 17, { size: 8, color: INK.text3, align: 'right' }),
    ...label(metrics, CANVAS_FIELD_QUESTIONS[field], cell.x + CELL_PAD, cell.y + 30, { size: 8.5, color: INK.text2, maxWidth: cell.w - 2 * CELL_PAD }),
  ];
}

function cellBackground(cell: Box): Primitive {
  return { kind: 'rect', x: cell.x, y: cell.y, w: cell.w, h: cell.h, radius: 8, fill: INK.surface2, stroke: INK.border, lineWidth: 0.75, tag: 'field' };
}

/** Marks the pieces that were just cut at the end of a region with the page the note starts on. */
function stampStart(rest: NotePiece[], page: number): NotePiece[] {
  return rest.map((piece) => (piece.continued && !piece.fromPage ? { ...piece, fromPage: page } : piece));
}

/**
 * One canvas: a page with the four fields in a 2×2 grid as on screen, then continuation pages for the
 * fields whose notes did not fit, each field saying on which page it goes on. `firstPage` is the
 * document's page index of the canvas's first page, for those page numbers.
 */
export function layoutCanvasPages(ctx: LayoutContext, canvas: Canvas, firstPage = 0): LaidOutPage[] {
  const { size, metrics, options } = ctx;
  const box = contentBox(size);
  const cellW = (box.w - CELL_GAP) / 2;
  const cellH = (box.h - CELL_GAP) / 2;
  // A note up to a continuation page's height is never split; only longer ones are.
  const pageRegion = box.h - CARD_TITLE_BAND - CELL_PAD;
  const first = newPage(size);
  first.items.push(...canvasHeader(ctx, canvas, false));
  const overflow: { field: CanvasField; rest: NotePiece[]; cell: Box }[] = [];

  CANVAS_FIELDS.forEach((field, index) => {
    const cell = { x: box.x + (index % 2) * (cellW + CELL_GAP), y: box.y + Math.floor(index / 2) * (cellH + CELL_GAP), w: cellW, h: cellH };
    const notes = notesOfCanvas(ctx.bundle.notes, canvas.id, field);
    first.items.push(cellBackground(cell), ...fieldHeading(ctx, field, cell, CANVAS_FIELD_LABELS[field], notes.length));
    if (notes.length === 0) {
      first.items.push(...label(metrics, 'No notes yet', cell.x + CELL_PAD, cell.y + TITLE_BAND + 12, { size: 8.5, color: INK.text3 }));
      return;
    }
    const region = { x: cell.x + CELL_PAD, y: cell.y + TITLE_BAND, w: cell.w - 2 * CELL_PAD, h: cell.h - TITLE_BAND - CELL_PAD - CONTINUE_BAND };
    const result = flowNotes(piecesOf(notes), region, options, metrics, pageRegion);
    first.items.push(...result.items);
    if (result.rest.length > 0) overflow.push({ field, rest: stampStart(result.rest, firstPage + 1), cell });
  });
  const { pages, starts } = continuationPages(ctx, canvas, overflow, firstPage + 1, pageRegion);
  for (const { field, cell } of overflow) {
    const page = starts.get(field);
    if (page === undefined) continue;
    first.items.push(...label(metrics, `${CANVAS_FIELD_LABELS[field]} continues on p. ${page + 1}`, cell.x + cell.w - CELL_PAD, cell.y + cell.h - CELL_PAD - 1, { size: 8, color: INK.accent, align: 'right', maxWidth: cell.w - 2 * CELL_PAD }));
  }
  return [first, ...pages];
}

/** Overflowing fields, one full-width card after another, as many pages as they need; where each field goes on. */
function continuationPages(ctx: LayoutContext, canvas: Canvas, overflow: { field: CanvasField; rest: NotePiece[] }[], firstIndex: number, pageRegion: number): { pages: LaidOutPage[]; starts: Map<CanvasField, number> } {
  const { size, metrics, options } = ctx;
  const box = contentBox(size);
  const bottom = box.y + box.h;
  const pages: LaidOutPage[] = [];
  const starts = new Map<CanvasField, number>();
  let page: LaidOutPage | null = null;
  let y = box.y;
  const newContinuation = () => {
    page = newPage(size);
    page.items.push(...canvasHeader(ctx, canvas, true));
    pages.push(page);
    y = box.y;
    return page;
  };
  for (const { field, rest } of overflow) {
    let queue = rest;
    let firstCard = true;
    while (queue.length > 0) {
      let current: LaidOutPage = page ?? newContinuation();
      if (bottom - y < 90) current = newContinuation();
      const region = { x: box.x + CELL_PAD, y: y + CARD_TITLE_BAND, w: box.w - 2 * CELL_PAD, h: bottom - y - CARD_TITLE_BAND - CELL_PAD };
      // At the top of a page anything too tall is split (it is taller than a page); below a card, it waits.
      const result = flowNotes(queue, region, options, metrics, y === box.y ? 0 : pageRegion);
      if (result.items.length === 0) {
        newContinuation();
        continue;
      }
      const pageNumber = firstIndex + pages.length - 1;
      if (firstCard) starts.set(field, pageNumber);
      const card = { x: box.x, y, w: box.w, h: CARD_TITLE_BAND + result.used + CELL_PAD };
      current.items.push(
        cellBackground(card),
        ...label(metrics, `${CANVAS_FIELD_LABELS[field]} (continued)`, card.x + CELL_PAD, card.y + 18, { font: 'bold', size: 11.5, maxWidth: card.w - 2 * CELL_PAD }),
        ...result.items,
      );
      firstCard = false;
      queue = stampStart(result.rest, pageNumber + 1);
      y = queue.length > 0 ? bottom : card.y + card.h + CELL_GAP;
    }
  }
  return { pages, starts };
}
