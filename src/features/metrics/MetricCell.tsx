import { useEffect, useState, type KeyboardEvent } from 'react';
import { parseMetricInput, type MetricKey } from '../../domain';
import { setMetricValue } from '../../state/metrics';

const numberFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });

export const formatMetric = (value: number | null) => (value === null ? '' : numberFormat.format(value));

/** Moves focus to the cell `rows` down in the same column of the enclosing grid. */
function moveFocus(from: HTMLInputElement, rows: number): void {
  const table = from.closest('table');
  const row = Number(from.dataset.row) + rows;
  const next = table?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${from.dataset.col}"]`);
  if (next) {
    next.focus();
    next.select();
  }
}

interface MetricCellProps {
  partnerId: string;
  period: string;
  metric: MetricKey;
  value: number | null;
  label: string;
  row: number;
  col: number;
}

/** One grid cell: type a number, Enter or Tab saves; a bad value stays visible with its reason. */
export function MetricCell({ partnerId, period, metric, value, label, row, col }: MetricCellProps) {
  const [text, setText] = useState(formatMetric(value));
  const [error, setError] = useState<string | null>(null);
  const [focused, setFocused] = useState(false);

  useEffect(() => {
    if (!focused) {
      setText(formatMetric(value));
      setError(null);
    }
  }, [value, focused]);

  const commit = (): boolean => {
    const parsed = parseMetricInput(metric, text);
    if (!parsed.ok) {
      setError(parsed.error);
      return false;
    }
    setError(null);
    setMetricValue(partnerId, period, metric, parsed.value);
    return true;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const target = event.currentTarget;
    if (event.key === 'Enter' || event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (commit()) moveFocus(target, event.key === 'ArrowUp' || (event.key === 'Enter' && event.shiftKey) ? -1 : 1);
    } else if (event.key === 'Escape') {
      setText(formatMetric(value));
      setError(null);
    }
  };

  return (
    <input
      type="text"
      inputMode="decimal"
      className={`metric-cell ${error ? 'is-invalid' : ''}`}
      aria-label={label}
      aria-invalid={Boolean(error)}
      title={error ?? undefined}
      data-row={row}
      data-col={col}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onFocus={(e) => {
        setFocused(true);
        e.currentTarget.select();
      }}
      onBlur={() => {
        commit();
        setFocused(false);
      }}
      onKeyDown={onKeyDown}
    />
  );
}
