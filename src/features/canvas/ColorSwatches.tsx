import type { NoteColor } from '../../domain';

export const COLOR_NAMES: Record<NoteColor, string> = { yellow: 'Yellow', orange: 'Orange', pink: 'Pink', blue: 'Blue', green: 'Green', purple: 'Purple' };

/** The six note colours as a row of labelled swatches. */
export function ColorSwatches({ label, colors, current, onPick }: { label: string; colors: readonly NoteColor[]; current?: NoteColor; onPick: (color: NoteColor) => void }) {
  return (
    <div className="swatches" role="group" aria-label={label}>
      {colors.map((color) => (
        <button
          key={color}
          type="button"
          className={`swatch note-${color}`}
          aria-label={COLOR_NAMES[color]}
          aria-pressed={current === undefined ? undefined : current === color}
          title={COLOR_NAMES[color]}
          onClick={() => onPick(color)}
        />
      ))}
    </div>
  );
}
