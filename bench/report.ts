/** One line of the printed table: what was measured, the app's figure, and what it is compared with. */
export interface Row {
  measure: string;
  value: string;
  compare?: string;
}

export interface Target {
  name: string;
  /** The measured figure in `unit`; null when the part could not run. */
  value: number | null;
  limit: number;
  unit: string;
  /** `max`: value must not exceed the limit; `min`: value must reach it. */
  kind: 'max' | 'min';
  detail?: string;
}

export type PartResult =
  | { part: string; status: 'ok'; rows: Row[]; targets: Target[]; data: unknown; seconds: number }
  | { part: string; status: 'not available'; reason: string; targets: Target[]; seconds: number }
  | { part: string; status: 'failed'; error: string; targets: Target[]; seconds: number };

export function targetMet(target: Target): boolean | null {
  if (target.value === null || !Number.isFinite(target.value)) return null;
  return target.kind === 'max' ? target.value <= target.limit : target.value >= target.limit;
}

const verdict = (target: Target) => ({ true: 'met', false: 'MISSED', null: 'not measured' })[String(targetMet(target)) as 'true' | 'false' | 'null'];

function fmt(value: number | null, unit: string): string {
  return value === null || !Number.isFinite(value) ? '—' : `${Number(value.toFixed(value < 10 ? 2 : 1))} ${unit}`.trim();
}

function pad(cells: string[][]): string {
  const widths = cells[0]?.map((_, col) => Math.max(...cells.map((row) => (row[col] ?? '').length))) ?? [];
  return cells.map((row) => row.map((cell, col) => cell.padEnd(widths[col] ?? 0)).join('  ').trimEnd()).join('\n');
}

function partRows(result: PartResult): string[][] {
  if (result.status === 'ok') return result.rows.map((row) => [row.measure, row.value, row.compare ?? '']);
  return [[`(${result.status})`, result.status === 'failed' ? result.error : result.reason, '']];
}

/** The plain-text table printed at the end of `npm run bench`. */
export function formatTable(results: readonly PartResult[]): string {
  const blocks = results.map((result) => `== ${result.part} (${result.seconds.toFixed(0)} s)\n${pad([['measure', 'Partnerscape', 'baseline / note'], ...partRows(result)])}`);
  const targets = results.flatMap((r) => r.targets);
  const targetLines = pad([['target', 'measured', 'limit', 'verdict'], ...targets.map((t) => [t.name, fmt(t.value, t.unit), `${t.kind === 'max' ? '≤' : '≥'} ${fmt(t.limit, t.unit)}`, verdict(t)])]);
  return `${blocks.join('\n\n')}\n\n== targets (issues 10, 19 and 20)\n${targetLines}\n`;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** The same figures as a Markdown table, for the README. */
export function formatMarkdown(results: readonly PartResult[]): string {
  const lines = ['| part | measure | Partnerscape | baseline / note |', '|---|---|---|---|'];
  for (const result of results) for (const [measure, value, compare] of partRows(result)) lines.push(`| ${result.part} | ${cell(measure ?? '')} | ${cell(value ?? '')} | ${cell(compare ?? '')} |`);
  lines.push('', '| target | measured | limit | verdict |', '|---|---|---|---|');
  for (const t of results.flatMap((r) => r.targets)) lines.push(`| ${cell(t.name)} | ${fmt(t.value, t.unit)} | ${t.kind === 'max' ? '≤' : '≥'} ${fmt(t.limit, t.unit)} | ${verdict(t)} |`);
  return lines.join('\n');
}
