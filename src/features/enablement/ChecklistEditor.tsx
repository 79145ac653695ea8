import { useState, type FormEvent } from 'react';
import { LIMITS, type ChecklistItem, type PartnerEnablement } from '../../domain';
import { addItem, removeItem, renameItem, setItemDone } from '../../state/enablement';
import { Button } from '../../ui/Button';
import { localToday } from './today';

function ItemRow({ planId, item }: { planId: string; item: ChecklistItem }) {
  const [label, setLabel] = useState(item.label);
  const [editing, setEditing] = useState(false);
  const commit = () => {
    setEditing(false);
    if (label.trim()) renameItem(planId, item.id, label);
    else setLabel(item.label);
  };
  return (
    <li className={`checklist-item ${item.done ? 'is-done' : ''}`}>
      {editing ? (
        <input
          type="text"
          aria-label={`Rename “${item.label}”`}
          value={label}
          maxLength={LIMITS.shortText}
          autoFocus
          onChange={(e) => setLabel(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
            if (e.key === 'Escape') {
              setLabel(item.label);
              setEditing(false);
            }
          }}
        />
      ) : (
        <label className="checklist-label">
          <input type="checkbox" checked={item.done} onChange={(e) => setItemDone(planId, item.id, e.target.checked, localToday())} />
          <span>{item.label}</span>
        </label>
      )}
      {item.done && item.doneAt && !editing && <span className="muted checklist-date">{item.doneAt}</span>}
      <Button size="sm" variant="ghost" onClick={() => (setLabel(item.label), setEditing(true))} aria-label={`Rename item “${item.label}”`}>
        Rename
      </Button>
      <Button size="sm" variant="ghost" onClick={() => removeItem(planId, item.id)} aria-label={`Remove item “${item.label}”`}>
        Remove
      </Button>
    </li>
  );
}

export function ChecklistEditor({ plan, partnerName }: { plan: PartnerEnablement; partnerName: string }) {
  const [draft, setDraft] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!draft.trim()) return;
    addItem(plan.id, draft);
    setDraft('');
  };
  return (
    <div className="checklist">
      <h4>Onboarding checklist</h4>
      {plan.checklist.length === 0 ? <p className="muted">The checklist is empty: add what {partnerName} needs to get going.</p> : null}
      <ul>
        {plan.checklist.map((item) => (
          <ItemRow key={item.id} planId={plan.id} item={item} />
        ))}
      </ul>
      <form className="checklist-add" onSubmit={submit}>
        <input type="text" aria-label="New checklist item" placeholder="New checklist item" maxLength={LIMITS.shortText} value={draft} onChange={(e) => setDraft(e.target.value)} />
        <Button type="submit" size="sm" disabled={!draft.trim() || plan.checklist.length >= LIMITS.listItems}>
          Add item
        </Button>
      </form>
    </div>
  );
}
