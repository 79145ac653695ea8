import type { MouseEvent as ReactMouseEvent } from 'react';
import type { CanvasField, FieldRects } from '../../../domain';
import type { RoomRules } from '../../../state/canvasRoom';
import type { MenuTarget } from '../BoardContextMenu';

/** What a mode's input handling may read and do on the board it runs on. */
export interface BoardContext {
  canvasId: string;
  selectedIds: readonly string[];
  rules: RoomRules;
  /** The fields where they are on screen now (their rows stretch with the window). */
  rects: FieldRects;
  /** The field under a screen point, and the point in board units. */
  fieldAt: (screen: { x: number; y: number }) => { field: CanvasField; point: { x: number; y: number } } | null;
  selectAll: () => void;
  clearSelection: () => void;
  /** Selects these notes once they appear (after a paste or duplicate). */
  selectWhenShown: (ids: readonly string[]) => void;
  /** Opens the menu of these notes (or of a field) at a screen point. */
  openMenu: (target: MenuTarget, at: { x: number; y: number }) => void;
}

/**
 * One mode's keyboard and pointer handling. Each handler returns true when it dealt with the event;
 * modes are asked innermost first (a drag, then the room's parts, then the editor), so the editor's
 * keys (N, Enter, double-click) are the same in every mode and only refused by the room's rules.
 */
export interface ModeInput {
  name: string;
  key?: (event: KeyboardEvent, ctx: BoardContext) => boolean;
  noteClick?: (event: ReactMouseEvent, noteId: string, field: CanvasField, ctx: BoardContext) => boolean;
  noteDoubleClick?: (event: ReactMouseEvent, noteId: string, ctx: BoardContext) => boolean;
  paneDoubleClick?: (event: ReactMouseEvent, ctx: BoardContext) => boolean;
}
