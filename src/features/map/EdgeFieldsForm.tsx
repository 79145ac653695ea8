import { EDGE_KIND_LABELS, EDGE_KINDS, LIMITS, type EdgeFields, type EdgeKind } from '../../domain';
import { Field } from '../../ui/Field';

interface EdgeFieldsFormProps {
  value: EdgeFields;
  onChange: (value: EdgeFields) => void;
  onLabelCommit?: () => void;
  autoFocusLabel?: boolean;
}

/** Kind, label and direction of a value exchange: used when creating one and when editing it. */
export function EdgeFieldsForm({ value, onChange, onLabelCommit, autoFocusLabel }: EdgeFieldsFormProps) {
  return (
    <>
      <Field label="Kind">
        <select value={value.kind} onChange={(e) => onChange({ ...value, kind: e.target.value as EdgeKind })}>
          {EDGE_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {EDGE_KIND_LABELS[kind]}
            </option>
          ))}
        </select>
      </Field>
      <Field label="Label" hint="What flows, e.g. “Resale margin 25 %”">
        <input
          type="text"
          value={value.label}
          maxLength={LIMITS.shortText}
          autoFocus={autoFocusLabel}
          onChange={(e) => onChange({ ...value, label: e.target.value })}
          onBlur={onLabelCommit}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && onLabelCommit) onLabelCommit();
          }}
        />
      </Field>
      <Field label="Direction">
        <select value={value.bidirectional ? 'both' : 'one'} onChange={(e) => onChange({ ...value, bidirectional: e.target.value === 'both' })}>
          <option value="one">One way (from → to)</option>
          <option value="both">Both ways (↔)</option>
        </select>
      </Field>
    </>
  );
}
