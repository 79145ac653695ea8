import { describe, expect, it } from 'vitest';
import { describeIssues, formatPath, restoreBundle, bundleSchema, type RestoreResult, type WorkshopBundle } from '../../../src/domain';
import { clone, fixedExample } from '../../fixtures/bundles';

function errorsOf(result: RestoreResult): string[] {
  if (result.ok) throw new Error('expected the restore to fail');
  return result.errors;
}

function okOf(result: RestoreResult) {
  if (!result.ok) throw new Error(`expected the restore to succeed: ${result.errors.join('; ')}`);
  return result;
}

const STRICT = { repair: false };
const REPAIR = { repair: true };

describe('formatPath', () => {
  it('joins keys with dots and indexes with brackets', () => {
    expect(formatPath(['partners', 2, 'scores', 'alignment'])).toBe('partners[2].scores.alignment');
    expect(formatPath(['workshop', 'title'])).toBe('workshop.title');
    expect(formatPath([])).toBe('(document)');
  });
});

describe('restoreBundle: shape', () => {
  it('accepts a valid bundle in both modes and returns an equal copy', () => {
    const input = fixedExample();
    for (const mode of [STRICT, REPAIR]) {
      const result = okOf(restoreBundle(input, mode));
      expect(result.repairs).toEqual([]);
      expect(result.bundle).toEqual(input);
      expect(result.bundle).not.toBe(input);
    }
  });

  it.each([
    ['a string score', (b: WorkshopBundle) => ((b.partners[2]!.scores as Record<string, unknown>).alignment = '5'), 'partners[2].scores.alignment'],
    ['a score out of range', (b: WorkshopBundle) => (b.partners[2]!.scores.alignment = 7), 'partners[2].scores.alignment'],
    ['a fractional score', (b: WorkshopBundle) => (b.partners[2]!.scores.alignment = 2.5), 'partners[2].scores.alignment'],
    ['an unknown partner type', (b: WorkshopBundle) => ((b.partners[0] as Record<string, unknown>).type = 'reseller'), 'partners[0].type'],
    ['an empty workshop title', (b: WorkshopBundle) => (b.workshop.title = ''), 'workshop.title'],
    ['a bad date', (b: WorkshopBundle) => (b.workshop.date = '02.03.2026'), 'workshop.date'],
    ['an unparseable timestamp', (b: WorkshopBundle) => (b.notes[3]!.updatedAt = 'yesterday'), 'notes[3].updatedAt'],
    ['an unknown canvas field', (b: WorkshopBundle) => ((b.notes[1] as Record<string, unknown>).field = 'misc'), 'notes[1].field'],
    ['a NaN coordinate', (b: WorkshopBundle) => (b.notes[0]!.x = Number.NaN), 'notes[0].x'],
    ['a missing tier list', (b: WorkshopBundle) => delete (b as Partial<WorkshopBundle>).tiers, 'tiers'],
    ['an edge without kind', (b: WorkshopBundle) => delete (b.edges[4] as Partial<WorkshopBundle['edges'][number]>).kind, 'edges[4].kind'],
    ['an overlong id', (b: WorkshopBundle) => (b.insights[0]!.id = 'x'.repeat(65)), 'insights[0].id'],
  ])('rejects %s and names the path', (_, breakIt, path) => {
    const input = clone(fixedExample());
    breakIt(input);
    for (const mode of [STRICT, REPAIR]) {
      const errors = errorsOf(restoreBundle(input, mode));
      expect(errors.some((line) => line.startsWith(path))).toBe(true);
    }
  });

  it('rejects things that are not bundles at all', () => {
    for (const input of [null, undefined, 42, 'workshop', [], {}]) {
      expect(errorsOf(restoreBundle(input, REPAIR)).length).toBeGreaterThan(0);
    }
  });

  it('reports at most eight problems and says how many more there are', () => {
    const input = clone(fixedExample());
    for (const p of input.partners) p.scores.culture = 0;
    const errors = errorsOf(restoreBundle(input, STRICT));
    expect(errors).toHaveLength(9);
    expect(errors[8]).toBe(`… and ${input.partners.length - 8} more problems`);
  });

  it('describeIssues formats every zod issue with its path', () => {
    const parsed = bundleSchema.safeParse({ ...fixedExample(), workshop: { ...fixedExample().workshop, noiseThreshold: 9 } });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(describeIssues(parsed.error)).toEqual([expect.stringMatching(/^workshop\.noiseThreshold: /)]);
  });
});

describe('restoreBundle: identity and ownership', () => {
  it('refuses a duplicate ID within a collection, in both modes', () => {
    const input = clone(fixedExample());
    input.partners[5]!.id = input.partners[1]!.id;
    for (const mode of [STRICT, REPAIR]) {
      expect(errorsOf(restoreBundle(input, mode))).toContain(`partners[5].id: "${input.partners[1]!.id}" is used twice`);
    }
  });

  it('refuses an ID used across collections or equal to the workshop ID', () => {
    const input = clone(fixedExample());
    input.insights[0]!.id = input.notes[0]!.id;
    input.tiers[1]!.id = input.workshop.id;
    const errors = errorsOf(restoreBundle(input, REPAIR));
    expect(errors).toContain(`insights[0].id: "${input.notes[0]!.id}" is used twice`);
    expect(errors).toContain(`tiers[1].id: "${input.workshop.id}" is used twice`);
  });

  it('refuses records of another workshop, in both modes', () => {
    const input = clone(fixedExample());
    input.notes[2]!.workshopId = 'someone-else';
    input.layout.workshopId = 'someone-else';
    for (const mode of [STRICT, REPAIR]) {
      const errors = errorsOf(restoreBundle(input, mode));
      expect(errors).toContain('notes[2].workshopId: does not match the workshop');
      expect(errors).toContain('layout.workshopId: does not match the workshop');
    }
  });
});

