import { addMapEdge, applyPartnerMoves, clearManualPositions, removeMapEdges, updateMapEdge, type EdgeFields, type PartnerMove } from '../domain';
import { showToast } from './toasts';
import { offerUndo } from './undoToast';
import { updateWorkshop, useWorkshopStore } from './workshopStore';

const entities = () => useWorkshopStore.getState().entities;

/**
 * A finished drag (or keyboard move) as one undo step: the saved positions, and a new tier for partners
 * dropped on another ring. The map keeps the moving nodes locally and calls this once, on release.
 */
export function commitMapMoves(moves: PartnerMove[], tierNames: ReadonlyMap<string | null, string>): void {
  const before = entities();
  updateWorkshop((e) => applyPartnerMoves(e, moves));
  const retiered = moves.filter((m) => m.tierId !== undefined && before?.partners[m.id] && before.partners[m.id]?.tierId !== m.tierId);
  const first = retiered[0];
  if (!first || !before) return;
  const name = before.partners[first.id]?.name ?? '';
  const tier = tierNames.get(first.tierId ?? null) ?? '';
  const message = retiered.length === 1 ? `${name} moved to ${tier}` : `${retiered.length} partners moved to another tier`;
  offerUndo(message, before, entities());
}

export function autoLayoutMap(): void {
  const current = entities();
  if (!current || Object.keys(current.layout.positions).length === 0) {
    showToast({ message: 'Every partner is already placed automatically.', tone: 'info' });
    return;
  }
  updateWorkshop((e) => clearManualPositions(e));
  offerUndo('Partners placed automatically by tier and type', current, entities());
}

export function createValueExchange(from: string, to: string, fields: EdgeFields): string | null {
  let created: string | null = null;
  updateWorkshop((e) => {
    const result = addMapEdge(e, from, to, fields);
    created = result.edge?.id ?? null;
    return result.entities;
  });
  return created;
}

export function saveValueExchange(id: string, fields: EdgeFields): void {
  updateWorkshop((e) => updateMapEdge(e, id, fields));
}

export function deleteValueExchanges(ids: string[]): void {
  const current = entities();
  const count = ids.filter((id) => current?.edges[id]).length;
  if (count === 0) return;
  updateWorkshop((e) => removeMapEdges(e, ids));
  offerUndo(count === 1 ? 'Value exchange deleted' : `${count} value exchanges deleted`, current, entities());
}
