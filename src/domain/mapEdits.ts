import type { WorkshopEntities } from './bundle';
import { newId, nowIso } from './ids';
import { layoutEcosystem } from './mapLayout';
import { freeSpot } from './mapLayoutSpots';
import type { Outcome } from './recipe';
import type { EdgeKind, MapEdge } from './records';

export interface PartnerMove {
  id: string;
  position: { x: number; y: number };
  /** The tier of the ring it was dropped on; `undefined` keeps the current tier. */
  tierId?: string | null;
}

/**
 * Saves dragged positions as manual ones and moves partners dropped on another ring to that tier. The
 * new tier changes the automatic places of its ring's partners, so a re-tiered partner then takes the
 * nearest spot that is free among them.
 */
export function applyPartnerMoves(entities: WorkshopEntities, moves: PartnerMove[], at: string = nowIso()): WorkshopEntities {
  if (moves.length === 0) return entities;
  const positions = { ...entities.layout.positions };
  let partners = entities.partners;
  const retiered: string[] = [];
  for (const move of moves) {
    const partner = entities.partners[move.id];
    if (!partner) continue;
    positions[move.id] = { x: Math.round(move.position.x), y: Math.round(move.position.y) };
    if (move.tierId !== undefined && move.tierId !== partner.tierId) {
      if (partners === entities.partners) partners = { ...partners };
      (partners as Record<string, typeof partner>)[move.id] = { ...partner, tierId: move.tierId, updatedAt: at };
      retiered.push(move.id);
    }
  }
  if (retiered.length > 0) {
    const layout = layoutEcosystem({ workshop: entities.workshop, tiers: Object.values(entities.tiers), partners: Object.values(partners) }, positions);
    for (const id of retiered) {
      const spot = freeSpot(layout, id, positions[id] ?? layout.center, partners[id]?.tierId ?? null);
      positions[id] = { x: Math.round(spot.x), y: Math.round(spot.y) };
      layout.positions[id] = positions[id];
    }
  }
  return { ...entities, partners, layout: { ...entities.layout, positions, updatedAt: at } };
}

/** Forgets every manual position, so the automatic layout places all partners again. */
export function clearManualPositions(entities: WorkshopEntities, at: string = nowIso()): WorkshopEntities {
  if (Object.keys(entities.layout.positions).length === 0) return entities;
  return { ...entities, layout: { ...entities.layout, positions: {}, updatedAt: at } };
}

export interface EdgeFields {
  kind: EdgeKind;
  label: string;
  bidirectional: boolean;
}

/** A node of the map: the organisation (workshop id) or one of its partners. */
export function isMapNode(entities: WorkshopEntities, id: string): boolean {
  return id === entities.workshop.id || entities.partners[id] !== undefined;
}

export function addMapEdge(entities: WorkshopEntities, from: string, to: string, fields: EdgeFields, at: string = nowIso()): Outcome<MapEdge | null> {
  if (from === to || !isMapNode(entities, from) || !isMapNode(entities, to)) return { entities, result: null };
  const edge: MapEdge = { id: newId(), workshopId: entities.workshop.id, createdAt: at, updatedAt: at, rev: 0, from, to, ...fields, label: fields.label.trim() };
  return { entities: { ...entities, edges: { ...entities.edges, [edge.id]: edge } }, result: edge };
}

export function updateMapEdge(entities: WorkshopEntities, id: string, fields: Partial<EdgeFields>, at: string = nowIso()): WorkshopEntities {
  const edge = entities.edges[id];
  if (!edge) return entities;
  const next = { ...edge, ...fields, label: (fields.label ?? edge.label).trim() };
  if (next.kind === edge.kind && next.label === edge.label && next.bidirectional === edge.bidirectional) return entities;
  return { ...entities, edges: { ...entities.edges, [id]: { ...next, updatedAt: at } } };
}

export function removeMapEdges(entities: WorkshopEntities, ids: string[]): WorkshopEntities {
  const present = ids.filter((id) => entities.edges[id]);
  if (present.length === 0) return entities;
  const edges = { ...entities.edges };
  for (const id of present) delete edges[id];
  return { ...entities, edges };
}
