import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { STATUS_OUTLINE } from '../../domain';
import type { PartnerFlowNode } from './flowModel';
import { ConnectHandle } from './ConnectHandle';
import { TypeShape } from '../../ui/TypeShape';

/** Kept cheap on purpose: many of these pan and zoom together. The ring says the tier; the title and the side panel say the rest. */
function PartnerNodeView({ data, selected }: NodeProps<PartnerFlowNode>) {
  return (
    <div className={`pnode pnode-${data.type} pnode-outline-${STATUS_OUTLINE[data.status]}`} title={`${data.name} — ${data.typeLabel}, ${data.tierName}, ${data.statusLabel}`}>
      <Handle type="source" id="c" position={Position.Top} className="map-anchor" isConnectable={false} />
      <TypeShape type={data.type} />
      <span className="pnode-text">
        <span className="pnode-name">{data.name}</span>
        <span className="visually-hidden">
          , <span className="pnode-tier">{data.tierName}</span>, {data.typeLabel}, {data.statusLabel}
        </span>
      </span>
      <span className="pnode-score" aria-label={`Score ${data.score} of 5`}>
        {data.score.toFixed(1)}
      </span>
      <ConnectHandle selected={selected} />
    </div>
  );
}

export const PartnerNode = memo(PartnerNodeView);
