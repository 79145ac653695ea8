import { useMemo, useState } from 'react';
import { layoutEcosystem, matchesFilters, withManualPositions, neighbourhood, type MapFilters, type Partner, type WorkshopEntities } from '../../domain';
import { sectorLabels } from './mapView';
import { placeEdgeLabels } from './labelPlacement';
import { edgeText, newFlowCache, partnerNodeData, reuseEdges, reuseNodes, toFlowEdges, toFlowNodes, type MapViewState, type PartnerNodeData } from './flowModel';

const dataCache = new WeakMap<Partner, PartnerNodeData>();

/** Domain → layout → React Flow nodes and edges, each step memoised on the records it reads. */
export function useMapModel(entities: WorkshopEntities, filters: MapFilters, selectedNodeId: string | null, selectedEdgeId: string | null) {
  const { workshop, tiers, partners, edges, layout: saved } = entities;
  const [cache] = useState(newFlowCache);
  const tierList = useMemo(() => Object.values(tiers), [tiers]);
  const partnerList = useMemo(() => Object.values(partners), [partners]);
  const edgeList = useMemo(() => Object.values(edges), [edges]);
  const auto = useMemo(() => layoutEcosystem({ workshop, tiers: tierList, partners: partnerList }), [workshop, tierList, partnerList]);
  const layout = useMemo(() => withManualPositions(auto, saved.positions), [auto, saved.positions]);
  const labels = useMemo(() => sectorLabels(layout, partnerList), [layout, partnerList]);
  const data = useMemo(() => partnerNodeData(partnerList, tierList, workshop, dataCache), [partnerList, tierList, workshop]);

  const hidden = useMemo(() => {
    const known = new Set(tierList.map((t) => t.id));
    return new Set(partnerList.filter((p) => !matchesFilters(p, filters, known)).map((p) => p.id));
  }, [partnerList, tierList, filters]);
  const focusId = selectedNodeId && (selectedNodeId === workshop.id || partners[selectedNodeId]) ? selectedNodeId : null;
  const near = useMemo(() => (focusId ? neighbourhood(edgeList, focusId) : null), [edgeList, focusId]);
  const view: MapViewState = useMemo(() => ({ hidden, near, selectedNodeId: focusId, selectedEdgeId }), [hidden, near, focusId, selectedEdgeId]);

  const nodes = useMemo(() => reuseNodes(toFlowNodes(workshop, layout, data, view), cache), [workshop, layout, data, view, cache]);
  const nodeIds = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const labelT = useMemo(() => placeEdgeLabels(layout, edgeList.map((e) => ({ id: e.id, from: e.from, to: e.to, text: edgeText(e) })), workshop.id), [layout, edgeList, workshop.id]);
  const flowEdges = useMemo(() => reuseEdges(toFlowEdges(edgeList, workshop.id, nodeIds, view, labelT), cache), [edgeList, workshop.id, nodeIds, view, labelT, cache]);
  return { auto, layout, labels, nodes, edges: flowEdges, focused: near !== null, hidden, tierList, partnerList, edgeList };
}
