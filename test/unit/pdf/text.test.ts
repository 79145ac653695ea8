import { describe, expect, it } from 'vitest';
import { fitLine, REPLACEMENT, wrapText } from '../../../src/pdf/text';
import { fakeMetrics } from './fakeMetrics';

const joined = (lines: { runs: { text: string }[] }[]) => lines.map((l) => l.runs.map((r) => r.text).join('')).join(' ');

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
    expect(lines.map((l) => l.runs[0]?.text.length)).toEqual([20, 20, 15]);
  });

  it('keeps hard line breaks and reports where each line starts', () => {
    const text = 'first\nsecond line';
    const lines = wrapText(text, 'regular', 10, 1000, fakeMetrics);
    expect(lines).toHaveLength(2);
    expect(text.slice(lines[1]?.start)).toBe('second line');
  });

  it('puts CJK characters in the CJK font and may break between them', () => {
    const lines = wrapText('日本語のテキストです', 'regular', 10, 50, fakeMetrics);
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.runs.every((r) => r.font === 'cjk'))).toBe(true);
    expect(joined(lines).replace(/ /g, '')).toBe('日本語のテキストです');
  });

  it('replaces glyphs no font has with a visible replacement, one per emoji', () => {
    const [line] = wrapText('Launch 🚀 today 👍🏽', 'regular', 10, 1000, fakeMetrics);
    expect(line?.runs.map((r) => r.text).join('')).toBe(`Launch ${REPLACEMENT} today ${REPLACEMENT}`);
  });

  it('splits runs where the font changes', () => {
    const [line] = wrapText('Partner 日本 ok', 'bold', 10, 1000, fakeMetrics);
    expect(line?.runs.map((r) => [r.text, r.font])).toEqual([
      ['Partner ', 'bold'],
      ['日本', 'cjk'],
      [' ok', 'bold'],
    ]);
  });
});

describe('fitLine', () => {
  it('shortens with an ellipsis only when needed', () => {
    expect(fitLine('short', 'regular', 10, 100, fakeMetrics).runs.map((r) => r.text)).toEqual(['short']);
    const cut = fitLine('a label that is much too long', 'regular', 10, 60, fakeMetrics);
    expect(cut.width).toBeLessThanOrEqual(60);
    expect(cut.runs.at(-1)?.text).toBe('…');
  });
});
