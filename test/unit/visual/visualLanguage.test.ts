import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, EDGE_STYLES, OUTLINE_MEANINGS, PARTNER_STATUSES, PARTNER_TYPES, STATUS_OUTLINE, TYPE_MARKS, outlineDash, shapeGeometry, shapePath } from '../../../src/domain';
import { visualTokenCss, visualTokens } from '../../../src/ui/visualTokens';

function cssFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? cssFiles(path) : path.endsWith('.css') ? [path] : [];
  });
}

describe('the visual language', () => {
  it('gives every partner type its own shape and colour, in both schemes', () => {
    const shapes = new Set(PARTNER_TYPES.map((t) => TYPE_MARKS[t].shape));
    expect(shapes.size).toBe(PARTNER_TYPES.length);
    for (const scheme of ['light', 'dark'] as const) expect(new Set(PARTNER_TYPES.map((t) => TYPE_MARKS[t].color[scheme])).size).toBe(PARTNER_TYPES.length);
  });

  it('gives each outline style one meaning, and every status exactly one outline', () => {
    for (const status of PARTNER_STATUSES) expect(OUTLINE_MEANINGS[STATUS_OUTLINE[status]]).toBeTruthy();
    expect(outlineDash('solid', 2)).toBeNull();
    expect(outlineDash('dashed', 2)).toEqual([8, 6]);
    expect(outlineDash('dotted', 1)?.[0]).toBe(1);
  });

  it('draws each shape inside its box, the same way for the screen path and the PDF geometry', () => {
    for (const type of PARTNER_TYPES) {
      const { shape } = TYPE_MARKS[type];
      const g = shapeGeometry(shape, 50, 50, 28);
      const extent = g.kind === 'circle' ? [[g.cx - g.r, g.cy - g.r], [g.cx + g.r, g.cy + g.r]] : g.points;
      for (const [x, y] of extent) {
        expect(x).toBeGreaterThanOrEqual(36);
        expect(x).toBeLessThanOrEqual(64);
        expect(y).toBeGreaterThanOrEqual(36);
        expect(y).toBeLessThanOrEqual(64);
      }
      expect(shapePath(shape)).toMatch(/^M.*Z$/);
    }
    expect(shapePath('triangle', 14, 0, 0)).toBe('M7 0.8L13.3 12.3L0.7 12.3Z');
    expect(shapePath('square', 28, 10, 10)).toBe('M13 13L35 13L35 35L13 35Z');
  });

  it('gives every exchange kind its own colour and line pattern', () => {
    expect(new Set(EDGE_KINDS.map((k) => EDGE_STYLES[k].color.light)).size).toBe(EDGE_KINDS.length);
    expect(new Set(EDGE_KINDS.map((k) => JSON.stringify(EDGE_STYLES[k].dash))).size).toBe(EDGE_KINDS.length);
  });

  it('becomes CSS variables for light and dark, and no stylesheet defines them a second time', () => {
    expect(visualTokens('light')['--type-innovation']).toBe(TYPE_MARKS.innovation.color.light);
    expect(visualTokens('dark')['--edge-data']).toBe(EDGE_STYLES.data.color.dark);
    const css = visualTokenCss();
    expect(css).toContain('@media (prefers-color-scheme: dark)');
    for (const type of PARTNER_TYPES) expect(css).toContain(`--type-${type}: ${TYPE_MARKS[type].color.dark}`);
    const redefined = cssFiles(join(import.meta.dirname, '../../../src')).filter((file) => /--(type|edge)-[a-z-]+\s*:/.test(readFileSync(file, 'utf8')));
    expect(redefined).toEqual([]);
  });
});
