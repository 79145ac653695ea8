import { useState } from 'react';
import type { EdgeFields, EdgeKind, PartnerType } from '../../domain';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { EdgeFieldsForm } from './EdgeFieldsForm';

const KIND_FOR_TYPE: Record<PartnerType, EdgeKind> = { channel: 'revenue', technology: 'technology', innovation: 'co-innovation' };

export interface PendingEdge {
  from: string;
  to: string;
  fromName: string;
  toName: string;
  /** The partner type that suggests the kind (the target's, or the source's when the target is us). */
  type: PartnerType | null;
}

export function NewEdgeDialog({ pending, onCreate, onClose }: { pending: PendingEdge | null; onCreate: (fields: EdgeFields) => void; onClose: () => void }) {
  return (
    <Dialog title="New value exchange" open={pending !== null} onClose={onClose} width={440}>
      {pending && <NewEdgeForm key={`${pending.from}>${pending.to}`} pending={pending} onCreate={onCreate} onClose={onClose} />}
    </Dialog>
  );
}

function NewEdgeForm({ pending, onCreate, onClose }: { pending: PendingEdge; onCreate: (fields: EdgeFields) => void; onClose: () => void }) {
  const [fields, setFields] = useState<EdgeFields>({ kind: pending.type ? KIND_FOR_TYPE[pending.type] : 'revenue', label: '', bidirectional: false });
  return (
    <form
      className="map-form"
      onSubmit={(e) => {
        e.preventDefault();
        onCreate(fields);
      }}
    >
      <p className="map-form-route">
        <span>{pending.fromName}</span>
        <span aria-hidden="true">{fields.bidirectional ? '↔' : '→'}</span>
        <span className="visually-hidden">{fields.bidirectional ? 'and' : 'to'}</span>
        <span>{pending.toName}</span>
      </p>
      <EdgeFieldsForm value={fields} onChange={setFields} autoFocusLabel />
      <div className="map-form-actions">
        <Button variant="ghost" onClick={onClose}>
          Cancel
        </Button>
        <Button variant="primary" type="submit">
          Add value exchange
        </Button>
      </div>
    </form>
  );
}
