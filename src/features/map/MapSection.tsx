import { ReactFlowProvider, useReactFlow, type Viewport } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { ALL_FILTERS, UNTIERED_RING_NAME, movedByHand, totalScore, type EdgeFields, type MapFilters, type Partner, type PartnerMove, type WorkshopEntities } from '../../domain';
import { autoLayoutMap, commitMapMoves, createValueExchange, deleteValueExchanges, saveValueExchange } from '../../state/mapActions';
import { goToSection } from '../../state/route';
import { showToast } from '../../state/toasts';
import { DeletePartnerDialog } from '../partners/DeletePartnerDialog';
import { askDelete, editWhenShown } from '../partners/usePortfolioView';
import { AutoLayoutDialog } from './AutoLayoutDialog';
import { MapContextMenu, type MapMenuActions, type MapMenuTarget } from './MapContextMenu';
import { useEntities } from '../../state/selectors';
import { EcosystemFlow, MAX_ZOOM, MIN_ZOOM } from './EcosystemFlow';
import { isLight, useMapLevel } from './mapLevels';
import { EdgePanel } from './EdgePanel';
import { FocusPanel } from './FocusPanel';
import { MapLegend } from './MapLegend';
import { exportJsonCanvas } from '../../state/jsonCanvas';
import { MapToolbar } from './MapToolbar';
import { NewEdgeDialog, type PendingEdge } from './NewEdgeDialog';
import { fitViewport } from './mapView';
import { useMapModel } from './useMapModel';
import './map.css';
import './mapGraph.css';
import './mapExchanges.css';

export function MapSection(_props: { itemId: string | null }) {
  const entities = useEntities();
  if (!entities) return null;
  return (
    <ReactFlowProvider>
      <EcosystemMap entities={entities} />
    </ReactFlowProvider>
  );
}

const FIT_PADDING = 0.03;
/** Fit view does not blow a small map up past this zoom. */
const FIT_MAX_ZOOM = 1.25;

