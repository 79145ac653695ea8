import { addMapEdge, applyPartnerMoves, clearManualPositions, removeMapEdges, updateMapEdge, type EdgeFields, type PartnerMove } from '../domain';
import { showToast } from './toasts';
import { commit, useWorkshopStore } from './workshopStore';

const entities = () => useWorkshopStore.getState().entities;

/**
 * A finished drag (or keyboard move) as one undo step: the saved positions, and a new tier for partners
 * dropped on another ring. The map keeps the moving nodes locally and calls this once, on release.
 */
export function commitMapMoves(moves: PartnerMove[], tierNames: ReadonlyMap<string | null, string>): void {
  const before = entities();
  if (!before) return;
  const retiered = moves.filter((m) => m.tierId !== undefined && before.partners[m.id] && before.partners[m.id]?.tierId !== m.tierId);
  const first = retiered[0];
  const name = first ? (before.partners[first.id]?.name ?? '') : '';
  const tier = first ? (tierNames.get(first.tierId ?? null) ?? '') : '';
  const undoMessage = !first ? undefined : retiered.length === 1 ? `${name} moved to ${tier}` : `${retiered.length} partners moved to another tier`;
  commit((e) => applyPartnerMoves(e, moves), { origin: 'local', undoMessage });
}

export function autoLayoutMap(): void {
  const current = entities();
  if (!current || Object.keys(current.layout.positions).length === 0) {
    showToast({ message: 'Every partner is already placed automatically.', tone: 'info' });
    return;
  }
  commit((e) => clearManualPositions(e), { origin: 'local', undoMessage: 'Partners placed automatically by tier and type' });
}

export function createValueExchange(from: string, to: string, fields: EdgeFields): string | null {
  return commit((e) => addMapEdge(e, from, to, fields), { origin: 'local' })?.id ?? null;
}

export function saveValueExchange(id: string, fields: EdgeFields): void {
  commit((e) => updateMapEdge(e, id, fields), { origin: 'local' });
}

export function deleteValueExchanges(ids: string[]): void {
  const current = entities();
  const count = ids.filter((id) => current?.edges[id]).length;
  if (count === 0) return;
  commit((e) => removeMapEdges(e, ids), { origin: 'local', undoMessage: count === 1 ? 'Value exchange deleted' : `${count} value exchanges deleted` });
}
