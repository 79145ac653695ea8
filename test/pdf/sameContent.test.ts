import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { WorkshopBundle } from '../../src/domain/bundle';
import { createExampleWorkshop } from '../../src/domain/example';
import { reassignIds } from '../../src/domain/reassignIds';
import { buildPdf } from '../../src/pdf/buildPdf';
import type { ExportOptions } from '../../src/pdf/options';
import { bigWorkshop } from './bigWorkshop';
import { nodeAssetLoader } from './nodeFonts';

const dir = mkdtempSync(join(tmpdir(), 'partnerscape-same-'));

/** What importing a workshop file does to identity: fresh random IDs, and storage hands records back by ID. */
function imported(bundle: WorkshopBundle, seed: number): WorkshopBundle {
  let s = seed;
  const randomId = () => {
    s = (s * 48271) % 2147483647;
    return `id-${s.toString(36)}`;
  };
  const copy = reassignIds(bundle, randomId, '2026-11-25T10:00:00.000Z');
  const byId = <T extends { id: string }>(list: T[]) => [...list].sort((a, b) => (a.id < b.id ? -1 : 1));
  return { ...copy, partners: byId(copy.partners), tiers: byId(copy.tiers), edges: byId(copy.edges), notes: byId(copy.notes), canvases: byId(copy.canvases), insights: byId(copy.insights), enablement: byId(copy.enablement), metrics: byId(copy.metrics) };
}

async function text(bundle: WorkshopBundle, what: ExportOptions['what'], name: string): Promise<string> {
  const file = join(dir, `${name}.pdf`);
  const built = await buildPdf(bundle, { what, canvasId: null, format: 'a4', orientation: 'portrait', showVotes: true, showAuthors: true, showScores: true, date: '2026-11-25' }, nodeAssetLoader);
  writeFileSync(file, built.bytes);
  return execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
}

describe('the same content gives the same pages', () => {
  it('exports a workshop imported twice (new IDs, new storage order) to the same report and map, word for word and in place', async () => {
    const file = bigWorkshop(40, 60, 5);
    const a = imported(file, 17);
    const b = imported(file, 90001);
    expect(a.partners.map((p) => p.name)).not.toEqual(b.partners.map((p) => p.name));
    for (const what of ['report', 'map'] as const) {
      const [first, second] = [await text(a, what, `${what}-a`), await text(b, what, `${what}-b`)];
      expect(first.length).toBeGreaterThan(1000);
      expect(second).toEqual(first);
    }
    // The example has enablement plans, metrics and insights too.
    const example = createExampleWorkshop('2026-11-25T10:00:00.000Z');
    expect(await text(imported(example, 3), 'report', 'example-b')).toEqual(await text(imported(example, 77777), 'report', 'example-a'));
  });
});
