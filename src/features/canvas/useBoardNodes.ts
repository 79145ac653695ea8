import { useCallback, useRef, useState } from 'react';
import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { mergeNodes, type CanvasNode } from './canvasNodes';

/**
 * React Flow's node list, following the nodes derived from the store while keeping what React Flow
 * knows (selection, measured size, a position mid-drag). Reports measured note heights, so fields
 * grow to hold long notes, and keyboard moves (arrow keys) as they end.
 */
export function useBoardNodes(derived: CanvasNode[], onHeights: (heights: [string, number][]) => void, onKeyMoved: (moved: CanvasNode[]) => void) {
  const selectNext = useRef<Set<string>>(new Set());
  const dragging = useRef(false);
  const [nodes, setNodes] = useState<CanvasNode[]>(derived);
  const [syncedFrom, setSyncedFrom] = useState(derived);
  if (syncedFrom !== derived) {
    setSyncedFrom(derived);
    setNodes(mergeNodes(derived, nodes, selectNext.current));
  }
  const derivedRef = useRef(derived);
  derivedRef.current = derived;
  const resync = useCallback(() => setNodes((current) => mergeNodes(derivedRef.current, current, new Set())), []);

  const onNodesChange = useCallback(
    (changes: NodeChange<CanvasNode>[]) => {
      const kept = changes.filter((change) => change.type !== 'remove' && change.type !== 'add' && change.type !== 'replace');
      const measured = kept.flatMap((c) => (c.type === 'dimensions' && c.dimensions && !c.id.startsWith('field-') ? [[c.id, Math.round(c.dimensions.height)] as [string, number]] : []));
      if (measured.length) onHeights(measured);
      setNodes((current) => {
        const next = applyNodeChanges(kept, current);
        if (!dragging.current && kept.some((c) => c.type === 'position' && c.dragging === false)) {
          const ids = new Set(kept.filter((c) => c.type === 'position').map((c) => ('id' in c ? c.id : '')));
          queueMicrotask(() => onKeyMoved(next.filter((n) => ids.has(n.id))));
        }
        return next;
      });
    },
    [onHeights, onKeyMoved],
  );

  const selectAll = useCallback(() => setNodes((current) => current.map((n) => (n.type === 'note' && n.selectable !== false && !n.selected ? { ...n, selected: true } : n))), []);
  const clearSelection = useCallback(() => setNodes((current) => current.map((n) => (n.selected ? { ...n, selected: false } : n))), []);
  const selectWhenShown = useCallback((ids: readonly string[]) => {
    selectNext.current = new Set(ids);
  }, []);
  return { nodes, onNodesChange, resync, dragging, selectAll, clearSelection, selectWhenShown };
}
