import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo, use } from 'react';
import { EDGE_STYLES } from '../../domain';
import { FarContext } from './farContext';
import type { ValueFlowEdge } from './flowModel';
import { exitPoint } from './labelPlacement';

const DASH = new Map(Object.entries(EDGE_STYLES).map(([kind, style]) => [kind, style.dash ? { strokeDasharray: style.dash.join(' ') } : undefined]));
const dashStyle = (kind: string) => DASH.get(kind);

/** A straight value exchange from border to border, with its label where the layout found room. */
function ValueEdgeView({ id, sourceX, sourceY, targetX, targetY, data, markerEnd, markerStart, selected }: EdgeProps<ValueFlowEdge>) {
  const far = use(FarContext);
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
      style={far ? undefined : dashStyle(data.kind)}
      markerEnd={markerEnd}
      markerStart={markerStart}
      interactionWidth={14}
      label={far ? undefined : data.text}
      labelX={sx + (tx - sx) * data.labelT}
      labelY={sy + (ty - sy) * data.labelT}
      labelShowBg
      labelBgPadding={[5, 2]}
      labelBgBorderRadius={4}
    />
  );
}

export const ValueEdge = memo(ValueEdgeView);