describe('restoreBundle: references', () => {
  function withDanglingReferences() {
    const input = clone(fixedExample());
    input.partners[3]!.tierId = 'gone-tier';
    input.canvases[1]!.partnerId = 'gone-partner';
    input.insights[2]!.partnerId = 'gone-partner';
    input.notes[4]!.canvasId = 'gone-canvas';
    input.edges[6]!.to = 'gone-partner';
    input.layout.positions['gone-partner'] = { x: 1, y: 2 };
    return input;
  }

  it('refuses every dangling reference in strict mode and names each one', () => {
    const errors = errorsOf(restoreBundle(withDanglingReferences(), STRICT));
    expect(errors).toEqual([
      'partners[3].tierId: refers to tier "gone-tier", which is not in the file',
      'canvases[1].partnerId: refers to partner "gone-partner", which is not in the file',
      'notes[4].canvasId: refers to canvas "gone-canvas", which is not in the file',
      'edges[6]: refers to partner "gone-partner", which is not in the file',
      'insights[2].partnerId: refers to partner "gone-partner", which is not in the file',
    ]);
  });

  it('repairs them in repair mode, with one message per repair', () => {
    const input = withDanglingReferences();
    const before = clone(input);
    const { bundle, repairs } = okOf(restoreBundle(input, REPAIR));
    expect(repairs).toEqual([
      'partners[3].tierId: tier "gone-tier" no longer exists; the reference was removed',
      'canvases[1].partnerId: partner "gone-partner" no longer exists; the reference was removed',
      'notes[4].canvasId: canvas "gone-canvas" no longer exists; the reference was removed',
      'edges[6]: partner "gone-partner" no longer exists; the reference was removed',
      'insights[2].partnerId: partner "gone-partner" no longer exists; the reference was removed',
    ]);
    expect(bundle.partners[3]!.tierId).toBeNull();
    expect(bundle.canvases[1]!.partnerId).toBeNull();
    expect(bundle.insights[2]!.partnerId).toBeNull();
    expect(bundle.notes).toHaveLength(input.notes.length - 1);
    expect(bundle.notes.some((n) => n.id === input.notes[4]!.id)).toBe(false);
    expect(bundle.edges).toHaveLength(input.edges.length - 1);
    expect(bundle.edges.some((e) => e.id === input.edges[6]!.id)).toBe(false);
    expect(Object.keys(bundle.layout.positions)).not.toContain('gone-partner');
    expect(Object.keys(bundle.layout.positions)).toHaveLength(1 + input.partners.length);
    // the repaired bundle is now strictly valid, and the input was left alone
    expect(okOf(restoreBundle(bundle, STRICT)).repairs).toEqual([]);
    expect(input).toEqual(before);
  });

  it('names the missing end of an edge, whichever end it is', () => {
    const input = clone(fixedExample());
    input.edges[0]!.from = 'nowhere';
    expect(errorsOf(restoreBundle(input, STRICT))).toEqual(['edges[0]: refers to partner "nowhere", which is not in the file']);
  });

  it('accepts edges to the workshop node and null references', () => {
    const input = clone(fixedExample());
    input.partners[0]!.tierId = null;
    input.insights[0]!.partnerId = null;
    input.edges[0]!.from = input.workshop.id;
    expect(okOf(restoreBundle(input, STRICT)).repairs).toEqual([]);
  });

  it('drops map positions of nodes that do not exist', () => {
    const input = clone(fixedExample());
    input.layout.positions.stray = { x: 0, y: 0 };
    const { bundle } = okOf(restoreBundle(input, STRICT));
    expect(bundle.layout.positions).not.toHaveProperty('stray');
    expect(bundle.layout.positions[input.workshop.id]).toEqual(input.layout.positions[input.workshop.id]);
  });
});

describe('restoreBundle: bounds', () => {
  it.each([1e308, Infinity, -1_000_001])('refuses a map position at x = %s in a file', (x) => {
    const input = clone(fixedExample());
    const partnerId = input.partners[0]!.id;
    input.layout.positions[partnerId] = { x, y: 0 };
    expect(errorsOf(restoreBundle(input, STRICT))).toEqual([expect.stringMatching(new RegExp(`^layout\\.positions\\.${partnerId}\\.x: `))]);
  });

  it('refuses a note out of bounds in a file', () => {
    const note = clone(fixedExample());
    note.notes[0]!.y = -1_000_001;
    expect(errorsOf(restoreBundle(note, STRICT))).toEqual([expect.stringMatching(/^notes\[0\]\.y: /)]);
  });

  it('accepts positions up to the limit', () => {
    const input = clone(fixedExample());
    input.layout.positions[input.partners[0]!.id] = { x: 1_000_000, y: -1_000_000 };
    expect(okOf(restoreBundle(input, STRICT)).repairs).toEqual([]);
  });

  it('repairs a stored map position out of bounds by dropping it, and says so', () => {
    const input = clone(fixedExample());
    const partnerId = input.partners[1]!.id;
    input.layout.positions[partnerId] = { x: Number.MAX_VALUE, y: 3 };
    const { bundle, repairs } = okOf(restoreBundle(input, REPAIR));
    expect(bundle.layout.positions).not.toHaveProperty(partnerId);
    expect(repairs).toEqual([`layout.positions.${partnerId}: out of bounds; the partner is placed automatically again`]);
  });
});
