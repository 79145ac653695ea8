import { NOISE_LABEL, noiseReasonText, type NoiseReason } from '../../domain';

const FLAG = NOISE_LABEL.charAt(0).toUpperCase() + NOISE_LABEL.slice(1);
/** "Noise" and the advice after it ("— cut or renegotiate"). */
const [FIRST, ...REST] = FLAG.split(' ');

/** The noise flag; `compact` (a list row) shows only its first word, and keeps the advice for screen readers and the tooltip. */
export function NoiseFlag({ reasons, score, threshold, compact = false }: { reasons: readonly NoiseReason[]; score: number; threshold: number; compact?: boolean }) {
  if (reasons.length === 0) return null;
  const why = reasons.map((r) => noiseReasonText(r, score, threshold)).join('; ');
  return (
    <span className="noise-flag" title={`${FLAG}: this partner ${why}.`}>
      <span aria-hidden="true">⚠</span>
      {compact ? (
        <span>
          {FIRST}
          <span className="visually-hidden"> {REST.join(' ')}</span>
        </span>
      ) : (
        FLAG
      )}
    </span>
  );
}
