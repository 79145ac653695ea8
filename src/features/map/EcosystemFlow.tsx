import {
  ConnectionMode,
  Controls,
  MiniMap,
  ReactFlow,
  useStore,
  type ReactFlowState,
  applyEdgeChanges,
  applyNodeChanges,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  type OnSelectionChangeFunc,
} from '@xyflow/react';
import { useCallback, useState, type MouseEvent as ReactMouseEvent } from 'react';
import { FarContext } from './farContext';
import type { EcosystemLayout, PartnerMove } from '../../domain';
import { freeSpot, tierAtPoint } from '../../domain';
import type { MapMenuTarget } from './MapContextMenu';
import type { MapFlowNode, ValueFlowEdge } from './flowModel';
import type { SectorLabel } from './mapView';
import { MapMarkers } from './MapMarkers';
import { OrgNode } from './OrgNode';
import { PartnerNode } from './PartnerNode';
import { RingLayer } from './RingLayer';
import { ValueEdge } from './ValueEdge';

const nodeTypes = { partner: PartnerNode, org: OrgNode };
const edgeTypes = { value: ValueEdge };
const NODE_ORIGIN: [number, number] = [0.5, 0.5];
const DELETE_KEYS = ['Delete', 'Backspace'];
/** Below this zoom labels are unreadable anyway; dropping them keeps a big map smooth. */
const FAR_ZOOM = 0.4;
const isFar = (s: ReactFlowState) => s.transform[2] < FAR_ZOOM;
/** Wheel zoom is left out on purpose: toggling the gesture class restyles every node, too dear for one wheel step. */
const isPanning = (s: ReactFlowState) => s.paneDragging;
const MINIMAP_STYLE = { width: 168, height: 112 };
const minimapClass = (node: MapFlowNode) => `minimap-${node.type === 'partner' ? node.data.type : 'org'}`;

interface EcosystemFlowProps {
  layout: EcosystemLayout;
  sectorLabels: SectorLabel[];
  nodes: MapFlowNode[];
  edges: ValueFlowEdge[];
  /** A partner is focused: everything outside its neighbourhood is dimmed. */
  focused: boolean;
  onMoved: (moves: PartnerMove[]) => void;
  onSelect: (nodeId: string | null, edgeId: string | null) => void;
  onConnectNodes: (from: string, to: string) => void;
  onOpenEdge: (edgeId: string) => void;
  onOpenPartner: (partnerId: string) => void;
  onDeleteEdges: (edgeIds: string[]) => void;
  onContextMenu: (target: MapMenuTarget, at: { x: number; y: number }) => void;
  onReady: () => void;
}

function nodeIdAt(event: MouseEvent | TouchEvent): string | null {
  const point = 'changedTouches' in event ? event.changedTouches[0] : event;
  if (!point) return null;
  const element = document.elementFromPoint(point.clientX, point.clientY);
  return element?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
}

