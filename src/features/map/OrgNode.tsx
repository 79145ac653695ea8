import { Handle, Position, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { OrgFlowNode } from './flowModel';
import { ConnectHandle } from './ConnectHandle';

function OrgNodeView({ data, selected }: NodeProps<OrgFlowNode>) {
  return (
    <div className="onode" title={data.name}>
      <Handle type="source" id="c" position={Position.Top} className="map-anchor" isConnectable={false} />
      <span className="onode-kicker">Our organisation</span>
      <span className="onode-name">{data.name}</span>
      <ConnectHandle selected={selected} />
    </div>
  );
}

export const OrgNode = memo(OrgNodeView);
