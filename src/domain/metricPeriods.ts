/** Periods are quarters (2026-Q3) or months (2026-09). */
export type Granularity = 'quarter' | 'month';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

export function granularityOf(period: string): Granularity {
  return period.includes('Q') ? 'quarter' : 'month';
}

/** The period a day (2026-03-02) falls in. */
export function periodOf(day: string, granularity: Granularity): string {
  const year = day.slice(0, 4);
  const month = Number(day.slice(5, 7));
  return granularity === 'quarter' ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${String(month).padStart(2, '0')}`;
}

/** A period as a count of its units since year 0: makes shifting and ordering plain arithmetic. */
function toIndex(period: string): number {
  const year = Number(period.slice(0, 4));
  return granularityOf(period) === 'quarter' ? year * 4 + Number(period.slice(6)) - 1 : year * 12 + Number(period.slice(5)) - 1;
}

function fromIndex(index: number, granularity: Granularity): string {
  const per = granularity === 'quarter' ? 4 : 12;
  const year = Math.floor(index / per);
  const unit = (index % per) + 1;
  return granularity === 'quarter' ? `${year}-Q${unit}` : `${year}-${String(unit).padStart(2, '0')}`;
}

export function shiftPeriod(period: string, by: number): string {
  return fromIndex(toIndex(period) + by, granularityOf(period));
}

/** The first month of a period, as a month index — quarters and months sort together by when they start. */
function startMonth(period: string): number {
  const year = Number(period.slice(0, 4));
  return granularityOf(period) === 'quarter' ? year * 12 + (Number(period.slice(6)) - 1) * 3 : year * 12 + Number(period.slice(5)) - 1;
}

export function comparePeriods(a: string, b: string): number {
  return startMonth(a) - startMonth(b) || (granularityOf(a) === granularityOf(b) ? 0 : granularityOf(a) === 'quarter' ? -1 : 1);
}

/** `count` consecutive periods ending with `last`, oldest first. */
export function periodRange(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => shiftPeriod(last, i - count + 1));
}

/** "Q3 2026" or "Sep 2026". */
export function periodLabel(period: string): string {
  const year = period.slice(0, 4);
  return granularityOf(period) === 'quarter' ? `${period.slice(5)} ${year}` : `${MONTHS[Number(period.slice(5)) - 1] ?? '?'} ${year}`;
}