/** The React Flow canvas: keeps drags and selection locally, hands every lasting change to the callbacks. */
export function EcosystemFlow(props: EcosystemFlowProps) {
  const { layout, onMoved, onSelect, onConnectNodes, onOpenEdge, onOpenPartner, onDeleteEdges, onContextMenu, onReady } = props;
  // Until the first fit the viewport sits at zoom 1: treating it as far spares a big map thousands of labels it would drop at once.
  const [fitted, setFitted] = useState(false);
  const far = useStore(isFar) || !fitted;
  const panning = useStore(isPanning);
  const [dragging, setDragging] = useState(false);
  const [nodes, setNodes] = useState(props.nodes);
  const [edges, setEdges] = useState(props.edges);
  const [sources, setSources] = useState({ nodes: props.nodes, edges: props.edges });
  if (sources.nodes !== props.nodes || sources.edges !== props.edges) {
    setSources({ nodes: props.nodes, edges: props.edges });
    setNodes(props.nodes);
    setEdges(props.edges);
  }

  const onNodesChange = useCallback(
    (changes: NodeChange<MapFlowNode>[]) => {
      const moves: PartnerMove[] = [];
      for (const change of changes) {
        if (change.type !== 'position' || change.dragging !== false || !change.position) continue;
        const before = layout.positions[change.id];
        if (!before || (Math.abs(before.x - change.position.x) < 0.5 && Math.abs(before.y - change.position.y) < 0.5)) continue;
        // A drop on top of other nodes lands on the nearest free spot of the same ring.
        const position = freeSpot(layout, change.id, change.position);
        moves.push({ id: change.id, position, tierId: tierAtPoint(layout, position) });
      }
      setNodes((current) => applyNodeChanges(changes, current));
      if (moves.length > 0) onMoved(moves);
    },
    [layout, onMoved],
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

  const onEdgeDoubleClick = useCallback((_: unknown, edge: ValueFlowEdge) => onOpenEdge(edge.id), [onOpenEdge]);
  const onNodeDoubleClick = useCallback((_: unknown, node: MapFlowNode) => node.type === 'partner' && onOpenPartner(node.id), [onOpenPartner]);
  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: MapFlowNode) => {
      event.preventDefault();
      onContextMenu({ kind: 'node', id: node.id }, { x: event.clientX, y: event.clientY });
    },
    [onContextMenu],
  );
  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: ValueFlowEdge) => {
      event.preventDefault();
      onContextMenu({ kind: 'edge', id: edge.id }, { x: event.clientX, y: event.clientY });
    },
    [onContextMenu],
  );
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | ReactMouseEvent) => {
      event.preventDefault();
      onContextMenu({ kind: 'pane' }, { x: event.clientX, y: event.clientY });
    },
    [onContextMenu],
  );
  const onNodeDragStart = useCallback(() => setDragging(true), []);
  const onNodeDragStop = useCallback(() => setDragging(false), []);
  const className = [far && 'map-far', props.focused && 'map-focus', (panning || dragging) && 'map-gesture'].filter(Boolean).join(' ') || undefined;

  const onInit = useCallback(() => {
    onReady();
    setFitted(true);
  }, [onReady]);

  const onConnectEnd = useCallback<OnConnectEnd>(
    (event, state) => {
      const from = state.fromNode?.id;
      const to = state.toNode?.id ?? nodeIdAt(event);
      if (from && to && from !== to) onConnectNodes(from, to);
    },
    [onConnectNodes],
  );

  return (
    <FarContext value={far}>
      <ReactFlow<MapFlowNode, ValueFlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        nodeOrigin={NODE_ORIGIN}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onSelectionChange={onSelectionChange}
        onConnectEnd={onConnectEnd}
        onEdgeDoubleClick={onEdgeDoubleClick}
        onNodeDoubleClick={onNodeDoubleClick}
        onNodeContextMenu={onNodeContextMenu}
        onEdgeContextMenu={onEdgeContextMenu}
        onPaneContextMenu={onPaneContextMenu}
        onNodeDragStart={onNodeDragStart}
        onNodeDragStop={onNodeDragStop}
        onInit={onInit}
        connectionMode={ConnectionMode.Loose}
        deleteKeyCode={DELETE_KEYS}
        minZoom={0.02}
        maxZoom={2.5}
        zoomOnDoubleClick={false}
        elevateEdgesOnSelect
        colorMode="system"
        attributionPosition="bottom-left"
        aria-label="Ecosystem map"
        className={className}
      >
        <MapMarkers />
        <RingLayer layout={layout} labels={props.sectorLabels} />
        <Controls showFitView={false} showInteractive={false} position="top-left" />
        <MiniMap pannable zoomable position="top-right" style={MINIMAP_STYLE} nodeClassName={minimapClass} ariaLabel="Map overview" />
      </ReactFlow>
    </FarContext>
  );
}
