import { NOISE_LABEL, noiseReasonText, type NoiseReason } from '../../domain';

export function NoiseFlag({ reasons, score, threshold }: { reasons: readonly NoiseReason[]; score: number; threshold: number }) {
  if (reasons.length === 0) return null;
  const why = reasons.map((r) => noiseReasonText(r, score, threshold)).join('; ');
  return (
    <span className="noise-flag" title={`This partner ${why}.`}>
      <span aria-hidden="true">⚠</span>
      {NOISE_LABEL.charAt(0).toUpperCase() + NOISE_LABEL.slice(1)}
    </span>
  );
}
