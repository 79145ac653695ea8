import { BaseEdge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import { EDGE_STYLES, exitPoint, routePath, type EdgeRoute, type MapPoint, type PlacedLabel } from '../../domain';
import type { ValueFlowEdge } from './flowModel';
import { BADGE_RADIUS, LABEL_HEIGHT } from './mapLevels';

const DASH = new Map(Object.entries(EDGE_STYLES).map(([kind, style]) => [kind, style.dash ? { strokeDasharray: style.dash.join(' ') } : undefined]));
const near = (p: MapPoint, x: number, y: number) => Math.abs(p.x - x) < 2 && Math.abs(p.y - y) < 2;

/** The laid-out route while both ends sit where it was laid out; a straight line while one is being dragged. */
function currentRoute(data: NonNullable<ValueFlowEdge['data']>, sx: number, sy: number, tx: number, ty: number): EdgeRoute | null {
  const { route, ends } = data;
  if (route && ends && near(ends[0], sx, sy) && near(ends[1], tx, ty)) return route;
  const dx = tx - sx;
  const dy = ty - sy;
  if (dx === 0 && dy === 0) return null;
  const from = exitPoint({ x: sx, y: sy }, dx, dy, data.sourceHalf);
  const to = exitPoint({ x: tx, y: ty }, -dx, -dy, data.targetHalf);
  return (to.x - from.x) * dx + (to.y - from.y) * dy > 0 ? { from, to } : null;
}

function Badge({ at, number, className }: { at: MapPoint; number: number; className: string }) {
  return (
    <g className={`vbadge ${className}`} transform={`translate(${at.x} ${at.y})`}>
      <circle r={BADGE_RADIUS} />
      <text textAnchor="middle" dominantBaseline="central">
        {number}
      </text>
    </g>
  );
}

/** The label's whole text in its placed box (or, for the selected exchange without room, over its number). */
export function EdgeLabel({ text, label, selected, width }: { text: string; label: PlacedLabel; selected: boolean; width: number }) {
  const box = label.text;
  const at = box ? { x: (box.minX + box.maxX) / 2, y: (box.minY + box.maxY) / 2 } : selected ? (label.fallback ?? label.badge) : null;
  return (
    <>
      {at && (
        <g className={`react-flow__edge-textwrapper vlabel${box ? '' : ' vlabel-selected'}`} transform={`translate(${at.x} ${at.y})`}>
          <rect className="react-flow__edge-textbg" x={-width / 2 - 6} y={-LABEL_HEIGHT / 2} width={width + 12} height={LABEL_HEIGHT} rx={5} />
          <text className="react-flow__edge-text" textAnchor="middle" dominantBaseline="central">
            {text}
          </text>
        </g>
      )}
      <Badge at={label.badge} number={label.number} className="vbadge-overview" />
      {label.fallback && !selected && <Badge at={label.fallback} number={label.number} className="vbadge-detail" />}
    </>
  );
}

/** A value exchange along its laid-out route, with its label (or number) where the layout found room. */
function ValueEdgeView({ id, sourceX, sourceY, targetX, targetY, data, markerEnd, markerStart, selected }: EdgeProps<ValueFlowEdge>) {
  if (!data) return null;
  const route = currentRoute(data, sourceX, sourceY, targetX, targetY);
  if (!route) return null;
  return (
    <>
      <BaseEdge id={id} path={routePath(route)} className={`vedge vedge-${data.kind}`} style={DASH.get(data.kind)} markerEnd={markerEnd} markerStart={markerStart} interactionWidth={14} />
      {data.text && data.label && route === data.route && <EdgeLabel text={data.text} label={data.label} selected={!!selected} width={data.labelWidth} />}
    </>
  );
}

export const ValueEdge = memo(ValueEdgeView);
