import { describe, expect, it } from 'vitest';
import { fitLine, hintsFor, wrapText } from '../../../src/pdf/text';
import { breakPoints } from '../../../src/pdf/text/breaks';
import { fakeMetrics } from './fakeMetrics';

const joined = (lines: { text: string }[]) => lines.map((l) => l.text).join(' ');

describe('wrapText', () => {
  it('breaks at spaces and keeps every word, each line within the width', () => {
    const text = 'Quarterly business reviews against shared goals with every strategic partner';
    const lines = wrapText(text, 'regular', 10, 100, fakeMetrics);
    expect(lines.length).toBeGreaterThan(2);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(100);
    expect(joined(lines)).toBe(text);
  });

  it('breaks a word longer than the line between characters, dropping nothing', () => {
    const word = 'x'.repeat(55);
    const lines = wrapText(word, 'regular', 10, 100, fakeMetrics);
    expect(lines.map((l) => l.text.length)).toEqual([20, 20, 15]);
  });

  it('keeps hard line breaks and reports where each line starts', () => {
    const text = 'first\nsecond line';
    const lines = wrapText(text, 'regular', 10, 1000, fakeMetrics);
    expect(lines).toHaveLength(2);
    expect(text.slice(lines[1]?.start)).toBe('second line');
  });

  it('may break between CJK characters but never starts a line with 。、ー or a closing bracket', () => {
    const text = '日本語のテキストです。パートナー「共同開発」、市場拡大。';
    for (const width of [30, 40, 50, 60, 70, 80, 90]) {
      const lines = wrapText(text, 'regular', 10, width, fakeMetrics);
      expect(lines.map((l) => l.text).join('')).toBe(text);
      for (const line of lines.slice(1)) expect(line.text, `width ${width}`).not.toMatch(/^[。、ー」』）]/u);
    }
  });

  it('breaks Thai, which has no spaces, at word boundaries', () => {
    const text = 'ความร่วมมือกับพันธมิตรในประเทศไทย';
    const points = breakPoints(text).map((b) => b.position);
    expect(points.length).toBeGreaterThan(3);
    const lines = wrapText(text, 'regular', 10, 60, fakeMetrics);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((l) => l.text).join('')).toBe(text);
    // Every line ends at a word boundary, never between a consonant and its vowel or tone mark.
    for (const line of lines.slice(1)) expect(points).toContain(line.start);
  });

  it('gives a right-to-left text its direction and a CJK text its locale', () => {
    expect(hintsFor('Acme شراكة')).toEqual({ locale: 'sc', rtl: false });
    expect(hintsFor('شراكة مع Acme')).toMatchObject({ rtl: true });
    expect(hintsFor('שותפות')).toMatchObject({ rtl: true });
    expect(hintsFor('日本語のテキスト').locale).toBe('jp');
    expect(hintsFor('臺灣的合作夥伴這個').locale).toBe('tc');
    expect(hintsFor('这个合作伙伴').locale).toBe('sc');
    expect(hintsFor('한국어 파트너').locale).toBe('kr');
  });
});

describe('fitLine', () => {
  it('shortens with an ellipsis only when needed', () => {
    expect(fitLine('short', 'regular', 10, 100, fakeMetrics).text).toBe('short');
    const cut = fitLine('a label that is much too long', 'regular', 10, 60, fakeMetrics);
    expect(cut.width).toBeLessThanOrEqual(60);
    expect(cut.text.endsWith('…')).toBe(true);
  });
});
