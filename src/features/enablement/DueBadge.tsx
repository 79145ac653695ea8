import { daysBetween, type DueState } from '../../domain';

export function DueBadge({ state, nextDate, today }: { state: DueState; nextDate: string; today: string }) {
  const days = daysBetween(today, nextDate);
  const text =
    state === 'overdue' ? `Overdue by ${-days} ${days === -1 ? 'day' : 'days'}` : days === 0 ? 'Due today' : state === 'due' ? `Due in ${days} ${days === 1 ? 'day' : 'days'}` : `In ${days} days`;
  return <span className={`due-badge due-${state}`}>{text}</span>;
}
