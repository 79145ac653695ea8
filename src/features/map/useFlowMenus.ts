import { useCallback, type MouseEvent as ReactMouseEvent } from 'react';
import type { MapMenuTarget } from './MapContextMenu';
import type { MapFlowNode, ValueFlowEdge } from './flowModel';

type OpenMenu = (target: MapMenuTarget, at: { x: number; y: number }) => void;

/** React Flow's right-click callbacks for nodes, edges and the pane, all opening the map's context menu. */
export function useFlowMenus(open: OpenMenu) {
  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: MapFlowNode) => {
      event.preventDefault();
      open({ kind: 'node', id: node.id }, { x: event.clientX, y: event.clientY });
    },
    [open],
  );
  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: ValueFlowEdge) => {
      event.preventDefault();
      open({ kind: 'edge', id: edge.id }, { x: event.clientX, y: event.clientY });
    },
    [open],
  );
  const onPaneContextMenu = useCallback(
    (event: MouseEvent | ReactMouseEvent) => {
      event.preventDefault();
      open({ kind: 'pane' }, { x: event.clientX, y: event.clientY });
    },
    [open],
  );
  return { onNodeContextMenu, onEdgeContextMenu, onPaneContextMenu };
}
