import {
  ConnectionMode,
  Controls,
  ReactFlow,
  useStore,
  type ReactFlowState,
  type Viewport,
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  type OnSelectionChangeFunc,
} from '@xyflow/react';
import { useCallback, useMemo, useState } from 'react';
import type { EcosystemLayout, MapEdge, MapPoint, Partner, PartnerMove } from '../../domain';
import { freeSpot, tierAtPoint } from '../../domain';
import { ExchangeLayer } from './ExchangeLayer';
import { ExchangeList } from './ExchangeList';
import { exchangeOf, type Exchange } from './exchangePaths';
import type { MapFlowNode, ValueFlowEdge } from './flowModel';
import { LightLayer } from './LightLayer';
import type { LightPaths, PointIndex } from './lightPaths';
import type { MapMenuTarget } from './MapContextMenu';
import { isLight, type MapLevel } from './mapLevels';
import { MapMarkers } from './MapMarkers';
import { MapOverview } from './MapOverview';
import type { SectorLabel } from './mapView';
import { OrgNode } from './OrgNode';
import { PartnerNode } from './PartnerNode';
import { RingLayer } from './RingLayer';
import { useExchangePointer } from './useExchangePointer';
import { useFlowMenus } from './useFlowMenus';
import { useLightPointer } from './useLightPointer';
import { ValueEdge } from './ValueEdge';

const nodeTypes = { partner: PartnerNode, org: OrgNode };
const edgeTypes = { value: ValueEdge };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const DELETE_KEYS = ['Delete', 'Backspace'];
export const MIN_ZOOM = 0.01;
/** Zoomed in on a big map only a few partners are on screen: React Flow then mounts just those. */
const VISIBLE_ONLY_FROM = 200;
export const MAX_ZOOM = 2.5;
/** Wheel zoom is left out on purpose: toggling the gesture class restyles every node, too dear for one wheel step. */
const isPanning = (s: ReactFlowState) => s.paneDragging;

export interface LightModel {
  paths: LightPaths;
  index: PointIndex;
  edges: readonly MapEdge[];
  centre: (id: string) => MapPoint | undefined;
  nameOf: (id: string) => string;
}

interface EcosystemFlowProps {
  layout: EcosystemLayout;
  partners: readonly Partner[];
  sectorLabels: SectorLabel[];
  nodes: MapFlowNode[];
  edges: ValueFlowEdge[];
  /** Drawn on the light layer when the level is light (React Flow then holds only the full nodes). */
  light: LightModel | null;
  /** A partner is focused: everything outside its neighbourhood is dimmed. */
  focused: boolean;
  selectedId: string | null;
  onMoved: (moves: PartnerMove[]) => void;
  onSelect: (nodeId: string | null, edgeId: string | null) => void;
  onConnectNodes: (from: string, to: string) => void;
  onOpenEdge: (edgeId: string) => void;
  onOpenPartner: (partnerId: string) => void;
  onDeleteEdges: (edgeIds: string[]) => void;
  onContextMenu: (target: MapMenuTarget, at: { x: number; y: number }) => void;
  /** The fitted view the map opens with (computed before the first render, so no frame shows zoom 1). */
  initialViewport: Viewport;
  level: MapLevel;
  nameOf: (id: string) => string;
}

function nodeIdAt(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
}

