import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { CANVAS_FIELD_LABELS, CANVAS_FIELD_QUESTIONS } from '../../domain';
import { startDraft } from '../../state/canvasEditing';
import { PlusIcon } from '../../ui/icons';
import type { FieldNode as FieldNodeType } from './canvasNodes';

/** One of the four fields: a named region with its guiding question; its body lets clicks through to the pane. */
function FieldNodeView({ data, width, height }: NodeProps<FieldNodeType>) {
  const { field, canvasId, noteCount, active, hiddenCount } = data;
  const label = CANVAS_FIELD_LABELS[field];
  return (
    <section role="region" aria-label={label} className={`canvas-field canvas-field-${field}${active ? ' canvas-field-active' : ''}`} style={{ width, height }} data-field={field}>
      <header className="canvas-field-header nodrag nopan">
        <div className="canvas-field-titles">
          <h2 className="canvas-field-title">
            {label}
            {hiddenCount !== null && (
              <span className="canvas-field-hidden">
                {hiddenCount} {hiddenCount === 1 ? 'note' : 'notes'}, hidden
              </span>
            )}
          </h2>
          <p className="canvas-field-question">{CANVAS_FIELD_QUESTIONS[field]}</p>
        </div>
        <button type="button" className="canvas-field-add" onClick={() => startDraft(canvasId, field)} title="Add a note (N)">
          <PlusIcon />
          Add note
        </button>
      </header>
      {noteCount === 0 && <p className="canvas-field-empty">Double-click here or press N to add a note</p>}
    </section>
  );
}

export const FieldNode = memo(FieldNodeView);
