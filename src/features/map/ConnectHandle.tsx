import { Handle, Position, useStore } from '@xyflow/react';
import type { CSSProperties } from 'react';

/** On screen, the selected node's connect zone is this wide at any zoom (the issue asks for at least 24 px). */
const SELECTED_ZONE_PX = 28;

/**
 * The dot to drag a new value exchange from. Every node's zone takes the pointer (its dot shows on hover),
 * so a drag that starts on it always connects; the selected node's zone and dot keep their screen size
 * at every zoom. Only the selected node reads the zoom, so zooming re-renders one node, not all.
 */
export function ConnectHandle({ selected }: { selected: boolean }) {
  const zoom = useStore((s) => (selected ? s.transform[2] : 0));
  const style = selected && zoom > 0 ? ({ width: SELECTED_ZONE_PX / zoom, height: SELECTED_ZONE_PX / zoom, '--px': `${1 / zoom}px` } as CSSProperties) : undefined;
  return <Handle type="source" id="out" position={Position.Right} className={selected ? 'map-connect map-connect-selected' : 'map-connect'} style={style} title="Drag to connect a value exchange" />;
}
