import { useState, type InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> {
  value: string;
  /** Returns an error message to keep the edit open, or null when the value was taken. */
  onCommit: (value: string) => string | null;
}

/**
 * A text or number input that changes the workshop once, when the user leaves it or presses Enter
 * (not on every keystroke), so each edit is one undo step. Escape puts the stored value back.
 */
export function CommitInput({ value, onCommit, className, ...rest }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shown = draft ?? value;
  const commit = () => {
    if (draft === null || draft === value) {
      setDraft(null);
      return;
    }
    const message = onCommit(draft);
    setError(message);
    if (!message) setDraft(null);
  };
  return (
    <span className={`commit-input ${className ?? ''}`}>
      <input
        {...rest}
        value={shown}
        aria-invalid={Boolean(error)}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          } else if (e.key === 'Escape' && draft !== null) {
            e.preventDefault();
            e.stopPropagation();
            setDraft(null);
            setError(null);
          }
        }}
      />
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
