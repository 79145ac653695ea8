import type { Edge, Node } from '@xyflow/react';
import {
  ORG_NODE_SIZE,
  PARTNER_NODE_SIZE,
  PARTNER_STATUS_LABELS,
  PARTNER_TYPE_LABELS,
  UNTIERED_RING_NAME,
  totalScore,
  type EcosystemLayout,
  type EdgeKind,
  type EdgeRoute,
  type MapPoint,
  type PlacedLabel,
  type MapEdge,
  type Partner,
  type PartnerStatus,
  type PartnerType,
  type Tier,
  type Workshop,
} from '../../domain';

export type PartnerNodeData = {
  name: string;
  type: PartnerType;
  typeLabel: string;
  tierName: string;
  status: PartnerStatus;
  statusLabel: string;
  score: number;
};
export type OrgNodeData = { name: string };
export type PartnerFlowNode = Node<PartnerNodeData, 'partner'>;
export type OrgFlowNode = Node<OrgNodeData, 'org'>;
export type MapFlowNode = PartnerFlowNode | OrgFlowNode;

export type ValueEdgeData = {
  kind: EdgeKind;
  /** The exchange's own label ('' when it has none: its line pattern says the kind). */
  text: string;
  bidirectional: boolean;
  /** Half sizes of the two end nodes, so a line drawn while a node is dragged stops at their borders. */
  sourceHalf: readonly [number, number];
  targetHalf: readonly [number, number];
  /** The line as laid out (around other nodes), once routes are computed; straight until then. */
  route?: EdgeRoute;
  /** The two centres the route was laid out for (a dragged end leaves them). */
  ends?: readonly [MapPoint, MapPoint];
  /** The label text's width in map units. */
  labelWidth: number;
  /** Where the label and its number sit, and the number. */
  label?: PlacedLabel;
};
export type ValueFlowEdge = Edge<ValueEdgeData, 'value'>;

export interface MapViewState {
  hidden: ReadonlySet<string>;
  /** The focused node's neighbourhood; everything else is dimmed. */
  near: ReadonlySet<string> | null;
  selectedNodeId: string | null;
  selectedEdgeId: string | null;
}

const ORG_HALF = [ORG_NODE_SIZE.width / 2, ORG_NODE_SIZE.height / 2] as const;
const PARTNER_HALF = [PARTNER_NODE_SIZE.width / 2, PARTNER_NODE_SIZE.height / 2] as const;
const LABEL_MAX = 36;

/**
 * Display data per partner. Unchanged partners keep their cached object, so their memoised
 * node components skip rendering when something else changes.
 */
export function partnerNodeData(
  partners: Iterable<Partner>,
  tiers: Iterable<Tier>,
  workshop: Pick<Workshop, 'scoreWeights'>,
  cache: WeakMap<Partner, PartnerNodeData> = new WeakMap(),
): Map<string, PartnerNodeData> {
  const tierNames = new Map([...tiers].map((t) => [t.id, t.name]));
  const out = new Map<string, PartnerNodeData>();
  for (const p of partners) {
    const next: PartnerNodeData = {
      name: p.name,
      type: p.type,
      typeLabel: PARTNER_TYPE_LABELS[p.type],
      tierName: (p.tierId !== null && tierNames.get(p.tierId)) || UNTIERED_RING_NAME,
      status: p.status,
      statusLabel: PARTNER_STATUS_LABELS[p.status],
      score: totalScore(p.scores, workshop.scoreWeights),
    };
    const old = cache.get(p);
    const same = old && (Object.keys(next) as (keyof PartnerNodeData)[]).every((k) => old[k] === next[k]);
    if (!same) cache.set(p, next);
    out.set(p.id, same ? old : next);
  }
  return out;
}

/** The previous call's nodes and edges by id: unchanged ones are handed back as the same objects. */
export interface FlowCache {
  nodes: Map<string, MapFlowNode>;
  edges: Map<string, ValueFlowEdge>;
}

export function newFlowCache(): FlowCache {
  return { nodes: new Map(), edges: new Map() };
}

function sameNode(a: MapFlowNode, b: MapFlowNode): boolean {
  const sameData = a.type === 'org' || b.type === 'org' ? a.type === b.type && a.data.name === b.data.name : a.data === b.data;
  return sameData && a.position.x === b.position.x && a.position.y === b.position.y && a.hidden === b.hidden && a.selected === b.selected && a.className === b.className;
}

function sameEdge(a: ValueFlowEdge, b: ValueFlowEdge): boolean {
  const x = a.data;
  const y = b.data;
  return (
    a.source === b.source &&
    a.target === b.target &&
    a.markerStart === b.markerStart &&
    a.hidden === b.hidden &&
    a.selected === b.selected &&
    a.className === b.className &&
    x?.kind === y?.kind &&
    x?.text === y?.text &&
    x?.sourceHalf === y?.sourceHalf &&
    x?.targetHalf === y?.targetHalf &&
    x?.labelWidth === y?.labelWidth &&
    samePoint(x?.ends?.[0], y?.ends?.[0]) &&
    samePoint(x?.ends?.[1], y?.ends?.[1]) &&
    sameRoute(x?.route, y?.route) &&
    sameLabel(x?.label, y?.label)
  );
}

