import { useState } from 'react';
import type { EdgeFields, MapEdge } from '../../domain';
import { Button } from '../../ui/Button';
import { EdgeFieldsForm } from './EdgeFieldsForm';

interface EdgePanelProps {
  edge: MapEdge;
  fromName: string;
  toName: string;
  focusLabel: boolean;
  onSave: (fields: EdgeFields) => void;
  onDelete: () => void;
}

/** Edits the selected value exchange: kind and direction apply at once, the label when you leave the field. */
export function EdgePanel({ edge, fromName, toName, focusLabel, onSave, onDelete }: EdgePanelProps) {
  const [label, setLabel] = useState(edge.label);
  const [source, setSource] = useState(edge);
  if (source !== edge) {
    setSource(edge);
    setLabel(edge.label);
  }
  const value: EdgeFields = { kind: edge.kind, label, bidirectional: edge.bidirectional };
  return (
    <section className="map-panel" aria-label="Selected value exchange">
      <h2>Value exchange</h2>
      <p className="map-form-route">
        <span>{fromName}</span>
        <span aria-hidden="true">{edge.bidirectional ? '↔' : '→'}</span>
        <span className="visually-hidden">{edge.bidirectional ? 'and' : 'to'}</span>
        <span>{toName}</span>
      </p>
      <EdgeFieldsForm
        key={edge.id}
        value={value}
        autoFocusLabel={focusLabel}
        onChange={(next) => {
          setLabel(next.label);
          if (next.kind !== edge.kind || next.bidirectional !== edge.bidirectional) onSave({ ...next, label: edge.label });
        }}
        onLabelCommit={() => onSave(value)}
      />
      <Button variant="danger" size="sm" onClick={onDelete}>
        Delete value exchange
      </Button>
      <p className="map-hint">Tip: select a line and press Delete.</p>
    </section>
  );
}
