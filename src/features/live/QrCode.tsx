import { memo, useMemo } from 'react';
import QRCode from 'qrcode';

/** A QR code drawn as one SVG path, made here from the text (nothing fetched, no canvas, no HTML injected). */
function QrCodeView({ text, label }: { text: string; label: string }) {
  const { size, path } = useMemo(() => {
    const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' });
    const cells: string[] = [];
    for (let y = 0; y < modules.size; y++) {
      for (let x = 0; x < modules.size; x++) if (modules.get(x, y)) cells.push(`M${x + 4} ${y + 4}h1v1h-1z`);
    }
    return { size: modules.size + 8, path: cells.join('') };
  }, [text]);
  return (
    <svg className="live-qr" viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shapeRendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}

export const QrCode = memo(QrCodeView);
