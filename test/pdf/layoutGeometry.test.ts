import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkshopBundle } from '../../src/domain/bundle';
import { layoutDocument } from '../../src/pdf/document';
import { createPdfWriter } from '../../src/pdf/draw';
import { facesForTexts } from '../../src/pdf/fonts/catalog';
import type { ExportOptions } from '../../src/pdf/options';
import type { LaidOutDocument } from '../../src/pdf/primitives';
import type { TextMetrics } from '../../src/pdf/text';
import { bigWorkshop } from './bigWorkshop';
import { textProblems } from './geometry';
import { multilingualWorkshop } from './multilingual';
import { nodeAssetLoader } from './nodeFonts';

let metrics: TextMetrics;
const options = (what: ExportOptions['what'], extra: Partial<ExportOptions> = {}): ExportOptions => ({ what, canvasId: null, format: 'a4', orientation: 'landscape', showVotes: true, showAuthors: true, showScores: true, date: '2026-11-25', ...extra });
const squash = (s: string) => s.replace(/\s+/g, '');

function check(doc: LaidOutDocument): void {
  doc.pages.forEach((page, i) => expect(textProblems(page), `page ${i + 1}`).toEqual([]));
}

/** Every partner's name on the map pages, whole (its lines together), at 7 pt or larger. */
function namesWhole(doc: LaidOutDocument, bundle: WorkshopBundle): void {
  const sizes = new Map<string, number>();
  const text = doc.pages.map((p) => p.items.map((i) => (i.kind === 'text' ? (sizes.set(i.text, i.size), i.text) : '')).join('')).join('');
  for (const partner of bundle.partners) expect(squash(text), partner.name).toContain(squash(partner.name));
  for (const partner of bundle.partners) {
    const words = partner.name.split(' ');
    const line = [...sizes.keys()].find((t) => t.startsWith(words[0] ?? '') && partner.name.startsWith(t));
    if (line) expect(sizes.get(line), partner.name).toBeGreaterThanOrEqual(7);
  }
}

describe('no text outside the page or on top of other text (real font metrics)', () => {
  beforeAll(async () => {
    const texts = [...multilingualWorkshop().notes.map((n) => n.text), ...multilingualWorkshop().partners.map((p) => p.name)];
    metrics = (await createPdfWriter(nodeAssetLoader, facesForTexts(texts))).metrics;
  });

  it('the map of 60 partners on A4, landscape and portrait, names whole at 7 pt or more', () => {
    const bundle = bigWorkshop(60, 90);
    for (const orientation of ['landscape', 'portrait'] as const) {
      const doc = layoutDocument(bundle, options('map', { orientation }), metrics);
      check(doc);
      namesWhole(doc, bundle);
    }
  });

  it('the map of 150 partners on A3', () => {
    const bundle = bigWorkshop(150, 200, 11);
    const doc = layoutDocument(bundle, options('map', { format: 'a3' }), metrics);
    check(doc);
    namesWhole(doc, bundle);
  });

  it('the multilingual canvas and the full report', () => {
    const bundle = multilingualWorkshop();
    check(layoutDocument(bundle, options('canvases'), metrics));
    check(layoutDocument(bundle, options('report', { orientation: 'portrait' }), metrics));
    check(layoutDocument(bigWorkshop(50, 90), options('report', { orientation: 'portrait' }), metrics));
  });
});
