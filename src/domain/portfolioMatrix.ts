import type { Partner, PartnerType } from './records';

/** Geometry of the fit matrix: 5 × 5 cells, strategic alignment across, execution capability up. */
export const MATRIX = { cellWidth: 220, cellHeight: 120, rowPitch: 28, maxPerCell: 4, labelChars: 24 } as const;

export interface MatrixBubble {
  partnerId: string;
  name: string;
  /** The name cut to fit beside the bubble; `name` stays whole for the accessible label. */
  label: string;
  type: PartnerType;
  alignment: number;
  execution: number;
  culture: number;
  x: number;
  y: number;
  r: number;
}

export interface MatrixOverflow {
  x: number;
  y: number;
  names: string[];
}

export interface MatrixLayout {
  width: number;
  height: number;
  bubbles: MatrixBubble[];
  overflows: MatrixOverflow[];
}

export function bubbleRadius(culture: number): number {
  return 4 + culture * 2;
}

function cutLabel(name: string, max: number): string {
  const chars = Array.from(name);
  return chars.length <= max ? name : `${chars.slice(0, max - 1).join('').trimEnd()}…`;
}

/**
 * Places every partner in the cell of its scores. Partners sharing a cell are stacked in a column in
 * a stable order (name, then id) so they never cover each other; past `maxPerCell` the rest are
 * summarised as "+N more".
 */
export function matrixLayout(partners: readonly Pick<Partner, 'id' | 'name' | 'type' | 'scores'>[]): MatrixLayout {
  const { cellWidth, cellHeight, rowPitch, maxPerCell, labelChars } = MATRIX;
  const cells = new Map<string, Pick<Partner, 'id' | 'name' | 'type' | 'scores'>[]>();
  for (const p of partners) {
    const key = `${p.scores.alignment}:${p.scores.execution}`;
    const list = cells.get(key);
    if (list) list.push(p);
    else cells.set(key, [p]);
  }
  const bubbles: MatrixBubble[] = [];
  const overflows: MatrixOverflow[] = [];
  const keys = [...cells.keys()].sort();
  for (const key of keys) {
    const members = (cells.get(key) ?? []).slice().sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
    const [alignment, execution] = key.split(':').map(Number) as [number, number];
    const left = (alignment - 1) * cellWidth;
    const centerY = (5 - execution) * cellHeight + cellHeight / 2;
    const shown = members.length > maxPerCell ? members.slice(0, maxPerCell - 1) : members;
    const rows = shown.length + (shown.length < members.length ? 1 : 0);
    const top = centerY - ((rows - 1) * rowPitch) / 2;
    shown.forEach((p, i) => {
      bubbles.push({
        partnerId: p.id,
        name: p.name,
        label: cutLabel(p.name, labelChars),
        type: p.type,
        alignment,
        execution,
        culture: p.scores.culture,
        x: left + 22,
        y: top + i * rowPitch,
        r: bubbleRadius(p.scores.culture),
      });
    });
    if (shown.length < members.length) overflows.push({ x: left + 22, y: top + shown.length * rowPitch, names: members.slice(shown.length).map((p) => p.name) });
  }
  return { width: 5 * cellWidth, height: 5 * cellHeight, bubbles, overflows };
}
