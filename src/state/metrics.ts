import { setMetric, type MetricKey } from '../domain';
import { commit } from './workshopStore';

/** Sets one value of one partner in one period (creating the entry); an entry left with no values is removed. */
export function setMetricValue(partnerId: string, period: string, key: MetricKey, value: number | null): void {
  commit((e) => setMetric(e, partnerId, period, key, value), { origin: 'local' });
}
