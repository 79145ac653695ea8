import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseWorkshopDocument, serializeWorkshop, WORKSHOP_FORMAT_VERSION } from '../../../src/domain';

const v1 = readFileSync(new URL('../../fixtures/files/example-format-v1.partnerscape', import.meta.url), 'utf8');

describe('workshop files from older format versions', () => {
  it('reads a version 1 file (written before enablement, metrics and revisions existed) with every record', () => {
    const original = JSON.parse(v1) as Record<string, unknown[]> & { version: number };
    expect(original.version).toBe(1);
    const result = parseWorkshopDocument(v1);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    for (const name of ['tiers', 'partners', 'canvases', 'notes', 'edges', 'insights'] as const) {
      expect(result.bundle[name], name).toEqual(original[name]!.map((record) => ({ ...(record as object), rev: 0 })));
    }
    expect(result.bundle.enablement).toEqual([]);
    expect(result.bundle.metrics).toEqual([]);
  });

  it('writes the current version, which reads back the same', () => {
    const result = parseWorkshopDocument(v1);
    if (!result.ok) throw new Error(result.errors.join());
    const text = serializeWorkshop(result.bundle, '2026-11-25T00:00:00.000Z');
    expect(JSON.parse(text).version).toBe(WORKSHOP_FORMAT_VERSION);
    expect(parseWorkshopDocument(text)).toEqual(result);
  });
});
