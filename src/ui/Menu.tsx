import { useId, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import { useDismiss } from './useDismiss';
import './menu.css';

export interface MenuItem {
  label: string;
  onSelect: () => void;
  /** Shown beside the label, e.g. "Ctrl+D". */
  shortcut?: string;
  disabled?: boolean;
  /** A toggle: shown with a tick, announced as checked. */
  checked?: boolean;
  danger?: boolean;
}
export type MenuEntry = MenuItem | 'separator';

interface MenuListProps {
  label: string;
  entries: readonly MenuEntry[];
  /** Screen point of the menu's top-left corner (kept inside the window). */
  at: { x: number; y: number };
  onClose: (restoreFocus: boolean) => void;
  /** The control that opened the menu: pressing it again toggles instead of reopening. */
  owner?: RefObject<HTMLElement | null>;
  id?: string;
}

/** A menu at a point: arrow keys, Home/End and first letters move, Enter or Space chooses, Escape or a click outside closes. */
export function MenuList({ label, entries, at, onClose, owner, id }: MenuListProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState(at);
  const items = () => [...(ref.current?.querySelectorAll<HTMLButtonElement>('[role^="menuitem"]:not(:disabled)') ?? [])];

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const { width, height } = el.getBoundingClientRect();
    setPos({ x: Math.max(4, Math.min(at.x, window.innerWidth - width - 4)), y: Math.max(4, Math.min(at.y, window.innerHeight - height - 4)) });
    items()[0]?.focus();
  }, [at]);

  useDismiss(ref, owner, () => onClose(false));

  const onKeyDown = (event: KeyboardEvent) => {
    event.stopPropagation();
    const list = items();
    const index = list.indexOf(document.activeElement as HTMLButtonElement);
    const focus = (i: number) => list[(i + list.length) % list.length]?.focus();
    if (event.key === 'ArrowDown') focus(index + 1);
    else if (event.key === 'ArrowUp') focus(index - 1);
    else if (event.key === 'Home') focus(0);
    else if (event.key === 'End') focus(list.length - 1);
    else if (event.key === 'Escape') onClose(true);
    else if (event.key === 'Tab') onClose(true);
    else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLowerCase();
      const next = list.findIndex((el, i) => i > index && el.textContent?.trim().toLowerCase().startsWith(letter));
      const first = list.findIndex((el) => el.textContent?.trim().toLowerCase().startsWith(letter));
      focus(next >= 0 ? next : first);
    } else return;
    event.preventDefault();
  };

  return createPortal(
    <div ref={ref} id={id} role="menu" aria-label={label} className="menu" style={{ left: pos.x, top: pos.y }} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {entries.map((entry, i) =>
        entry === 'separator' ? (
          <div key={`sep-${i}`} role="separator" className="menu-separator" />
        ) : (
          <button
            key={entry.label}
            type="button"
            role={entry.checked === undefined ? 'menuitem' : 'menuitemcheckbox'}
            aria-checked={entry.checked}
            className={`menu-item${entry.danger ? ' menu-item-danger' : ''}`}
            disabled={entry.disabled}
            tabIndex={-1}
            onClick={() => {
              onClose(true);
              entry.onSelect();
            }}
          >
            <span className="menu-check" aria-hidden="true">
              {entry.checked ? '✓' : ''}
            </span>
            <span className="menu-label">{entry.label}</span>
            {entry.shortcut && (
              <kbd className="menu-shortcut" aria-hidden="true">
                {entry.shortcut}
              </kbd>
            )}
          </button>
        ),
      )}
    </div>,
    document.body,
  );
}

interface MenuButtonProps {
  /** The menu's accessible name (and the button's, unless `buttonLabel` is given). */
  label: string;
  buttonLabel?: string;
  entries: readonly MenuEntry[];
  children: ReactNode;
  className?: string;
  title?: string;
}

/** A button that opens a menu below itself. */
export function MenuButton({ label, buttonLabel, entries, children, className = 'icon-btn', title }: MenuButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const id = useId();
  const open = () => {
    const rect = button.current?.getBoundingClientRect();
    if (rect) setAt({ x: rect.left, y: rect.bottom + 4 });
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-label={buttonLabel ?? label}
        title={title ?? label}
        aria-haspopup="menu"
        aria-expanded={at !== null}
        aria-controls={at ? id : undefined}
        onClick={() => (at ? setAt(null) : open())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            open();
          }
        }}
      >
        {children}
      </button>
      {at && (
        <MenuList
          id={id}
          label={label}
          entries={entries}
          at={at}
          owner={button}
          onClose={(restore) => {
            setAt(null);
            if (restore) button.current?.focus();
          }}
        />
      )}
    </>
  );
}