/** The React Flow canvas: keeps drags and selection locally, hands every lasting change to the callbacks. */
export function EcosystemFlow(props: EcosystemFlowProps) {
  const { layout, level, light, onMoved, onSelect, onConnectNodes, onOpenEdge, onOpenPartner, onDeleteEdges, onContextMenu } = props;
  const panning = useStore(isPanning);
  const [dragging, setDragging] = useState(false);
  const [live, setLive] = useState<{ id: string; at: MapPoint } | null>(null);
  const [hover, setHover] = useState<{ id: string; x: number; y: number } | null>(null);
  const [dragId, setDragId] = useState<string | null>(null);
  const [nodes, setNodes] = useState(props.nodes);
  const [edges, setEdges] = useState(props.edges);
  const [sources, setSources] = useState({ nodes: props.nodes, edges: props.edges });
  if (sources.nodes !== props.nodes || sources.edges !== props.edges) {
    setSources({ nodes: props.nodes, edges: props.edges });
    setNodes(props.nodes);
    setEdges(props.edges);
  }

  /** A drop: on top of other nodes it lands on the nearest free spot of the same ring. */
  const moveFor = useCallback(
    (id: string, at: MapPoint): PartnerMove | null => {
      const before = layout.positions[id];
      if (!before || (Math.abs(before.x - at.x) < 0.5 && Math.abs(before.y - at.y) < 0.5)) return null;
      const position = freeSpot(layout, id, at);
      return { id, position, tierId: tierAtPoint(layout, position) };
    },
    [layout],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) => {
      const moves: PartnerMove[] = [];
      for (const change of changes) {
        if (change.type !== 'position' || change.dragging !== false || !change.position) continue;
        const move = moveFor(change.id, change.position);
        if (move) moves.push(move);
      }
      setNodes((current) => applyNodeChanges(changes, current));
      if (moves.length > 0) onMoved(moves);
    },
    [moveFor, onMoved],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<ValueFlowEdge>[]) => {
      const removed = changes.flatMap((c) => (c.type === 'remove' ? [c.id] : []));
      if (removed.length > 0) onDeleteEdges(removed);
      setEdges((current) => applyEdgeChanges(changes.filter((c) => c.type !== 'remove'), current));
    },
    [onDeleteEdges],
  );

  const onSelectionChange = useCallback<OnSelectionChangeFunc<MapFlowNode, ValueFlowEdge>>(
    ({ nodes: selectedNodes, edges: selectedEdges }) => {
      onSelect(selectedNodes.length === 1 ? (selectedNodes[0]?.id ?? null) : null, selectedEdges.length === 1 ? (selectedEdges[0]?.id ?? null) : null);
    },
    [onSelect],
  );

  useLightPointer(light !== null, light?.index ?? null, {
    select: (id) => onSelect(id, null),
    open: onOpenPartner,
    menu: (id, at) => onContextMenu({ kind: 'node', id }, at),
    hover: setHover,
    move: (id, at) => {
      setLive({ id, at });
      setNodes((current) => current.map((n) => (n.id === id ? { ...n, position: at } : n)));
    },
    drop: (id, at) => {
      setLive(null);
      const move = moveFor(id, at);
      if (move) onMoved([move]);
    },
  });

  const menus = useFlowMenus(onContextMenu);
  const onEdgeDoubleClick = useCallback((_: unknown, edge: ValueFlowEdge) => onOpenEdge(edge.id), [onOpenEdge]);
  const onNodeDoubleClick = useCallback((_: unknown, node: MapFlowNode) => node.type === 'partner' && onOpenPartner(node.id), [onOpenPartner]);
  const onNodeDragStart = useCallback((_: unknown, node: MapFlowNode) => {
    setDragging(true);
    setDragId(node.id);
  }, []);
  const onNodeDrag = useCallback((_: unknown, node: MapFlowNode) => light && setLive({ id: node.id, at: node.position }), [light]);
  const onNodeDragStop = useCallback(() => {
    setDragging(false);
    setDragId(null);
    setLive(null);
  }, []);
  const className = [`map-level-${level}`, props.focused && 'map-focus', (panning || dragging) && 'map-gesture'].filter(Boolean).join(' ');

  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      const from = state.fromNode?.id;
      const to = state.toNode?.id ?? nodeIdAt(event);
      if (from && to && from !== to) onConnectNodes(from, to);
    },
    [onConnectNodes],
  );

  // Outside the light levels, React Flow draws only the selected exchange and those of a dragged partner (live);
  // the batched layer draws the rest.
  const batched = !isLight(level);
  const flowEdges = useMemo(() => (batched ? edges.filter((e) => e.selected || (dragId !== null && (e.source === dragId || e.target === dragId))) : edges), [batched, edges, dragId]);
  const exchanges = useMemo(() => {
    if (!batched) return null;
    const drawn = new Set(flowEdges.map((e) => e.id));
    return edges.flatMap((e): Exchange[] => {
      const exchange = e.hidden || drawn.has(e.id) ? null : exchangeOf(e);
      return exchange ? [exchange] : [];
    });
  }, [batched, edges, flowEdges]);
  useExchangePointer(exchanges, level === 'detail', {
    select: (id) => onSelect(null, id),
    open: onOpenEdge,
    menu: (id, at) => onContextMenu({ kind: 'edge', id }, at),
  });
  const selectEdge = useCallback((id: string) => onSelect(null, id), [onSelect]);

  const selectedLive = light && props.selectedId && !live ? { id: props.selectedId, at: light.centre(props.selectedId) ?? layout.center } : live;
  return (
    <ReactFlow<MapFlowNode, ValueFlowEdge>
      nodes={nodes}
      edges={flowEdges}
      nodeTypes={nodeTypes}
      edgeTypes={edgeTypes}
      nodeOrigin={NODE_ORIGIN}
      onNodesChange={onNodesChange}
      onEdgesChange={onEdgesChange}
      onSelectionChange={onSelectionChange}
      onConnectEnd={onConnectEnd}
      onEdgeDoubleClick={onEdgeDoubleClick}
      onNodeDoubleClick={onNodeDoubleClick}
      {...menus}
      onNodeDragStart={onNodeDragStart}
      onNodeDrag={onNodeDrag}
      onNodeDragStop={onNodeDragStop}
      defaultViewport={props.initialViewport}
      connectionMode={ConnectionMode.Loose}
      deleteKeyCode={DELETE_KEYS}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomOnDoubleClick={false}
      onlyRenderVisibleElements={props.partners.length > VISIBLE_ONLY_FROM}
      elevateEdgesOnSelect
      colorMode="system"
      attributionPosition="bottom-left"
      aria-label="Ecosystem map"
      className={className}
    >
      <MapMarkers />
      <RingLayer layout={layout} labels={props.sectorLabels} />
      {exchanges && <ExchangeLayer exchanges={exchanges} />}
      {batched && <ExchangeList edges={edges} nameOf={props.nameOf} onSelect={selectEdge} />}
      {light && isLight(level) && <LightLayer paths={light.paths} level={level} focused={props.focused} live={selectedLive} edges={light.edges} centre={light.centre} />}
      {hover && light && (
        <div className="map-light-tip" style={{ left: hover.x, top: hover.y }} role="tooltip">
          {light.nameOf(hover.id)}
        </div>
      )}
      <Controls showFitView={false} showInteractive={false} position="top-left" />
      <MapOverview layout={layout} partners={props.partners} />
    </ReactFlow>
  );
}
