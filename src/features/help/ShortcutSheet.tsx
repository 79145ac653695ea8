import { useEffect } from 'react';
import { setDialog, useDialogs } from '../../state/dialogs';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { isTextEntry } from '../../ui/keyboard';
import { SHORTCUT_GROUPS, keyLabel } from './shortcuts';
import './help.css';

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/** ? or F1 (and Help › Keyboard shortcuts) open the sheet, from any screen. */
function useShortcutKeys(): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTextEntry(event.target)) return;
      if (event.key !== '?' && event.key !== 'F1') return;
      if (document.querySelector('dialog[open]') && !useDialogs.getState().shortcuts) return;
      event.preventDefault();
      setDialog('shortcuts', true);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

export function ShortcutSheet() {
  const open = useDialogs((s) => s.shortcuts);
  useShortcutKeys();
  const close = () => setDialog('shortcuts', false);
  return (
    <Dialog title="Keyboard shortcuts" open={open} onClose={close} width={1120} footer={<Button onClick={close}>Close</Button>}>
      <div className="shortcut-groups">
        {SHORTCUT_GROUPS.map((group) => (
          <section key={group.title} className="shortcut-group" aria-labelledby={`shortcuts-${group.title}`}>
            <h3 id={`shortcuts-${group.title}`}>{group.title}</h3>
            <dl>
              {group.items.map((item) => (
                <div key={item.does} className="shortcut-row">
                  <dt>
                    {item.keys.map((keys, i) => (
                      <span key={keys}>
                        {i > 0 && <span className="shortcut-or"> or </span>}
                        <kbd>{keyLabel(keys, isMac)}</kbd>
                      </span>
                    ))}
                  </dt>
                  <dd>{item.does}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </div>
    </Dialog>
  );
}
