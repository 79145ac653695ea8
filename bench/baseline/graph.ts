import type { Edge, Node } from '@xyflow/react';
import { mulberry32 } from '../random';

const NODE_SPACING = 190;

/** N plain nodes on three concentric rings and 2N random edges: the same scale the app's map draws. */
export function ringGraph(count: number, seed: number): { nodes: Node[]; edges: Edge[] } {
  const random = mulberry32(seed);
  const perRing = [Math.ceil(count / 6), Math.ceil(count / 3)];
  const rings = [perRing[0] as number, perRing[1] as number, Math.max(0, count - (perRing[0] as number) - (perRing[1] as number))];
  const nodes: Node[] = [];
  rings.forEach((size, ring) => {
    const radius = Math.max((ring + 1) * 400, (size * NODE_SPACING) / (2 * Math.PI));
    for (let i = 0; i < size; i++) {
      const angle = (2 * Math.PI * i) / size;
      const id = `n${nodes.length}`;
      nodes.push({ id, position: { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius }, data: { label: `Partner ${nodes.length + 1}` } });
    }
  });
  const edges: Edge[] = [];
  for (let i = 0; i < count * 2 && count > 1; i++) {
    const source = Math.floor(random() * count);
    let target = Math.floor(random() * count);
    if (target === source) target = (target + 1) % count;
    edges.push({ id: `e${i}`, source: `n${source}`, target: `n${target}` });
  }
  return { nodes, edges };
}
