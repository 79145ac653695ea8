import type { TextMetrics } from '../../../src/pdf/text';

const CJK = /[\u3000-\u9fff\uff00-\uffef]/u;

/**
 * Deterministic metrics for layout tests: every character is half the font size wide (CJK a full em),
 * bold 10 % wider. The regular fonts cover everything below U+3000 except the emoji planes; `cjk` covers CJK.
 */
export const fakeMetrics: TextMetrics = {
  width(text, font, size) {
    let total = 0;
    for (const char of text) total += CJK.test(char) ? size : size * (font === 'bold' ? 0.55 : 0.5);
    return total;
  },
  covers(font, codePoint) {
    if (font === 'cjk') return codePoint < 0x10000;
    return codePoint < 0x3000 || codePoint === 0xfffd;
  },
};