const samePoint = (a?: MapPoint, b?: MapPoint) => a === b || (!!a && !!b && a.x === b.x && a.y === b.y);
function sameRoute(a?: EdgeRoute, b?: EdgeRoute): boolean {
  return a === b || (!!a && !!b && samePoint(a.from, b.from) && samePoint(a.to, b.to) && samePoint(a.control, b.control));
}
function sameLabel(a?: PlacedLabel, b?: PlacedLabel): boolean {
  if (a === b) return true;
  if (!a || !b || a.number !== b.number || !samePoint(a.badge, b.badge) || !samePoint(a.fallback, b.fallback)) return false;
  return a.text === b.text || (!!a.text && !!b.text && a.text.minX === b.text.minX && a.text.minY === b.text.minY && a.text.maxX === b.text.maxX);
}

/** Swaps in last time's object for every item that did not change, so React Flow skips it. */
function reuse<T extends MapFlowNode | ValueFlowEdge>(items: T[], previous: Map<string, T>, same: (a: T, b: T) => boolean): { items: T[]; byId: Map<string, T> } {
  const byId = new Map<string, T>();
  const out = items.map((item) => {
    const old = previous.get(item.id);
    const kept = old && same(old, item) ? old : item;
    byId.set(item.id, kept);
    return kept;
  });
  return { items: out, byId };
}

export function reuseNodes(nodes: MapFlowNode[], cache: FlowCache): MapFlowNode[] {
  const result = reuse(nodes, cache.nodes, sameNode);
  cache.nodes = result.byId;
  return result.items;
}

export function reuseEdges(edges: ValueFlowEdge[], cache: FlowCache): ValueFlowEdge[] {
  const result = reuse(edges, cache.edges, sameEdge);
  cache.edges = result.byId;
  return result.items;
}

/**
 * With a focus, only its neighbourhood is marked (`is-near`); the stylesheet dims everything else under
 * the canvas's `map-focus` class. Selecting a partner then changes a handful of node objects, not all.
 */
function viewClass(id: string, view: MapViewState): string | undefined {
  return view.near?.has(id) ? 'is-near' : undefined;
}

export function toFlowNodes(workshop: Workshop, layout: EcosystemLayout, data: ReadonlyMap<string, PartnerNodeData>, view: MapViewState): MapFlowNode[] {
  const org: OrgFlowNode = {
    id: workshop.id,
    type: 'org',
    position: layout.center,
    data: { name: workshop.organisation || workshop.title },
    draggable: false,
    deletable: false,
    selected: view.selectedNodeId === workshop.id,
    className: viewClass(workshop.id, view),
    width: ORG_NODE_SIZE.width,
    height: ORG_NODE_SIZE.height,
    measured: { width: ORG_NODE_SIZE.width, height: ORG_NODE_SIZE.height },
  };
  const nodes: MapFlowNode[] = [org];
  for (const [id, d] of data) {
    const position = layout.positions[id];
    if (!position) continue;
    nodes.push({
      id,
      type: 'partner',
      position,
      data: d,
      deletable: false,
      hidden: view.hidden.has(id),
      selected: view.selectedNodeId === id,
      className: viewClass(id, view),
      width: PARTNER_NODE_SIZE.width,
      height: PARTNER_NODE_SIZE.height,
      measured: { width: PARTNER_NODE_SIZE.width, height: PARTNER_NODE_SIZE.height },
    });
  }
  return nodes;
}

/** An exchange's label as drawn on the map: its own text, cut to fit; '' when it has none. */
export function edgeText(edge: Pick<MapEdge, 'label'>): string {
  const text = edge.label.trim();
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

export interface EdgeGeometry {
  routes: ReadonlyMap<string, EdgeRoute>;
  labels: ReadonlyMap<string, PlacedLabel>;
  widths: ReadonlyMap<string, number>;
  centre: (id: string) => MapPoint | undefined;
}

function endsOf(geometry: EdgeGeometry, edge: MapEdge): readonly [MapPoint, MapPoint] | undefined {
  const a = geometry.centre(edge.from);
  const b = geometry.centre(edge.to);
  return a && b ? [a, b] : undefined;
}

export function toFlowEdges(edges: Iterable<MapEdge>, orgId: string, nodeIds: ReadonlySet<string>, view: MapViewState, geometry?: EdgeGeometry): ValueFlowEdge[] {
  const out: ValueFlowEdge[] = [];
  for (const edge of edges) {
    if (!nodeIds.has(edge.from) || !nodeIds.has(edge.to)) continue;
    const marker = `map-arrow-${edge.kind}`;
    const near = view.near?.has(edge.from) && view.near.has(edge.to) && (view.selectedNodeId === edge.from || view.selectedNodeId === edge.to);
    out.push({
      id: edge.id,
      type: 'value',
      source: edge.from,
      target: edge.to,
      sourceHandle: 'c',
      targetHandle: 'c',
      markerEnd: marker,
      markerStart: edge.bidirectional ? marker : undefined,
      hidden: view.hidden.has(edge.from) || view.hidden.has(edge.to),
      selected: view.selectedEdgeId === edge.id,
      className: `edge-${edge.kind}${near ? ' is-near' : ''}`,
      data: {
        kind: edge.kind,
        text: edgeText(edge),
        bidirectional: edge.bidirectional,
        sourceHalf: edge.from === orgId ? ORG_HALF : PARTNER_HALF,
        targetHalf: edge.to === orgId ? ORG_HALF : PARTNER_HALF,
        route: geometry?.routes.get(edge.id),
        ends: geometry ? endsOf(geometry, edge) : undefined,
        label: geometry?.labels.get(edge.id),
        labelWidth: geometry?.widths.get(edge.id) ?? 0,
      },
    });
  }
  return out;
}
