const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

export function timeAgo(iso: string, now: number = Date.now()): string {
  let value = (Date.parse(iso) - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return unit === 'second' && Math.abs(value) < 45 ? 'just now' : relative.format(Math.round(value), unit);
    value /= size;
  }
  return dateFormat.format(new Date(iso));
}

export function formatDate(isoDate: string): string {
  if (!isoDate) return '';
  const parsed = new Date(`${isoDate.slice(0, 10)}T12:00:00`);
  return Number.isNaN(parsed.getTime()) ? isoDate : dateFormat.format(parsed);
}
