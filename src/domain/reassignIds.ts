import type { WorkshopBundle } from './bundle';
import { newId, nowIso } from './ids';

/** A copy of the bundle with fresh IDs everywhere and every reference rewired: import-as-new and duplicate. */
export function reassignIds(input: WorkshopBundle, makeId: () => string = newId, at: string = nowIso()): WorkshopBundle {
  // A deep copy first, so the result shares no arrays or nested objects (tags, scores, positions …) with the input.
  const bundle = structuredClone(input);
  const map = new Map<string, string>();
  const fresh = (old: string) => {
    let next = map.get(old);
    if (!next) {
      next = makeId();
      map.set(old, next);
    }
    return next;
  };
  const ref = (old: string | null) => (old === null ? null : fresh(old));
  const workshopId = fresh(bundle.workshop.id);
  const stamp = { workshopId, createdAt: at, updatedAt: at };

  return {
    workshop: { ...bundle.workshop, id: workshopId, createdAt: at, updatedAt: at },
    tiers: bundle.tiers.map((t) => ({ ...t, ...stamp, id: fresh(t.id) })),
    partners: bundle.partners.map((p) => ({ ...p, ...stamp, id: fresh(p.id), tierId: ref(p.tierId) })),
    canvases: bundle.canvases.map((c) => ({ ...c, ...stamp, id: fresh(c.id), partnerId: ref(c.partnerId) })),
    notes: bundle.notes.map((n) => ({ ...n, ...stamp, id: fresh(n.id), canvasId: fresh(n.canvasId) })),
    edges: bundle.edges.map((e) => ({ ...e, ...stamp, id: fresh(e.id), from: fresh(e.from), to: fresh(e.to) })),
    insights: bundle.insights.map((i) => ({ ...i, ...stamp, id: fresh(i.id), partnerId: ref(i.partnerId) })),
    enablement: bundle.enablement.map((e) => ({
      ...e,
      ...stamp,
      id: fresh(e.id),
      partnerId: fresh(e.partnerId),
      checklist: e.checklist.map((item) => ({ ...item, id: fresh(item.id) })),
    })),
    metrics: bundle.metrics.map((m) => ({ ...m, ...stamp, id: fresh(m.id), partnerId: fresh(m.partnerId) })),
    layout: {
      workshopId,
      updatedAt: at,
      positions: Object.fromEntries(Object.entries(bundle.layout.positions).map(([key, pos]) => [fresh(key), pos])),
    },
  };
}
