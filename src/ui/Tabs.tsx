import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<T extends string> {
  id: T;
  label: string;
}

interface TabsProps<T extends string> {
  /** The tab list's accessible name, e.g. "Portfolio views". */
  label: string;
  items: readonly TabItem<T>[];
  current: T;
  onSelect: (id: T) => void;
  /** Prefix of the tab and panel element ids: `${idPrefix}-tab-${id}`, `${idPrefix}-panel`. */
  idPrefix: string;
}

export const tabPanelId = (idPrefix: string) => `${idPrefix}-panel`;
export const tabId = (idPrefix: string, id: string) => `${idPrefix}-tab-${id}`;

/**
 * A section's sub-views: the same underline tabs in every section, in a bar across the page whose tabs line
 * up with the page's content. Arrow keys, Home and End move between tabs (roving tabindex).
 */
export function Tabs<T extends string>({ label, items, current, onSelect, idPrefix }: TabsProps<T>) {
  const refs = useRef(new Map<T, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = items.findIndex((t) => t.id === current);
    const moves: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: items.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    const next = items[(target + items.length) % items.length];
    if (!next) return;
    onSelect(next.id);
    refs.current.get(next.id)?.focus();
  };
  return (
    <div className="tabs-bar">
      <div className="tabs page-width" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {items.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) refs.current.set(tab.id, el);
              else refs.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={tabId(idPrefix, tab.id)}
            aria-selected={current === tab.id}
            aria-controls={tabPanelId(idPrefix)}
            tabIndex={current === tab.id ? 0 : -1}
            className="tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
    </div>
  );
}