function EcosystemMap({ entities }: { entities: WorkshopEntities }) {
  const { workshop, partners, edges } = entities;
  const flow = useReactFlow();
  const [filters, setFilters] = useState<MapFilters>(ALL_FILTERS);
  const [selected, setSelected] = useState<{ node: string | null; edge: string | null }>({ node: null, edge: null });
  const [editLabel, setEditLabel] = useState(false);
  const [pending, setPending] = useState<PendingEdge | null>(null);
  const [menu, setMenu] = useState<{ target: MapMenuTarget; at: { x: number; y: number } } | null>(null);
  const [connectFor, setConnectFor] = useState<{ id: string; request: number } | null>(null);
  const [autoLayoutCount, setAutoLayoutCount] = useState<number | null>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [initialViewport, setInitialViewport] = useState<Viewport | null>(null);
  const level = useMapLevel(initialViewport?.zoom ?? MIN_ZOOM);
  const ready = initialViewport !== null;
  const model = useMapModel(entities, filters, selected.node, selected.edge, { light: !ready || isLight(level), detailed: ready && !isLight(level) });
  const { layout } = model;
  // The fitted view is known before React Flow mounts, so a big map never renders a frame at zoom 1.
  const fitted = useCallback(() => {
    const box = canvasRef.current?.getBoundingClientRect();
    return box ? fitViewport(layout, model.labels, box.width, box.height, MIN_ZOOM, Math.min(MAX_ZOOM, FIT_MAX_ZOOM), FIT_PADDING) : null;
  }, [layout, model.labels]);
  useLayoutEffect(() => {
    if (!initialViewport) setInitialViewport(fitted());
  }, [initialViewport, fitted]);

  const tierNames = useMemo(() => new Map<string | null, string>([...model.tierList.map((t) => [t.id, t.name] as const), [null, UNTIERED_RING_NAME]]), [model.tierList]);
  const nameOf = useCallback((id: string) => (id === workshop.id ? workshop.organisation || workshop.title : (partners[id]?.name ?? '')), [workshop, partners]);

  const fitView = useCallback(() => {
    const viewport = fitted();
    if (viewport) void flow.setViewport(viewport, { duration: 250 });
  }, [flow, fitted]);

  const onSelect = useCallback((node: string | null, edge: string | null) => {
    setSelected((s) => (s.node === node && s.edge === edge ? s : { node, edge }));
    if (!edge) setEditLabel(false);
    setConnectFor((c) => (c && c.id !== node ? null : c));
  }, []);
  const onMoved = useCallback((moves: PartnerMove[]) => commitMapMoves(moves, tierNames), [tierNames]);
  const onConnectNodes = useCallback(
    (from: string, to: string) => {
      const type = partners[to]?.type ?? partners[from]?.type ?? null;
      setPending({ from, to, fromName: nameOf(from), toName: nameOf(to), type });
    },
    [partners, nameOf],
  );
  const onOpenEdge = useCallback((id: string) => {
    setSelected({ node: null, edge: id });
    setEditLabel(true);
  }, []);
  const openPartner = useCallback((id: string) => goToSection(workshop.id, 'partners', id), [workshop.id]);

  const focusOn = (id: string) => {
    if (model.hidden.has(id)) setFilters(ALL_FILTERS);
    const at = id === workshop.id ? layout.center : layout.positions[id];
    setSelected({ node: id, edge: null });
    if (at) void flow.setCenter(at.x, at.y, { zoom: Math.max(flow.getZoom(), 1), duration: 350 });
  };
  const find = (partner: Partner) => focusOn(partner.id);

  const askAutoLayout = () => {
    const moving = movedByHand(model.auto, layout).length;
    if (moving === 0) showToast({ message: 'Every partner is already in its automatic place.', tone: 'info' });
    else setAutoLayoutCount(moving);
  };
  const menuActions: MapMenuActions = {
    openPartner,
    editPartner: (id) => {
      editWhenShown(id);
      openPartner(id);
    },
    deletePartner: (id) => askDelete(id),
    focus: focusOn,
    connectFrom: (id) => {
      setSelected({ node: id, edge: null });
      setConnectFor((c) => ({ id, request: (c?.request ?? 0) + 1 }));
    },
    editEdge: onOpenEdge,
    deleteEdge: (id) => deleteValueExchanges([id]),
    fitView,
    autoLayout: askAutoLayout,
  };

  const create = (fields: EdgeFields) => {
    if (!pending) return;
    const id = createValueExchange(pending.from, pending.to, fields);
    setPending(null);
    if (id) setSelected({ node: null, edge: id });
  };

  const selectedPartner = selected.node ? (partners[selected.node] ?? null) : null;
  const selectedEdge = selected.edge ? edges[selected.edge] : undefined;
  const connectTargets = useMemo(
    () =>
      selected.node
        ? [{ id: workshop.id, name: nameOf(workshop.id) }, ...model.partnerList.map((p) => ({ id: p.id, name: p.name })).sort((a, b) => a.name.localeCompare(b.name))].filter((t) => t.id !== selected.node)
        : [],
    [selected.node, workshop.id, nameOf, model.partnerList],
  );
  const { labelled, geometry, nameOf: nodeName } = model;
  const numberedLabels = useMemo(
    () =>
      labelled.map((e, i) => ({
        id: e.id,
        number: geometry?.labels.get(e.id)?.number ?? i + 1,
        text: e.label.trim(),
        route: `${nodeName(e.from)} ${e.bidirectional ? '↔' : '→'} ${nodeName(e.to)}`,
      })),
    [labelled, geometry, nodeName],
  );
  const focusExchanges = selected.node ? model.edgeList.filter((e) => e.from === selected.node || e.to === selected.node).length : 0;

  return (
    <div className="map-section">
      <MapToolbar
        filters={filters}
        onFilters={setFilters}
        tiers={model.tierList.toSorted((a, b) => a.order - b.order)}
        partners={model.partnerList}
        shown={model.partnerList.length - model.hidden.size}
        onFind={find}
        onFitView={fitView}
        onAutoLayout={askAutoLayout}
        onExportCanvas={() => void exportJsonCanvas(entities.workshop.id)}
      />
      <div className="map-stage">
        <div className="map-canvas" ref={canvasRef}>
          {initialViewport && (
            <EcosystemFlow
              layout={layout}
              partners={model.partnerList}
              light={model.light}
              selectedId={model.focusId}
              sectorLabels={model.labels}
              nodes={model.nodes}
              edges={model.edges}
              focused={model.focused}
              onMoved={onMoved}
              onSelect={onSelect}
              onConnectNodes={onConnectNodes}
              onOpenEdge={onOpenEdge}
              onOpenPartner={openPartner}
              onDeleteEdges={deleteValueExchanges}
              onContextMenu={(target, at) => setMenu({ target, at })}
              initialViewport={initialViewport}
              level={level}
              nameOf={nameOf}
            />
          )}
          {model.partnerList.length === 0 && (
            <div className="map-empty" role="note">
              <p>No partners on the map yet.</p>
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => goToSection(workshop.id, 'partners')}>
                Go to Partners
              </button>
            </div>
          )}
        </div>
        <aside className="map-side" aria-label="Map details">
          {selectedEdge && (
            <EdgePanel
              edge={selectedEdge}
              fromName={nameOf(selectedEdge.from)}
              toName={nameOf(selectedEdge.to)}
              focusLabel={editLabel}
              onSave={(fields) => saveValueExchange(selectedEdge.id, fields)}
              onDelete={() => {
                deleteValueExchanges([selectedEdge.id]);
                setSelected({ node: null, edge: null });
              }}
            />
          )}
          {!selectedEdge && selected.node && (selectedPartner || selected.node === workshop.id) && (
            <FocusPanel
              key={`${selected.node}:${connectFor?.request ?? 0}`}
              choosing={connectFor?.id === selected.node}
              partner={selectedPartner}
              tierName={selectedPartner ? (tierNames.get(selectedPartner.tierId) ?? UNTIERED_RING_NAME) : ''}
              score={selectedPartner ? totalScore(selectedPartner.scores, workshop.scoreWeights) : null}
              exchanges={focusExchanges}
              targets={connectTargets}
              onConnect={(to) => selected.node && onConnectNodes(selected.node, to)}
              onOpen={() => selectedPartner && openPartner(selectedPartner.id)}
              onClear={() => setSelected({ node: null, edge: null })}
            />
          )}
          <MapLegend labels={numberedLabels} onSelectEdge={onOpenEdge} />
        </aside>
      </div>
      <NewEdgeDialog pending={pending} onCreate={create} onClose={() => setPending(null)} />
      <AutoLayoutDialog
        moving={autoLayoutCount}
        onClose={() => setAutoLayoutCount(null)}
        onConfirm={() => {
          setAutoLayoutCount(null);
          autoLayoutMap();
        }}
      />
      <DeletePartnerDialog />
      {menu && <MapContextMenu target={menu.target} at={menu.at} partners={partners} edges={edges} nameOf={nameOf} actions={menuActions} onClose={() => setMenu(null)} />}
    </div>
  );
}
