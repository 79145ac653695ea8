import { describe, expect, it } from 'vitest';
import { arrowHead, exchangePaths, pickExchange, type Exchange } from '../../../src/features/map/exchangePaths';

const straight = (id: string, kind: Exchange['kind'], from: [number, number], to: [number, number], extra: Partial<Exchange> = {}): Exchange => ({
  id,
  kind,
  route: { from: { x: from[0], y: from[1] }, to: { x: to[0], y: to[1] } },
  bidirectional: false,
  near: false,
  text: '',
  labelWidth: 0,
  ...extra,
});

describe('batched exchange paths', () => {
  it('draws one line path and one arrowhead path per kind and focus state, with an arrowhead per direction', () => {
    const paths = exchangePaths([
      straight('a', 'revenue', [0, 0], [100, 0]),
      straight('b', 'revenue', [0, 50], [100, 50], { bidirectional: true }),
      straight('c', 'data', [0, 0], [0, 100], { near: true }),
    ]);
    expect(paths.lines.map((l) => [l.kind, l.near])).toEqual([
      ['revenue', false],
      ['data', true],
    ]);
    expect(paths.lines[0]?.d.match(/M/g)).toHaveLength(2);
    expect(paths.arrows[0]?.d.match(/Z/g)).toHaveLength(3);
    expect(paths.arrows[1]?.d.match(/Z/g)).toHaveLength(1);
  });

  it('points an arrowhead at the end of the line, coming from where the line comes from', () => {
    expect(arrowHead({ x: 100, y: 0 }, { x: 0, y: 0 })).toBe('M100 0L89.5 5.8L89.5 -5.8Z');
    const curved = exchangePaths([{ ...straight('q', 'data', [0, 0], [100, 0]), route: { from: { x: 0, y: 0 }, to: { x: 100, y: 0 }, control: { x: 100, y: -100 } } }]);
    // The curve arrives from straight above: the arrowhead's base is above its tip.
    expect(curved.arrows[0]?.d).toBe('M100 0L94.2 -10.5L105.8 -10.5Z');
  });

  it('picks a label first, then the nearest line within the radius, and nothing further away', () => {
    const exchanges = [
      straight('low', 'revenue', [0, 0], [200, 0]),
      straight('high', 'data', [0, 20], [200, 20], { text: 'Sync', labelWidth: 30, label: { number: 1, badge: { x: 100, y: 60 }, text: { minX: 80, minY: -5, maxX: 120, maxY: 15 } } }),
    ];
    expect(pickExchange(exchanges, { x: 100, y: 2 }, 7, true)).toBe('high');
    expect(pickExchange(exchanges, { x: 30, y: 3 }, 7, true)).toBe('low');
    expect(pickExchange(exchanges, { x: 30, y: 16 }, 7, true)).toBe('high');
    expect(pickExchange(exchanges, { x: 30, y: 40 }, 7, true)).toBeNull();
    // Without whole labels, the number stands for the label.
    expect(pickExchange(exchanges, { x: 100, y: 58 }, 7, false)).toBe('high');
    expect(pickExchange(exchanges, { x: 100, y: 58 }, 7, true)).toBeNull();
  });
});
