import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ValueFlowEdge } from './flowModel';

const ARROW_ROOM = 3;

/** Where the line from the centre (cx, cy) towards (dx, dy) leaves a box of the given half size. */
function exitPoint(cx: number, cy: number, dx: number, dy: number, [hw, hh]: readonly [number, number]): [number, number] {
  const scale = Math.min(dx === 0 ? Infinity : (hw + ARROW_ROOM) / Math.abs(dx), dy === 0 ? Infinity : (hh + ARROW_ROOM) / Math.abs(dy));
  return [cx + dx * scale, cy + dy * scale];
}

/** A straight value exchange from border to border, with its label at the middle of the visible part. */
function ValueEdgeView({ id, sourceX, sourceY, targetX, targetY, data, markerEnd, markerStart, selected }: EdgeProps<ValueFlowEdge>) {
  if (!data) return null;
  const dx = targetX - sourceX;
  const dy = targetY - sourceY;
  if (dx === 0 && dy === 0) return null;
  const [sx, sy] = exitPoint(sourceX, sourceY, dx, dy, data.sourceHalf);
  const [tx, ty] = exitPoint(targetX, targetY, -dx, -dy, data.targetHalf);
  if ((tx - sx) * dx + (ty - sy) * dy <= 0) return null;
  return (
    <BaseEdge
      id={id}
      path={`M${sx},${sy} L${tx},${ty}`}
      className={`vedge vedge-${data.kind}${selected ? ' is-selected' : ''}`}
      markerEnd={markerEnd}
      markerStart={markerStart}
      interactionWidth={14}
      label={data.text}
      labelX={(sx + tx) / 2}
      labelY={(sy + ty) / 2}
      labelShowBg
      labelBgPadding={[5, 2]}
      labelBgBorderRadius={4}
    />
  );
}

export const ValueEdge = memo(ValueEdgeView);
