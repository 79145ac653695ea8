import type { MissingGlyphWarning } from '../../state/exportPdf';

const SHOWN = 8;

/** After a save: which notes (or names) hold characters no embedded font can draw, so they print as a box. */
export function MissingGlyphs({ fileName, warnings }: { fileName: string; warnings: MissingGlyphWarning[] }) {
  const rest = warnings.length - SHOWN;
  return (
    <section className="export-warning" role="status" aria-label="Characters printed as boxes">
      <p>
        <strong>Saved {fileName}.</strong> {warnings.length === 1 ? 'One item has' : `${warnings.length} items have`} characters that no embedded font can draw.
        They print as an empty box and stay in the PDF’s text, so searching and copying still find them.
      </p>
      <ul>
        {warnings.slice(0, SHOWN).map((w) => (
          <li key={w.where}>
            {w.where}: <span className="export-warning-chars">{w.characters.join(' ')}</span>
          </li>
        ))}
        {rest > 0 && <li>and {rest} more</li>}
      </ul>
    </section>
  );
}
