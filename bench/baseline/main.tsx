import { ReactFlow, applyNodeChanges, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { ringGraph } from './graph';

declare global {
  interface Window {
    /** Called by the bench: renders N plain nodes, fitted; the bench times it from this call to nodes on screen. */
    benchMount?: (count: number, seed: number) => void;
  }
}

function Flow({ count, seed }: { count: number; seed: number }) {
  const [graph] = useState(() => ringGraph(count, seed));
  const [nodes, setNodes] = useState<Node[]>(graph.nodes);
  const [edges] = useState<Edge[]>(graph.edges);
  return <ReactFlow nodes={nodes} edges={edges} onNodesChange={(changes) => setNodes((current) => applyNodeChanges(changes, current))} fitView minZoom={0.001} maxZoom={4} />;
}

const root = createRoot(document.getElementById('root') as HTMLElement);
window.benchMount = (count, seed) => root.render(<Flow count={count} seed={seed} />);
