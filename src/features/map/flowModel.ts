import type { Edge, Node } from '@xyflow/react';
import {
  EDGE_KIND_LABELS,
  ORG_NODE_SIZE,
  PARTNER_NODE_SIZE,
  PARTNER_STATUS_LABELS,
  PARTNER_TYPE_LABELS,
  UNTIERED_RING_NAME,
  totalScore,
  type EcosystemLayout,
  type EdgeKind,
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
  text: string;
  bidirectional: boolean;
  /** Half sizes of the two end nodes, so the line stops at their borders. */
  sourceHalf: readonly [number, number];
  targetHalf: readonly [number, number];
  /** Where along the visible line the label sits (0–1). */
  labelT: number;
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
    x?.labelT === y?.labelT &&
    x?.sourceHalf === y?.sourceHalf &&
    x?.targetHalf === y?.targetHalf
  );
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

export function edgeText(edge: Pick<MapEdge, 'kind' | 'label'>): string {
  const text = edge.label.trim() || EDGE_KIND_LABELS[edge.kind];
  return text.length > LABEL_MAX ? `${text.slice(0, LABEL_MAX - 1)}…` : text;
}

export function toFlowEdges(
  edges: Iterable<MapEdge>,
  orgId: string,
  nodeIds: ReadonlySet<string>,
  view: MapViewState,
  labelT: ReadonlyMap<string, number> = new Map(),
): ValueFlowEdge[] {
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
        labelT: labelT.get(edge.id) ?? 0.5,
      },
    });
  }
  return out;
}
