import { describe, expect, it } from 'vitest';
import { compareMix, impliedMix, mixSentence, partnerMix } from '../../../src/domain/mix';
import { matrixLayout, MATRIX } from '../../../src/domain/portfolioMatrix';
import { example } from './helpers';

const p = (type: 'channel' | 'technology' | 'innovation', status: 'active' | 'retired' = 'active') => ({ type, status });

describe('partner mix against the objectives', () => {
  it('maps objective weights to the partner type each one calls for', () => {
    expect(impliedMix([{ kind: 'market-expansion', weight: 60 }, { kind: 'innovation-velocity', weight: 20 }])).toEqual({ channel: 0.75, technology: 0, innovation: 0.25 });
    expect(impliedMix([])).toEqual({ channel: 0, technology: 0, innovation: 0 });
  });
  it('does not count retired partners', () => {
    expect(partnerMix([p('channel'), p('channel', 'retired'), p('innovation')])).toEqual({ channel: 1, technology: 0, innovation: 1 });
  });
  it('names the biggest gaps in one sentence', () => {
    const mix = compareMix([p('channel'), p('channel'), p('channel'), p('technology')], [
      { kind: 'market-expansion', weight: 40 },
      { kind: 'platform-differentiation', weight: 30 },
      { kind: 'innovation-velocity', weight: 30 },
    ]);
    expect(mixSentence(mix)).toBe(
      'Innovation partners are under-represented (0 % of partners against the 30 % the objectives imply), while channel partners are over-represented (75 % of partners against the 40 % the objectives imply).',
    );
  });
  it('says so when the mix is in line, or when there is nothing to compare', () => {
    const entities = example();
    const mix = compareMix(Object.values(entities.partners), entities.workshop.objectives);
    expect(mixSentence(mix)).toMatch(/^The partner mix is in line with the objectives/);
    expect(mixSentence(compareMix([], entities.workshop.objectives))).toMatch(/no current partners/);
    expect(mixSentence(compareMix([p('channel')], []))).toMatch(/no weighted objectives/);
  });
});

describe('fit matrix layout', () => {
  it('stacks partners that share a cell so none overlaps, in a stable order', () => {
    const entities = example();
    const layout = matrixLayout(Object.values(entities.partners));
    expect(layout.bubbles).toHaveLength(12);
    for (const a of layout.bubbles) {
      for (const b of layout.bubbles) {
        if (a === b) continue;
        const apart = Math.abs(a.x - b.x) >= a.r + b.r || Math.abs(a.y - b.y) >= a.r + b.r - 2;
        expect(apart, `${a.name} / ${b.name}`).toBe(true);
      }
    }
    const again = matrixLayout([...Object.values(entities.partners)].reverse());
    expect(again.bubbles.map((b) => [b.name, b.x, b.y])).toEqual(layout.bubbles.map((b) => [b.name, b.x, b.y]));
  });
  it('puts higher alignment further right and higher execution further up, and sizes by cultural fit', () => {
    const scores = (alignment: number, execution: number, culture: number) => ({ alignment, execution, culture });
    const layout = matrixLayout([
      { id: 'a', name: 'A', type: 'channel', scores: scores(5, 5, 5) },
      { id: 'b', name: 'B', type: 'innovation', scores: scores(1, 1, 1) },
    ]);
    const a = layout.bubbles.find((x) => x.partnerId === 'a');
    const b = layout.bubbles.find((x) => x.partnerId === 'b');
    expect(a && b && a.x > b.x && a.y < b.y && a.r > b.r).toBe(true);
  });
  it('summarises a crowded cell as "+N more" and cuts long names', () => {
    const crowd = Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, name: `Partner with a rather long name ${i}`, type: 'technology' as const, scores: { alignment: 3, execution: 3, culture: 3 } }));
    const layout = matrixLayout(crowd);
    expect(layout.bubbles).toHaveLength(MATRIX.maxPerCell - 1);
    expect(layout.overflows[0]?.names).toHaveLength(7 - (MATRIX.maxPerCell - 1));
    expect(Array.from(layout.bubbles[0]?.label ?? '').length).toBeLessThanOrEqual(MATRIX.labelChars);
    expect(layout.bubbles[0]?.label.endsWith('…')).toBe(true);
  });
});
