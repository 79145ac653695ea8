import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { OrgFlowNode } from './flowModel';

function OrgNodeView({ data }: NodeProps<OrgFlowNode>) {
  return (
    <div className="onode" title={data.name}>
      <Handle type="source" id="c" position={Position.Top} className="map-anchor" isConnectable={false} />
      <span className="onode-kicker">Our organisation</span>
      <span className="onode-name">{data.name}</span>
      <Handle type="source" id="out" position={Position.Right} className="map-connect" aria-label="Drag to connect a value exchange" />
    </div>
  );
}

export const OrgNode = memo(OrgNodeView);
