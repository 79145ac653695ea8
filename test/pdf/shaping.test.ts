import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPdfWriter } from '../../src/pdf/draw';
import { facesForTexts } from '../../src/pdf/fonts/catalog';
import type { LaidOutDocument } from '../../src/pdf/primitives';
import { hintsFor } from '../../src/pdf/text';
import { nodeAssetLoader } from './nodeFonts';

const dir = process.env.PDF_OUT ?? mkdtempSync(join(tmpdir(), 'partnerscape-shaping-'));
/** Poppler marks direction changes with embedding controls; they are not part of the text. */
const BIDI_CONTROLS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;

/** One line per string, drawn by the real writer (HarfBuzz shaping, subset fonts), read back with pdftotext. */
async function roundTrip(name: string, lines: string[]): Promise<{ text: string; file: string }> {
  const writer = await createPdfWriter(nodeAssetLoader, facesForTexts(lines));
  const doc: LaidOutDocument = {
    pages: [
      {
        size: { width: 595.28, height: 841.89 },
        items: lines.map((text, i) => ({ kind: 'text', x: 60, y: 90 + i * 40, text, font: i % 2 ? 'bold' : 'regular', size: 15, color: '#1b2130', width: writer.metrics.width(text, 'regular', 15), hints: hintsFor(text) })),
      },
    ],
    outline: [],
    properties: { title: name, author: 'test', subject: 'shaping', keywords: '', creator: 'Partnerscape' },
  };
  const file = join(dir, `${name}.pdf`);
  writeFileSync(file, await writer.render(doc, { yieldToUi: async () => {} }));
  return { text: execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(BIDI_CONTROLS, ''), file };
}

describe('shaped glyphs through jsPDF read back as the original text', () => {
  it('gives back a Devanagari line with conjuncts, reph and a pre-base vowel, and an Arabic line, exactly', async () => {
    const devanagari = 'हिन्दी में साझेदारी: क्षेत्रीय वितरण और श्रृंखला, धर्म';
    const arabic = 'شراكة استراتيجية طويلة الأمد مع الموزعين (قريباً)';
    const { text, file } = await roundTrip('devanagari-arabic', [devanagari, arabic]);
    const lines = text.split('\n').map((l) => l.trim());
    expect(lines).toContain(devanagari);
    expect(lines).toContain(arabic);
    expect(text).not.toContain('\uFFFD');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansDevanagari-Regular\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    expect(fonts).toMatch(/[A-Z]{6}\+NotoSansArabic-Bold\s+CID TrueType\s+Identity-H\s+yes yes yes/);
  });
});
