import { createMetricEntry, nowIso, type MetricKey } from '../domain';
import { updateWorkshop } from './workshopStore';

/** Sets one value of one partner in one period (creating the entry); an entry left with no values is removed. */
export function setMetricValue(partnerId: string, period: string, key: MetricKey, value: number | null): void {
  updateWorkshop((entities) => {
    const existing = Object.values(entities.metrics).find((m) => m.partnerId === partnerId && m.period === period);
    if (existing?.values[key] === value) return entities;
    if (!existing && value === null) return entities;
    const at = nowIso();
    const base = existing ?? createMetricEntry(entities.workshop.id, partnerId, period, at);
    const next = { ...base, updatedAt: at, values: { ...base.values, [key]: value } };
    const metrics = { ...entities.metrics };
    if (Object.values(next.values).every((v) => v === null)) delete metrics[next.id];
    else metrics[next.id] = next;
    return { ...entities, metrics };
  });
}
