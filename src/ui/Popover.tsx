import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useDismiss } from './useDismiss';
import './menu.css';

interface PopoverButtonProps {
  /** The panel's accessible name; the button's too unless `buttonLabel` is given. */
  label: string;
  buttonLabel?: string;
  title?: string;
  className?: string;
  children: ReactNode;
  panel: (close: () => void) => ReactNode;
}

/** A button that opens a small non-modal panel below itself; Escape or a press outside closes it. */
export function PopoverButton({ label, buttonLabel, title, className = 'btn btn-secondary btn-sm', children, panel }: PopoverButtonProps) {
  const button = useRef<HTMLButtonElement>(null);
  const box = useRef<HTMLDivElement>(null);
  const [at, setAt] = useState<{ x: number; y: number } | null>(null);
  const id = useId();
  const close = (restore = true) => {
    setAt(null);
    if (restore) button.current?.focus();
  };
  useDismiss(box, button, () => setAt(null));
  useLayoutEffect(() => {
    const el = box.current;
    if (!el || !at) return;
    const width = el.getBoundingClientRect().width;
    if (at.x + width > window.innerWidth - 4) setAt({ ...at, x: Math.max(4, window.innerWidth - width - 4) });
    el.querySelector<HTMLElement>('input, button, select')?.focus();
  }, [at]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className={className}
        aria-label={buttonLabel ?? label}
        title={title ?? label}
        aria-haspopup="dialog"
        aria-expanded={at !== null}
        aria-controls={at ? id : undefined}
        onClick={() => {
          const rect = button.current?.getBoundingClientRect();
          setAt(at || !rect ? null : { x: rect.left, y: rect.bottom + 4 });
        }}
      >
        {children}
      </button>
      {at &&
        createPortal(
          <div
            ref={box}
            id={id}
            role="dialog"
            aria-label={label}
            className="popover"
            style={{ left: at.x, top: at.y }}
            onKeyDown={(event) => {
              event.stopPropagation();
              if (event.key === 'Escape') {
                event.preventDefault();
                close();
              }
            }}
          >
            {panel(() => close())}
          </div>,
          document.body,
        )}
    </>
  );
}
