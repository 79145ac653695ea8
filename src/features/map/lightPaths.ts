import { EDGE_KINDS, PARTNER_TYPES, STATUS_OUTLINE, TYPE_MARKS, shapePath, type EcosystemLayout, type EdgeKind, type MapEdge, type MapPoint, type OutlineStyle, type Partner, type PartnerType } from '../../domain';
import { LIGHT_SHAPE } from './mapLevels';

/** One SVG path per kind of mark: a whole zoomed-out map is a dozen elements, whatever its size. */
export interface LightPaths {
  /** Type shapes in map units, per type and outline style. */
  shapes: { type: PartnerType; outline: OutlineStyle; d: string }[];
  /** One zero-length segment per partner, drawn as a round dot of fixed screen size when shapes get too small. */
  dots: { type: PartnerType; d: string }[];
  /** Straight centre-to-centre lines per exchange kind (those of the selected partner are drawn live, apart). */
  edges: { kind: EdgeKind; near: boolean; d: string }[];
  count: number;
}

const r1 = (n: number) => Math.round(n * 10) / 10;

export interface LightInput {
  layout: EcosystemLayout;
  partners: readonly Partner[];
  edges: readonly MapEdge[];
  orgId: string;
  hidden: ReadonlySet<string>;
  /** Drawn in full by React Flow (the selected partner): left out here, with its lines (drawn live). */
  skip: ReadonlySet<string>;
}

export function lightPaths({ layout, partners, edges, orgId, hidden, skip }: LightInput): LightPaths {
  const shapes = new Map<string, string[]>();
  const dots = new Map<PartnerType, string[]>();
  let count = 0;
  for (const partner of partners) {
    const at = layout.positions[partner.id];
    if (!at || hidden.has(partner.id) || skip.has(partner.id)) continue;
    const key = `${partner.type}:${STATUS_OUTLINE[partner.status]}`;
    const list = shapes.get(key) ?? [];
    list.push(shapePath(TYPE_MARKS[partner.type].shape, LIGHT_SHAPE, r1(at.x - LIGHT_SHAPE / 2), r1(at.y - LIGHT_SHAPE / 2)));
    shapes.set(key, list);
    const dotList = dots.get(partner.type) ?? [];
    dotList.push(`M${r1(at.x)} ${r1(at.y)}h0`);
    dots.set(partner.type, dotList);
    count += 1;
  }
  const centre = (id: string): MapPoint | undefined => (id === orgId ? layout.center : layout.positions[id]);
  const lines = new Map<string, string[]>();
  for (const edge of edges) {
    if (hidden.has(edge.from) || hidden.has(edge.to) || skip.has(edge.from) || skip.has(edge.to)) continue;
    const a = centre(edge.from);
    const b = centre(edge.to);
    if (!a || !b) continue;
    const key = `${edge.kind}:false`;
    const list = lines.get(key) ?? [];
    list.push(`M${r1(a.x)} ${r1(a.y)}L${r1(b.x)} ${r1(b.y)}`);
    lines.set(key, list);
  }
  return {
    shapes: [...shapes].map(([key, d]) => {
      const [type, outline] = key.split(':') as [PartnerType, OutlineStyle];
      return { type, outline, d: d.join('') };
    }),
    dots: PARTNER_TYPES.flatMap((type) => (dots.get(type) ? [{ type, d: dots.get(type)!.join('') }] : [])),
    edges: EDGE_KINDS.flatMap((kind) =>
      [false, true].flatMap((isNear) => {
        const list = lines.get(`${kind}:${isNear}`);
        return list ? [{ kind, near: isNear, d: list.join('') }] : [];
      }),
    ),
    count,
  };
}

/** Partners by position in buckets of map units, to find the one under the pointer. */
export class PointIndex {
  private readonly cells = new Map<string, { id: string; at: MapPoint }[]>();
  constructor(
    entries: Iterable<[string, MapPoint]>,
    private readonly cell = 200,
  ) {
    for (const [id, at] of entries) {
      const key = `${Math.floor(at.x / cell)}:${Math.floor(at.y / cell)}`;
      const list = this.cells.get(key);
      if (list) list.push({ id, at });
      else this.cells.set(key, [{ id, at }]);
    }
  }

  /** The nearest partner within `radius` map units of `p`. */
  nearest(p: MapPoint, radius: number): string | null {
    let best: { id: string; d: number } | null = null;
    const span = Math.ceil(radius / this.cell);
    const cx = Math.floor(p.x / this.cell);
    const cy = Math.floor(p.y / this.cell);
    for (let x = cx - span; x <= cx + span; x += 1) {
      for (let y = cy - span; y <= cy + span; y += 1) {
        for (const e of this.cells.get(`${x}:${y}`) ?? []) {
          const d = Math.hypot(e.at.x - p.x, e.at.y - p.y);
          if (d <= radius && (!best || d < best.d)) best = { id: e.id, d };
        }
      }
    }
    return best?.id ?? null;
  }
}
