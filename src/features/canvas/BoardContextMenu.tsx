import { CANVAS_FIELD_LABELS, NOTE_COLORS, TIDY_ORDER_LABELS, type CanvasField, type WorkshopEntities } from '../../domain';
import { deleteCanvasNotes, recolorCanvasNotes, tidyCanvasNotes } from '../../state/canvasActions';
import { copyNotes, duplicateNotes, pasteNotes, startDraft, startEdit, useCanvasEditing } from '../../state/canvasEditing';
import { voteOnNote } from '../../state/canvasFacilitation';
import type { RoomRules } from '../../state/canvasRoom';
import { useCanvasView } from '../../state/canvasView';
import { MenuList, type MenuEntry } from '../../ui/Menu';
import { COLOR_NAMES } from './ColorSwatches';

/** What was right-clicked (or had focus for Shift+F10): notes, or a spot in a field. */
export type MenuTarget = { kind: 'notes'; ids: string[] } | { kind: 'field'; field: CanvasField; at: { x: number; y: number } };

interface Props {
  canvasId: string;
  menu: OpenMenu;
  entities: WorkshopEntities;
  rules: RoomRules;
  onClose: () => void;
  /** Selects notes that a paste or duplicate made. */
  onCreated: (ids: readonly string[]) => void;
}

function noteEntries(ids: string[], entities: WorkshopEntities, rules: RoomRules, onCreated: Props['onCreated']): MenuEntry[] {
  const colors = new Set(ids.map((id) => entities.notes[id]?.color));
  const single = ids.length === 1 ? ids[0] : undefined;
  const entries: MenuEntry[] = [];
  if (rules.vote && single) {
    entries.push({ label: 'Give a vote', onSelect: () => voteOnNote(single, false) }, { label: 'Take a vote back', onSelect: () => voteOnNote(single, true) }, 'separator');
  }
  entries.push(
    { label: 'Edit', shortcut: 'Enter', disabled: !single || !rules.editNotes, onSelect: () => single && startEdit(single) },
    { label: ids.length > 1 ? `Duplicate ${ids.length} notes` : 'Duplicate', shortcut: 'Ctrl+D', disabled: !rules.addNotes, onSelect: () => onCreated(duplicateNotes(ids)) },
    { label: 'Copy', shortcut: 'Ctrl+C', onSelect: () => copyNotes(ids) },
    'separator',
    ...NOTE_COLORS.map((color) => ({ label: COLOR_NAMES[color], checked: colors.size === 1 && colors.has(color), disabled: !rules.editNotes, onSelect: () => recolorCanvasNotes(ids, color) })),
    'separator',
    { label: ids.length > 1 ? `Delete ${ids.length} notes` : 'Delete', shortcut: 'Del', danger: true, disabled: !rules.editNotes, onSelect: () => deleteCanvasNotes(ids) },
  );
  return entries;
}

function fieldEntries(canvasId: string, field: CanvasField, at: { x: number; y: number }, rules: RoomRules, onCreated: Props['onCreated']): MenuEntry[] {
  const order = useCanvasView.getState().tidyOrder;
  const clipboard = useCanvasEditing.getState().clipboard.length;
  return [
    { label: 'Add note here', shortcut: 'N', disabled: !rules.addNotes, onSelect: () => startDraft(canvasId, field, at) },
    { label: clipboard > 1 ? `Paste ${clipboard} notes here` : 'Paste here', shortcut: 'Ctrl+V', disabled: !clipboard || !rules.addNotes, onSelect: () => onCreated(pasteNotes(canvasId, { field, at })) },
    'separator',
    { label: `Tidy ${CANVAS_FIELD_LABELS[field]}`, shortcut: TIDY_ORDER_LABELS[order], disabled: !rules.moveNotes, onSelect: () => tidyCanvasNotes(canvasId, order, [field]) },
    { label: 'Tidy canvas', shortcut: TIDY_ORDER_LABELS[order], disabled: !rules.moveNotes, onSelect: () => tidyCanvasNotes(canvasId, order) },
  ];
}

/** The menu of a note (or the selected notes) or of a field, at the pointer. */
export function BoardContextMenu({ canvasId, menu, entities, rules, onClose, onCreated }: Props) {
  const { target, at, returnTo } = menu;
  const entries = target.kind === 'notes' ? noteEntries(target.ids, entities, rules, onCreated) : fieldEntries(canvasId, target.field, target.at, rules, onCreated);
  const label = target.kind === 'notes' ? (target.ids.length > 1 ? `${target.ids.length} notes` : 'Note') : CANVAS_FIELD_LABELS[target.field];
  return (
    <MenuList
      label={label}
      entries={entries}
      at={at}
      onClose={(restore) => {
        onClose();
        if (restore) returnTo?.focus();
      }}
    />
  );
}

export interface OpenMenu {
  target: MenuTarget;
  at: { x: number; y: number };
  /** Gets focus back when the menu closes by keyboard. */
  returnTo: HTMLElement | null;
}
