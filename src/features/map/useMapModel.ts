import { useMemo, useState } from 'react';
import { layoutEcosystem, matchesFilters, neighbourhood, placeLabels, routeEdges, withManualPositions, type MapEdge, type MapFilters, type Partner, type WorkshopEntities } from '../../domain';
import { sectorLabels } from './mapView';
import { edgeText, newFlowCache, partnerNodeData, reuseEdges, reuseNodes, toFlowEdges, toFlowNodes, type EdgeGeometry, type MapViewState, type PartnerNodeData } from './flowModel';
import { BADGE_RADIUS, LABEL_HEIGHT } from './mapLevels';
import { lightPaths, PointIndex } from './lightPaths';
import type { LightModel } from './EcosystemFlow';
import { labelTextWidth } from './measureLabel';

const dataCache = new WeakMap<Partner, PartnerNodeData>();
const LABEL_PADDING = 12;

/** Labelled exchanges in the order their numbers run: by the names at either end. */
function labelOrder(edges: MapEdge[], nameOf: (id: string) => string): MapEdge[] {
  return edges.filter((e) => edgeText(e)).sort((a, b) => nameOf(a.from).localeCompare(nameOf(b.from)) || nameOf(a.to).localeCompare(nameOf(b.to)) || (a.id < b.id ? -1 : 1));
}

/**
 * Domain → layout → React Flow nodes and edges, each step memoised on the records it reads. Routes and
 * label places are computed once per layout change, and only once the map is first shown in full
 * (`detailed`): a big map opened zoomed out never pays for them.
 */
export function useMapModel(entities: WorkshopEntities, filters: MapFilters, selectedNodeId: string | null, selectedEdgeId: string | null, level: { light: boolean; detailed: boolean }) {
  const { detailed } = level;
  const { workshop, tiers, partners, edges, layout: saved } = entities;
  const [cache] = useState(newFlowCache);
  const [wantGeometry, setWantGeometry] = useState(detailed);
  if (detailed && !wantGeometry) setWantGeometry(true);
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

  const nameOf = useMemo(() => (id: string) => (id === workshop.id ? workshop.organisation || workshop.title : (partners[id]?.name ?? '')), [workshop, partners]);
  const labelled = useMemo(() => labelOrder(edgeList, nameOf), [edgeList, nameOf]);
  const geometry: EdgeGeometry | undefined = useMemo(() => {
    if (!wantGeometry) return undefined;
    const routes = routeEdges(layout, edgeList, workshop.id);
    const widths = new Map(labelled.map((e) => [e.id, labelTextWidth(edgeText(e))]));
    const requests = labelled.map((e) => ({ id: e.id, width: (widths.get(e.id) ?? 0) + LABEL_PADDING, height: LABEL_HEIGHT }));
    const placed = placeLabels(layout, routes, requests, workshop.id, BADGE_RADIUS);
    const centre = (id: string) => (id === workshop.id ? layout.center : layout.positions[id]);
    return { routes, labels: placed, widths, centre };
  }, [wantGeometry, layout, edgeList, labelled, workshop.id]);

  const nodes = useMemo(() => reuseNodes(toFlowNodes(workshop, layout, data, view), cache), [workshop, layout, data, view, cache]);
  const nodeIds = useMemo(() => new Set(nodes.map((n) => n.id)), [nodes]);
  const flowEdges = useMemo(() => reuseEdges(toFlowEdges(edgeList, workshop.id, nodeIds, view, geometry), cache), [edgeList, workshop.id, nodeIds, view, geometry, cache]);

  // Zoomed out past reading names, React Flow holds only the organisation and the selected partner; the
  // light layer draws the rest as shapes and lines.
  const centre = useMemo(() => (id: string) => (id === workshop.id ? layout.center : layout.positions[id]), [workshop.id, layout]);
  const light: LightModel | null = useMemo(() => {
    if (!level.light) return null;
    const skip = new Set(focusId ? [focusId] : []);
    const paths = lightPaths({ layout, partners: partnerList, edges: edgeList, orgId: workshop.id, hidden, skip });
    const index = new PointIndex(partnerList.flatMap((p) => (hidden.has(p.id) || skip.has(p.id) || !layout.positions[p.id] ? [] : [[p.id, layout.positions[p.id]!] as [string, { x: number; y: number }]])));
    return { paths, index, edges: edgeList, centre, nameOf };
  }, [level.light, layout, partnerList, edgeList, workshop.id, hidden, focusId, centre, nameOf]);
  const shownNodes = useMemo(() => (level.light ? nodes.filter((n) => n.type === 'org' || n.id === focusId) : nodes), [level.light, nodes, focusId]);
  const shownEdges = useMemo(() => (level.light ? [] : flowEdges), [level.light, flowEdges]);

  return { auto, layout, labels, nodes: shownNodes, edges: shownEdges, light, focused: near !== null, focusId, hidden, near, tierList, partnerList, edgeList, labelled, geometry, nameOf };
}
