/** Every keyboard shortcut and pointer gesture, as the sheet lists them; `Mod` is Ctrl, or ⌘ on a Mac. */
export interface Shortcut {
  keys: string[];
  does: string;
}
export interface ShortcutGroup {
  title: string;
  items: Shortcut[];
}

export const SHORTCUT_GROUPS: ShortcutGroup[] = [
  {
    title: 'Notes',
    items: [
      { keys: ['N'], does: 'New note in the field you are in' },
      { keys: ['Double-click'], does: 'New note where you click' },
      { keys: ['Enter'], does: 'Edit the focused note; while writing, save' },
      { keys: ['Shift+Enter'], does: 'New line while writing' },
      { keys: ['Escape'], does: 'Cancel writing; clear the selection' },
      { keys: ['Delete'], does: 'Delete the selected notes (Undo in the toast)' },
      { keys: ['Arrows'], does: 'Move the selected notes, at the edge into the next field' },
      { keys: ['Shift+Arrows'], does: 'Move them a whole note at a time' },
      { keys: ['Shift+Click'], does: 'Add a note to the selection' },
      { keys: ['Right-click', 'Shift+F10'], does: 'Menu of a note or a field' },
    ],
  },
  {
    title: 'Clipboard and history',
    items: [
      { keys: ['Mod+A'], does: 'Select all notes' },
      { keys: ['Mod+C', 'Mod+V'], does: 'Copy and paste notes (also into another canvas)' },
      { keys: ['Mod+D'], does: 'Duplicate the selected notes' },
      { keys: ['Mod+Z'], does: 'Undo' },
      { keys: ['Mod+Shift+Z', 'Mod+Y'], does: 'Redo' },
    ],
  },
  {
    title: 'View',
    items: [
      { keys: ['+', '−'], does: 'Zoom in, zoom out' },
      { keys: ['0'], does: 'Fit to window' },
      { keys: ['Wheel'], does: 'Scroll the board' },
      { keys: ['Mod+Wheel'], does: 'Zoom' },
    ],
  },
  {
    title: 'In the room',
    items: [
      { keys: ['Click'], does: 'While voting: give the note one of your dots' },
      { keys: ['Alt+Click', 'Shift+Click'], does: 'While voting: take one of your dots back' },
      { keys: ['→', 'Space'], does: 'Presenting: next field' },
      { keys: ['←'], does: 'Presenting: previous field' },
      { keys: ['Escape'], does: 'Presenting: back to editing' },
    ],
  },
  {
    title: 'Anywhere',
    items: [
      { keys: ['?', 'F1'], does: 'This list' },
      { keys: ['Mod+P'], does: 'Export PDF (desktop app)' },
    ],
  },
];

export function keyLabel(keys: string, mac: boolean): string {
  return keys.replace(/Mod\+/g, mac ? '⌘' : 'Ctrl+');
}
