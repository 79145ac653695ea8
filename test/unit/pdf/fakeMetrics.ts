import type { TextMetrics } from '../../../src/pdf/text';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/u;

/** Deterministic metrics for layout tests: every character is half the font size wide (CJK a full em), bold 10 % wider. */
export const fakeMetrics: TextMetrics = {
  width(text, font, size) {
    let total = 0;
    for (const char of text) total += CJK.test(char) ? size : size * (font === 'bold' ? 0.55 : 0.5);
    return total;
  },
  missing: (text) => [...text].filter((c) => /\p{Extended_Pictographic}/u.test(c)),
};
